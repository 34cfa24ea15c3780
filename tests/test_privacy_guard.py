"""The suite's privacy guard: only loopback is reachable, in the test process and in its subprocesses."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fakes.fake_ollama import FakeOllama
from tests.helpers import net_guard


def test_non_loopback_connect_is_refused_and_recorded() -> None:
    try:
        for attempt in (
            lambda: socket.create_connection(("192.0.2.1", 80), timeout=1),
            lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("198.51.100.7", 443)),
            lambda: socket.socket(socket.AF_INET6, socket.SOCK_STREAM).connect_ex(("2001:db8::1", 443, 0, 0)),
            lambda: socket.getaddrinfo("huggingface.co", 443),
        ):
            with pytest.raises(net_guard.NetworkBlocked, match="only reach loopback"):
                attempt()
        assert len(net_guard.violations) == 4
    finally:
        net_guard.violations.clear()  # expected here: do not fail this test for them


def test_loopback_and_unix_sockets_work(tmp_path: Path) -> None:
    import httpx

    with FakeOllama(models=["m:1b"]) as fake:
        assert httpx.get(f"{fake.url}/api/version", timeout=5).status_code == 200
        host_url = fake.url.replace("127.0.0.1", "localhost")
        assert httpx.get(f"{host_url}/api/tags", timeout=5).status_code == 200
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(tmp_path / "s.sock"))
    server.listen(1)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(tmp_path / "s.sock"))
    client.close()
    server.close()
    assert net_guard.violations == []


def test_subprocesses_get_the_guard(tmp_path: Path) -> None:
    log = tmp_path / "net.log"
    code = "import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n"
    env = {**os.environ, net_guard.ENV_LOG: str(log)}
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert res.returncode != 0 and "NetworkBlocked" in res.stderr
    assert "192.0.2.1" in log.read_text(encoding="utf-8")


# --- reach: remote engines, hooks and MCP connect only where the user configured them ---------------------------
def _refused(expected_host: str) -> list[str]:
    seen = list(net_guard.violations)
    net_guard.violations.clear()  # expected here: the autouse guard must not fail the test for them
    assert seen and all(expected_host in v for v in seen), seen
    return seen


def test_remote_speech_to_text_dials_only_the_configured_server(ctx, tmp_path: Path) -> None:
    """A configured server outside loopback is exactly what the guard stops; the job fails clearly (fallback
    off: nothing is transcribed here, so no model loads) and nothing partial is stored."""
    import shutil

    from recordroute.job_options import JobOptions
    from recordroute.pipeline import runner
    from tests.conftest import SPEECH_WAV

    media = tmp_path / "a.wav"
    shutil.copy(SPEECH_WAV, media)
    ctx.settings.stt_remote_url, ctx.settings.stt_remote_fallback = "http://192.0.2.10:8765/v1", False
    _job, final = runner.process_file(ctx, media, options=JobOptions(no_summary=True, no_index=True))
    _refused("192.0.2.10")
    assert final.state == "failed" and "192.0.2.10:8765" in final.message
    assert final.recording_id is not None and ctx.store.transcripts.segments(final.recording_id) == []


def test_remote_embeddings_dial_only_the_configured_server(ctx) -> None:
    from recordroute.engines.embed import embedder_from_settings
    from recordroute.errors import RemoteEngineError

    ctx.settings.embed_remote_url, ctx.settings.embed_model = "http://192.0.2.11/v1", "bge-m3"
    embedder = embedder_from_settings(ctx.settings)  # constructing it connects nowhere
    assert net_guard.violations == []
    with pytest.raises(RemoteEngineError, match="embeddings server"):
        embedder.embed_query("x")
    _refused("192.0.2.11")


def test_nothing_reaches_out_when_nothing_is_configured(ctx, tmp_path: Path) -> None:
    """Defaults: a finished job (hooks), search (embeddings) and the MCP tools make no connection at all, not
    even to loopback: every socket opened is recorded and must be none."""
    import asyncio

    from mcp import Client

    from recordroute.job_options import JobOptions
    from recordroute.mcp import build_server
    from recordroute.pipeline import runner

    opened: list[object] = []
    real_connect = socket.socket.connect

    def spy(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            opened.append(address)
        return real_connect(self, address)

    notes = tmp_path / "n.txt"
    notes.write_text("Mina will book the venue by April 10.\n", encoding="utf-8")
    ctx.settings.llm_backend = "extractive"
    socket.socket.connect = spy  # type: ignore[method-assign]
    try:
        _job, final = runner.process_file(ctx, notes, options=JobOptions(no_index=True))

        async def tools() -> None:
            async with Client(build_server(ctx)) as client:
                await client.call_tool("search", {"query": "venue", "mode": "keyword"})
                await client.call_tool("list_recordings", {})

        asyncio.run(tools())
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
    assert final.state == "done" and opened == []
