"""A tiny OpenAI-compatible server on 127.0.0.1: GET /v1/models and POST /v1/chat/completions, streaming as
Server-Sent Events ("data: {chunk}\\n\\n" ... "data: [DONE]\\n\\n") or one JSON object, with the same
deterministic responder as the fake Ollama. Knobs: api_key (401 when wrong), finish_reason override,
fail_first (503s), error_after_chunks (an error object mid-stream), drop_after_chunks.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .fake_ollama import tokenize
from .responders import Responder, default_responder


class FakeOpenAI:
    def __init__(
        self, models: list[str] | None = None, *, api_key: str = "", responder: Responder | None = None
    ):
        self.models = list(models or ["local-model"])
        self.api_key = api_key
        self.responder: Responder = responder or default_responder
        self.finish_reason: str | None = None
        self.fail_first = 0
        self.error_after_chunks: int | None = None
        self.drop_after_chunks: int | None = None
        self.requests: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> FakeOpenAI:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def _json(self, status: int, obj: Any) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, kind: str) -> None:
        self._json(status, {"error": {"message": message, "type": kind, "code": status}})

    def _authorized(self) -> bool:
        if not self.fake.api_key:
            return True
        if self.headers.get("Authorization") == f"Bearer {self.fake.api_key}":
            return True
        self._error(401, "Incorrect API key provided", "invalid_request_error")
        return False

    def do_GET(self) -> None:  # noqa: N802
        if not self._authorized():
            return
        if self.path == "/v1/models":
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.fake.models]
            return self._json(200, {"object": "list", "data": data})
        self._error(404, f"Unknown path {self.path}", "invalid_request_error")

    def do_POST(self) -> None:  # noqa: N802
        n = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(n) or b"{}")
        if not self._authorized():
            return
        if self.path != "/v1/chat/completions":
            return self._error(404, f"Unknown path {self.path}", "invalid_request_error")
        fake = self.fake
        fake.requests.append(body)
        if fake.fail_first > 0:
            fake.fail_first -= 1
            return self._error(503, "the server is loading the model", "server_error")
        model = body.get("model", "")
        if model not in fake.models:
            return self._error(404, f"The model `{model}` does not exist", "invalid_request_error")
        answer = tokenize(fake.responder(model, body.get("messages") or [], body))
        finish = "stop"
        limit = body.get("max_tokens") or body.get("max_completion_tokens")
        if limit and len(answer) > int(limit):
            answer, finish = answer[: int(limit)], "length"
        finish = fake.finish_reason or finish
        usage = {"prompt_tokens": 10, "completion_tokens": len(answer), "total_tokens": 10 + len(answer)}
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": model}
        if not body.get("stream"):
            if fake.drop_after_chunks is not None:
                return self._drop()
            message = {"role": "assistant", "content": "".join(answer)}
            return self._json(
                200,
                {
                    **base,
                    "object": "chat.completion",
                    "usage": usage,
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                },
            )
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = {**base, "object": "chat.completion.chunk"}
        self._event(
            {
                **chunk,
                "choices": [
                    {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
                ],
            }
        )
        for i, piece in enumerate(answer):
            if fake.drop_after_chunks is not None and i >= fake.drop_after_chunks:
                return self._drop()
            if fake.error_after_chunks is not None and i >= fake.error_after_chunks:
                self._event({"error": {"message": "model crashed", "type": "server_error"}})
                self.wfile.write(b"0\r\n\r\n")
                return None
            self._event(
                {**chunk, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            )
        self._event({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            self._event({**chunk, "choices": [], "usage": usage})
        self._raw(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        return None

    def _raw(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _event(self, obj: Any) -> None:
        self._raw(b"data: " + json.dumps(obj).encode() + b"\n\n")

    def _drop(self) -> None:
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True
