"""The local API inside the desktop app: it shares the window's context and its one job queue (uploads show
in the queue panel at once and run there, their progress streams over SSE), and it follows the settings the
moment they are saved."""

from __future__ import annotations

import json
import socket
import threading

import httpx
import pytest
from PySide6.QtCore import QTimer

from recordroute.launch.gui import EmbeddedApi
from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reachable(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def test_api_off_by_default(isolated_env) -> None:
    from recordroute.pipeline.queue import JobQueue

    ctx = AppContext.open(Settings.load())
    try:
        api = EmbeddedApi(ctx, JobQueue(ctx))
        api.apply()
        assert api.server is None and api.url is None
        api.stop()
    finally:
        ctx.close()


@pytest.mark.slow
def test_embedded_api_shares_the_windows_queue(qtbot, make_window) -> None:
    window = make_window(
        autostart=False
    )  # nothing runs yet: the row can only come from the queue's own event
    settings = window.ctx.settings
    settings.api_enabled = True
    settings.api_port = _free_port()
    api = EmbeddedApi(window.ctx, window.controller.queue)
    window.local_api = api
    api.apply()
    try:
        assert api.url is not None and _reachable(api.url)
        assert window.controller.findChildren(QTimer) == []  # no timer polls the database for jobs
        headers = {"Authorization": f"Bearer {settings.api_token}"}
        assert httpx.get(f"{api.url}/api/recordings", timeout=10).status_code == 401
        up = httpx.post(
            f"{api.url}/api/recordings",
            headers=headers,
            timeout=60,
            files={"file": ("memo.txt", b"The budget review moved to Friday.", "text/plain")},
            data={"summarize": "false"},
        )
        assert up.status_code == 202, up.text
        job_id = up.json()["job_id"]
        qtbot.waitUntil(lambda: job_id in window.queue.rows, timeout=5000)
        assert window.queue.rows[job_id].state == "queued"

        streamed: list[dict] = []
        subscribed = threading.Event()

        def listen() -> None:
            with httpx.stream(
                "GET",
                f"{api.url}/api/jobs/{job_id}/events",
                headers=headers,
                params={"timeout": 60},
                timeout=70,
            ) as stream:
                for line in stream.iter_lines():
                    if line.startswith("data: "):
                        streamed.append(json.loads(line[6:]))
                        subscribed.set()

        reader = threading.Thread(target=listen, daemon=True)
        reader.start()
        qtbot.waitUntil(subscribed.is_set, timeout=10_000)  # the snapshot: the stream is subscribed
        finished = []
        window.controller.jobFinished.connect(finished.append)
        window.controller.start()  # the window's queue runs the API's job
        qtbot.waitUntil(lambda: any(e.job_id == job_id for e in finished), timeout=60_000)
        reader.join(30)
        assert [e.state for e in finished if e.job_id == job_id] == ["done"]
        assert window.queue.rows[job_id].state == "done"
        # The stream saw the run itself, from the same queue: the queued snapshot, live stages, the ending.
        assert streamed[0]["state"] == "queued" and streamed[-1]["state"] == "done"
        assert any(e["state"] == "running" and e["stage"] for e in streamed[1:-1]), streamed
    finally:
        api.stop()


def test_toggling_the_api_in_settings_applies_at_once(qtbot, make_window) -> None:
    window = make_window(autostart=False)
    window.local_api = EmbeddedApi(window.ctx, window.controller.queue)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    try:
        dialog = window.dialogs.open_settings()
        dialog.api_enabled.setChecked(True)
        dialog.api_port.setValue(port)
        dialog.accept()
        qtbot.waitUntil(lambda: _reachable(url), timeout=15_000)
        token = window.ctx.settings.api_token
        r = httpx.get(f"{url}/api/jobs", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert r.status_code == 200 and r.json() == {"items": []}

        dialog = window.dialogs.open_settings()
        dialog.api_enabled.setChecked(False)
        dialog.accept()
        qtbot.waitUntil(lambda: not _reachable(url), timeout=15_000)
        try:
            httpx.get(f"{url}/health", timeout=2)
            raise AssertionError("the API still answers after it was turned off")
        except httpx.ConnectError:
            pass
        assert Settings.load().api_enabled is False
    finally:
        window.local_api.stop()


def test_embedded_api_serves_mcp_and_survives_a_restart(isolated_env) -> None:
    """/mcp in the app's API (same token), also after a settings change restarts the server on a new port."""
    import asyncio

    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    from recordroute.pipeline.queue import JobQueue

    ctx = AppContext.open(Settings.load())
    api = EmbeddedApi(ctx, JobQueue(ctx))
    ctx.settings.api_enabled, ctx.settings.api_port = True, _free_port()

    async def tools(url: str, token: str) -> set[str]:
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http,
            Client(streamable_http_client(f"{url}/mcp", http_client=http)) as client,
        ):
            return {t.name for t in (await client.list_tools()).tools}

    try:
        for _ in range(2):
            api.apply()
            assert api.url is not None
            assert "search" in asyncio.run(tools(api.url, ctx.settings.api_token))
            assert httpx.post(f"{api.url}/mcp", json={}, timeout=10).status_code == 401
            ctx.settings.api_port = _free_port()  # the next apply() restarts the server
    finally:
        api.stop()
        ctx.close()
