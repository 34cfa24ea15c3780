"""Server-Sent Events helpers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any


def sse_data(data: str, event: str | None = None) -> bytes:
    lines = [f"event: {event}"] if event else []
    lines += [f"data: {line}" for line in data.split("\n")]
    return ("\n".join(lines) + "\n\n").encode("utf-8")


def sse_json(obj: Any, event: str | None = None) -> bytes:
    return sse_data(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), event)


async def first_then_rest(items: AsyncIterator[Any]) -> AsyncIterator[Any]:
    """Await the first item now (so errors before any output raise here, while an HTTP status can still
    be chosen) and return an iterator that yields it followed by the rest."""
    try:
        first = await items.__anext__()
    except StopAsyncIteration:
        return _chain([], items)
    return _chain([first], items)


async def _chain(head: list[Any], rest: AsyncIterator[Any]) -> AsyncIterator[Any]:
    try:
        for item in head:
            yield item
        async for item in rest:
            yield item
    finally:
        close = getattr(rest, "aclose", None)
        if close is not None:
            await close()
