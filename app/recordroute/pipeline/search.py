"""Search over the archive, shared by every face.

Issue 3 ships keyword search (FTS5, Korean-aware). Semantic and hybrid modes plug in here when the index stage
lands; the signature is already the final one so faces don't change.
"""

from __future__ import annotations

from ..store import SearchHit
from .context import AppContext

MODES = ("hybrid", "keyword", "semantic")


def search(
    ctx: AppContext, query: str, *, mode: str = "hybrid", since: float | None = None, until: float | None = None,
    kind: str | None = None, language: str | None = None, limit: int = 20,
) -> list[SearchHit]:
    if mode not in MODES:
        raise ValueError(f"unknown search mode {mode!r}; choose one of {', '.join(MODES)}")
    return ctx.store.transcripts.search(
        query, limit=limit, kind=kind, since=since, until=until, language=language
    )
