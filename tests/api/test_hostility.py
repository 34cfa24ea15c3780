"""A hostile client against the real server on loopback: slow and stalled connections, injection, huge and
deep bodies. Each is refused with a clear 4xx (or handled within limits) and the server keeps serving."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable

import httpx
import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import Api


def _connect(api: Api) -> socket.socket:
    return socket.create_connection(("127.0.0.1", api.server.port), timeout=30)


def _closed_within(sock: socket.socket, seconds: float) -> float | None:
    """Seconds until the server closed `sock` (None if it is still open after `seconds`)."""
    sock.settimeout(seconds)
    t0 = time.monotonic()
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return time.monotonic() - t0


@pytest.fixture
def bounded(extra_server: Callable[..., Api]) -> Api:
    return extra_server(
        ApiConfig(run_jobs=False, header_timeout=2.0, body_idle_timeout=2.0, max_upload_bytes=1024**2)
    )


def test_idle_and_slowloris_connections_are_closed_and_others_served(bounded: Api) -> None:
    idle = [_connect(bounded) for _ in range(20)]
    slow = [_connect(bounded) for _ in range(20)]
    stop = threading.Event()

    def trickle() -> None:  # a header byte every 0.2 s: never a complete request head
        for s in slow:
            s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while not stop.is_set():
            for s in slow:
                with contextlib.suppress(OSError):
                    s.sendall(b"X")
            time.sleep(0.2)

    threading.Thread(target=trickle, daemon=True).start()
    try:
        with bounded.http() as http:
            for _ in range(10):
                t0 = time.monotonic()
                assert http.get("/health").status_code == 200
                assert time.monotonic() - t0 < 2
        assert all(_closed_within(s, 10) is not None for s in idle)
        assert all(_closed_within(s, 10) is not None for s in slow)
    finally:
        stop.set()
        for s in idle + slow:
            s.close()


def test_stalled_upload_is_dropped_and_a_slow_one_finishes(bounded: Api) -> None:
    body = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n'
        b"Content-Type: audio/wav\r\n\r\n" + b"\0" * 4000
    )
    head = (
        f"POST /api/recordings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {bounded.token}\r\n"
        f"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: {len(body) + 100}\r\n\r\n"
    ).encode()
    stalled = _connect(bounded)
    stalled.sendall(head + body[:1000])  # then nothing more
    assert _closed_within(stalled, 15) is not None
    stalled.close()
    # A slow but steady upload is not cut (each pause is shorter than the idle limit).
    tail = b"\r\n--b--\r\n"
    full = body + tail
    head = head.replace(
        f"Content-Length: {len(body) + 100}".encode(), f"Content-Length: {len(full)}".encode()
    )
    steady = _connect(bounded)
    steady.sendall(head)
    for i in range(0, len(full), 1500):
        steady.sendall(full[i : i + 1500])
        time.sleep(1.0)
    steady.settimeout(30)
    reply = steady.recv(4096).decode("latin-1")
    steady.close()
    assert reply.startswith("HTTP/1.1 4"), reply  # answered (a zero-filled .wav is refused as not audio)
    assert "cannot be processed" in reply or "audio" in reply


@pytest.mark.parametrize(
    "path",
    [
        "/api/recordings/1%0d%0aSet-Cookie:%20x=1",
        "/api/recordings/..%2f..%2fetc",
        "/api/recordings/%00",
        "/v1/models%0a",
        "/api/recordings?limit=1%0d%0aX:y",
    ],
)
def test_path_injection_is_refused_without_echoed_headers(api: Api, http: httpx.Client, path: str) -> None:
    res = http.get(path)
    assert res.status_code in (400, 404, 405, 422) or res.status_code == 200 and "X" not in res.headers
    assert "set-cookie" not in res.headers and "x" not in {k.lower() for k in res.headers if k.lower() == "x"}


def test_header_injection_is_refused(api: Api) -> None:
    s = _connect(api)
    s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\rInjected: 1\r\n\r\n")
    reply = s.recv(4096).decode("latin-1")
    s.close()
    assert reply.startswith("HTTP/1.1 400"), reply
    for bad in ({"Host": "127.0.0.1\r\nX: y"}, {"Authorization": f"Bearer {api.token}\nX-Evil: 1"}):
        with pytest.raises((httpx.LocalProtocolError, httpx.RemoteProtocolError, ValueError)):
            httpx.get(f"{api.url}/api/recordings", headers=bad)
    host = httpx.get(f"{api.url}/api/recordings", headers={**api.auth, "Host": "evil.example:80"})
    assert host.status_code in (400, 403, 421)


@pytest.mark.slow
def test_ten_thousand_embeddings_are_refused_with_a_clear_limit(api: Api, http: httpx.Client) -> None:
    t0 = time.monotonic()
    res = http.post(
        "/v1/embeddings", json={"model": "all-MiniLM-L6-v2", "input": [f"item {i}" for i in range(10_000)]}
    )
    assert res.status_code in (400, 413, 422), res.text[:300]
    assert "2048" in res.text or "at most" in res.text, res.text[:300]
    assert time.monotonic() - t0 < 10
    ok = http.post("/v1/embeddings", json={"model": "all-MiniLM-L6-v2", "input": ["still serving"]})
    assert ok.status_code == 200


def test_deeply_nested_json_is_a_clear_4xx(api: Api, http: httpx.Client) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for path in ("/v1/embeddings", "/v1/chat/completions", "/api/search"):
        res = http.post(path, content=deep, headers={"Content-Type": "application/json"})
        assert 400 <= res.status_code < 500, (path, res.status_code, res.text[:200])
        assert "Traceback" not in res.text
    nested = '{"model": "m", "messages": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}"
    res = http.post("/v1/chat/completions", content=nested, headers={"Content-Type": "application/json"})
    assert 400 <= res.status_code < 500, res.text[:200]
    assert http.get("/health").status_code == 200


def test_multipart_with_a_thousand_parts_is_refused(api: Api, http: httpx.Client) -> None:
    parts = "".join(f'--b\r\nContent-Disposition: form-data; name="f{i}"\r\n\r\nv\r\n' for i in range(1000))
    body = (parts + "--b--\r\n").encode()
    t0 = time.monotonic()
    res = http.post(
        "/api/recordings", content=body, headers={"Content-Type": "multipart/form-data; boundary=b"}
    )
    assert res.status_code in (400, 413), res.text[:300]
    assert "fields" in res.text or "parts" in res.text, res.text[:300]
    assert time.monotonic() - t0 < 10
    res = http.post(
        "/v1/audio/transcriptions", content=body, headers={"Content-Type": "multipart/form-data; boundary=b"}
    )
    assert res.status_code in (400, 413), res.text[:300]
