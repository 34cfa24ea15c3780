"""Chat requests in OpenAI's wire shape, for OpenAI-compatible servers: the body, messages with images and tool
calls, and the streamed tool-call deltas put back together."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from .base import ChatMessage, GenOptions

# --- the request body -------------------------------------------------------------------------------------------
_SAMPLING = ("top_p", "seed", "presence_penalty", "frequency_penalty")


def request_body(model: str, messages: Sequence[ChatMessage], options: GenOptions) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": model,
        "messages": [wire_message(m) for m in messages],
        "temperature": options.temperature,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    if options.max_tokens:
        body["max_tokens"] = int(options.max_tokens)
    if options.stop:
        body["stop"] = list(options.stop)
    for key in _SAMPLING:
        if getattr(options, key) is not None:
            body[key] = getattr(options, key)
    if options.tools:
        body["tools"] = list(options.tools)
    if options.tool_choice is not None:
        body["tool_choice"] = options.tool_choice
    if options.response_format is not None:
        body["response_format"] = options.response_format
    return body


def wire_message(m: ChatMessage) -> dict[str, Any]:
    """A ChatMessage in OpenAI's wire shape (images as data: URL parts, tool calls and tool answers)."""
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.images:
        parts: list[dict[str, Any]] = [{"type": "text", "text": m.content}] if m.content else []
        for mime, data in m.images:
            url = f"data:{mime};base64,{base64.b64encode(data).decode()}"
            parts.append({"type": "image_url", "image_url": {"url": url}})
        out["content"] = parts
    if m.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in m.tool_calls
        ]
    if m.tool_call_id:
        out["tool_call_id"] = m.tool_call_id
    if m.name and m.role != "tool":
        out["name"] = m.name
    return out


def merge_tool_calls(calls: dict[int, dict[str, str]], deltas: Any) -> None:
    """Accumulate streamed tool-call deltas (id and name once, arguments in pieces) by their index."""
    for d in deltas:
        if not isinstance(d, dict):
            continue
        slot = calls.setdefault(int(d.get("index") or 0), {"id": "", "name": "", "arguments": ""})
        fn = d.get("function") or {}
        slot["id"] = d.get("id") or slot["id"]
        slot["name"] = fn.get("name") or slot["name"]
        slot["arguments"] += fn.get("arguments") or ""
