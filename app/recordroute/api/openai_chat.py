"""/v1/chat/completions: OpenAI's request turned into the backend's messages and options, the answer (plain or
streamed) turned back into OpenAI's shape. Errors before the first token get a real HTTP status; after it, an
`error` event ends the stream (an SDK raises it as APIError)."""

from __future__ import annotations

import base64
import binascii
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from fastapi.responses import JSONResponse, Response, StreamingResponse

from ..errors import LLMUnavailable
from ..progress import CancelToken
from .errors import ApiError, error_fields
from .openai_schemas import (
    ChatChoice,
    ChatCompletion,
    ChatCompletionRequest,
    ChatMessageIn,
    ChatMessageOut,
    ContentPart,
    Usage,
)
from .serving import StreamResult
from .sse import first_then_rest, sse_data
from .state import ApiState

if TYPE_CHECKING:
    from ..engines.llm.base import ChatMessage, GenOptions, LLMBackend, LLMResult, ToolCall

log = logging.getLogger(__name__)
OPENAI_DEFAULT_TEMPERATURE = 1.0
_TEXT_PARTS = ("text", "input_text")


# --- the backend -----------------------------------------------------------------------------------------------
def chat_backend(state: ApiState, model: str) -> LLMBackend:
    """The backend for `model`. "auto": Ollama when it answers (a missing model then gives 404), else a
    configured OpenAI-compatible server; the extractive fallback cannot chat, so it is a 503."""
    from ..engines.llm.ollama_backend import OllamaBackend
    from ..engines.llm.openai_backend import OpenAIBackend

    s = state.ctx.settings
    kind = s.llm_backend
    # Interactive calls: one quick retry, not the pipeline's patient backoff.
    ollama = OllamaBackend(model, host=s.ollama_host, num_ctx=s.llm_num_ctx, retries=1, backoff=0.25)
    openai = OpenAIBackend(
        model,
        base_url=s.openai_base_url,
        api_key=s.openai_api_key,
        num_ctx=s.llm_num_ctx,
        retries=1,
        backoff=0.25,
    )
    if kind == "ollama":
        return ollama
    if kind == "openai":
        return openai
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
            return openai
        raise LLMUnavailable(f"no LLM server is running ({exc.message})") from None


def _openai_configured(base_url: str, api_key: str) -> bool:
    """The user set up an OpenAI-compatible server (a key, or a base URL other than the default)."""
    from ..settings import Settings

    default = str(Settings.__dataclass_fields__["openai_base_url"].default)
    return bool(api_key) or base_url.rstrip("/") != default.rstrip("/")


# --- request -> backend ---------------------------------------------------------------------------------------
def _image(part: ContentPart, where: str) -> tuple[str, bytes]:
    """(MIME type, bytes) of a data: URL image part; a web URL is refused (this server never fetches)."""
    url = part.image_url.url if part.image_url else ""
    head, sep, data = url.partition(",")
    if not (sep and head.startswith("data:image/") and head.endswith(";base64")):
        raise ApiError(
            400,
            "images must be sent inline as a data: URL (data:image/png;base64,...); this server fetches no URLs",
            param=f"{where}.image_url",
            code="invalid_image_url",
        )
    try:
        return head[5:-7], base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, "the image's base64 data is malformed", param=f"{where}.image_url") from None


def _content(m: ChatMessageIn, i: int) -> tuple[str, tuple[tuple[str, bytes], ...]]:
    """Text parts joined with a newline (as OpenAI joins them) and the images."""
    if not isinstance(m.content, list):
        return m.content or "", ()
    texts: list[str] = []
    images: list[tuple[str, bytes]] = []
    for j, part in enumerate(m.content):
        where = f"messages[{i}].content[{j}]"
        if part.type in _TEXT_PARTS:
            texts.append(part.text or "")
        elif part.type == "image_url":
            images.append(_image(part, where))
        else:
            raise ApiError(
                400,
                f"content parts of type '{part.type}' are not supported",
                param=where,
                code="unsupported_parameter",
            )
    return "\n".join(texts), tuple(images)


def to_messages(req: ChatCompletionRequest) -> list[ChatMessage]:
    from ..engines.llm.base import ChatMessage, ToolCall

    out = []
    names: dict[str, str] = {}  # tool_call_id -> function name, for backends that want the tool's name
    for i, m in enumerate(req.messages):
        text, images = _content(m, i)
        calls = tuple(ToolCall(c.id, c.function.name, c.function.arguments) for c in m.tool_calls or ())
        names.update({c.id: c.name for c in calls})
        role = "system" if m.role == "developer" else m.role
        name = names.get(m.tool_call_id or "", m.name) if m.role == "tool" else m.name
        out.append(ChatMessage(role, text, images, calls, m.tool_call_id, name))
    return out


def _refuse(param: str, backend: LLMBackend, what: str) -> ApiError:
    return ApiError(
        400,
        f"{what} is not supported by the {backend.name} backend ({backend.model})",
        param=param,
        code="unsupported_parameter",
    )


def check_features(req: ChatCompletionRequest, messages: list[ChatMessage], backend: LLMBackend) -> None:
    """400 unsupported_parameter for what this backend cannot do, rather than quietly ignoring it."""
    have = backend.features
    if req.tools and "tools" not in have:
        raise _refuse("tools", backend, "tools")
    forced = req.tool_choice not in (None, "auto", "none")
    if req.tools and forced and "tool_choice" not in have:
        raise _refuse(
            "tool_choice", backend, "forcing a tool call (tool_choice 'required' or a named function)"
        )
    kind = (req.response_format or {}).get("type", "text")
    if kind not in ("text", "json_object", "json_schema"):
        raise ApiError(400, f"unknown response_format type '{kind}'", param="response_format.type")
    if kind != "text" and "response_format" not in have:
        raise _refuse("response_format", backend, f"response_format '{kind}'")
    if any(m.images for m in messages) and "images" not in have:
        raise _refuse("messages", backend, "image input")
    if req.logprobs:
        raise ApiError(400, "logprobs are not available", param="logprobs", code="unsupported_parameter")


def to_options(req: ChatCompletionRequest) -> GenOptions:
    from ..engines.llm.base import GenOptions

    stop = (req.stop,) if isinstance(req.stop, str) else tuple(req.stop or ())
    return GenOptions(
        temperature=OPENAI_DEFAULT_TEMPERATURE if req.temperature is None else req.temperature,
        max_tokens=req.max_completion_tokens or req.max_tokens,
        stop=stop,
        top_p=req.top_p,
        seed=req.seed,
        presence_penalty=req.presence_penalty,
        frequency_penalty=req.frequency_penalty,
        allow_length=True,  # a client that caps the answer gets finish_reason "length", with usage
        tools=tuple(req.tools or ()),
        tool_choice=req.tool_choice,
        response_format=req.response_format,
    )


# --- backend -> response ------------------------------------------------------------------------------------------
def _usage(result: LLMResult) -> dict[str, int]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "total_tokens": result.prompt_tokens + result.completion_tokens,
    }


def _finish(result: LLMResult) -> str:
    if result.tool_calls:
        return "tool_calls"
    return "length" if result.done_reason == "length" else "stop"


def _calls_out(calls: tuple[ToolCall, ...]) -> list[dict[str, Any]]:
    return [
        {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
        for c in calls
    ]


def _chunk(ids: tuple[str, int, str], delta: dict[str, Any], finish: str | None = None) -> bytes:
    cid, created, model = ids
    body = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }
    return sse_data(json.dumps(body, ensure_ascii=False))


def _usage_chunk(ids: tuple[str, int, str], usage: dict[str, int]) -> bytes:
    cid, created, model = ids
    body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model, "choices": []}
    return sse_data(json.dumps({**body, "usage": usage}, ensure_ascii=False))


async def _events(
    ids: tuple[str, int, str], items: AsyncIterator[Any], include_usage: bool
) -> AsyncIterator[bytes]:
    yield _chunk(ids, {"role": "assistant", "content": ""})
    try:
        async for item in items:
            if isinstance(item, StreamResult):
                result: LLMResult = item.value
                if result.tool_calls:
                    calls = [{"index": n, **c} for n, c in enumerate(_calls_out(result.tool_calls))]
                    yield _chunk(ids, {"tool_calls": calls})
                yield _chunk(ids, {}, _finish(result))
                if include_usage:
                    yield _usage_chunk(ids, _usage(result))
            elif item:
                yield _chunk(ids, {"content": item})
    except Exception as exc:  # after the first token the status is sent: an error event ends the stream
        log.warning("chat stream failed after it started: %s", exc)
        yield sse_data(json.dumps(error_fields(exc)[1], ensure_ascii=False), event="error")
    yield sse_data("[DONE]")


async def chat_completions(state: ApiState, req: ChatCompletionRequest) -> Response:
    messages, options = to_messages(req), to_options(req)
    pool = state.serving.pool("llm")
    ids = (f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time()), req.model)

    def work(emit: Callable[[Any], None], cancel: CancelToken) -> LLMResult:
        backend = chat_backend(state, req.model)
        check_features(req, messages, backend)
        return backend.generate(messages, options=options, on_token=emit, cancel=cancel)

    if not req.stream:
        result = await pool.run(work, lambda _piece: None, CancelToken())
        content = result.text if result.text or not result.tool_calls else None
        message = ChatMessageOut(content=content, tool_calls=_calls_out(result.tool_calls) or None)  # type: ignore[arg-type]
        body = ChatCompletion(
            id=ids[0],
            created=ids[1],
            model=req.model,
            choices=[ChatChoice(message=message, finish_reason=_finish(result))],  # type: ignore[arg-type]
            usage=Usage(**_usage(result)),
        )
        return JSONResponse(body.model_dump(exclude_none=False))

    include_usage = bool(req.stream_options and req.stream_options.include_usage)
    # Wait for the first token so a missing model or a dead server still gets a real HTTP status.
    items = await first_then_rest(pool.stream(work))
    return StreamingResponse(
        _events(ids, items, include_usage),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
