"""Whole sentences from transcript segments, for the extractive minutes.

Whisper cuts segments where its 30-s windows or pauses fall, often mid-sentence ("decide who will lead the
customer" | "survey, and agree on..."). Ranking those pieces gives fragments; here the segments are joined
first and cut again where a sentence ends: sentence punctuation or a Korean sentence-final ending, else a long
pause between words (word timestamps) or a change of speaker. A sentence starts at the time of its first word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...transcript import Segment

PAUSE = 1.2  # seconds of silence between words that end an unpunctuated sentence
MAX_CHARS = 400  # an unpunctuated run longer than this is cut at its longest pause
# A sentence ends after . ! ? (not inside "3.5" or "e.g."), CJK stops, or a Korean sentence-final ending.
_END = re.compile(
    r"(?:(?<![A-Z])(?<!\b[a-z])[.!?。！？…]+[\"'”’)]*"
    r"|(?:니다|어요|아요|해요|에요|예요|네요|군요|세요|까요|래요|죠)(?=\s|$))"
    r"(?=\s|$)"
)
_TERMINAL = re.compile(
    r"[.!?。！？…][\"'”’)]*$|(?:니다|어요|아요|해요|에요|예요|네요|군요|세요|까요|래요|죠)$"
)


@dataclass(frozen=True)
class Sentence:
    start: float
    end: float
    text: str
    speaker: str | None = None

    @property
    def complete(self) -> bool:
        """Ends like a sentence (punctuation or a Korean sentence-final ending)."""
        return bool(_TERMINAL.search(self.text))


@dataclass
class _Piece:
    start: float
    end: float
    text: str
    pause_after: float  # silence before the next piece


def _pieces(seg: Segment) -> list[_Piece]:
    """The segment as timed words (or one piece without word timestamps)."""
    words = seg.words
    if words and "".join(w.word for w in words).strip():
        out = [_Piece(w.start, w.end, w.word, 0.0) for w in words]
        for a, b in zip(out, out[1:], strict=False):
            a.pause_after = max(0.0, b.start - a.end)
        return out
    return [_Piece(seg.t0, seg.t1, " " + seg.text, 0.0)]


def _flush(buf: list[_Piece], speaker: str | None, out: list[Sentence]) -> None:
    text = " ".join("".join(p.text for p in buf).split())
    if text:
        out.append(Sentence(buf[0].start, buf[-1].end, text, speaker))
    buf.clear()


def _cut_long(buf: list[_Piece], speaker: str | None, out: list[Sentence]) -> None:
    """An unpunctuated run over MAX_CHARS: cut at its longest pause (or in half) until each part fits."""
    while len("".join(p.text for p in buf)) > MAX_CHARS and len(buf) > 1:
        at = max(range(len(buf) - 1), key=lambda i: (buf[i].pause_after, -abs(i - len(buf) // 2)))
        head, rest = buf[: at + 1], buf[at + 1 :]
        _flush(head, speaker, out)
        buf[:] = rest
    _flush(buf, speaker, out)


def _split_piece(piece: _Piece) -> list[_Piece]:
    """A piece holding sentence ends inside it (a segment without word timestamps): one piece per sentence,
    times shared out by characters."""
    text = piece.text
    cuts = [m.end() for m in _END.finditer(text) if m.end() < len(text.rstrip())]
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(text)]
    span = piece.end - piece.start
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        out.append(
            _Piece(
                piece.start + span * a / max(len(text), 1),
                piece.start + span * b / max(len(text), 1),
                text[a:b],
                0.0,
            )
        )
    out[-1].pause_after = piece.pause_after
    return out


def join_sentences(segments: Sequence[Segment]) -> list[Sentence]:
    """Whole sentences across segment boundaries, in time order."""
    out: list[Sentence] = []
    buf: list[_Piece] = []
    speaker: str | None = None
    prev_end: float | None = None
    for seg in segments:
        who = seg.label  # the name faces show, so minutes can name owners
        gap = seg.t0 - prev_end if prev_end is not None else 0.0
        if buf and (who != speaker or gap >= PAUSE):
            _cut_long(buf, speaker, out)
        speaker = who
        prev_end = seg.t1
        pieces = _pieces(seg)
        if len(pieces) == 1:
            pieces = _split_piece(pieces[0])
        for piece in pieces:
            buf.append(piece)
            if _TERMINAL.search(piece.text.strip()) or piece.pause_after >= PAUSE:
                _cut_long(buf, speaker, out)
    if buf:
        _cut_long(buf, speaker, out)
    return [s for s in out if any(ch.isalnum() for ch in s.text)]
