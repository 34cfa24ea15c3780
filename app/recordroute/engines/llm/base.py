"""The one interface every LLM backend speaks (Ollama, OpenAI-compatible servers, the extractive fallback).

Backends are synchronous and Qt-free. Long calls stream tokens to `on_token` and stop at the next token once
`cancel` is set. Failures are typed (`recordroute.errors`): LLMUnavailable, LLMModelMissing, LLMTruncated,
LLMError. A truncated answer (`done_reason == "length"`) is never returned as a success.
"""

from __future__ import annotations

import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ...errors import Cancelled, LLMTruncated, LLMUnavailable
from ...progress import CancelToken
from .context import CACHE, ServerContext

TokenCallback = Callable[[str], None]


@dataclass(frozen=True)
class ToolCall:
    """A function call the model asked for; `arguments` is the JSON text of its arguments."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class ChatMessage:
    """One chat message. `images` are raw image bytes (with their MIME type); `tool_calls` are an assistant
    turn's calls; `tool_call_id`/`name` mark a tool's answer."""

    role: str  # "system" | "user" | "assistant" | "tool"
    content: str
    images: tuple[tuple[str, bytes], ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class GenOptions:
    """Generation options. `num_ctx=None` means the backend's own context size; `max_tokens=None` no cap.

    `allow_length`: an answer cut at `max_tokens` is returned with done_reason "length" (a client that set the
    cap asked for it) instead of raising LLMTruncated. `tools`, `tool_choice` and `response_format` are in
    OpenAI's shape; each backend translates them (or its `features` say it cannot)."""

    temperature: float = 0.2
    num_ctx: int | None = None
    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    top_p: float | None = None
    seed: int | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    allow_length: bool = False
    tools: tuple[dict[str, Any], ...] = ()
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None


@dataclass(frozen=True)
class LLMResult:
    text: str
    done_reason: str
    prompt_tokens: int
    completion_tokens: int
    model: str
    backend: str
    tool_calls: tuple[ToolCall, ...] = ()


@dataclass(frozen=True)
class HealthStatus:
    ok: bool
    detail: str
    models: list[str] = field(default_factory=list)


class Retryable(Exception):
    """A transient failure (connection refused, 503, dropped before any answer): worth another try."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


R = TypeVar("R")


def call_with_retries(fn: Callable[[], R], *, retries: int, backoff: float, cancel: CancelToken | None) -> R:
    """Run `fn`, retrying `Retryable` failures with exponential backoff; the wait stops at once on cancel.
    After the last try the failure becomes LLMUnavailable."""
    attempt = 0
    while True:
        if cancel:
            cancel.raise_if_cancelled()
        try:
            return fn()
        except Retryable as exc:
            if attempt >= retries:
                raise LLMUnavailable(f"{exc.detail} (tried {attempt + 1} times)") from None
            delay = backoff * (2**attempt)
            attempt += 1
            if cancel is not None:
                if cancel.wait(delay):
                    raise Cancelled() from None
            else:
                time.sleep(delay)


def drain(
    events: queue.Queue[tuple[str, Any]], cancel: CancelToken | None, poll: float = 0.1
) -> Iterator[tuple[str, Any]]:
    """Yield what a backend's worker thread posts, checking `cancel` while waiting, so a blocked network read
    never delays a cancel by more than `poll` seconds."""
    while True:
        try:
            item = events.get(timeout=poll)
        except queue.Empty:
            if cancel is not None and cancel.cancelled:
                raise Cancelled() from None
            continue
        yield item


@contextmanager
def worker_events(
    target: Callable[..., None], *args: Any, cancel: CancelToken | None, name: str | None = None
) -> Iterator[Iterator[tuple[str, Any]]]:
    """Run target(*args, events, stop) on a daemon thread and give what it posts to `events` (see drain).
    Leaving the block sets `stop`: the worker drops the HTTP stream at its next chunk, so the server stops."""
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()
    threading.Thread(target=target, args=(*args, events, stop), name=name, daemon=True).start()
    try:
        yield drain(events, cancel)
    finally:
        stop.set()


def truncated_error(result_text: str, limit: int | None, model: str) -> LLMTruncated:
    """The error raised for done_reason == "length"; keeps the partial text for diagnostics only."""
    where = f" ({limit} tokens)" if limit else ""
    err = LLMTruncated(f"{model} stopped at its length limit{where} before finishing the answer")
    err.partial = result_text
    return err


class LLMBackend(ABC):
    """Base class of the LLM backends. Subclasses set `name` and `model` and implement the abstract methods."""

    name: str = ""
    model: str = ""
    # What a chat request may ask of this backend beyond plain text: "tools", "tool_choice" (forcing a call),
    # "response_format", "images".
    features: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        """What the user sees, e.g. "ollama · qwen2.5:7b" or "extractive (no LLM)"."""
        return f"{self.name} · {self.model}"

    @property
    @abstractmethod
    def context_tokens(self) -> int:
        """The context window (prompt + answer) this backend runs with."""

    def effective_context(self) -> int:
        """The context budget to plan with: min(the setting, what the server reports). May ask the server once
        (cached per server and model for a few minutes)."""
        server = self.server_context().size
        return min(self.context_tokens, server) if server else self.context_tokens

    def context_key(self) -> tuple[str, str] | None:
        """(server, model) the server's context is cached under; None for backends without a server."""
        return None

    def probe_context(self) -> ServerContext | None:
        """Ask the server for the model's context (short timeouts). None when the server cannot be reached;
        ServerContext(None, "") when it answers but does not say."""
        return ServerContext(None, "")

    def server_context(self) -> ServerContext:
        key = self.context_key()
        if key is None:
            return ServerContext(None, "")
        return CACHE.get(key, self.probe_context)

    def learn_context(self, size: int) -> None:
        """Remember the context a server named when it rejected a prompt (it beats any probe)."""
        key = self.context_key()
        if key is not None and size > 0:
            CACHE.learn(key, size)

    @abstractmethod
    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        options: GenOptions,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> LLMResult:
        """Run one chat completion to the end, streaming pieces to `on_token`."""

    @abstractmethod
    def list_models(self) -> list[str]:
        """Model names the server offers (raises LLMUnavailable when it cannot be reached)."""

    @abstractmethod
    def health(self) -> HealthStatus:
        """Never raises: ok=False with a user-readable `detail` when the backend is not usable."""

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        options: GenOptions,
        cancel: CancelToken | None = None,
    ) -> Iterator[str]:
        """Yield answer pieces as they arrive. Built on `generate` in a worker thread; errors re-raise here.

        Closing the iterator early cancels the call.
        """
        pieces: queue.Queue[tuple[str, object]] = queue.Queue()
        token = cancel or CancelToken()
        stop_early = CancelToken()
        local = _LinkedCancel(token, stop_early)

        def work() -> None:
            try:
                self.generate(
                    messages, options=options, on_token=lambda t: pieces.put(("tok", t)), cancel=local
                )
                pieces.put(("end", None))
            except BaseException as exc:
                pieces.put(("err", exc))

        worker = threading.Thread(target=work, name=f"llm-stream-{self.name}", daemon=True)
        worker.start()
        try:
            while True:
                kind, value = pieces.get()
                if kind == "tok":
                    yield str(value)
                elif kind == "err" and isinstance(value, BaseException):
                    raise value
                else:
                    return
        finally:
            stop_early.cancel()


class _LinkedCancel(CancelToken):
    """Cancelled when either the caller's token or the iterator's own close fires."""

    def __init__(self, *parents: CancelToken) -> None:
        super().__init__()
        self._parents = parents

    @property
    def cancelled(self) -> bool:
        return any(p.cancelled for p in self._parents) or super().cancelled

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        # Poll: a CancelToken has no way to wake on a parent's event.
        step = 0.05
        waited = 0.0
        while waited < seconds:
            if self.cancelled:
                return True
            self._parents[0].wait(min(step, seconds - waited))
            waited += step
        return self.cancelled
