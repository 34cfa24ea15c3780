"""SIGKILL the real `process` command mid-transcription: the DB stays sound and the job resumes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, SPEECH_WAV, run_cli
from tests.helpers import media


def _transcribe_running(db: Path) -> bool:
    if not db.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        row = con.execute(
            "SELECT progress FROM stages WHERE name = 'transcribe' AND state = 'running'"
        ).fetchone()
        con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] > 0.02


def test_kill_mid_transcription_then_resume(tmp_path: Path, isolated_env: Path) -> None:
    long_wav = media.make_tiled_wav(SPEECH_WAV, tmp_path / "long meeting.wav", seconds=150)
    db = isolated_env / "recordroute.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", "process", str(long_wav)],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    while not _transcribe_running(db):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "transcription never started"
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == 0  # nothing half-written
    con.close()

    jobs = json.loads(run_cli("jobs", "--json").stdout)  # opening the app runs recovery
    assert len(jobs) == 1 and jobs[0]["state"] == "interrupted"
    assert "crash or kill" in jobs[0]["error"]
    assert [s["state"] for s in jobs[0]["stages"]][:2] == ["done", "interrupted"]
    rec_id = jobs[0]["recording_id"]
    assert rec_id == 1

    res = run_cli("retry", "--json", timeout=600)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.strip().splitlines()[-1])["state"] == "done"
    rec = json.loads(run_cli("show", str(rec_id), "--json").stdout)
    assert rec["transcribe_state"] == "done" and rec["segments"][-1]["end"] > 120
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM recordings").fetchone()[0] == 1
