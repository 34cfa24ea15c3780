"""OpenAI-compatible /v1 routes: models, chat completions (streamed or not) and embeddings.

They work unchanged with the official `openai` SDK at base_url=http://127.0.0.1:PORT/v1. Audio routes live in
openai_audio.py.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

import numpy as np
from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from ..errors import LLMContextExceeded, LLMModelMissing, ModelNotFoundError
from ..pipeline.context import embed_key
from .errors import ApiError, error_fields, model_not_found
from .openai_chat import chat_backend, chat_completions
from .openai_formats import count_tokens, embedding_base64
from .openai_schemas import (
    ChatCompletion,
    ChatCompletionRequest,
    EmbeddingRequest,
    EmbeddingResponse,
    ModelCard,
    ModelList,
)
from .state import ApiState, StateDep

if TYPE_CHECKING:
    pass

EMBED_ALIASES = frozenset(
    {"default", "text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"}
)
MAX_EMBED_INPUTS = 2048
_LLM_MODELS_TTL = 15.0


# --- model discovery -----------------------------------------------------------------------------------------------
def stt_models(state: ApiState) -> list[str]:
    from ..engines.stt import list_available_models

    names = [m.name for m in list_available_models(state.ctx.settings.model_dir)]
    return names


def embed_models(state: ApiState) -> list[str]:
    from ..engines.embed import list_embed_models

    return [s.name for s in list_embed_models(state.ctx.settings.model_dir)]


def llm_models(state: ApiState) -> list[str]:
    """The LLM server's models (cached briefly; empty when no server answers)."""
    cached = state.llm_models_cache
    if cached and time.monotonic() - cached[0] < _LLM_MODELS_TTL:
        return list(cached[1])
    try:
        backend = chat_backend(state, state.ctx.settings.llm_model)
        models = backend.list_models()
    except Exception:  # no server: list nothing rather than fail the whole listing
        models = []
    state.llm_models_cache = (time.monotonic(), models)
    return models


def all_models(state: ApiState) -> list[ModelCard]:
    """Every name a route accepts, once each: installed models, then the aliases (each says what it stands
    for; "default" is the settings' speech model for audio and their embedding model for /v1/embeddings)."""
    from .openai_audio import MODEL_ALIASES

    s = state.ctx.settings
    cards: dict[str, ModelCard] = {}
    named = [(n, "stt") for n in stt_models(state) if n not in MODEL_ALIASES]
    named += [(n, "llm") for n in llm_models(state)] + [(n, "embedding") for n in embed_models(state)]
    for name, kind in named:
        cards.setdefault(name, ModelCard(id=name, type=kind))  # type: ignore[arg-type]
    for alias in sorted(MODEL_ALIASES):
        cards.setdefault(alias, ModelCard(id=alias, type="stt", alias_of=s.stt_model))
    for alias in sorted(EMBED_ALIASES):
        cards.setdefault(alias, ModelCard(id=alias, type="embedding", alias_of=_default_embed(state)))
    return list(cards.values())


def _default_embed(state: ApiState) -> str | None:
    """The embedding model the aliases stand for (the setting, or the best one installed)."""
    from ..engines.embed.resolve import resolve_embed_model

    s = state.ctx.settings
    if s.embed_backend != "onnx":
        return s.embed_model or None
    try:
        return resolve_embed_model(s.embed_model, model_dir=s.model_dir).name
    except ModelNotFoundError:
        return None


def find_model(state: ApiState, model_id: str) -> ModelCard | None:
    """The card for `model_id`; an Ollama name without a tag means its ":latest", as Ollama reads it."""
    cards = {c.id: c for c in all_models(state)}
    card = cards.get(model_id) or (cards.get(f"{model_id}:latest") if ":" not in model_id else None)
    return card.model_copy(update={"id": model_id}) if card else None


# --- embeddings --------------------------------------------------------------------------------------------------
def _texts(req: EmbeddingRequest) -> list[str]:
    value = req.input
    if isinstance(value, str):
        return [value]
    if not value:
        raise ApiError(400, "input must not be empty", param="input", code="invalid_value")
    if all(isinstance(v, str) for v in value):
        if len(value) > MAX_EMBED_INPUTS:
            raise ApiError(400, f"at most {MAX_EMBED_INPUTS} inputs per request", param="input")
        return list(value)  # type: ignore[arg-type]
    raise ApiError(
        400,
        "token-id arrays are not supported: send the input as text (a string or a list of strings)",
        param="input",
        code="unsupported_input",
    )


def _embedder(state: ApiState, model: str) -> Any:
    from ..engines.embed import get_embedder
    from .openai_audio import check_model_name

    s = state.ctx.settings
    name = s.embed_model if model in EMBED_ALIASES else check_model_name(model)
    try:
        return get_embedder(name, model_dir=s.model_dir, backend=s.embed_backend, host=s.ollama_host)
    except ModelNotFoundError:
        raise model_not_found(model, "embedding") from None


def embed_texts(state: ApiState, model: str, texts: list[str]) -> tuple[np.ndarray, int, str]:
    """Vectors for `texts` (cached per model + text), the prompt tokens and the embedder's name."""
    embedder = _embedder(state, model)
    key = embed_key(embedder.name)
    state.ctx.model(key, lambda: embedder)  # the context's idle reaper unloads it when unused
    with state.ctx.busy(key):
        cache = state.serving.embed_cache
        out = np.empty((len(texts), embedder.dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            hit = cache.get((embedder.name, text))
            if hit is None:
                missing.setdefault(text, []).append(i)
            else:
                out[i] = hit
        if missing:
            fresh = embedder.embed(list(missing))  # each distinct text once
            for (text, rows), row in zip(missing.items(), fresh, strict=True):
                out[rows] = row
                cache.put((embedder.name, text), np.array(row, dtype=np.float32))
    return out, count_tokens(embedder, texts), embedder.name


async def embeddings(state: ApiState, req: EmbeddingRequest) -> Response:
    texts = _texts(req)
    vectors, tokens, _name = await state.serving.pool("embed").run(embed_texts, state, req.model, texts)
    if req.dimensions is not None and req.dimensions != vectors.shape[1]:
        raise ApiError(
            400,
            f"model '{req.model}' makes {vectors.shape[1]}-dimensional vectors; "
            f"dimensions={req.dimensions} is not supported",
            param="dimensions",
        )
    if req.encoding_format == "base64":
        data = [
            {"object": "embedding", "index": i, "embedding": embedding_base64(v)}
            for i, v in enumerate(vectors)
        ]
    else:
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors.tolist())]
    body = {
        "object": "list",
        "data": data,
        "model": req.model,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
    # Built by hand: validating thousands of floats through pydantic costs more than the model call.
    return Response(json.dumps(body, separators=(",", ":")), media_type="application/json")


# --- router ------------------------------------------------------------------------------------------------------------
router = APIRouter(prefix="/v1", tags=["openai"])


@router.get("/models", response_model=ModelList, summary="Models present, by type (stt / llm / embedding)")
def list_models(state: StateDep) -> ModelList:
    return ModelList(data=all_models(state))


@router.get("/models/{model_id:path}", response_model=ModelCard, summary="One model")
def get_model(model_id: str, state: StateDep) -> ModelCard:
    card = find_model(state, model_id)
    if card is None:
        raise model_not_found(model_id)
    return card


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    summary="Chat completion (SSE when stream=true)",
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def create_chat(body: ChatCompletionRequest, state: StateDep) -> Response:
    try:
        return await chat_completions(state, body)
    except (LLMModelMissing, LLMContextExceeded) as exc:
        # OpenAI's own codes (model_not_found, context_length_exceeded), so SDK clients recognize them.
        status, err = error_fields(exc)
        return JSONResponse(err, status_code=status)


@router.post("/embeddings", response_model=EmbeddingResponse, summary="Sentence embeddings")
async def create_embeddings(body: EmbeddingRequest, state: StateDep) -> Response:
    return await embeddings(state, body)
