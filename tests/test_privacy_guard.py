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
