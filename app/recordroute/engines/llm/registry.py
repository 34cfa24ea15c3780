"""Build a backend by kind, or pick one automatically from the settings."""

from __future__ import annotations

import logging

from ...settings import Settings
from .base import LLMBackend
from .extractive import ExtractiveBackend
from .ollama_backend import OllamaBackend
from .openai_backend import OpenAIBackend

log = logging.getLogger(__name__)
KINDS = ("auto", "ollama", "openai", "extractive")


def make_backend(
    kind: str,
    *,
    model: str = "",
    host: str | None = None,
    base_url: str | None = None,
    api_key: str = "",
    num_ctx: int = 8192,
) -> LLMBackend:
    """A backend of an explicit kind (no probing). "auto" is resolved by `select_backend`."""
    if kind == "ollama":
        return OllamaBackend(model, host=host, num_ctx=num_ctx)
    if kind == "openai":
        if not base_url:
            raise ValueError("the openai backend needs a base_url")
        return OpenAIBackend(model, base_url=base_url, api_key=api_key, num_ctx=num_ctx)
    if kind == "extractive":
        return ExtractiveBackend()
    raise ValueError(f"unknown LLM backend kind '{kind}' (expected one of {', '.join(KINDS)})")


def _openai_configured(settings: Settings) -> bool:
    default_url = Settings.__dataclass_fields__["openai_base_url"].default
    return bool(settings.openai_api_key) or settings.openai_base_url.rstrip("/") != str(default_url).rstrip(
        "/"
    )


def select_backend(settings: Settings) -> LLMBackend:
    """The backend the settings ask for. "auto": Ollama when it answers and has the model, else an
    OpenAI-compatible server when one is configured and reachable, else the extractive fallback whose
    `reason` says why."""
    kind = settings.llm_backend
    if kind != "auto":
        return make_backend(
            kind,
            model=settings.llm_model,
            num_ctx=settings.llm_num_ctx,
            host=settings.ollama_host,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
        )
    reasons: list[str] = []
    headlines: list[str] = []
    ollama_backend = OllamaBackend(
        settings.llm_model, host=settings.ollama_host, num_ctx=settings.llm_num_ctx
    )
    status = ollama_backend.health()
    if status.ok:
        return ollama_backend
    reasons.append(f"Ollama: {status.detail}")
    headlines.append(
        f"Ollama at {ollama_backend.host} does not answer"
        if not status.models
        else f"Ollama at {ollama_backend.host} does not have the model '{ollama_backend.model}'"
    )
    if _openai_configured(settings):
        openai_backend = OpenAIBackend(
            settings.llm_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
            num_ctx=settings.llm_num_ctx,
        )
        status = openai_backend.health()
        if status.ok:
            return openai_backend
        reasons.append(f"OpenAI-compatible: {status.detail}")
        headlines.append(f"the OpenAI-compatible server at {openai_backend.base_url} does not answer")
    reason = "; ".join(reasons)
    log.info("no LLM available, using the extractive summary: %s", reason)
    return ExtractiveBackend(reason=reason, headline=" and ".join(headlines))
