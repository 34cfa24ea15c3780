"""A killed worker's pid may be reused by another program: the job must still be found interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CLAIMER = """
import sys, time
from recordroute.pipeline.context import AppContext
ctx = AppContext.open()
job = ctx.store.jobs.create(["ingest"], source_path="x.wav")
assert ctx.store.jobs.claim(job)
print(job, flush=True)
time.sleep(120)
"""


def _set_running(ctx, job_id: int, pid: int) -> None:
    with ctx.store.db.tx() as con:
        con.execute("UPDATE jobs SET state = 'running', pid = ? WHERE id = ?", (pid, job_id))


def test_reused_pid_does_not_keep_a_dead_job_running(ctx) -> None:
    job_id = ctx.store.jobs.create(["ingest"], source_path="a.wav")
    stranger = subprocess.Popen(["sleep", "60"])  # alive, but not the process that claimed the job
    try:
        _set_running(ctx, job_id, stranger.pid)
        assert ctx.store.jobs.recover_interrupted() == [job_id]
        job = ctx.store.jobs.get(job_id)
        assert job.state == "interrupted" and "retry" in (job.error or "")
    finally:
        stranger.kill()
        stranger.wait()


def test_live_claimer_keeps_its_job_and_its_death_is_noticed(ctx, isolated_env: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CLAIMER],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip().isdigit(), proc.stderr.read() if proc.stderr else ""
        job_id = int(line)
        assert ctx.store.jobs.recover_interrupted() == []  # another live app's job is left alone
        assert ctx.store.jobs.get(job_id).state == "running"
        assert (isolated_env / "run" / f"{proc.pid}.alive").exists()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert ctx.store.jobs.recover_interrupted() == [job_id]
    assert not (isolated_env / "run" / f"{proc.pid}.alive").exists()  # the dead mark is swept


def test_a_dead_summary_run_with_a_reused_pid_fails_cleanly(ctx) -> None:
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash="h",
            kind="text",
            source_name="n.txt",
            stored_name="h/h.txt",
            size_bytes=1,
            title="n",
        )
    sid = ctx.store.summaries.begin(rid, template="minutes", language="en", backend="ollama", model="m")
    stranger = subprocess.Popen(["sleep", "60"])
    try:
        with ctx.store.db.tx() as con:
            con.execute("UPDATE summaries SET pid = ? WHERE id = ?", (stranger.pid, sid))
        assert ctx.store.summaries.interrupted() == 1
        assert ctx.store.summaries.get(sid).state == "failed"
    finally:
        stranger.kill()
        stranger.wait()


def test_a_dead_servers_upload_leftovers_are_swept(tmp_path: Path) -> None:
    from recordroute.store import Store

    store = Store(tmp_path)
    left = tmp_path / "tmp" / "api-uploads" / "abc.wav"
    left.parent.mkdir(parents=True)
    left.write_bytes(b"half an upload")
    store.startup_recovery()  # no other RecordRoute is alive here: it can only be a dead server's
    assert not left.exists()
    store.close()


def test_hold_or_fail_refuses_a_second_holder_in_this_process_and_in_another(tmp_path: Path) -> None:
    from recordroute.errors import StorageError
    from recordroute.store.locks import hold_or_fail

    lock = tmp_path / "job.lock"
    with hold_or_fail(lock, "busy here", "wait"):
        with pytest.raises(StorageError, match="busy here"), hold_or_fail(lock, "busy here", "wait"):
            pass
        probe = (
            "import sys; from pathlib import Path; from recordroute.store.locks import hold_or_fail\n"
            "from recordroute.errors import StorageError\n"
            "try:\n    with hold_or_fail(Path(sys.argv[1]), 'busy', 'wait'): print('got it')\n"
            "except StorageError as exc: print('refused:', exc.message)"
        )
        res = subprocess.run(
            [sys.executable, "-c", probe, str(lock)], capture_output=True, text=True, timeout=60
        )
        assert res.stdout.strip() == "refused: busy", res.stderr
    res = subprocess.run([sys.executable, "-c", probe, str(lock)], capture_output=True, text=True, timeout=60)
    assert res.stdout.strip() == "got it", res.stderr  # released when the block ends
