"""Splitting transcripts and documents into overlapping passages for embedding (pure, no I/O).

Transcripts: windows of whole segments, about `target_s` long (between `min_s` and `max_s` where the
segments allow), each starting about `overlap_s` before the previous one ended. Documents: paragraphs packed
up to `max_chars`, never across a page, with about `overlap_chars` of the previous passage repeated; a
paragraph longer than `max_chars` is split on sentence boundaries (on words when a sentence is too long).
`seg_from`/`seg_to` are inclusive positions in the `segments` sequence given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..transcript import Segment


@dataclass(frozen=True)
class Chunk:
    index: int
    text: str
    start: float | None
    end: float | None
    page: int | None = None
    seg_from: int = 0
    seg_to: int = 0


_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])\s+|\n+")


def _times(segments: Sequence[Segment]) -> list[tuple[float, float]]:
    """(start, end) per segment; missing or backwards times borrow their neighbour's."""
    out: list[tuple[float, float]] = []
    prev = 0.0
    for seg in segments:
        start = float(seg.start) if seg.start is not None else prev
        end = float(seg.end) if seg.end is not None else start
        out.append((start, max(start, end)))
        prev = max(start, end)
    return out


def chunk_transcript(
    segments: Sequence[Segment],
    *,
    target_s: float = 45.0,
    min_s: float = 30.0,
    max_s: float = 60.0,
    overlap_s: float = 10.0,
) -> list[Chunk]:
    if not 0 < min_s <= target_s <= max_s or overlap_s < 0:
        raise ValueError("need 0 < min_s <= target_s <= max_s and overlap_s >= 0")
    times = _times(segments)
    n = len(times)
    chunks: list[Chunk] = []
    i = 0
    while i < n:
        start = times[i][0]
        j = i
        # Grow to the target, never past max_s (a single overlong segment still makes a chunk).
        while j + 1 < n and times[j][1] - start < target_s and times[j + 1][1] - start <= max_s:
            j += 1
        # A short tail that would make its own sub-min_s chunk is absorbed while this stays <= max_s.
        if j + 1 < n and times[-1][1] - times[j + 1][0] < min_s and times[-1][1] - start <= max_s:
            j = n - 1
        text = " ".join(t for t in (segments[p].text.strip() for p in range(i, j + 1)) if t)
        chunks.append(Chunk(len(chunks), text, start, times[j][1], None, i, j))
        if j == n - 1:
            break
        # Next window starts at the segment boundary whose overlap with this chunk is closest to overlap_s
        # (j + 1 = no overlap); always after i, so the loop moves on.
        end = times[j][1]
        i = min(
            range(i + 1, j + 2), key=lambda p: (abs((end - times[p][0] if p <= j else 0.0) - overlap_s), -p)
        )
    return chunks


# --- documents ------------------------------------------------------------------------------------------
def _split_long(text: str, max_chars: int) -> list[str]:
    """Sentences packed up to max_chars; a sentence longer than that is cut between words."""
    pieces: list[str] = []
    for sentence in (s.strip() for s in _SENTENCE_END.split(text)):
        if not sentence:
            continue
        while len(sentence) > max_chars:
            cut = sentence.rfind(" ", 0, max_chars + 1)
            cut = cut if cut > max_chars // 2 else max_chars  # no usable space: hard cut
            pieces.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            pieces.append(sentence)
    packed: list[str] = []
    for piece in pieces:
        if packed and len(packed[-1]) + 1 + len(piece) <= max_chars:
            packed[-1] = f"{packed[-1]} {piece}"
        else:
            packed.append(piece)
    return packed


def _tail(text: str, limit: int) -> str:
    """The last <= limit characters, starting on a sentence or word boundary."""
    if len(text) <= limit:
        return text
    window = text[-limit:]
    m = re.search(r"(?<=[.!?。！？…])\s+", window)
    if m:
        return window[m.end() :]
    space = window.find(" ")
    return window[space + 1 :] if 0 <= space < len(window) - 1 else ""


def _join(units: list[tuple[int, str]]) -> str:
    out = ""
    for k, (pos, text) in enumerate(units):
        if k:
            out += " " if units[k - 1][0] == pos else "\n\n"
        out += text
    return out


def chunk_document(
    segments: Sequence[Segment], *, max_chars: int = 1200, overlap_chars: int = 150
) -> list[Chunk]:
    if max_chars <= 0 or not 0 <= overlap_chars < max_chars:
        raise ValueError("need max_chars > 0 and 0 <= overlap_chars < max_chars")
    chunks: list[Chunk] = []
    units: list[tuple[int, str]] = []  # (segment position, text) in the open chunk
    page: int | None = None
    fresh = False  # the open chunk holds something beyond the carried-over overlap

    def flush(carry: bool) -> None:
        nonlocal units, fresh
        if units and fresh:
            chunks.append(Chunk(len(chunks), _join(units), None, None, page, units[0][0], units[-1][0]))
        carried: list[tuple[int, str]] = []
        if carry and units and overlap_chars:
            budget = overlap_chars
            for pos, text in reversed(units):
                if len(text) <= budget:
                    carried.insert(0, (pos, text))
                    budget -= len(text) + 2
                else:
                    tail = _tail(text, budget)
                    if tail:
                        carried.insert(0, (pos, tail))
                    break
        units, fresh = carried, False

    for pos, seg in enumerate(segments):
        text = (seg.text or "").strip()
        if not text:
            continue
        if seg.page != page:
            flush(carry=False)  # never across pages
            page = seg.page
        # Pieces of a long paragraph leave room for the carried overlap (+ its separator).
        pieces = _split_long(text, max(1, max_chars - overlap_chars - 2)) if len(text) > max_chars else [text]
        for piece in pieces:
            if units and len(_join([*units, (pos, piece)])) > max_chars:
                if fresh:
                    flush(carry=True)
                if units and len(_join([*units, (pos, piece)])) > max_chars:
                    units = []  # the overlap would push this piece over the limit: drop it
            units.append((pos, piece))
            fresh = True
    flush(carry=False)
    return chunks
