"""Chat requests in Ollama's /api/chat shape, from OpenAI-shaped messages and options: images as raw bytes,
tool calls with object arguments, `tools` and `format`; and the tool calls of a streamed reply."""

from __future__ import annotations

import json
from typing import Any

from .base import ChatMessage, GenOptions, ToolCall


def ollama_message(m: ChatMessage) -> dict[str, Any]:
    """A ChatMessage as /api/chat wants it: images as raw bytes (the client base64-encodes them), tool calls
    with their arguments as an object, a tool's answer under `tool_name`."""
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.images:
        out["images"] = [data for _mime, data in m.images]
    if m.tool_calls:
        out["tool_calls"] = [
            {"function": {"name": c.name, "arguments": _json_object(c.arguments)}} for c in m.tool_calls
        ]
    if m.role == "tool" and m.name:
        out["tool_name"] = m.name
    return out


def ollama_extras(options: GenOptions) -> dict[str, Any]:
    """`tools` and `format` for /api/chat from OpenAI's tools / tool_choice / response_format."""
    extra: dict[str, Any] = {}
    if options.tools and options.tool_choice != "none":
        extra["tools"] = list(options.tools)
    fmt = options.response_format or {}
    if fmt.get("type") == "json_object":
        extra["format"] = "json"
    elif fmt.get("type") == "json_schema":
        extra["format"] = (fmt.get("json_schema") or {}).get("schema") or "json"
    return extra


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def tool_calls_of(msg: Any, start: int) -> list[ToolCall]:
    """The tool calls in one streamed /api/chat message, numbered on from `start` (Ollama gives no ids)."""
    out = []
    for n, call in enumerate(getattr(msg, "tool_calls", None) or (), start):
        fn = call.function
        out.append(ToolCall(f"call_{n}", fn.name, json.dumps(dict(fn.arguments or {}), ensure_ascii=False)))
    return out
