"""Two RecordRoute processes on one data folder share it safely (WAL with busy timeouts, one vector writer at a
time, atomic job claims, per-process liveness marks) instead of refusing the second one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recordroute.pipeline.ingest import ingest
from tests.conftest import ROOT, SPEECH_WAV
from tests.helpers import media
from tests.helpers.crash_loop import default_embed_model
from tests.helpers.reliability import check_data_dir, sha256


def _process(*files: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "recordroute", "process", "--json", "--no-summary", *map(str, files)],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_two_process_runs_at_once_both_finish_with_consistent_indexes(
    tmp_path: Path, isolated_env: Path
) -> None:
    shared = media.make_tiled_wav(SPEECH_WAV, tmp_path / "shared meeting.wav", seconds=12)
    notes = []
    for name in ("a", "b"):
        note = tmp_path / f"note {name}.txt"
        note.write_text(
            "\n\n".join(f"Note {name} item {i}: the budget line {i} moved." for i in range(20)),
            encoding="utf-8",
        )
        notes.append(note)
    # Both get the same recording too: it must be imported once, never twice, and never lost.
    procs = [_process(shared, notes[0]), _process(shared, notes[1])]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0 and "Traceback" not in err, err
        results += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [r["state"] for r in results] == ["done"] * 4
    shared_ids = {r["recording_id"] for r in results if r["file"] == str(shared)}
    assert len(shared_ids) == 1
    check = check_data_dir(
        isolated_env,
        expect_hashes={sha256(shared), *map(sha256, notes)},
        embed_name_dim=default_embed_model(),
    )
    assert check.ok, check.problems
    assert len(check.recordings) == 3


def test_import_racing_another_process_keeps_its_original(
    ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other app commits the same bytes between our duplicate check and our insert."""
    note = tmp_path / "note.txt"
    note.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    theirs = ingest(ctx.store, note)
    stored = ctx.store.library.path(theirs.recording.stored_name)
    real = ctx.store.recordings.by_hash
    calls = {"n": 0}

    def racing(content_hash: str):
        calls["n"] += 1
        return None if calls["n"] == 1 else real(content_hash)

    monkeypatch.setattr(ctx.store.recordings, "by_hash", racing)
    ours = ingest(ctx.store, note)
    assert ours.duplicate and ours.recording.id == theirs.recording.id
    assert stored.is_file() and sha256(stored) == theirs.recording.content_hash  # not deleted as "our" copy
