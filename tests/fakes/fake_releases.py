"""A fake GitHub release host on 127.0.0.1 (stdlib only), spoken to over HTTP as the model manager speaks to
sherpa-onnx's releases (point RECORDROUTE_SPEAKER_MODEL_ENDPOINT at `fake.endpoint`):

- HEAD/GET /releases/download/<folder>/<file>: like github.com, a 302 to /assets/<folder>/<file> (switch off with
  `redirect = False` to serve the bytes directly);
- HEAD/GET /assets/<folder>/<file>: Content-Length and the bytes, honouring `Range: bytes=N-` with 206.

Fault switches: `claim_length` (HEAD and GET announce this Content-Length), `extra_bytes` (the body runs on past
the file, with an honest length), `drop_once_at` (close the connection once after that many body bytes),
`chunk_delay` (seconds between 4 KB chunks: a slow server), `no_length` (no Content-Length on HEAD). With
`extra_bytes`, HEAD still announces the file's own size: only the GET body runs on.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tests.fakes.fake_hub import _Server

SEND = 4 << 10


class FakeReleases:
    def __init__(self, files: dict[str, Path]) -> None:
        self.files = dict(files)  # "<folder>/<file>" -> the file to serve
        self.redirect = True
        self.claim_length: int | None = None
        self.extra_bytes = 0
        self.drop_once_at: int | None = None
        self.chunk_delay = 0.0
        self.no_length = False
        self.log: list[tuple[str, str, str, int]] = []  # (method, path, Range header, status)
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self.port = 0

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/releases/download"

    def __enter__(self) -> FakeReleases:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self.port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name="fake-releases",
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def record(self, method: str, path: str, rng: str, status: int) -> None:
        with self._lock:
            self.log.append((method, path, rng, status))

    def take_drop(self) -> int | None:
        with self._lock:
            at, self.drop_once_at = self.drop_once_at, None
            return at

    def gets(self) -> list[tuple[str, str, str, int]]:
        return [e for e in self.log if e[0] == "GET" and e[1].startswith("/assets/")]


class _Handler(BaseHTTPRequestHandler):
    fake: FakeReleases
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _empty(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.fake.record(self.command, self.path, self.headers.get("Range", ""), status)

    def _serve(self, *, head: bool) -> None:
        fake = self.fake
        path = unquote(urlsplit(self.path).path)
        m = re.match(r"^/(releases/download|assets)/(.+)$", path)
        if m is None or m[2] not in fake.files:
            return self._empty(404)
        if m[1] == "releases/download" and fake.redirect:
            return self._empty(302, {"Location": f"/assets/{m[2]}"})
        data = fake.files[m[2]].read_bytes() + (b"" if head else b"\0" * fake.extra_bytes)
        start, status, rng = 0, 200, self.headers.get("Range", "")
        headers = {"Accept-Ranges": "bytes", "Content-Type": "application/octet-stream"}
        if mr := re.match(r"bytes=(\d+)-$", rng):
            start = int(mr.group(1))
            if start >= len(data):
                return self._empty(416, {"Content-Range": f"bytes */{len(data)}"})
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        length = fake.claim_length if fake.claim_length is not None else len(data) - start
        if not (head and fake.no_length):
            self.send_header("Content-Length", str(length))
        self.end_headers()
        fake.record(self.command, self.path, rng, status)
        if not head:
            self._body(data[start:])

    def _body(self, data: bytes) -> None:
        drop_at = self.fake.take_drop()
        sent = 0
        while sent < len(data):
            chunk = data[sent : sent + SEND]
            if drop_at is not None and sent + len(chunk) >= drop_at:
                with contextlib.suppress(OSError):
                    self.wfile.write(chunk[: max(0, drop_at - sent)])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            try:
                self.wfile.write(chunk)
            except OSError:
                self.close_connection = True
                return
            sent += len(chunk)
            if self.fake.chunk_delay:
                threading.Event().wait(self.fake.chunk_delay)
