"""Guards against Whisper hallucinations, applied to raw segments before the original clean-up rules.

Two layers:

1. Decode statistics. Decoding uses Whisper's temperature fallback (a window whose text compresses too well or
   whose tokens are too unlikely is decoded again at a higher temperature). A segment that still fails after
   the last temperature is dropped and logged, never stored: a zlib compression ratio above the limit is a
   repetition loop, and a low average log-probability together with a high no-speech probability is text
   invented over silence, noise or music.
   So is text below Whisper's own log-probability threshold at every temperature: a guess. A guess over
   audio the VAD hears as speech is not dropped but kept hidden with its reason (`judge`, speech.py): the user
   is told that speech was heard and not recognised reliably, and can transcribe again with a larger model.
2. Loops inside a segment. A token or an n-gram (up to MAX_LOOP_NGRAM words) repeated more than LOOP_CAP
   times in a row keeps LOOP_CAP repetitions; a token that is itself a loop of a short character sequence with
   no spaces ("오오오오오…", "1,000,000,000,000,000,…", "ㅋㅋㅋㅋㅋㅋ") is removed. A segment that is mostly
   loop (more than LOOP_SHARE of its characters) is dropped whole: what is left of it is not speech either.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .data import Segment
from .postprocess import _keep_tokens, _tokens

log = logging.getLogger(__name__)

FALLBACK_TEMPERATURES: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)  # faster-whisper's default
COMPRESSION_RATIO_LIMIT = 2.4
# Text over non-speech: the no-speech probability above Whisper's own threshold and the tokens unsure.
# Measured with base: real speech (espeak-ng Korean, the English fixture) has no-speech <= 0.35 and average
# log-probability >= -0.7; text made up over a sustained chord had 0.73 and -0.87 after the fallback.
NO_SPEECH_LIMIT = 0.6
LOGPROB_LIMIT = -0.5
# Below Whisper's own log-probability threshold after the fallback: every temperature failed it (the fallback
# stops at the first that passes). With the deterministic fallback (fallback.py) reversed Korean speech always
# ends at -1.12 with no-speech 0.21; real speech measured >= -0.7.
VERY_LOW_LOGPROB = -1.0

LOOP_CAP = 2  # an n-gram at most this many times in a row (the original app's MAX_RUN)
MAX_LOOP_NGRAM = 12
CHAR_UNIT = 8  # longest character sequence checked for loops inside a token
CHAR_LOOP_CAP = 4  # ... at most this many times in a row ("1,000,000,000,000" is a real number)
LOOP_SHARE = 0.5

# a unit of 1..CHAR_UNIT characters followed by CHAR_LOOP_CAP or more copies of itself
_CHAR_LOOP = re.compile(rf"(.{{1,{CHAR_UNIT}}}?)\1{{{CHAR_LOOP_CAP},}}", re.DOTALL)


@dataclass(frozen=True)
class DecodeStats:
    compression_ratio: float
    avg_logprob: float
    no_speech_prob: float

    @classmethod
    def of(cls, raw: Any) -> DecodeStats:
        """From a faster-whisper Segment (missing fields count as passing)."""
        return cls(
            float(getattr(raw, "compression_ratio", 0.0) or 0.0),
            float(getattr(raw, "avg_logprob", 0.0) or 0.0),
            float(getattr(raw, "no_speech_prob", 0.0) or 0.0),
        )


def failed_decode(stats: DecodeStats) -> str | None:
    """Why a segment that survived the temperature fallback is still not to be trusted, or None."""
    if stats.compression_ratio > COMPRESSION_RATIO_LIMIT:
        return (
            f"compression ratio {stats.compression_ratio:.1f} > {COMPRESSION_RATIO_LIMIT} (a repetition loop)"
        )
    if stats.avg_logprob < LOGPROB_LIMIT and stats.no_speech_prob > NO_SPEECH_LIMIT:
        return (
            f"average log-probability {stats.avg_logprob:.2f} with no-speech probability "
            f"{stats.no_speech_prob:.2f} (text invented over non-speech)"
        )
    if stats.avg_logprob < VERY_LOW_LOGPROB:
        return f"average log-probability {stats.avg_logprob:.2f} < {VERY_LOW_LOGPROB} (a guess)"
    return None


def is_non_speech(stats: DecodeStats) -> bool:
    """Whisper itself thinks the window holds no speech: nothing from it is stored, not even hidden."""
    return stats.no_speech_prob > NO_SPEECH_LIMIT


def judge(stats: DecodeStats) -> tuple[str, str] | None:
    """("drop", why) for loops and text over non-speech, ("flag", why) for speech recognised too unreliably to
    show (kept hidden with its reason), None for a trusted segment."""
    reason = failed_decode(stats)
    if reason is None:
        return None
    if stats.compression_ratio > COMPRESSION_RATIO_LIMIT or is_non_speech(stats):
        return "drop", reason
    return "flag", reason


COUNT_RUN = 5  # "1, 2, 3, 4, 5": Whisper counts over speech it cannot make out


def counting_run(text: str) -> bool:
    """The text is mostly a run of consecutive numbers (Whisper's counting loop on unclear speech)."""
    tokens = [t.strip(".,;:!?") for t in text.split()]
    numbers = [int(t) for t in tokens if t.isdigit() and len(t) <= 3]  # not years
    if len(numbers) < COUNT_RUN or len(numbers) < 0.8 * len(tokens):
        return False
    run = best = 1
    for a, b in zip(numbers, numbers[1:], strict=False):
        run = run + 1 if b == a + 1 else 1
        best = max(best, run)
    return best >= COUNT_RUN


def char_loop_span(token: str) -> int:
    """Characters of `token` taken by loops of a short sequence repeated more than CHAR_LOOP_CAP times."""
    return sum(m.end() - m.start() for m in _CHAR_LOOP.finditer(token))


def _ngram_keep(keys: Sequence[str]) -> list[bool]:
    """False for every repetition of a token or n-gram beyond LOOP_CAP in a row (longest loops first win)."""
    keep = [True] * len(keys)
    i = 0
    while i < len(keys):
        best_n, best_reps = 0, 0
        for n in range(1, MAX_LOOP_NGRAM + 1):
            unit = keys[i : i + n]
            if len(unit) < n or not all(unit):
                break
            reps = 1
            while keys[i + reps * n : i + (reps + 1) * n] == unit:
                reps += 1
            if reps > LOOP_CAP and reps * n > best_reps * max(best_n, 1):
                best_n, best_reps = n, reps
        if best_n:
            start = i + LOOP_CAP * best_n
            end = i + best_reps * best_n
            keep[start:end] = [False] * (end - start)
            i = end
        else:
            i += 1
    return keep


def collapse_loops(seg: Segment) -> Segment | None:
    """`seg` with loops collapsed, or None when the segment is mostly loop."""
    tokens = _tokens(seg)
    if not tokens:
        return seg
    parts = seg.text.split()
    texts = [parts[t.text_index] if t.text_index >= 0 else t.key for t in tokens]
    keep = _ngram_keep([t.key for t in tokens])
    looped = 0
    for n, text in enumerate(texts):
        span = char_loop_span(text)
        if keep[n] and span:
            looped += span
            keep[n] = False
        elif not keep[n]:
            looped += len(text)
    total = sum(len(t) for t in texts)
    if total and looped / total > LOOP_SHARE:
        return None
    return _keep_tokens(seg, tokens, keep)


def guard_loops(segments: Sequence[Segment]) -> list[Segment]:
    """Collapse loops in every segment; drop (and log) the segments that are mostly loop."""
    out: list[Segment] = []
    for seg in segments:
        clean = collapse_loops(seg)
        if clean is None:
            log.info("dropped a looping segment at %.1f-%.1f s: %.80s", seg.start, seg.end, seg.text)
            continue
        if clean.text.strip():
            out.append(clean)
    return out
