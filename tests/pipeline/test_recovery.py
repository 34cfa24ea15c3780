"""Recordings a crash left in the inbox (no sound card needed: a recorder process plays a WAV as its source and
is killed with SIGKILL): found, repaired, playable at the right length, importable once; one still being
recorded by a live process is left alone; `recordroute jobs` mentions them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, SPEECH_WAV, run_cli

RECORDER = """
import sys, time
from pathlib import Path
from recordroute.engines.capture import Recorder, WavFileSource
rec = Recorder(WavFileSource(Path(sys.argv[1])), Path(sys.argv[2]))
rec.start()
print("started", flush=True)
time.sleep(3600)
"""


def start_recorder(out: Path) -> tuple[subprocess.Popen[str], float]:
    proc = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(SPEECH_WAV), str(out)],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    return proc, time.monotonic()


def test_a_killed_recording_is_found_repaired_and_imported_once(ctx, isolated_env: Path) -> None:
    from recordroute.engines.audio import decode
    from recordroute.engines.capture import check_wav, marker_path
    from recordroute.pipeline import recovery
    from recordroute.pipeline.ingest import ingest

    inbox = recovery.inbox_dir(ctx.settings)
    path = recovery.new_recording_path(ctx.settings)
    proc, started = start_recorder(path)
    time.sleep(4.5)
    assert recovery.find_unfinished(ctx) == []  # still being recorded by a live process: not touched
    proc.send_signal(signal.SIGKILL)
    elapsed = time.monotonic() - started
    proc.wait(10)
    assert marker_path(path).exists()

    line = run_cli("jobs").stdout
    assert f"1 unfinished recording in the inbox: {path.name}" in line and "recordroute recover" in line
    korean = run_cli("jobs", env={"RECORDROUTE_LANG": "ko"}).stdout
    assert f"수신 폴더(inbox)에 끝나지 않은 녹음이 1개 있습니다: {path.name}" in korean
    found = recovery.find_unfinished(ctx)
    assert [f.path for f in found] == [path] and found[0].crashed and found[0].repaired
    check = check_wav(path)
    assert check is not None and not check.needs_repair
    assert abs(decode(path).duration - elapsed) <= 1.5 and abs(found[0].seconds - elapsed) <= 1.5

    jobs = recovery.import_recordings(ctx, found)
    assert len(jobs) == 1 and ctx.store.jobs.get(jobs[0]).source_path == str(path.resolve())
    assert not marker_path(path).exists()
    assert recovery.find_unfinished(ctx) == []  # queued: not offered again
    result = ingest(ctx.store, path)  # what the job's first stage does
    assert abs(result.recording.duration - elapsed) <= 1.5
    ctx.store.jobs.cancel_queued(jobs[0])
    assert recovery.find_unfinished(ctx) == []  # in the library now (by content hash)
    assert inbox.is_dir()


def test_recover_command_without_anything_to_do() -> None:
    res = run_cli("recover")
    assert res.returncode == 0 and "no unfinished recordings" in res.stdout
    assert "unfinished" not in run_cli("jobs").stdout
