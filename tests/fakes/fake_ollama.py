"""A protocol-faithful fake Ollama server on 127.0.0.1 for tests and benchmarks (stdlib only).

Speaks Ollama's documented HTTP API so the app talks to it through the real `ollama` client:
GET / , GET /api/version, GET /api/tags, POST /api/show, POST /api/generate, POST /api/chat,
POST /api/pull (streamed progress per layer: pulling manifest, pulling <digest> with total/completed,
verifying sha256 digest, writing manifest, success; an unknown name ends with an "error" line, as Ollama's
"pull model manifest: file does not exist") and DELETE /api/delete (404 for an unknown model).
Streaming (the default, stream=true) is NDJSON over HTTP/1.1 chunked encoding, one JSON object per line,
ending with a done=true object carrying done_reason ("stop" or "length"), prompt_eval_count, eval_count and
durations in nanoseconds. Unknown models get 404 {"error": "model 'x' not found"} (Ollama's Generate/Chat
handler text).

Context handling follows Ollama's server code:
- chat (server/prompt.go chatPrompt): drop the oldest messages until the rendered prompt fits num_ctx, always
  keeping system messages and the last message;
- runner (NewSequence): a prompt still longer than num_ctx keeps its first num_keep (default 4) tokens and
  drops the tokens right after them, i.e. the FRONT of the prompt is lost;
- num_ctx defaults to `num_ctx_default` (2048, Ollama's old default) and is clamped to the model's
  context_length (reported by /api/show as model_info["<arch>.context_length"]); a model's "num_ctx" info
  appears in /api/show's `parameters` text; num_predict caps the answer with done_reason "length".
The tokenizer is simple and deterministic (~4 letters, 1 digit, 1 punctuation mark or 2 Hangul per token);
prompts are rendered with a ChatML template. Each request is recorded with what the "model" actually saw.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .ollama_protocol import (
    BUSY,
    FakeRequest,
    chat_truncate,
    parse_rendered,
    render_chat,
    runner_truncate,
    tokenize,
)
from .responders import Responder, default_responder
from .structured import chosen_tool, format_answer, tool_arguments

__all__ = [
    "FakeOllama",
    "FakeRequest",
    "chat_truncate",
    "parse_rendered",
    "render_chat",
    "runner_truncate",
    "tokenize",
]


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up (cancel, retry tests) are expected; stay quiet about them.
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):
            super().handle_error(request, client_address)


class FakeOllama:
    """Use as a context manager (`with FakeOllama(models={...}) as fake:`) or call start()/stop()."""

    def __init__(
        self,
        models: dict[str, dict[str, Any]] | list[str] | None = None,
        *,
        num_ctx_default: int = 2048,
        responder: Responder | None = None,
        version: str = "0.12.6",
    ) -> None:
        if models is None:
            models = {"qwen2.5:7b-instruct": {}}
        if isinstance(models, list):
            models = {m: {} for m in models}
        self.models: dict[str, dict[str, Any]] = {self._norm(k): dict(v) for k, v in models.items()}
        self.num_ctx_default = num_ctx_default
        self.responder: Responder = responder or default_responder
        self.version = version
        # Knobs (settable any time).
        self.error_after_chunks: int | None = None
        self.error_message = "an error was encountered while running the model: unexpected EOF"
        self.drop_after_chunks: int | None = None
        self.force_done_reason: str | None = None
        self.token_delay = 0.0  # seconds between streamed chunks
        self.prompt_token_delay = 0.0  # seconds per evaluated prompt token
        self.fail_first = 0  # answer this many generation requests with `fail_status`
        self.fail_status = 503
        self.requests: list[FakeRequest] = []  # /api/chat and /api/generate
        self.log: list[tuple[str, str, int]] = []  # (method, path, status) of every request
        # What /api/pull can fetch: name -> model info (as `models`); pulled models join `models`.
        self.library: dict[str, dict[str, Any]] = {}
        self.pull_steps = 5  # progress lines per layer
        self.pull_delay = 0.0  # seconds between progress lines
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @staticmethod
    def _norm(name: str) -> str:
        return name if ":" in name else f"{name}:latest"

    # --- lifecycle ------------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeOllama:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", self.port), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="fake-ollama"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def pause(self) -> None:
        """Close the listening socket: new connections are refused until resume()."""
        self.stop()

    def resume(self, after: float = 0.0) -> None:
        """Listen again on the same port (optionally after a delay, from a timer thread)."""
        if after > 0:
            threading.Timer(after, self.start).start()
        else:
            self.start()

    def __enter__(self) -> FakeOllama:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- helpers for tests ----------------------------------------------------------------------------------
    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.log.clear()

    def handled_seconds(self) -> float:
        with self._lock:
            return sum(r.duration for r in self.requests)

    def _record(self, req: FakeRequest, t0: float | None = None) -> None:
        """Add `req` to `requests` once. Called just BEFORE the last bytes go out, so a client that has its
        whole answer always finds the record."""
        with self._lock:
            if t0 is not None:
                req.duration = time.perf_counter() - t0
            if not req.recorded:
                req.recorded = True
                self.requests.append(req)

    def _take_failure(self) -> bool:
        with self._lock:
            if self.fail_first > 0:
                self.fail_first -= 1
                return True
            return False

    def model_info(self, name: str) -> dict[str, Any] | None:
        return self.models.get(self._norm(name))


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOllama
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- plumbing -------------------------------------------------------------------------------------------
    def _json(self, status: int, obj: Any) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.fake.log.append((self.command, self.path, status))

    def _text(self, status: int, text: str) -> None:
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.fake.log.append((self.command, self.path, status))

    def _chunk(self, obj: Any) -> None:
        data = json.dumps(obj).encode() + b"\n"
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _drop(self) -> None:
        """Abort the connection mid-response (like a crashed server)."""
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

    def _body(self) -> dict[str, Any]:
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        try:
            data = json.loads(raw or b"{}")
        except ValueError:
            return {"__invalid__": raw.decode("utf-8", "replace")}
        return data if isinstance(data, dict) else {"__invalid__": raw.decode("utf-8", "replace")}

    # --- routes ---------------------------------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        if self.path == "/":
            return self._text(200, "Ollama is running")
        if self.path == "/api/version":
            return self._json(200, {"version": self.fake.version})
        if self.path == "/api/tags":
            return self._json(200, {"models": [self._tag(n, i) for n, i in self.fake.models.items()]})
        return self._text(404, "404 page not found")

    def do_POST(self) -> None:
        body = self._body()
        if "__invalid__" in body:
            return self._json(400, {"error": "invalid character in request body"})
        if self.path == "/api/show":
            return self._show(body)
        if self.path in ("/api/chat", "/api/generate"):
            return self._generate(body, chat=self.path == "/api/chat")
        if self.path == "/api/pull":
            return self._pull(body)
        return self._text(404, "404 page not found")

    def do_DELETE(self) -> None:
        body = self._body()
        if self.path != "/api/delete":
            return self._text(404, "404 page not found")
        name = FakeOllama._norm(str(body.get("model") or body.get("name") or ""))
        with self.fake._lock:
            found = self.fake.models.pop(name, None)
        if found is None:
            return self._json(404, {"error": f"model '{name}' not found"})
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.fake.log.append((self.command, self.path, 200))

    def _pull(self, body: dict[str, Any]) -> None:
        fake = self.fake
        name = FakeOllama._norm(str(body.get("model") or body.get("name") or ""))
        info = fake.library.get(name) or fake.library.get(name.removesuffix(":latest"))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        fake.log.append((self.command, self.path, 200))
        try:
            self._chunk({"status": "pulling manifest"})
            if info is None:
                self._chunk({"error": "pull model manifest: file does not exist"})
            else:
                size = int(info.get("size", 4_683_087_332))
                for i, total in enumerate((size - 1_000, 1_000)):
                    digest = f"sha256:{i:064x}"
                    for step in range(fake.pull_steps + 1):
                        self._chunk(
                            {
                                "status": f"pulling {digest[7:19]}",
                                "digest": digest,
                                "total": total,
                                "completed": total * step // fake.pull_steps,
                            }
                        )
                        if fake.pull_delay:
                            time.sleep(fake.pull_delay)
                for status in ("verifying sha256 digest", "writing manifest", "success"):
                    self._chunk({"status": status})
                with fake._lock:
                    fake.models[name] = dict(info)
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:  # the client cancelled
            self.close_connection = True

    def _tag(self, name: str, info: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": name,
            "model": name,
            "modified_at": "2025-01-01T00:00:00Z",
            "size": int(info.get("size", 4_683_087_332)),
            "digest": f"{abs(hash(name)):064x}"[:64],
            "details": {
                "parent_model": "",
                "format": "gguf",
                "family": info.get("family", "qwen2"),
                "families": [info.get("family", "qwen2")],
                "parameter_size": info.get("parameter_size", "7.6B"),
                "quantization_level": info.get("quantization_level", "Q4_K_M"),
            },
        }

    def _show(self, body: dict[str, Any]) -> None:
        name = body.get("model") or body.get("name") or ""
        if not name:
            return self._json(400, {"error": "model is required"})
        info = self.fake.model_info(name)
        if info is None:
            return self._json(404, {"error": f"model '{name}' not found"})
        family = info.get("family", "qwen2")
        # A Modelfile `PARAMETER num_ctx` shows in the parameters text; it is only a default (requests override).
        params = f"num_ctx                        {int(info['num_ctx'])}" if info.get("num_ctx") else ""
        return self._json(
            200,
            {
                "modelfile": f"FROM {name}\n",
                "parameters": params,
                "template": "{{ .Prompt }}",
                "details": self._tag(name, info)["details"],
                "model_info": {
                    "general.architecture": family,
                    f"{family}.context_length": int(info.get("context_length", 32768)),
                },
                "capabilities": ["completion"],
                "modified_at": "2025-01-01T00:00:00Z",
            },
        )

    def _generate(self, body: dict[str, Any], *, chat: bool) -> None:
        fake = self.fake
        t0 = time.perf_counter()
        model = str(body.get("model") or "")
        stream = body.get("stream", True) is not False
        options = dict(body.get("options") or {})
        req = FakeRequest("/api/chat" if chat else "/api/generate", model, body, options, stream)
        if fake._take_failure():
            req.status = fake.fail_status
            fake._record(req)
            return self._json(fake.fail_status, {"error": BUSY})
        info = fake.model_info(model) if model else None
        if info is None:
            req.status = 404
            fake._record(req)
            return self._json(404, {"error": f"model '{model}' not found"})
        if chat:
            messages = [
                {"role": str(m.get("role")), "content": str(m.get("content") or "")}
                for m in body.get("messages") or []
            ]
        else:
            messages = [{"role": "system", "content": body["system"]}] if body.get("system") else []
            if body.get("prompt"):
                messages.append({"role": "user", "content": str(body["prompt"])})
        req.messages_sent = messages
        if not messages or (not chat and not body.get("prompt")):
            req.done_reason = "load"
            fake._record(req)
            return self._json(200, self._final(req, model, chat, "", "load", 0, 0, t0))
        num_ctx = int(options.get("num_ctx") or info.get("num_ctx") or fake.num_ctx_default)
        num_ctx = min(num_ctx, int(info.get("context_length", 32768)))
        req.num_ctx = num_ctx
        kept = chat_truncate(messages, num_ctx)
        full = tokenize(render_chat(kept))
        req.prompt_tokens_sent = len(tokenize(render_chat(messages)))
        seen = runner_truncate(full, num_ctx, int(options.get("num_keep", 4)))
        req.prompt_seen = "".join(seen)
        req.prompt_tokens = len(seen)
        req.messages_seen = parse_rendered(req.prompt_seen)
        req.truncated = len(kept) < len(messages) or len(seen) < len(full)
        if fake.prompt_token_delay:
            time.sleep(fake.prompt_token_delay * len(seen))
        arg: Any = req.messages_seen if chat else req.seen_text
        said = fake.responder(model, arg, options)
        req.images = sum(
            len(m.get("images") or ()) for m in body.get("messages") or () if isinstance(m, dict)
        )
        tool = chosen_tool(body.get("tools") or [], req.messages_seen) if chat else None
        if tool is not None:  # Ollama sends the call in a message of its own, with arguments as an object
            req.tool_calls = [
                {
                    "function": {
                        "index": 0,
                        "name": tool["name"],
                        "arguments": tool_arguments(tool, req.messages_seen),
                    }
                }
            ]
            said = ""
        elif body.get("format"):
            said = format_answer(body["format"], said)
        answer = tokenize(said)
        done_reason = "stop"
        limit = int(options.get("num_predict", -1) or -1)
        if limit > 0 and len(answer) > limit:
            answer, done_reason = answer[:limit], "length"
        if fake.force_done_reason:
            done_reason = fake.force_done_reason
        req.context_shift = len(seen) + len(answer) > num_ctx
        req.response = "".join(answer)
        req.done_reason = done_reason
        try:
            if stream:
                self._stream(req, model, chat, answer, done_reason, t0)
            else:
                if fake.drop_after_chunks is not None:
                    fake._record(req, t0)  # before the drop: the client sees it only once recorded
                    return self._drop()
                if fake.token_delay:
                    time.sleep(fake.token_delay * len(answer))
                if fake.error_after_chunks is not None:
                    req.status = 500
                    fake._record(req, t0)
                    return self._json(500, {"error": fake.error_message})
                final = self._final(
                    req, model, chat, req.response, done_reason, len(seen), len(answer), t0, with_calls=True
                )
                fake._record(req, t0)
                self._json(200, final)
        except OSError:
            req.status = 499  # the client went away (for example it cancelled)
        finally:
            fake._record(req, t0)

    def _stream(
        self, req: FakeRequest, model: str, chat: bool, answer: list[str], reason: str, t0: float
    ) -> None:
        fake = self.fake
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for n, piece in enumerate(answer):
            if fake.drop_after_chunks is not None and n >= fake.drop_after_chunks:
                fake._record(req, t0)  # before the drop: the client sees it only once recorded
                return self._drop()
            if fake.error_after_chunks is not None and n >= fake.error_after_chunks:
                req.status = 500
                fake._record(req, t0)
                self._chunk({"error": fake.error_message})
                self.wfile.write(b"0\r\n\r\n")
                return None
            if fake.token_delay:
                time.sleep(fake.token_delay)
            part: dict[str, Any] = {"model": model, "created_at": _now(), "done": False}
            if chat:
                part["message"] = {"role": "assistant", "content": piece}
            else:
                part["response"] = piece
            self._chunk(part)
        if req.tool_calls:
            self._chunk(
                {
                    "model": model,
                    "created_at": _now(),
                    "message": {"role": "assistant", "content": "", "tool_calls": req.tool_calls},
                    "done": False,
                }
            )
        final = self._final(req, model, chat, "", reason, req.prompt_tokens, len(answer), t0)
        fake._record(req, t0)
        self._chunk(final)
        self.wfile.write(b"0\r\n\r\n")
        self.fake.log.append((self.command, self.path, 200))
        return None

    def _final(
        self,
        req: FakeRequest,
        model: str,
        chat: bool,
        text: str,
        reason: str,
        prompt: int,
        evals: int,
        t0: float,
        with_calls: bool = False,
    ) -> dict[str, Any]:
        total = int((time.perf_counter() - t0) * 1e9)
        out: dict[str, Any] = {"model": model, "created_at": _now()}
        if chat:
            out["message"] = {"role": "assistant", "content": text}
            if req.tool_calls and with_calls:  # the one-object reply carries the calls
                out["message"]["tool_calls"] = req.tool_calls
        else:
            out["response"] = text
        out.update(
            {
                "done": True,
                "done_reason": reason,
                "total_duration": total,
                "load_duration": 1_000_000,
                "prompt_eval_count": prompt,
                "prompt_eval_duration": total // 3,
                "eval_count": evals,
                "eval_duration": total // 2,
            }
        )
        if not chat and reason != "load":
            out["context"] = [sum(map(ord, t)) % 32000 for t in tokenize(req.prompt_seen + text)]
        return out


def fake_ollama_fixture(**kwargs: Any) -> Callable[[], Any]:
    """Build a pytest fixture: `fake_ollama = fake_ollama_fixture(models=[...])` in a test module."""
    import pytest

    @pytest.fixture
    def _fixture() -> Any:
        with FakeOllama(**kwargs) as fake:
            yield fake

    return _fixture
