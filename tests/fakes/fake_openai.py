"""A tiny OpenAI-compatible server on 127.0.0.1: GET /v1/models and POST /v1/chat/completions, streaming as
Server-Sent Events ("data: {chunk}\\n\\n" ... "data: [DONE]\\n\\n") or one JSON object, with the same
deterministic responder as the fake Ollama. Knobs: api_key (401 when wrong), finish_reason override,
fail_first (503s), error_after_chunks (an error object mid-stream), drop_after_chunks.

Context: with `n_ctx` set, prompts are counted with the fake tokenizer over the ChatML rendering and a prompt
that does not fit is rejected the way `context_error` names (see CONTEXT_ERRORS); answers are cut at the
context's end with finish_reason "length". `report_n_ctx` is the size the server names (errors, /props,
/v1/models; default n_ctx), so a server can under-report. `props=True` serves llama.cpp's GET /props
(`props_top_level` adds the newer top-level n_ctx) and `max_model_len=True` adds vLLM's field to /v1/models.
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
from .ollama_protocol import render_chat
from .responders import Responder, default_responder
from .structured import chosen_tool, response_format_answer, tool_arguments

# How each server rejects a prompt longer than its context (the shapes their code emits):
CONTEXT_ERRORS = (
    "llama-cpp-python",  # 200 stream: role chunk, then data: {"error": {...}} with Llama's ValueError text
    "llama.cpp-stream",  # 200 stream: llama-server's `error: {...}` SSE line (exceed_context_size_error), [DONE]
    "llama.cpp",  # 400 {"error": {"code": 400, "type": "exceed_context_size_error", "n_ctx", "n_prompt_tokens"}}
    "vllm",  # 400 {"object": "error", "message": "This model's maximum context length is N tokens. ..."}
    "openai",  # 400 {"error": {..., "code": "context_length_exceeded"}}
)
# llama-cpp-python's server as met in the field: the stream ends after its role chunk with no error, no finish
# reason and no [DONE]; the same request without streaming gets the OpenAI-shaped 400 naming n_ctx.
SILENT_STREAM = "silent-stream"


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
        self.silent_stream = False  # every stream ends after its role chunk (no finish reason, no error)
        self.n_ctx: int | None = None
        self.report_n_ctx: int | None = None
        self.context_error = "llama-cpp-python"
        self.props = False
        self.props_top_level = False
        self.max_model_len = False
        self.context_errors = 0  # prompts rejected as too long
        self.prompt_tokens: list[int] = []  # per chat request, as this server counts them
        self.requests: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def named_ctx(self) -> int | None:
        return self.report_n_ctx or self.n_ctx

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

    def log_message(self, format: str, *args: Any) -> None:
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

    def do_GET(self) -> None:
        fake = self.fake
        if self.path == "/props" and fake.props:  # llama-server serves /props without the API key
            return self._json(200, _props(fake))
        if not self._authorized():
            return
        if self.path == "/v1/models":
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in fake.models]
            if fake.max_model_len and fake.named_ctx:
                for card in data:  # vLLM's card: root, parent, permission and max_model_len
                    card.update(
                        {
                            "root": card["id"],
                            "parent": None,
                            "max_model_len": fake.named_ctx,
                            "permission": [],
                        }
                    )
            return self._json(200, {"object": "list", "data": data})
        self._error(404, f"Unknown path {self.path}", "invalid_request_error")

    def do_POST(self) -> None:
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
        messages = [{**m, "content": _text(m.get("content"))} for m in body.get("messages") or []]
        prompt = len(tokenize(render_chat(messages)))
        fake.prompt_tokens.append(prompt)
        limit = body.get("max_tokens") or body.get("max_completion_tokens")
        if fake.n_ctx and self._too_long(prompt, int(limit or 0), bool(body.get("stream"))):
            return None
        said = fake.responder(model, messages, body)
        tool = chosen_tool(body.get("tools") or [], messages, body.get("tool_choice"))
        if body.get("tool_choice") == "none":
            tool = None
        calls = (
            [{"id": "call_fake0", "type": "function", "function": {"name": tool["name"], "arguments": ""}}]
            if tool
            else []
        )
        if tool:
            calls[0]["function"]["arguments"] = json.dumps(tool_arguments(tool, messages))
            said = ""
        else:
            said = response_format_answer(body.get("response_format") or {}, said) or said
        answer = tokenize(said)
        finish = "tool_calls" if calls else "stop"
        if fake.n_ctx and prompt + len(answer) > fake.n_ctx:  # generation stops at the context's end
            answer, finish = answer[: max(0, fake.n_ctx - prompt)], "length"
        if limit and len(answer) > int(limit):
            answer, finish = answer[: int(limit)], "length"
        finish = fake.finish_reason or finish
        usage = {"prompt_tokens": 10, "completion_tokens": len(answer), "total_tokens": 10 + len(answer)}
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": model}
        if not body.get("stream"):
            if fake.drop_after_chunks is not None:
                return self._drop()
            message: dict[str, Any] = {"role": "assistant", "content": "".join(answer) or None}
            if calls:
                message["tool_calls"] = calls
            return self._json(
                200,
                {
                    **base,
                    "object": "chat.completion",
                    "usage": usage,
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                },
            )
        if fake.silent_stream:
            self._stream_start()
            self.wfile.write(b"0\r\n\r\n")
            return None
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
        for delta in _call_deltas(calls):
            self._event({**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        self._event({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            self._event({**chunk, "choices": [], "usage": usage})
        self._raw(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        return None

    def _too_long(self, prompt: int, max_tokens: int, stream: bool) -> bool:
        """Reject a prompt that does not fit n_ctx the way `context_error` says; True when it was rejected."""
        fake = self.fake
        n_ctx, named, style = fake.n_ctx or 0, fake.named_ctx, fake.context_error
        if style == "vllm":  # vLLM also counts the requested completion
            if prompt + max_tokens <= n_ctx:
                return False
        elif prompt < n_ctx:
            return False
        fake.context_errors += 1
        if style == "llama-cpp-python" and stream:
            self._stream_start()
            self._event(
                {
                    "error": {
                        "message": f"Requested tokens ({prompt}) exceed context window of {named}",
                        "type": "internal_server_error",
                        "param": None,
                        "code": None,
                    }
                }
            )
            self.wfile.write(b"0\r\n\r\n")
        elif style == SILENT_STREAM and stream:
            self._stream_start()
            self.wfile.write(b"0\r\n\r\n")
        elif style == "llama.cpp-stream" and stream:
            self._stream_start(role_chunk=False)
            self._raw(b"error: " + json.dumps(_llama_cpp_error(prompt, named)).encode() + b"\n\n")
            self._raw(b"data: [DONE]\n\n")
            self.wfile.write(b"0\r\n\r\n")
        elif style in ("llama.cpp", "llama.cpp-stream"):
            self._json(400, {"error": _llama_cpp_error(prompt, named)})
        elif style == "vllm":
            total = prompt + max_tokens
            self._json(
                400,
                {
                    "object": "error",
                    "message": (
                        f"This model's maximum context length is {named} tokens. However, you requested {total} tokens "
                        f"({prompt} in the messages, {max_tokens} in the completion). Please reduce the length of the "
                        "messages or completion."
                    ),
                    "type": "BadRequestError",
                    "param": None,
                    "code": 400,
                },
            )
        else:  # llama-cpp-python without streaming formats its 400 like OpenAI does
            self._json(
                400,
                {
                    "error": {
                        "message": (
                            f"This model's maximum context length is {named} tokens. However, your messages resulted in "
                            f"{prompt} tokens. Please reduce the length of the messages."
                        ),
                        "type": "invalid_request_error",
                        "param": "messages",
                        "code": "context_length_exceeded",
                    }
                },
            )
        return True

    def _stream_start(self, role_chunk: bool = True) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if role_chunk:
            self._event(
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}],
                }
            )

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


def _llama_cpp_error(prompt: int, n_ctx: int | None) -> dict[str, Any]:
    return {
        "code": 400,
        "message": f"request ({prompt} tokens) exceeds the available context size ({n_ctx} tokens), "
        "try increasing it",
        "type": "exceed_context_size_error",
        "n_prompt_tokens": prompt,
        "n_ctx": n_ctx,
    }


def _props(fake: FakeOpenAI) -> dict[str, Any]:
    """llama-server's GET /props: the per-slot n_ctx sits in default_generation_settings."""
    body: dict[str, Any] = {
        "default_generation_settings": {
            "n_ctx": fake.named_ctx,
            "params": {"temperature": 0.8, "n_predict": -1},
        },
        "total_slots": 1,
        "model_alias": fake.models[0],
        "model_path": f"/models/{fake.models[0]}.gguf",
        "chat_template": "{{ messages }}",
        "build_info": "b6000-fake",
    }
    if fake.props_top_level:
        body["n_ctx"] = fake.named_ctx
    return body


def _text(content: Any) -> str:
    """A message's text: a string, or its text parts joined with a newline (as OpenAI joins them)."""
    if isinstance(content, list):
        return "\n".join(
            str(p.get("text") or "") for p in content if isinstance(p, dict) and p.get("type") == "text"
        )
    return str(content or "")


def _call_deltas(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Streamed tool calls as OpenAI sends them: id and name first, then the arguments in pieces."""
    out: list[dict[str, Any]] = []
    for n, call in enumerate(calls):
        fn = call["function"]
        head = {
            "index": n,
            "id": call["id"],
            "type": "function",
            "function": {"name": fn["name"], "arguments": ""},
        }
        out.append({"tool_calls": [head]})
        args = fn["arguments"]
        for i in range(0, len(args), 8):
            out.append({"tool_calls": [{"index": n, "function": {"arguments": args[i : i + 8]}}]})
    return out
