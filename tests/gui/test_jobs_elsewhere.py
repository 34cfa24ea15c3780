"""The window and the CLI on one library: a job the CLI queued is shown with its owner and never taken by the
window's queue worker, however idle; the CLI runs it itself (a real window, a real second process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import many_library as ml

pytestmark = pytest.mark.gui


def test_the_window_does_not_take_the_cli_s_job(qtbot, window, tmp_path: Path) -> None:
    owner = ml.popen("-m", "tests.helpers.job_owner", "queue-then-run", str(ml.note(tmp_path)))
    try:
        job_id = ml.json_line(owner)["job_id"]
        qtbot.wait(2500)  # the window's idle worker polls the queue many times over
        job = window.ctx.store.jobs.get(job_id)
        assert job.state == "queued" and job.owner == f"cli (pid {owner.pid})"
        assert owner.stdin is not None
        owner.stdin.write("go\n")
        owner.stdin.flush()
        assert ml.json_line(owner)["state"] == "done"  # the CLI ran its own job
        assert owner.wait(60) == 0
    finally:
        if owner.poll() is None:
            owner.kill()
    qtbot.waitUntil(lambda: window.ctx.store.jobs.get(job_id).state == "done", timeout=10_000)
