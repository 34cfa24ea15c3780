"""Gap recovery: speech the VAD found that no segment covers is decoded again on its own.

Whisper sometimes skips part of a window: its timestamps jump past speech, it stops after a few words, or a
whole window comes back empty. After a transcription, the pieces of the VAD's speech regions that no word (or,
without words, no segment) covers, at least MIN_GAP_SECONDS long, are cut out with PAD_SECONDS either side and
decoded alone (no VAD, no previous text; the run's language and task). What comes back goes through the same
guards as the first pass (collect.py: a low-confidence segment is kept hidden and flagged, not dropped) and is
placed in time order. Each gap is decoded once; a recovered segment whose time is mostly taken already, or whose
text repeats a neighbour's, is left out.

Pure planning here (`find_gaps`, `is_duplicate`); the decoding runs on the transcriber's worker thread.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Sequence
from dataclasses import replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np

from ..audio_stream import quiet_cut
from .collect import Run, send_segments
from .data import Segment
from .speech import speech_regions

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
MIN_GAP_SECONDS = 1.0  # shorter uncovered speech is the VAD's own padding around words, not skipped speech
# Translations are covered by segment spans, which end loosely: gaps of 1-1.5 s between them came back as a
# second translation of the neighbour's last words ("Let's get started!" after "... starts at 5 a.m.")
MIN_GAP_TRANSLATE = 3.0
WORD_SLACK = 0.25  # a word covers this much around itself (word timestamps are rough at the edges)
PAD_SECONDS = 0.2  # audio kept either side of a gap when it is decoded alone
TAKEN_SHARE = 0.5  # a recovered segment this much inside existing segments repeats them
NEIGHBOUR_SECONDS = 2.0  # texts compared for repeats within this distance
# A gap nearly a whole window long (SPLIT_ABOVE) decoded alone is the window the first pass read and comes back
# as empty (0 of 30 s at 0 dB SNR, Korean, base): it is decoded in pieces of at most MAX_CLIP_SECONDS cut at
# quiet moments (then 5.6 s recovered). Shorter gaps stay whole: a 21-s skipped stretch of a translation
# recovered 13.6 s whole and 2 s fewer in 10-s pieces (more of them too unsure to show).
SPLIT_ABOVE = 25.0
MAX_CLIP_SECONDS = 10.0

Span = tuple[float, float]
# A recovered segment with a video outro in it is kept hidden with this reason (never shown as said): alone on a
# short clip, base translated Korean speech as "Please give me a thumbs up and subscribe to my channel. Thank
# you for watching ..." (held-out set), which the exact credit list (postprocess) does not catch.
OUTRO = re.compile(
    r"\bsubscrib|\bfor watching\b|\bnext video\b|\bmy channel\b|구독|시청해\s?주셔서|시청 감사|다음 영상",
    re.IGNORECASE,
)
OUTRO_FLAG = "recovered text reads like a video outro (what Whisper invents on a short clip)"


def _covered(segments: Sequence[Segment], by_words: bool = True) -> list[Span]:
    """Merged time spans the segments' words cover (a segment without words, or `by_words` off: its span)."""
    spans: list[Span] = []
    for seg in segments:
        if seg.words and by_words:
            spans += [(w.start - WORD_SLACK, w.end + WORD_SLACK) for w in seg.words]
        else:
            spans.append((seg.t0, seg.t1))
    merged: list[Span] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _subtract(region: Span, covered: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    start, end = region
    for a, b in covered:
        if b <= start or a >= end:
            continue
        if a > start:
            out.append((start, a))
        start = max(start, b)
    if end > start:
        out.append((start, end))
    return out


def find_gaps(
    regions: Sequence[Span],
    segments: Sequence[Segment],
    min_seconds: float = MIN_GAP_SECONDS,
    by_words: bool = True,
) -> list[Span]:
    """The parts of the speech `regions` that no segment covers, `min_seconds` or longer, in time order.
    Translations (`by_words` off) are covered by their segments' spans: English words over Korean speech are
    timed by the attention to a translation, not to the words said, and leave holes that are no gaps."""
    covered = _covered(segments, by_words)
    gaps = [g for r in regions for g in _subtract(r, covered)]
    return [g for g in gaps if g[1] - g[0] >= min_seconds]


def _norm(text: str) -> str:
    return "".join(re.sub(r"[^\w]", " ", text.casefold()).split())


def _inside(seg: Segment, others: Sequence[Segment]) -> float:
    return sum(max(0.0, min(seg.t1, o.t1) - max(seg.t0, o.t0)) for o in others)


def is_duplicate(seg: Segment, others: Sequence[Segment]) -> bool:
    """`seg` repeats what `others` already hold: mostly inside their time, or its text inside a neighbour's."""
    length = seg.t1 - seg.t0
    if length > 0 and _inside(seg, others) > TAKEN_SHARE * length:
        return True
    text = _norm(seg.text)
    if not text:
        return True
    near = [o for o in others if o.t0 - NEIGHBOUR_SECONDS <= seg.t1 and seg.t0 <= o.t1 + NEIGHBOUR_SECONDS]
    return any(text in _norm(o.text) for o in near)


def _shifted(raw: Any, offset: float) -> SimpleNamespace:
    """A faster-whisper segment moved by `offset` seconds (its scores kept for the guards)."""
    words = [
        SimpleNamespace(start=w.start + offset, end=w.end + offset, word=w.word, probability=w.probability)
        for w in raw.words or []
    ]
    return SimpleNamespace(
        start=raw.start + offset,
        end=raw.end + offset,
        text=raw.text,
        words=words,
        avg_logprob=raw.avg_logprob,
        compression_ratio=raw.compression_ratio,
        no_speech_prob=raw.no_speech_prob,
        temperature=raw.temperature,
    )


def split(audio: np.ndarray, gap: Span, max_seconds: float = MAX_CLIP_SECONDS) -> list[Span]:
    """`gap` (when longer than SPLIT_ABOVE) cut into pieces of at most `max_seconds`, each cut at the quietest
    0.1 s of its last 40 %."""
    pieces: list[Span] = []
    start, end = gap
    if end - start <= SPLIT_ABOVE:
        return [gap]
    while end - start > max_seconds:
        lo, hi = int((start + 0.6 * max_seconds) * SAMPLE_RATE), int((start + max_seconds) * SAMPLE_RATE)
        cut = quiet_cut(audio, lo, min(hi, audio.shape[0])) / SAMPLE_RATE
        pieces.append((start, cut))
        start = cut
    return [*pieces, (start, end)]


def decode_gaps(
    model: WhisperModel, audio: np.ndarray, gaps: Sequence[Span], kwargs: dict[str, Any]
) -> Generator[SimpleNamespace, None, None]:
    """Each gap decoded alone, its segments in recording time (a generator: the caller stops between them)."""
    duration = audio.shape[0] / SAMPLE_RATE
    for start, end in (piece for gap in gaps for piece in split(audio, gap)):
        a, b = max(0.0, start - PAD_SECONDS), min(duration, end + PAD_SECONDS)
        clip = audio[int(a * SAMPLE_RATE) : int(b * SAMPLE_RATE)]
        generator, _info = model.transcribe(clip, **kwargs)
        try:
            for raw in generator:
                yield _shifted(raw, a)
        finally:
            generator.close()


def gap_kwargs(kwargs: dict[str, Any], language: str | None) -> dict[str, Any]:
    """The run's decoding arguments for one gap: its language, no VAD (the gap is speech), no previous text."""
    return {**kwargs, "language": language or None, "vad_filter": False, "condition_on_previous_text": False}


def work(
    model: WhisperModel,
    audio: np.ndarray,
    segments: Sequence[Segment],
    kwargs: dict[str, Any],
    inbox: Any,
    stop: Any,
    by_words: bool = True,
) -> None:
    """Worker thread: the VAD's regions, the gaps, each gap's segments, as collect() reads them; stops between
    segments when `stop` is set (then sends nothing more)."""
    generator = None
    try:
        regions = speech_regions(audio)
        inbox.put(("regions", regions))
        least = MIN_GAP_SECONDS if by_words else MIN_GAP_TRANSLATE
        gaps = find_gaps(regions, segments, least, by_words=by_words)
        inbox.put(("gaps", gaps))
        generator = decode_gaps(model, audio, gaps, kwargs)
        send_segments(generator, inbox, stop)
    except BaseException as exc:  # handed to the calling thread, which raises it
        if not stop.is_set():
            inbox.put(("error", exc))
    finally:
        if generator is not None:
            generator.close()


def merge(run: Run, extra: Run) -> float:
    """Put what recovery found (`extra`) into `run` in time order, leaving out repeats; returns the seconds of
    visible segments added."""
    taken: list[Segment] = [*run.raw, *run.flagged]
    kept: list[Segment] = []
    flagged: list[Segment] = []
    for seg in sorted([*extra.raw, *extra.flagged], key=lambda s: (s.t0, s.t1)):
        if not seg.flag and OUTRO.search(seg.text):
            seg = replace(seg, flag=OUTRO_FLAG)
        if is_duplicate(seg, taken):
            log.info("recovery: left out a repeat at %.1f-%.1f s: %.80s", seg.start, seg.end, seg.text)
            continue
        taken.append(seg)
        (flagged if seg.flag else kept).append(seg)
        log.info("recovered %.1f-%.1f s%s: %.80s", seg.t0, seg.t1, " (flagged)" if seg.flag else "", seg.text)
    run.raw = sorted([*run.raw, *kept], key=lambda s: (s.t0, s.t1))
    run.flagged = sorted([*run.flagged, *flagged], key=lambda s: (s.t0, s.t1))
    run.dropped += extra.dropped
    run.regions, run.gaps = extra.regions, extra.gaps
    return sum(max(0.0, s.t1 - s.t0) for s in kept)
