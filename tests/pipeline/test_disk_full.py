"""A full disk: the user is told what happened and what to do; the library stays consistent."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SPEECH_WAV, run_cli
from tests.helpers.disk import small_tmpfs


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path, "2400k") as mnt:
        yield mnt


def test_full_disk_is_reported_and_nothing_is_lost(small_disk: Path, tmp_path: Path) -> None:
    env = {"RECORDROUTE_DATA_DIR": str(small_disk / "data")}
    note = tmp_path / "note.txt"
    note.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    first = run_cli("process", str(note), "--no-summary", env=env)
    assert first.returncode == 0, first.stderr
    big = tmp_path / "big.wav"
    shutil.copy(SPEECH_WAV, big)  # 935 KB: more than the space left after the database and WAL
    filler = small_disk / "filler.bin"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 400_000))
    res = run_cli("process", str(big), env=env)
    assert res.returncode == 1
    assert "disk is full" in res.stderr and "Traceback" not in res.stderr, res.stderr
    filler.unlink()
    con = sqlite3.connect(small_disk / "data" / "recordroute.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    titles = [r[0] for r in con.execute("SELECT title FROM recordings")]
    con.close()
    assert titles == ["note"]  # the earlier recording is intact, no half-made one
    leftovers = [p.name for p in (small_disk / "data" / "library").rglob("*") if p.is_file()]
    assert not [n for n in leftovers if n.endswith(".tmp") or n.endswith(".wav")]
    again = run_cli("process", str(big), "--no-summary", env=env)  # space is back: it works
    assert again.returncode == 0, again.stderr
