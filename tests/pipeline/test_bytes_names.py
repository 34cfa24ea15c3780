"""File names that are not valid UTF-8 (POSIX bytes): stored escaped, shown with U+FFFD, reopened exactly, in
`process` (a batch does not stop at them), `watch` and export names."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from recordroute.job_options import JobOptions
from recordroute.paths import shown, stored, unstored

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are UTF-16, never bytes")

BAD = b"caf\xe9 \xff notes.txt"  # Latin-1 bytes: not UTF-8


def _bytes_file(folder: Path, raw: bytes = BAD) -> Path:
    target = os.path.join(os.fsencode(folder), raw)
    with open(target, "wb") as fh:
        fh.write(b"The budget meeting moved to Friday. Mina books the venue.")
    return Path(os.fsdecode(target))


def test_escaping_round_trips_and_shows_replacement_characters(tmp_path: Path) -> None:
    path = _bytes_file(tmp_path)
    kept = stored(str(path))
    kept.encode("utf-8")  # storable: no lone surrogates left
    assert unstored(kept) == str(path) and Path(unstored(kept)).is_file()
    assert shown(path.name) == "caf\ufffd \ufffd notes.txt"
    assert stored("plain 회의.txt") == "plain 회의.txt" == unstored("plain 회의.txt")


def test_a_job_for_a_bytes_name_runs_and_the_title_shows_it(ctx, tmp_path: Path) -> None:
    from recordroute.pipeline import export, runner

    path = _bytes_file(tmp_path)
    job_id = runner.submit(ctx, path, options=JobOptions(no_summary=True, no_index=True))
    assert ctx.store.jobs.get(job_id).source_path == str(path.resolve())  # the exact bytes, to reopen
    final = runner.run_job(ctx, job_id)
    assert final.state == "done", final.message
    rec = ctx.store.recordings.get(final.recording_id)
    assert rec.title == "caf\ufffd \ufffd notes" and rec.source_name == "caf\ufffd \ufffd notes.txt"
    assert export.export_filename(rec, "md") == "caf_ _ notes.md"


@pytest.mark.slow
def test_cli_process_batch_with_a_bytes_name(tmp_path: Path) -> None:
    """The real `recordroute process` (index stage with the embedding model): no traceback, nothing left queued."""
    import json

    from tests.conftest import run_cli

    bad = _bytes_file(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("Another note about the venue.", encoding="utf-8")
    res = run_cli("process", "--json", "--no-summary", str(bad), str(good))
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert [r["state"] for r in rows] == ["done", "done"]
    assert rows[0]["file"].endswith("caf\ufffd \ufffd notes.txt")
    listed = run_cli("list")
    assert "caf\ufffd \ufffd notes" in listed.stdout


def test_watch_imports_a_bytes_name(ctx, tmp_path: Path) -> None:
    from recordroute.pipeline.watch import FolderWatcher

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _bytes_file(inbox)
    watcher = FolderWatcher(ctx, [inbox], settle=0.0, interval=0.1, enqueue=lambda rec_id: 0)
    events = watcher.scan() + watcher.scan()
    assert [e.kind for e in events] == ["imported"], [e.message for e in events]
    assert "caf\ufffd \ufffd notes.txt" in events[0].message
    assert ctx.store.recordings.get(events[0].recording_id).title == "caf\ufffd \ufffd notes"
