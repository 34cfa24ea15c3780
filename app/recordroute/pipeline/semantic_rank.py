"""Which of the nearest chunks are matches, best first: the semantic side of every search.

A calibrated model (engines/embed/calibration.py) re-ranks the nearest chunks by direction and length, so a
cross-language match that sits below many same-language passages by raw cosine still comes up: it looks 4 x as
deep as it returns. Most of the time the matches are settled well before that depth: a passage further down has
a lower cosine, and even with the most favourable direction and the shortest chunk in the library its z-score
stays under the cut, so it could not be kept. Each search therefore looks 2 x deep first and goes to 4 x only
when the bound says a deeper passage could still rank (the same result either way, about 1.2 ms less at 100k
chunks when the first look settles it), unless the shallower look would cost the index as much (large libraries,
exact search). Models without a calibration keep their plain cosine floor.
"""

from __future__ import annotations

import numpy as np

from ..engines.embed.calibration import Calibration, calibration, text_language
from ..engines.embed.floors import relevance_floor
from ..store.vector_base import VectorIndex
from .context import AppContext

CANDIDATES = 40  # nearest chunks a calibrated search re-ranks, at least
FIRST_DEPTH = 2  # a calibrated search looks at this many x the results asked for first...
FULL_DEPTH = 4  # ...and this deep when the first look is not settled


def matches(
    ctx: AppContext,
    model: str,
    index: VectorIndex,
    qvec: np.ndarray,
    query: str,
    limit: int,
    *,
    exact: bool,
    allowed: np.ndarray | None = None,
) -> tuple[list[tuple[int, float]], int]:
    """(id, cosine) of the nearest chunks that are matches, best first, and how many nearest chunks were looked
    at (when all of them are matches, the caller knows the list may have been cut short)."""
    cal = calibration(model)
    if cal is None:
        raw = index.search(qvec, limit * 2, allowed=allowed, exact=exact)
        floor = relevance_floor(model)
        return (floor.keep(raw) if floor is not None else raw), len(raw)
    return _calibrated(ctx, cal, index, qvec, query, limit, exact=exact, allowed=allowed)


def _calibrated(
    ctx: AppContext,
    cal: Calibration,
    index: VectorIndex,
    qvec: np.ndarray,
    query: str,
    limit: int,
    *,
    exact: bool,
    allowed: np.ndarray | None,
) -> tuple[list[tuple[int, float]], int]:
    first, full = (max(limit * depth, CANDIDATES) for depth in (FIRST_DEPTH, FULL_DEPTH))
    # Two looks only pay when a shallower one costs less (at 1M rows the index scores as many rows either way).
    two = full > first and index.scored(first, exact=exact) < index.scored(full, exact=exact)
    for depth in (first, full) if two else (full,):
        raw = index.search(qvec, depth, allowed=allowed, exact=exact)
        passages = _passages(ctx, raw)
        kept = cal.rank(query, raw, passages)
        if len(raw) < depth:  # every row was looked at
            break
        if depth < full and cal.complete(query, kept, passages, raw[-1][1], ctx.store.chunks.min_chars()):
            break
    return kept, len(raw)


def _passages(ctx: AppContext, raw: list[tuple[int, float]]) -> dict[int, tuple[str, int]]:
    """Each candidate's language and length: the language kept at indexing, or worked out from the text for
    rows from before it was kept."""
    found = ctx.store.chunks.profiles(cid for cid, _ in raw)
    return {cid: (lang or text_language(text or ""), chars) for cid, (lang, chars, text) in found.items()}
