"""Token counting and transcript chunking: pure functions, no server.

Chunks are cut on segment boundaries, carry `[mm:ss]` timestamps and overlap by whole segments. A segment
longer than the budget is split on sentence boundaries (then words, then characters); nothing is dropped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ...transcript import Segment


@dataclass(frozen=True)
class Chunk:
    index: int
    start: float
    end: float
    segments: tuple[Segment, ...]
    text: str  # one "[mm:ss] text" line per segment
    tokens: int  # estimated prompt tokens of `text`
    overlap: int = 0  # how many leading segments repeat the previous chunk
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


# --- token counting -----------------------------------------------------------------------------------------
# Conservative estimate (over-counts against real BPE tokenizers): CJK/Hangul ~1.5 chars per token, every digit
# and punctuation mark one token (Qwen and Llama split digits), other letters and spaces ~3 chars per token.
_CJK_PER_TOKEN = 1.5
_LATIN_PER_TOKEN = 3.0


_CJK_RE = re.compile(
    "[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_DIGIT_RE = re.compile(r"\d")
_SINGLE_RE = re.compile(r"[^\w\s]|_")  # punctuation and symbols


def count_tokens(text: str, tokenizer: Any = None) -> int:
    """Tokens in `text`: exact with a tokenizer (`tokenizers.Tokenizer`, or any callable returning a list),
    otherwise a conservative estimate."""
    if not text:
        return 0
    if tokenizer is not None:
        if hasattr(tokenizer, "encode"):
            enc = tokenizer.encode(text)
            ids = getattr(enc, "ids", enc)
            return len(ids)
        return len(tokenizer(text))
    # Regex counts run in C: this is called for every line of a 3-hour transcript.
    cjk = len(_CJK_RE.findall(text))
    singles = len(_DIGIT_RE.findall(text)) + len(_SINGLE_RE.findall(text))
    other = len(text) - cjk - singles
    return math.ceil(cjk / _CJK_PER_TOKEN + other / _LATIN_PER_TOKEN) + singles


# --- timestamps and sentences -------------------------------------------------------------------------------
def fmt_ts(seconds: float) -> str:
    """[mm:ss], or [h:mm:ss] from one hour on."""
    total = max(0, int(seconds))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"[{h}:{m:02d}:{s:02d}]" if h else f"[{m:02d}:{s:02d}]"


def render_line(seg: Segment) -> str:
    """`[mm:ss] Name: text` (a document's page stands in for the time)."""
    speaker = seg.label
    page = seg.page
    stamp = f"[p. {page}]" if page is not None else fmt_ts(seg.t0)
    body = " ".join(seg.text.split())
    return f"{stamp} {speaker}: {body}" if speaker else f"{stamp} {body}"


# Sentence ends: Latin/CJK punctuation, or a Korean sentence-final ending followed by a space (STT output
# often has no full stop).
_SENT_END = re.compile(
    r"(?<=[.!?。！？…])\s+"
    r"|(?<=니다|어요|아요|해요|에요|예요|네요|군요|세요|까요|래요)\s+|(?<=죠)\s+"
    r"|\n+"
)


def split_sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENT_END.split(text)]
    return [p for p in parts if p]


def _hard_split(text: str, budget: int, tokenizer: Any) -> list[str]:
    """Pack words (or characters, for unspaced text) into pieces of at most `budget` tokens."""
    spaced = " " in text.strip()
    words = text.split(" ") if spaced else list(text)
    joiner = " " if spaced else ""
    out: list[str] = []
    cur: list[str] = []
    used = 0
    for w in words:
        cost = count_tokens(w, tokenizer) + (1 if spaced else 0)  # additive: never under the joined count
        if cur and used + cost > budget:
            out.append(joiner.join(cur))
            cur, used = [], 0
        cur.append(w)
        used += cost
    if cur:
        out.append(joiner.join(cur))
    # A single word over budget is cut by characters.
    final: list[str] = []
    for piece in out:
        if count_tokens(piece, tokenizer) <= budget or len(piece) <= 1:
            final.append(piece)
        else:
            final.extend(_hard_split_chars(piece, budget, tokenizer))
    return final


def _hard_split_chars(text: str, budget: int, tokenizer: Any) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in text:
        if cur and count_tokens(cur + ch, tokenizer) > budget:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def split_segment(seg: Segment, budget_tokens: int, tokenizer: Any = None) -> list[Segment]:
    """Split one segment into pieces whose rendered line fits `budget_tokens`; times are interpolated."""
    base = replace(seg, start=seg.t0, end=seg.t1, words=[])
    if count_tokens(render_line(base), tokenizer) + 1 <= budget_tokens:
        return [base]
    # Room for the timestamp/speaker prefix and the newline.
    prefix = replace(base, start=base.t1, text="", page=None)
    room = max(1, budget_tokens - count_tokens(render_line(prefix), tokenizer) - 4)
    pieces: list[str] = []
    cur = ""
    used = 0
    for sent in split_sentences(seg.text) or [seg.text]:
        cost = count_tokens(sent, tokenizer) + 1  # additive estimate: never under the joined count
        if cost > room:
            if cur:
                pieces.append(cur)
                cur, used = "", 0
            pieces.extend(_hard_split(sent, room, tokenizer))
            continue
        if cur and used + cost > room:
            pieces.append(cur)
            cur, used = "", 0
        cur = f"{cur} {sent}" if cur else sent
        used += cost
    if cur:
        pieces.append(cur)
    total = sum(len(p) for p in pieces) or 1
    out: list[Segment] = []
    t = base.t0
    span = max(0.0, base.t1 - base.t0)
    for p in pieces:
        t_end = t + span * len(p) / total
        out.append(replace(base, start=t, end=t_end, text=p))
        t = t_end
    return out


# --- chunk planning -----------------------------------------------------------------------------------------
def _line_cost(seg: Segment, tokenizer: Any) -> int:
    return count_tokens(render_line(seg), tokenizer) + 1  # + the newline


def _make_chunk(index: int, segs: list[Segment], costs: list[int], overlap: int) -> Chunk:
    text = "\n".join(render_line(s) for s in segs)
    return Chunk(index, segs[0].t0, segs[-1].t1, tuple(segs), text, sum(costs), overlap)


def plan_chunks(
    segments: Sequence[Segment],
    budget_tokens: int,
    overlap_segments: int = 1,
    tokenizer: Any = None,
) -> list[Chunk]:
    """Group segments into chunks of at most `budget_tokens` (estimated), each starting with the last
    `overlap_segments` segments of the previous chunk when they fit beside at least one new segment."""
    if budget_tokens < 8:
        raise ValueError(f"chunk budget of {budget_tokens} tokens is too small")
    units: list[Segment] = []
    for seg in segments:
        if seg.text and seg.text.strip():
            units.extend(split_segment(seg, budget_tokens, tokenizer))
    costs = [_line_cost(u, tokenizer) for u in units]
    chunks: list[Chunk] = []
    i = 0
    n = len(units)
    while i < n:
        cur: list[Segment] = []
        cur_costs: list[int] = []
        overlap = 0
        if chunks and overlap_segments > 0:
            prev = chunks[-1].segments
            k = min(overlap_segments, len(prev))
            # Keep the overlap only if it leaves room for the next new segment.
            while k > 0:
                tail = list(prev[-k:])
                tail_costs = [_line_cost(s, tokenizer) for s in tail]
                if sum(tail_costs) + costs[i] <= budget_tokens:
                    cur, cur_costs, overlap = tail, tail_costs, k
                    break
                k -= 1
        used = sum(cur_costs)
        while i < n and (used + costs[i] <= budget_tokens or len(cur) == overlap):
            cur.append(units[i])
            cur_costs.append(costs[i])
            used += costs[i]
            i += 1
        chunks.append(_make_chunk(len(chunks), cur, cur_costs, overlap))
    return chunks


def rechunk(chunk: Chunk, parts: int = 2, tokenizer: Any = None) -> list[Chunk]:
    """Split a chunk into `parts` smaller chunks (for a retry after a truncated answer); never drops text."""
    segs = list(chunk.segments)
    if len(segs) == 1:
        seg = segs[0]
        half = max(4, _line_cost(seg, tokenizer) // parts)
        segs = split_segment(seg, half, tokenizer)
        if len(segs) == 1:
            return [chunk]
    size = math.ceil(len(segs) / parts)
    out = []
    for j in range(0, len(segs), size):
        group = segs[j : j + size]
        out.append(_make_chunk(chunk.index, group, [_line_cost(s, tokenizer) for s in group], 0))
    return out
