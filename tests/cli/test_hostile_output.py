"""The CLI never prints a control character it read from a file, and never writes output into the data folder
(issue 23: 7, 8)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.helpers.library import add_recording

ESC_TEXT = "Budget \x1b]0;pwned\x07 \x1b[2J\x1b[31mred\x9b31m done\rOVERWRITE"


def _no_controls(text: str) -> None:
    bad = [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
    assert bad == [], repr(text)


def test_show_and_search_print_no_control_characters(ctx: Any) -> None:
    rid = add_recording(ctx, title=f"Title {ESC_TEXT}", texts=[ESC_TEXT, "second line about budget"])
    for args in (
        ("show", str(rid)),
        ("search", "budget", "--mode", "keyword"),
        ("list",),
        ("show", str(rid), "--summary"),
    ):
        res = run_cli(*args)
        assert res.returncode == 0, res.stderr
        _no_controls(res.stdout)
        assert "red" in res.stdout or args == ("list",) or "--summary" in args


def test_text_import_of_escapes_prints_safely(ctx: Any, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(f"Meeting notes\n{ESC_TEXT}\n" * 20, encoding="utf-8")
    res = run_cli("process", str(note), "--no-summary")
    assert res.returncode == 0, res.stderr
    res = run_cli("show", "1")
    _no_controls(res.stdout)
    assert "OVERWRITE" in res.stdout


@pytest.mark.parametrize("target", ["recordroute.db", "library/x.wav", "new.md", "vectors/x.md"])
def test_export_into_the_data_folder_is_refused(ctx: Any, isolated_env: Path, target: str) -> None:
    rid = add_recording(ctx)
    data = ctx.settings.data_dir
    before = (data / "recordroute.db").read_bytes() if target == "recordroute.db" else None
    res = run_cli("export", str(rid), "-o", str(data / target))
    assert res.returncode != 0 and "inside the data folder" in res.stderr and "Traceback" not in res.stderr
    if before is not None:
        assert (
            sqlite3.connect(data / "recordroute.db").execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        )
    else:
        assert not (data / target).exists()


@pytest.mark.parametrize("target", ["recordroute.db", "backup.tar", "library/b.tar.gz"])
def test_backup_into_the_data_folder_is_refused(ctx: Any, target: str) -> None:
    add_recording(ctx)
    data = ctx.settings.data_dir
    size = (data / "recordroute.db").stat().st_size
    res = run_cli("backup", str(data / target))
    assert res.returncode != 0 and "inside the data folder" in res.stderr and "Traceback" not in res.stderr
    assert (data / "recordroute.db").stat().st_size == size
    assert not list(data.rglob("*.tar*"))
