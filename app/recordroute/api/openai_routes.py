"""OpenAI-compatible /v1 routes: models, chat completions (streamed or not) and embeddings.

They work unchanged with the official `openai` SDK at base_url=http://127.0.0.1:PORT/v1. Audio routes live in
openai_audio.py.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response, StreamingResponse

from ..errors import LLMContextExceeded, LLMModelMissing, LLMTruncated, LLMUnavailable, ModelNotFoundError
from ..pipeline.context import embed_key
from ..progress import CancelToken
from .errors import ApiError, not_found
from .openai_formats import count_tokens, embedding_base64
from .openai_schemas import (
    ChatChoice,
    ChatCompletion,
    ChatCompletionRequest,
    ChatMessageOut,
    EmbeddingRequest,
    EmbeddingResponse,
    ModelCard,
    ModelList,
    Usage,
)
from .serving import StreamResult
from .sse import first_then_rest, sse_data
from .state import ApiState, StateDep

if TYPE_CHECKING:
    from ..engines.llm.base import LLMBackend

WHISPER_ALIAS = "whisper-1"
EMBED_ALIASES = frozenset(
    {"default", "text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"}
)
MAX_EMBED_INPUTS = 2048
_LLM_MODELS_TTL = 15.0


# --- model discovery -----------------------------------------------------------------------------------------------
def stt_models(state: ApiState) -> list[str]:
    from ..engines.stt import list_available_models

    names = [m.name for m in list_available_models(state.ctx.settings.model_dir)]
    return [WHISPER_ALIAS, *names]


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
    cards = [ModelCard(id=n, type="stt") for n in dict.fromkeys(stt_models(state))]
    cards += [ModelCard(id=n, type="llm") for n in dict.fromkeys(llm_models(state))]
    cards += [ModelCard(id=n, type="embedding") for n in dict.fromkeys(embed_models(state))]
    return cards


# --- chat ------------------------------------------------------------------------------------------------------------
def chat_backend(state: ApiState, model: str) -> LLMBackend:
    """The backend for `model`. "auto": Ollama when it answers (a missing model then gives 404), else a
    configured OpenAI-compatible server; the extractive fallback cannot chat, so it is a 503."""
    from ..engines.llm.ollama_backend import OllamaBackend
    from ..engines.llm.openai_backend import OpenAIBackend

    s = state.ctx.settings
    kind = s.llm_backend
    # Interactive calls: one quick retry, not the pipeline's patient backoff.
    ollama = OllamaBackend(model, host=s.ollama_host, num_ctx=s.llm_num_ctx, retries=1, backoff=0.25)
    if kind == "ollama":
        return ollama
    if kind == "openai":
        return OpenAIBackend(
            model,
            base_url=s.openai_base_url,
            api_key=s.openai_api_key,
            num_ctx=s.llm_num_ctx,
            retries=1,
            backoff=0.25,
        )
    if kind == "extractive":
        raise LLMUnavailable(
            "the LLM backend is set to 'extractive' (no language model)",
            hint="choose Ollama or an OpenAI-compatible server in Settings",
        )
    try:
        ollama.list_models()
        return ollama
    except LLMUnavailable as exc:
        if _openai_configured(s.openai_base_url, s.openai_api_key):
            return OpenAIBackend(
                model,
                base_url=s.openai_base_url,
                api_key=s.openai_api_key,
                num_ctx=s.llm_num_ctx,
                retries=1,
                backoff=0.25,
            )
        raise LLMUnavailable(f"no LLM server is running ({exc.message})") from None


def _openai_configured(base_url: str, api_key: str) -> bool:
    """The user set up an OpenAI-compatible server (a key, or a base URL other than the default)."""
    from ..settings import Settings

    default = str(Settings.__dataclass_fields__["openai_base_url"].default)
    return bool(api_key) or base_url.rstrip("/") != default.rstrip("/")


def _messages(req: ChatCompletionRequest) -> list[Any]:
    from ..engines.llm.base import ChatMessage

    out = []
    for m in req.messages:
        if isinstance(m.content, list):
            text = "".join(p.text or "" for p in m.content if p.type in ("text", "input_text"))
        else:
            text = m.content or ""
        role = {"developer": "system", "tool": "user"}.get(m.role, m.role)
        out.append(ChatMessage(role, text))
    return out


def _options(req: ChatCompletionRequest) -> Any:
    from ..engines.llm.base import GenOptions

    stop = (req.stop,) if isinstance(req.stop, str) else tuple(req.stop or ())
    kwargs: dict[str, Any] = {"max_tokens": req.max_completion_tokens or req.max_tokens, "stop": stop}
    if req.temperature is not None:
        kwargs["temperature"] = req.temperature
    return GenOptions(**kwargs)


def _chunk(
    cid: str,
    created: int,
    model: str,
    delta: dict[str, Any],
    finish: str | None = None,
    usage: dict[str, int] | None = None,
    choices: bool = True,
) -> bytes:
    body: dict[str, Any] = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]
        if choices
        else [],
    }
    if usage is not None:
        body["usage"] = usage
    return sse_data(json.dumps(body, ensure_ascii=False))


def _usage(result: Any) -> dict[str, int]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "total_tokens": result.prompt_tokens + result.completion_tokens,
    }


async def chat_completions(state: ApiState, req: ChatCompletionRequest) -> Response:
    from ..engines.llm.base import LLMResult

    messages, options = _messages(req), _options(req)
    pool = state.serving.pool("llm")
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    capped = options.max_tokens is not None

    def work(emit: Callable[[Any], None], cancel: CancelToken) -> LLMResult:
        backend = chat_backend(state, req.model)
        try:
            return backend.generate(messages, options=options, on_token=emit, cancel=cancel)
        except LLMTruncated as exc:
            if not capped:
                raise
            # The client asked for a cap: a cut answer is OpenAI's finish_reason "length", not an error.
            partial = getattr(exc, "partial", "")
            return LLMResult(partial, "length", 0, 0, req.model, backend.name)

    if not req.stream:
        pieces: list[str] = []
        result = await pool.run(work, pieces.append, CancelToken())
        body = ChatCompletion(
            id=cid,
            created=created,
            model=req.model,
            choices=[
                ChatChoice(
                    index=0,
                    message=ChatMessageOut(role="assistant", content=result.text),
                    finish_reason="length" if result.done_reason == "length" else "stop",
                )
            ],
            usage=Usage(**_usage(result)),
        )
        return JSONResponse(body.model_dump())

    include_usage = bool(req.stream_options and req.stream_options.include_usage)

    async def events(items: AsyncIterator[Any]) -> AsyncIterator[bytes]:
        yield _chunk(cid, created, req.model, {"role": "assistant", "content": ""})
        async for item in items:
            if isinstance(item, StreamResult):
                result = item.value
                finish = "length" if result.done_reason == "length" else "stop"
                yield _chunk(cid, created, req.model, {}, finish)
                if include_usage:
                    yield _chunk(cid, created, req.model, {}, usage=_usage(result), choices=False)
            elif item:
                yield _chunk(cid, created, req.model, {"content": item})
        yield sse_data("[DONE]")

    # Wait for the first token so a missing model or a dead server still gets a real HTTP status.
    items = await first_then_rest(pool.stream(work))
    return StreamingResponse(
        events(items),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


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
    except ModelNotFoundError as exc:
        raise ApiError(
            404,
            f"embedding model '{model}' was not found ({exc.message.splitlines()[0]})",
            type="not_found_error",
            code="model_not_found",
            param="model",
        ) from None


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
    for card in all_models(state):
        if card.id == model_id:
            return card
    raise not_found(f"model '{model_id}' not found")


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    summary="Chat completion (SSE when stream=true)",
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def create_chat(body: ChatCompletionRequest, state: StateDep) -> Response:
    try:
        return await chat_completions(state, body)
    except LLMModelMissing as exc:
        raise ApiError(
            404, exc.user_text(), type="not_found_error", code="model_not_found", param="model"
        ) from None
    except LLMContextExceeded as exc:
        # OpenAI's own shape, so SDK clients recognize it; the message names both context sizes.
        raise ApiError(
            400,
            exc.user_text(),
            type="invalid_request_error",
            code="context_length_exceeded",
            param="messages",
        ) from None


@router.post("/embeddings", response_model=EmbeddingResponse, summary="Sentence embeddings")
async def create_embeddings(body: EmbeddingRequest, state: StateDep) -> Response:
    return await embeddings(state, body)
