"""Ollama backend over HTTP with the official `ollama` client.

- num_ctx is always sent: Ollama's default context is small and it silently drops the FRONT of longer prompts.
- Connection failures and 429/502/503/504 are retried with exponential backoff (cancel-aware), then
  LLMUnavailable. Failures after the answer started streaming are not retried (tokens were already shown).
- 404 / "model not found" -> LLMModelMissing with the `ollama pull` hint.
- An {"error": ...} line mid-stream -> LLMError. done_reason == "length" -> LLMTruncated, never a success;
  so is prompt_eval_count >= num_ctx (the runner cut the prompt's beginning to fit).
- The HTTP call runs in a worker thread so a cancel returns at once; the worker closes the stream at its
  next chunk, which makes Ollama stop generating.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Sequence
from typing import Any

import httpx
import ollama

from ...errors import Cancelled, LLMError, LLMModelMissing, LLMPromptOverflow, LLMUnavailable
from ...progress import CancelToken
from .base import (
    ChatMessage,
    GenOptions,
    HealthStatus,
    LLMBackend,
    LLMResult,
    Retryable,
    TokenCallback,
    ToolCall,
    call_with_retries,
    truncated_error,
    worker_events,
)
from .context import (
    PROBE_TIMEOUT,
    ServerContext,
    context_exceeded,
    context_from_ollama_show,
    num_ctx_from_parameters,
    parse_context_error,
)
from .ollama_wire import ollama_extras, ollama_message, tool_calls_of

DEFAULT_HOST = "http://127.0.0.1:11434"
_RETRY_STATUS = {429, 502, 503, 504}


def _full_name(name: str) -> str:
    return name if ":" in name else f"{name}:latest"


def _same_model(a: str, b: str) -> bool:
    return _full_name(a) == _full_name(b)


class OllamaBackend(LLMBackend):
    name = "ollama"
    # /api/chat takes tools, `format` (json or a JSON schema) and images, but cannot force a tool call.
    features = frozenset({"tools", "response_format", "images"})

    def __init__(
        self,
        model: str,
        *,
        host: str | None = None,
        num_ctx: int = 8192,
        stream: bool = True,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 600.0,
        connect_timeout: float = 5.0,
        keep_alive: str | float | None = None,
    ) -> None:
        self.model = model
        self.host = host or os.environ.get("OLLAMA_HOST") or DEFAULT_HOST
        self.num_ctx = int(num_ctx)
        self.use_stream = stream
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.keep_alive = keep_alive
        self._lock = threading.Lock()
        self._shared: ollama.Client | None = None

    @property
    def context_tokens(self) -> int:
        return self.num_ctx

    def context_key(self) -> tuple[str, str]:
        return (self.host.rstrip("/"), _full_name(self.model))

    def probe_context(self) -> ServerContext | None:
        """/api/show: the trained context is a hard cap (Ollama clamps a larger num_ctx to it); a Modelfile
        num_ctx is only a default, which the num_ctx the app sends overrides."""
        try:
            size, default = self._show_context()
        except LLMUnavailable:
            return None
        except LLMModelMissing:
            raise
        except LLMError:
            return ServerContext(None, "")
        return ServerContext(size, "/api/show" if size else "", default)

    def _client(self, timeout: float | None = None) -> ollama.Client:
        return ollama.Client(
            host=self.host, timeout=httpx.Timeout(timeout or self.timeout, connect=self.connect_timeout)
        )

    def _chat_client(self) -> ollama.Client:
        # One pooled client per backend (httpx clients are thread-safe; building one costs ~20 ms).
        with self._lock:
            if self._shared is None:
                self._shared = self._client()
            return self._shared

    def _options(self, options: GenOptions) -> dict[str, Any]:
        # Never ask for more than the model has: the budget was planned for what is actually sent.
        try:
            limit = self.effective_context()
        except LLMModelMissing:
            limit = self.num_ctx  # the chat call itself reports the missing model
        opts: dict[str, Any] = {
            "temperature": options.temperature,
            "num_ctx": min(int(options.num_ctx or limit), limit),
        }
        if options.max_tokens:
            opts["num_predict"] = int(options.max_tokens)
        if options.stop:
            opts["stop"] = list(options.stop)
        for key in ("top_p", "seed", "presence_penalty", "frequency_penalty"):
            value = getattr(options, key)
            if value is not None:
                opts[key] = value
        return opts

    def _missing(self) -> LLMModelMissing:
        return LLMModelMissing(
            f"model {self.model} is not pulled on the Ollama server",
            hint=f"run `ollama pull {self.model}` or choose another model in settings",
            params={"model": self.model, "server": self.host},
        )

    # --- error mapping --------------------------------------------------------------------------------------
    def _classify(self, exc: BaseException, started: bool, num_ctx: int | None = None) -> BaseException:
        if isinstance(exc, ollama.ResponseError):
            text = str(exc.error)
            low = text.lower()
            overflow = parse_context_error(text)
            if overflow is not None:
                if overflow.server_ctx:
                    self.learn_context(overflow.server_ctx)
                return context_exceeded(
                    overflow, used=num_ctx, where=f"Ollama ({self.model})", setting=self.num_ctx
                )
            if exc.status_code == 404 or ("not found" in low and "model" in low):
                return self._missing()
            if exc.status_code in _RETRY_STATUS and not started:
                return Retryable(f"Ollama is busy ({exc.status_code}: {text})")
            if exc.status_code == -1:
                return LLMError(f"Ollama failed while answering: {text}")
            return LLMError(f"Ollama returned an error ({exc.status_code}): {text}")
        if isinstance(exc, (ConnectionError, httpx.ConnectError, httpx.ConnectTimeout)):
            return Retryable(f"cannot reach Ollama at {self.host}")
        if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
            if not started:
                return Retryable(f"Ollama at {self.host} closed the connection")
            return LLMError("the connection to Ollama dropped in the middle of the answer")
        if isinstance(exc, httpx.TimeoutException):
            return LLMError(f"Ollama did not answer within {self.timeout:.0f} s", hint="try a smaller model")
        if isinstance(exc, (json.JSONDecodeError, ValueError)):
            return LLMError(f"unexpected reply from Ollama at {self.host}: {exc}")
        return exc

    # --- generation -----------------------------------------------------------------------------------------
    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        options: GenOptions,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> LLMResult:
        opts = self._options(options)
        payload = [ollama_message(m) for m in messages]
        extra = ollama_extras(options)
        return call_with_retries(
            lambda: self._once(payload, opts, on_token, cancel, extra, options.allow_length),
            retries=self.retries,
            backoff=self.backoff,
            cancel=cancel,
        )

    def _once(
        self,
        payload: list[dict[str, Any]],
        opts: dict[str, Any],
        on_token: TokenCallback | None,
        cancel: CancelToken | None,
        extra: dict[str, Any],
        allow_length: bool = False,
    ) -> LLMResult:
        pieces: list[str] = []
        calls: list[ToolCall] = []
        with worker_events(self._call, payload, opts, extra, cancel=cancel, name="ollama-call") as received:
            for kind, value in received:
                if kind == "err":
                    raise self._classify(value, started=bool(pieces), num_ctx=opts["num_ctx"]) from None
                if kind == "eof":
                    if not pieces:
                        raise Retryable(f"Ollama at {self.host} ended the reply before answering")
                    raise LLMError("Ollama ended the answer early (no final done=true message)")
                msg = getattr(value, "message", None)
                calls += tool_calls_of(msg, len(calls))
                piece = (msg.content if msg is not None else "") or ""
                if piece:
                    pieces.append(piece)
                    if on_token:
                        on_token(piece)
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                if kind == "done":
                    return self._result("".join(pieces), value, opts, tuple(calls), allow_length)
            # drain() only ends by raising; this keeps every path of the function returning or raising
            raise LLMError(f"Ollama at {self.host} stopped without a final message")

    def _call(
        self,
        payload: list[dict[str, Any]],
        opts: dict[str, Any],
        extra: dict[str, Any],
        events: queue.Queue[tuple[str, Any]],
        stop: threading.Event,
    ) -> None:
        """Worker thread: the HTTP call, its reply passed on as events until done or told to stop."""
        client = self._chat_client()
        try:
            # Two calls, not one with stream=self.use_stream: ollama's Client.chat is typed by overloads on
            # Literal[True] / Literal[False] (a reply or an iterator of parts), and mypy needs the literal.
            if not self.use_stream:
                resp = client.chat(
                    self.model,
                    messages=payload,
                    options=opts,
                    stream=False,
                    keep_alive=self.keep_alive,
                    **extra,
                )
                events.put(("done", resp))
                return
            parts = client.chat(
                self.model,
                messages=payload,
                options=opts,
                stream=True,
                keep_alive=self.keep_alive,
                **extra,
            )
            try:
                for part in parts:
                    if stop.is_set():
                        return
                    events.put(("done" if part.done else "part", part))
                    if part.done:
                        return
                events.put(("eof", None))  # the stream ended without a final done=true object
            finally:
                parts.close()  # type: ignore[attr-defined]  # a generator, though typed as Iterator
        except BaseException as exc:
            events.put(("err", exc))

    def _result(
        self,
        text: str,
        final: Any,
        opts: dict[str, Any],
        calls: tuple[ToolCall, ...] = (),
        allow_length: bool = False,
    ) -> LLMResult:
        reason = getattr(final, "done_reason", None) or "stop"
        prompt_tokens = int(getattr(final, "prompt_eval_count", 0) or 0)
        limit = min(opts["num_ctx"], self.server_context().size or opts["num_ctx"])
        if prompt_tokens >= limit:
            # Ollama's runner cuts an over-long prompt to exactly num_ctx tokens, dropping its beginning.
            err = LLMPromptOverflow(
                f"the prompt is longer than the context of {self.model} ({limit} tokens): it filled the whole "
                "context, so Ollama dropped its beginning",
                used=limit,
                server=limit,
                prompt_tokens=prompt_tokens,
            )
            err.partial = text
            raise err
        if reason == "length" and not allow_length:
            raise truncated_error(text, opts.get("num_predict"), self.model)
        return LLMResult(
            text=text,
            done_reason=reason,
            prompt_tokens=prompt_tokens,
            completion_tokens=int(getattr(final, "eval_count", 0) or 0),
            model=self.model,
            backend=self.name,
            tool_calls=calls,
        )

    # --- discovery ------------------------------------------------------------------------------------------
    def list_models(self) -> list[str]:
        client = self._client(timeout=10.0)
        try:
            return [m.model for m in client.list().models if m.model]
        except ollama.ResponseError as exc:
            raise LLMError(f"Ollama could not list its models: {exc.error}") from None
        except (ConnectionError, httpx.HTTPError):
            raise LLMUnavailable(
                f"cannot reach Ollama at {self.host}", params={"server": self.host}
            ) from None
        finally:
            client.close()

    def model_context_length(self) -> int | None:
        """The model's trained context length from /api/show (None when unknown)."""
        return self._show_context()[0]

    def _show_context(self) -> tuple[int | None, int | None]:
        """(trained context, Modelfile num_ctx) from /api/show."""
        client = self._client(timeout=PROBE_TIMEOUT)
        try:
            shown = client.show(self.model)
        except ollama.ResponseError as exc:
            if exc.status_code == 404:
                raise self._missing() from None
            raise LLMError(f"Ollama could not describe {self.model}: {exc.error}") from None
        except (ConnectionError, httpx.HTTPError):
            raise LLMUnavailable(
                f"cannot reach Ollama at {self.host}", params={"server": self.host}
            ) from None
        except (ValueError, TypeError) as exc:  # a reply the client cannot parse
            raise LLMError(f"unexpected /api/show reply from Ollama: {exc}") from None
        finally:
            client.close()
        info = shown.modelinfo if isinstance(shown.modelinfo, dict) else {}
        params = shown.parameters if isinstance(shown.parameters, str) else ""
        return context_from_ollama_show(info), num_ctx_from_parameters(params)

    def health(self) -> HealthStatus:
        try:
            models = self.list_models()
        except LLMError as exc:
            return HealthStatus(False, exc.user_text(), [])
        if not any(_same_model(self.model, m) for m in models):
            return HealthStatus(False, self._missing().user_text(), models)
        return HealthStatus(True, f"Ollama at {self.host} has {self.model}", models)
