"""Any OpenAI-compatible server (llama.cpp server, LM Studio, vLLM, LocalAI, a hosted API) by base URL + key.

POST {base_url}/chat/completions with "stream": true, Server-Sent Events parsed line by line; finish_reason
"length" -> LLMTruncated. Connection errors and 429/5xx are retried with backoff, then LLMUnavailable.
Errors inside the stream come as `data: {"error": ...}`, llama.cpp's `error: {...}` line or an `event: error`
block; a "prompt too long" one (any server's wording) is LLMContextExceeded naming both context sizes.
The server's context is read from GET /v1/models (vLLM `max_model_len`) or llama.cpp's GET /props.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Sequence
from typing import Any

import httpx

from ...errors import Cancelled, LLMContextExceeded, LLMError, LLMModelMissing, LLMUnavailable
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
    context_from_models,
    context_from_props,
    parse_context_error,
)
from .openai_wire import merge_tool_calls, request_body

_RETRY_STATUS = {429, 500, 502, 503, 504}


def _loads(text: str) -> Any:
    """An error payload: JSON when it parses, the raw text otherwise."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _error_text(body: str) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return body.strip()[:300]
    err = data.get("error", data) if isinstance(data, dict) else data
    if isinstance(err, dict):
        return str(err.get("message") or err)
    return str(err)


class OpenAIBackend(LLMBackend):
    name = "openai"
    features = frozenset({"tools", "tool_choice", "response_format", "images"})

    def __init__(
        self,
        model: str,
        *,
        base_url: str,
        api_key: str = "",
        num_ctx: int = 8192,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 600.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.num_ctx = int(num_ctx)
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.connect_timeout = connect_timeout

    @property
    def label(self) -> str:
        return f"openai · {self.model}"

    @property
    def context_tokens(self) -> int:
        return self.num_ctx

    def context_key(self) -> tuple[str, str]:
        return (self.base_url, self.model)

    def _root_url(self) -> str:
        """The server root: llama.cpp's /props lives beside /v1, not under it."""
        return self.base_url[: -len("/v1")] if self.base_url.endswith("/v1") else self.base_url

    def probe_context(self) -> ServerContext | None:
        """GET /models (vLLM's max_model_len), then GET /props (llama.cpp's n_ctx). A 404 or an odd reply
        means "not reported"; only an unreachable server gives None."""
        reached = False
        for url, source, read in (
            (
                f"{self.base_url}/models",
                "/v1/models max_model_len",
                lambda data: context_from_models(data, self.model),
            ),
            (f"{self._root_url()}/props", "/props", context_from_props),
        ):
            try:
                with self._http(timeout=PROBE_TIMEOUT) as http:
                    resp = http.get(url)
            except httpx.HTTPError:
                continue
            reached = True
            if resp.status_code != 200:
                continue
            try:
                size = read(resp.json())
            except ValueError:
                size = None
            if size:
                return ServerContext(size, source)
        return ServerContext(None, "") if reached else None

    def _http(self, timeout: float | None = None) -> httpx.Client:
        headers = {"Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return httpx.Client(
            base_url=self.base_url,
            headers=headers,
            timeout=httpx.Timeout(timeout or self.timeout, connect=self.connect_timeout),
        )

    def _context_error(self, payload: Any, used: int | None) -> LLMContextExceeded | None:
        overflow = parse_context_error(payload)
        if overflow is None:
            return None
        if overflow.server_ctx:
            self.learn_context(overflow.server_ctx)
        return context_exceeded(
            overflow, used=used, where=f"the server at {self.base_url}", setting=self.num_ctx
        )

    def _payload_error(self, payload: Any, used: int | None) -> LLMError:
        """An error object the server sent inside the stream."""
        found = self._context_error(payload, used)
        if found is not None:
            return found
        text = _error_text(payload) if isinstance(payload, str) else _error_text(json.dumps(payload))
        return LLMError(f"the server failed while answering: {text}")

    def _status_error(self, status: int, body: str, used: int | None = None) -> BaseException:
        text = _error_text(body)
        if status not in (401, 403, 404):
            try:
                payload: Any = json.loads(body)
            except ValueError:
                payload = body
            found = self._context_error(payload, used)
            if found is not None:
                return found  # never retried: the same prompt would fail the same way
        if status in (401, 403):
            return LLMError(
                f"the server at {self.base_url} refused the API key ({status}: {text})",
                hint="check the API key in settings",
            )
        if status == 404 and "model" in text.lower():
            return LLMModelMissing(
                f"the server at {self.base_url} has no model {self.model}: {text}",
                hint="pick one of the server's models in settings",
            )
        if status == 404:
            return LLMError(
                f"{self.base_url}/chat/completions does not exist (404)",
                hint="the base URL usually ends with /v1",
            )
        if status in _RETRY_STATUS:
            return Retryable(f"the server at {self.base_url} is busy or failing ({status}: {text})")
        return LLMError(f"the server at {self.base_url} returned {status}: {text}")

    # --- generation -----------------------------------------------------------------------------------------
    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        options: GenOptions,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> LLMResult:
        body = request_body(self.model, messages, options)
        used = options.num_ctx or self.effective_context()
        return call_with_retries(
            lambda: self._once(body, on_token, cancel, used, options.allow_length),
            retries=self.retries,
            backoff=self.backoff,
            cancel=cancel,
        )

    def _stream_events(
        self,
        body: dict[str, Any],
        used: int | None,
        events: queue.Queue[tuple[str, Any]],
        stop: threading.Event,
    ) -> None:
        try:
            with self._http() as http, http.stream("POST", "/chat/completions", json=body) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    events.put(("err", self._status_error(resp.status_code, resp.text, used)))
                    return
                event = ""
                for line in resp.iter_lines():
                    if stop.is_set():
                        return
                    if not line:
                        event = ""  # a blank line ends one SSE event
                        continue
                    field, _, value = line.partition(":")
                    value = value.strip()
                    if field == "event":
                        event = value
                    elif field == "error":  # llama.cpp server: `error: {json}`
                        events.put(("payload_error", _loads(value)))
                    elif field == "data" and value == "[DONE]":
                        events.put(("end", "done"))
                        return
                    elif field == "data" and event == "error":
                        events.put(("payload_error", _loads(value)))
                    elif field == "data":
                        events.put(("chunk", json.loads(value)))
                events.put(("end", None))
        except (httpx.ConnectError, httpx.ConnectTimeout):
            events.put(("err", Retryable(f"cannot reach the server at {self.base_url}")))
        except BaseException as exc:
            events.put(("err", exc))

    def _once(
        self,
        body: dict[str, Any],
        on_token: TokenCallback | None,
        cancel: CancelToken | None,
        used: int | None,
        allow_length: bool = False,
    ) -> LLMResult:
        pieces: list[str] = []
        finish: str | None = None
        usage: dict[str, Any] = {}
        calls: dict[int, dict[str, str]] = {}
        with worker_events(self._stream_events, body, used, cancel=cancel) as received:
            for kind, value in received:
                if kind == "err":
                    raise self._classify(value, started=bool(pieces)) from None
                if kind == "payload_error":
                    raise self._payload_error(value, used)
                if kind == "end":
                    break
                if "error" in value:
                    raise self._payload_error(value, used)
                usage = value.get("usage") or usage
                for choice in value.get("choices") or []:
                    delta = choice.get("delta") or choice.get("message") or {}
                    piece = delta.get("content") or ""
                    merge_tool_calls(calls, delta.get("tool_calls") or ())
                    if piece:
                        pieces.append(piece)
                        if on_token:
                            on_token(piece)
                    finish = choice.get("finish_reason") or finish
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
        text = "".join(pieces)
        if finish is None and not text and not calls:
            # Nothing, no error, no finish reason: llama-cpp-python does this when the prompt exceeds its
            # context. Asked without streaming it answers with its 400, which names the size to learn.
            return self._ask_plain(body, used, allow_length)
        if finish == "length" and not allow_length:
            raise truncated_error(text, body.get("max_tokens"), self.model)
        if finish is None:
            raise LLMError(
                f"the server at {self.base_url} ended the answer without a finish reason or an error",
                hint=f"see the server's log; if it says the prompt exceeds its context, set the context size "
                f"(llm_num_ctx, now {used}) to the server's or below",
            )
        return LLMResult(
            text=text,
            done_reason=finish,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            model=self.model,
            backend=self.name,
            tool_calls=tuple(
                ToolCall(c["id"] or f"call_{i}", c["name"], c["arguments"]) for i, c in sorted(calls.items())
            ),
        )

    def _ask_plain(self, body: dict[str, Any], used: int | None, allow_length: bool = False) -> LLMResult:
        """The same request once more without streaming, after a stream that ended silently."""
        plain = {k: v for k, v in body.items() if k != "stream_options"}
        plain["stream"] = False
        try:
            with self._http() as http:
                resp = http.post("/chat/completions", json=plain)
        except httpx.HTTPError as exc:
            raise self._classify(exc, started=False) from None
        if resp.status_code >= 400:
            raise self._status_error(resp.status_code, resp.text, used)  # a context error is learned here
        try:
            data = resp.json()
            choice = (data.get("choices") or [{}])[0]
        except (ValueError, AttributeError, IndexError) as exc:
            raise LLMError(f"unexpected reply from {self.base_url}: {exc}") from None
        text = str((choice.get("message") or {}).get("content") or "")
        finish = choice.get("finish_reason")
        if finish == "length" and not allow_length:
            raise truncated_error(text, body.get("max_tokens"), self.model)
        if finish is None:
            raise LLMError(
                f"the server at {self.base_url} ended the answer without a finish reason or an error, streamed "
                "or not",
                hint=f"see the server's log; if it says the prompt exceeds its context, set the context size "
                f"(llm_num_ctx, now {used}) to the server's or below",
            )
        usage = data.get("usage") or {}
        return LLMResult(
            text=text,
            done_reason=str(finish),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            model=self.model,
            backend=self.name,
        )

    def _classify(self, exc: BaseException, started: bool) -> BaseException:
        if isinstance(exc, (LLMError, Retryable)):
            return exc
        if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
            if not started:
                return Retryable(f"the server at {self.base_url} closed the connection")
            return LLMError("the connection dropped in the middle of the answer")
        if isinstance(exc, httpx.TimeoutException):
            return LLMError(f"the server did not answer within {self.timeout:.0f} s")
        if isinstance(exc, ValueError):
            return LLMError(f"unexpected reply from {self.base_url}: {exc}")
        return exc

    # --- discovery ------------------------------------------------------------------------------------------
    def list_models(self) -> list[str]:
        try:
            with self._http(timeout=10.0) as http:
                resp = http.get("/models")
        except httpx.HTTPError:
            raise LLMUnavailable(
                f"cannot reach the server at {self.base_url}", params={"server": self.base_url}
            ) from None
        if resp.status_code >= 400:
            err = self._status_error(resp.status_code, resp.text)
            raise err if isinstance(err, LLMError) else LLMUnavailable(str(err))
        try:
            return [str(m["id"]) for m in resp.json().get("data", [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise LLMError(f"unexpected /models reply from {self.base_url}") from None

    def health(self) -> HealthStatus:
        try:
            models = self.list_models()
        except LLMError as exc:
            return HealthStatus(False, exc.user_text(), [])
        if models and self.model not in models:
            return HealthStatus(
                True, f"{self.model} is not listed; the server's default model will answer", models
            )
        return HealthStatus(True, f"OpenAI-compatible server at {self.base_url}", models)
