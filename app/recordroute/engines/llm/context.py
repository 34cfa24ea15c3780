"""The server's real context size: reading it from the server, remembering it, and recognizing "prompt too long".

Servers often run with a smaller context than the app's `llm_num_ctx` setting (llama.cpp started with -c 2048,
a 4k model under Ollama, vLLM's --max-model-len). The parsers here are pure functions over the servers'
documented reply shapes; `ContextCache` keeps what was learned per (server, model) for a few minutes so every
backend object (the API builds one per request) shares it.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ...errors import LLMContextExceeded

if TYPE_CHECKING:
    from .base import LLMBackend

log = logging.getLogger(__name__)
R = TypeVar("R")

PROBE_TIMEOUT = 3.0  # seconds: a status probe must never hold up a summary
CACHE_TTL = 300.0
UNKNOWN_TTL = 60.0  # a server that reports nothing is asked again after a minute


# --- "prompt too long" in its known shapes ------------------------------------------------------------------
@dataclass(frozen=True)
class ContextOverflow:
    """A server said the prompt does not fit. Sizes are None when its message does not name them."""

    server_ctx: int | None
    prompt_tokens: int | None
    message: str


_N = r"(\d[\d,]*)"
# (pattern, group holding the server's context, group holding the prompt's tokens); first match wins.
_PATTERNS: tuple[tuple[re.Pattern[str], int | None, int | None], ...] = (
    # llama-cpp-python: ValueError text, raw or mid-stream
    (re.compile(rf"Requested tokens \({_N}\) exceed context window of {_N}", re.I), 2, 1),
    # llama.cpp server (newer): "request (2358 tokens) exceeds the available context size (2048 tokens)"
    (re.compile(rf"request \({_N} tokens\) exceeds the available context size \({_N} tokens\)", re.I), 2, 1),
    # OpenAI, vLLM and llama-cpp-python's formatted 400
    (
        re.compile(
            rf"maximum context length is {_N} tokens.{{0,40}}?(?:requested|resulted in|has) {_N}", re.I | re.S
        ),
        1,
        2,
    ),
    (re.compile(rf"maximum context length (?:is|of) {_N}", re.I), 1, None),
    (re.compile(rf"context (?:length|window|size) (?:is|of) {_N}", re.I), 1, None),
)
# Phrases that mean "too long" even without numbers (llama.cpp's older text, Ollama's runner, LM Studio).
_PHRASES = re.compile(
    r"exceeds? the available context size|input length exceeds the context length|context[_ ]length[_ ]exceeded|"
    r"exceed_context_size_error|exceeds? (?:the )?(?:model'?s? )?maximum context length|"
    r"prompt is too long|prompt is larger than the context|context size has been exceeded|"
    r"exceeded max context length|too many tokens",
    re.I,
)


def _int(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return None


def _error_fields(payload: Any) -> tuple[str, dict[str, Any]]:
    """(message text, structured fields) from an error payload: a string, {"error": ...} or the error itself."""
    if isinstance(payload, str):
        return payload, {}
    if not isinstance(payload, Mapping):
        return str(payload), {}
    inner = payload.get("error", payload)
    if isinstance(inner, str):
        return inner, dict(payload)
    if isinstance(inner, Mapping):
        fields = dict(inner)
        return str(inner.get("message") or ""), fields
    return str(inner), dict(payload)


def parse_context_error(payload: Any) -> ContextOverflow | None:
    """A ContextOverflow when `payload` (an error message or a JSON error body) says the prompt was too long.

    Known shapes: llama-cpp-python "Requested tokens (P) exceed context window of N"; llama.cpp's
    exceed_context_size_error with n_ctx / n_prompt_tokens; vLLM and OpenAI "This model's maximum context length
    is N tokens. However, you requested P tokens ..." / code context_length_exceeded; Ollama's "the input
    length exceeds the context length"."""
    text, fields = _error_fields(payload)
    # Ollama wraps a runner's JSON error as a string: look inside it once.
    if text.lstrip().startswith("{"):
        import json

        try:
            nested = json.loads(text)
        except ValueError:
            nested = None
        if nested is not None and nested != payload:
            found = parse_context_error(nested)
            if found is not None:
                return found
    kind = " ".join(str(fields.get(k) or "") for k in ("type", "code"))
    server = _int(str(fields["n_ctx"])) if "n_ctx" in fields else None
    prompt = _int(str(fields["n_prompt_tokens"])) if "n_prompt_tokens" in fields else None
    for pattern, ctx_group, prompt_group in _PATTERNS:
        m = pattern.search(text)
        if m:
            server = server or (_int(m.group(ctx_group)) if ctx_group else None)
            prompt = prompt or (_int(m.group(prompt_group)) if prompt_group else None)
            return ContextOverflow(server, prompt, text.strip())
    if _PHRASES.search(text) or _PHRASES.search(kind):
        return ContextOverflow(server, prompt, text.strip() or kind.strip())
    return None


def context_exceeded(
    overflow: ContextOverflow,
    *,
    used: int | None,
    where: str,
    setting: int | None = None,
    retried: bool = False,
) -> LLMContextExceeded:
    """The user-facing error: which context the app used (and its setting), which the server has, what to do."""
    server = overflow.server_ctx
    if server:
        sizes = f"the server's context is {server} tokens"
    else:
        sizes = "the server's context is smaller than planned (it did not say how small)"
    if used:
        sizes += f", the app planned for {used}"
        if setting and setting != used:
            sizes += f" (its setting is {setting})"
    counted = f"; the server counted {overflow.prompt_tokens} prompt tokens" if overflow.prompt_tokens else ""
    again = " even after one retry sized to the server" if retried else ""
    message = f"{where} rejected the prompt as too long{again}: {sizes}{counted}"
    target = server or (used // 2 if used else None)
    hint = (
        f"set the context size (llm_num_ctx) to {target} or less in settings, or restart the server with a "
        "larger context (llama.cpp: -c / --ctx-size; vLLM: --max-model-len; Ollama: a model with a longer context)"
        if target
        else "lower the context size (llm_num_ctx) in settings or restart the server with a larger context"
    )
    return LLMContextExceeded(
        message, used=used, server=server, prompt_tokens=overflow.prompt_tokens, hint=hint
    )


# --- what servers report -------------------------------------------------------------------------------------
def _positive(value: Any) -> int | None:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    return n if n > 0 else None


def context_from_props(data: Any) -> int | None:
    """llama.cpp server GET /props: `default_generation_settings.n_ctx` (per slot), or a top-level `n_ctx`."""
    if not isinstance(data, Mapping):
        return None
    settings = data.get("default_generation_settings")
    if isinstance(settings, Mapping):
        n = _positive(settings.get("n_ctx"))
        if n:
            return n
    return _positive(data.get("n_ctx"))


def context_from_models(data: Any, model: str) -> int | None:
    """GET /v1/models: vLLM's `max_model_len` (or a `context_length` some servers add) for `model`; a lone
    listed model counts as the one being asked about (llama.cpp lists its file path, not the alias)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("data"), list):
        return None
    cards = [c for c in data["data"] if isinstance(c, Mapping)]
    chosen = [c for c in cards if c.get("id") == model] or (cards if len(cards) == 1 else [])
    for card in chosen:
        for key in ("max_model_len", "context_length", "max_context_length"):
            n = _positive(card.get(key))
            if n:
                return n
    return None


def context_from_ollama_show(model_info: Mapping[str, Any] | None) -> int | None:
    """Ollama POST /api/show: `model_info["<arch>.context_length"]`, the model's trained context."""
    info = model_info or {}
    arch = info.get("general.architecture")
    if arch and _positive(info.get(f"{arch}.context_length")):
        return _positive(info.get(f"{arch}.context_length"))
    for key, value in info.items():
        if str(key).endswith(".context_length") and _positive(value):
            return _positive(value)
    return None


def num_ctx_from_parameters(parameters: str | None) -> int | None:
    """The `num_ctx` line of Ollama's /api/show `parameters` text (a Modelfile default), if any."""
    m = re.search(r"^\s*num_ctx\s+(\d+)\s*$", parameters or "", re.M)
    return _positive(m.group(1)) if m else None


# --- the shared cache -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ServerContext:
    """What one server said about one model. `size` is the hard limit the app must respect (None: unknown)."""

    size: int | None
    source: str  # "/props", "/v1/models max_model_len", "/api/show", "error reply", "" when unknown
    model_default: int | None = None  # Ollama's Modelfile num_ctx: a default the app's num_ctx overrides


def describe_context(setting: int, info: ServerContext, reachable: bool = True) -> str:
    """Both sizes and the one used, e.g. "2048 tokens (server, /props) / 8192 (setting) → using 2048"."""
    if not info.size:
        why = "the server did not answer" if not reachable else "the server does not report its own"
        return f"{setting} tokens (setting; {why}) → using {setting}"
    line = (
        f"{info.size} tokens (server, {info.source}) / {setting} (setting) → using {min(setting, info.size)}"
    )
    if info.model_default:
        line += f"; the model's own default is {info.model_default}, the app sends its num_ctx instead"
    return line


class ContextCache:
    """(server, model) -> ServerContext for a few minutes; thread-safe. Learned sizes (from an error reply)
    replace probed ones: the server's own rejection is the strongest evidence."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[tuple[str, str], tuple[float, ServerContext]] = {}

    def get(self, key: tuple[str, str], probe: Callable[[], ServerContext | None]) -> ServerContext:
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
        if hit is not None:
            ttl = CACHE_TTL if hit[1].size else UNKNOWN_TTL
            if now - hit[0] < ttl:
                return hit[1]
        found = probe()
        if found is None:  # unreachable: not cached, the server may come back
            return hit[1] if hit is not None else ServerContext(None, "")
        with self._lock:
            self._items[key] = (time.monotonic(), found)
        return found

    def learn(self, key: tuple[str, str], size: int) -> None:
        with self._lock:
            old = self._items.get(key)
            default = old[1].model_default if old else None
            self._items[key] = (time.monotonic(), ServerContext(size, "error reply", default))

    def forget(self, key: tuple[str, str] | None = None) -> None:
        with self._lock:
            if key is None:
                self._items.clear()
            else:
                self._items.pop(key, None)


CACHE = ContextCache()


# --- one retry at the server's size --------------------------------------------------------------------------
def with_context_retry(
    backend: LLMBackend, attempt: Callable[[int, list[str]], R], *, on_reset: Callable[[], None] | None = None
) -> R:
    """Run `attempt(num_ctx, notes)` with the backend's context budget. When the server rejects a prompt as too
    long and names a smaller context, plan again for that size and retry ONCE (`notes` then says why); a
    second rejection is an error naming both sizes."""
    planned = backend.effective_context()
    try:
        return attempt(planned, [])
    except LLMContextExceeded as exc:
        smaller = exc.server
        if not smaller or smaller >= planned:
            raise
        note = (
            f"the server's context is {smaller} tokens, smaller than the {planned} planned for; "
            f"planned again for {smaller} and retried"
        )
        log.warning("%s: %s", backend.label, note)
        backend.learn_context(smaller)
        if on_reset:
            on_reset()  # anything streamed belongs to the failed attempt
        try:
            return attempt(smaller, [note])
        except LLMContextExceeded as again:
            overflow = ContextOverflow(again.server or smaller, again.prompt_tokens, again.message)
            raise context_exceeded(
                overflow, used=smaller, setting=planned, where=backend.label, retried=True
            ) from None
