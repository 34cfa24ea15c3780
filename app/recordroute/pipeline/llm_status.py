"""Where minutes will come from right now: the configured LLM server's state, for an always-visible indicator.

One cheap probe (the server's model list; with `with_context`, its context for the model too). Every face can
show it; the desktop window polls it on its thread pool. Network: only the LLM host the user configured.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..settings import Settings
from .summaries import LlmCheck

# state values
CONNECTED = "connected"  # the server answers and has the model
DOWN = "down"  # the server does not answer
MODEL_MISSING = "model_missing"  # the server answers but does not have the model
EXTRACTIVE = "extractive"  # no LLM is configured: extractive minutes by choice


@dataclass(frozen=True)
class LlmStatus:
    state: str
    backend: str  # "ollama", "openai" or "extractive"
    server: str = ""  # the host or base URL asked
    model: str = ""
    models: tuple[str, ...] = ()  # what the server has (for a model picker)
    context: int | None = None  # tokens the app will use with this model (None: not asked or unknown)
    fallback: bool = False  # minutes fall back to extractive while this lasts (the "auto" backend)
    detail: str = field(default="", compare=False)  # developer detail (exception text), for "Details"

    @property
    def usable(self) -> bool:
        return self.state == CONNECTED


def llm_status(settings: Settings, *, with_context: bool = False) -> LlmStatus:
    """Probe the backend the settings ask for ("auto": Ollama, then a configured OpenAI-compatible server)."""
    from ..engines.llm.ollama_backend import OllamaBackend
    from ..engines.llm.openai_backend import OpenAIBackend
    from ..engines.llm.registry import _openai_configured

    kind = settings.llm_backend
    if kind == "extractive":
        return LlmStatus(EXTRACTIVE, "extractive")
    auto = kind == "auto"
    if kind == "openai":
        backend = OpenAIBackend(
            settings.llm_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
            num_ctx=settings.llm_num_ctx,
        )
        return _probe(backend, "openai", settings.openai_base_url, False, with_context)
    # "auto" tries Ollama first, then a configured OpenAI-compatible server (engines.llm.registry)
    ollama = OllamaBackend(settings.llm_model, host=settings.ollama_host, num_ctx=settings.llm_num_ctx)
    status = _probe(ollama, "ollama", ollama.host, auto, with_context)
    if status.state == DOWN and auto and _openai_configured(settings):
        backend = OpenAIBackend(
            settings.llm_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
            num_ctx=settings.llm_num_ctx,
        )
        other = _probe(backend, "openai", settings.openai_base_url, auto, with_context)
        if other.state == CONNECTED:
            return other
    return status


def _probe(backend: object, kind: str, server: str, auto: bool, with_context: bool) -> LlmStatus:
    from .summaries import llm_context_status

    health = backend.health()  # type: ignore[attr-defined]
    model = str(getattr(backend, "model", "") or "")
    models = tuple(health.models or ())
    if health.ok:
        context = None
        if with_context:
            info = llm_context_status(backend, True)
            context = int(info["using"]) if info and info.get("using") else None
        return LlmStatus(CONNECTED, kind, server, model, models, context, False, health.detail)
    state = MODEL_MISSING if models else DOWN
    return LlmStatus(state, kind, server, model, models, None, auto, health.detail)


def check_server(settings: Settings) -> tuple[LlmStatus, LlmCheck | None]:
    """Settings → Check server: the server's state, and its context (when it answers)."""
    from .summaries import llm_check

    status = llm_status(settings)
    return status, (llm_check(settings) if status.state == CONNECTED else None)


def server_reachable(settings: Settings, timeout: float = 1.0) -> bool | None:
    """A TCP connect to the configured LLM server: the cheap, frequent check behind the indicator (the full
    `llm_status` runs when this changes). None when no server is configured (extractive)."""
    import socket
    from urllib.parse import urlsplit

    if settings.llm_backend == "extractive":
        return None
    url = settings.openai_base_url if settings.llm_backend == "openai" else settings.ollama_host
    parts = urlsplit(url if "://" in url else f"http://{url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False
