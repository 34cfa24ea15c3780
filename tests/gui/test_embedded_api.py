"""The local API inside the desktop app: started by the entry point when enabled, sharing the app context;
uploads it receives are run by the GUI's own job queue."""

from __future__ import annotations

import socket

import httpx
import pytest

from recordroute.gui.job_workers import JobController
from recordroute.launch.gui import start_api_if_enabled
from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_api_off_by_default(isolated_env) -> None:
    ctx = AppContext.open(Settings.load())
    try:
        assert start_api_if_enabled(ctx) is None
    finally:
        ctx.close()


@pytest.mark.slow
def test_enabled_api_queues_and_the_gui_runs_the_job(qtbot, isolated_env) -> None:
    settings = Settings.load()
    settings.api_enabled = True
    settings.api_port = _free_port()
    ctx = AppContext.open(settings)
    controller = JobController(ctx)
    stop = start_api_if_enabled(ctx)
    assert stop is not None
    try:
        base = f"http://127.0.0.1:{settings.api_port}"
        assert httpx.get(f"{base}/health").status_code == 200
        assert httpx.get(f"{base}/api/recordings").status_code == 401
        headers = {"Authorization": f"Bearer {settings.api_token}"}
        up = httpx.post(f"{base}/api/recordings", headers=headers, timeout=60,
                        files={"file": ("memo.txt", b"The budget review moved to Friday.", "text/plain")},
                        data={"summarize": "false"})
        assert up.status_code in (200, 201, 202), up.text
        job_id = up.json()["job_id"]
        finished = []
        controller.jobFinished.connect(finished.append)
        controller.start()  # the GUI's queue finds the API's job on its own
        qtbot.waitUntil(lambda: any(e.job_id == job_id for e in finished), timeout=60_000)
        assert [e.state for e in finished if e.job_id == job_id] == ["done"]
        assert ctx.store.jobs.get(job_id).state == "done"
    finally:
        stop()
        controller.shutdown()
        ctx.close()
