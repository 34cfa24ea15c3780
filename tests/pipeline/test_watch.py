"""Watch folders: a file is imported once it is complete (never half-way through a slow copy), files present at
start are caught up, duplicates are recognised, a bad file is reported and the watcher keeps going; the
`recordroute watch` command stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SPEECH_WAV

SETTLE = 1.0


def wait_for(cond: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def watching(ctx: object, tmp_path: Path) -> Iterator[tuple[object, Path, Path]]:
    from recordroute.pipeline.watch import FolderWatcher

    inbox = tmp_path / "watched"
    inbox.mkdir()
    shutil.copy(SPEECH_WAV, inbox / "before-start.wav")  # already there when the watch begins
    done = tmp_path / "processed"
    watcher = FolderWatcher(ctx, [inbox], settle=SETTLE, interval=0.1, move_to=done)  # type: ignore[arg-type]
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    yield watcher, inbox, done
    stop.set()
    thread.join(5)
    assert not thread.is_alive()


def test_files_are_imported_once_complete_and_bad_ones_do_not_stop_the_watch(ctx, watching) -> None:
    watcher, inbox, done = watching
    wait_for(lambda: any(e.kind == "imported" for e in watcher.events))
    first = watcher.events[0]
    assert first.path.name == "before-start.wav" and (done / "before-start.wav").exists()

    (inbox / "slides.pptx").write_bytes(b"PK\x03\x04 not really")
    (inbox / "broken.mp3").write_bytes(os.urandom(4000))
    data = (ROOT / "resources" / "samples" / "sample_meeting_en.mp3").read_bytes()
    slow = inbox / "meeting.mp3"
    with open(slow, "wb") as fh:  # a slow copy: half, a pause shorter than the settle time, the rest
        fh.write(data[: len(data) // 2])
        fh.flush()
        time.sleep(SETTLE * 0.6)
        fh.write(data[len(data) // 2 :])
    wait_for(lambda: sum(e.kind == "imported" for e in watcher.events) == 2)
    wait_for(lambda: sum(e.kind == "rejected" for e in watcher.events) == 2)
    rejected = {e.path.name: e.message for e in watcher.events if e.kind == "rejected"}
    assert ".pptx files are not supported" in rejected["slides.pptx"]
    assert "broken.mp3" in rejected["broken.mp3"]

    imported = [e for e in watcher.events if e.kind == "imported"]
    assert [e.path.name for e in imported] == ["before-start.wav", "meeting.mp3"]
    rec = ctx.store.recordings.get(imported[1].recording_id)
    assert rec.size_bytes == len(data) and abs(rec.duration - 29.2) < 0.5  # whole, not the first half
    assert all(ctx.store.jobs.get(e.job_id).recording_id == e.recording_id for e in imported)

    shutil.copy(SPEECH_WAV, inbox / "again.wav")  # same content under another name
    wait_for(lambda: any(e.kind == "duplicate" for e in watcher.events))
    assert len(ctx.store.recordings.list()) == 2
    assert sorted(p.name for p in done.iterdir()) == ["again.wav", "before-start.wav", "meeting.mp3"]
    assert sorted(p.name for p in inbox.iterdir()) == [
        "broken.mp3",
        "slides.pptx",
    ]  # left, with their reasons


def test_watch_command_imports_in_place_and_stops_on_sigterm(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(SPEECH_WAV, folder / "talk.wav")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "recordroute",
            "watch",
            str(folder),
            "--settle",
            "0.5",
            "--interval",
            "0.1",
            "--no-process",
        ],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("imported\t") and "talk.wav" in line
    (folder / "notes.xyz").write_text("not media", encoding="utf-8")
    time.sleep(1.5)
    assert proc.poll() is None  # an unsupported file is reported, the watch goes on
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "notes.xyz" in err and "not supported" in err and "stopped watching (1 imported)" in err
    assert (folder / "talk.wav").exists()  # left in place without --move-to


def test_watch_command_rejects_a_missing_folder(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    res = run_cli("watch", str(tmp_path / "nope"))
    assert res.returncode == 1 and "not a folder" in res.stderr
