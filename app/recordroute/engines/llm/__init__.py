"""LLM engine: backends (Ollama, OpenAI-compatible, extractive fallback), templates and the summarizer core.

Qt-free and store-free. Typical use:

    backend = select_backend(settings)
    template = get_template(settings.summary_template, resolve_language(settings.summary_language, segments))
    result = summarize(segments, backend=backend, template=template, language=settings.summary_language)
"""

from .base import ChatMessage, GenOptions, HealthStatus, LLMBackend, LLMResult
from .chunking import Chunk, count_tokens, plan_chunks
from .correction import correct_transcript
from .executor import SummaryResult, resolve_language, summarize
from .extractive import LABEL as EXTRACTIVE_LABEL
from .extractive import ExtractiveBackend, extractive_summary
from .ollama_backend import OllamaBackend
from .openai_backend import OpenAIBackend
from .registry import make_backend, select_backend
from .summarizer import (
    build_correction_requests,
    build_map_request,
    build_reduce_request,
    build_title_request,
    plan_budget,
    reduce_plan,
)
from .templates import Template, get_template, load_templates

__all__ = [
    "EXTRACTIVE_LABEL",
    "ChatMessage",
    "Chunk",
    "ExtractiveBackend",
    "GenOptions",
    "HealthStatus",
    "LLMBackend",
    "LLMResult",
    "OllamaBackend",
    "OpenAIBackend",
    "SummaryResult",
    "Template",
    "build_correction_requests",
    "build_map_request",
    "build_reduce_request",
    "build_title_request",
    "correct_transcript",
    "count_tokens",
    "extractive_summary",
    "get_template",
    "load_templates",
    "make_backend",
    "plan_budget",
    "plan_chunks",
    "reduce_plan",
    "resolve_language",
    "select_backend",
    "summarize",
]
