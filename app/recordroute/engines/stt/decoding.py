"""Decoding arguments for faster-whisper from SttOptions: the vocabulary prompt and the temperature fallback."""

from __future__ import annotations

from typing import Any

from .data import SttOptions
from .guards import FALLBACK_TEMPERATURES

MAX_PROMPT_TERMS = 20
MAX_PROMPT_CHARS = 200

# Decoding settings of the original app (temperature and beam size come from SttOptions). The thresholds
# decide when a window is decoded again at the next temperature of the fallback (see guards.py).
DECODE_DEFAULTS: dict[str, Any] = {
    "no_speech_threshold": 0.6,
    "log_prob_threshold": -1.0,
    "compression_ratio_threshold": 2.4,
    "condition_on_previous_text": False,
}


def temperatures(value: float | tuple[float, ...] | list[float]) -> float | tuple[float, ...]:
    """0 means Whisper's temperature fallback (0.0, 0.2, ... 1.0), as in the OpenAI API; a single temperature
    pinned at 0 kept every repetition loop the greedy decoder produced."""
    if isinstance(value, (tuple, list)):
        return tuple(float(t) for t in value) or FALLBACK_TEMPERATURES
    return FALLBACK_TEMPERATURES if float(value) == 0.0 else float(value)


def build_initial_prompt(vocabulary: list[str]) -> str | None:
    """The 20 most frequent user keywords (case-insensitive; ties keep first-seen order, first spelling
    wins), comma-joined, at most 200 characters. None when there is nothing to say."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, str]] = {}
    for i, term in enumerate(vocabulary):
        term = " ".join(str(term).split())
        if not term:
            continue
        key = term.casefold()
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, (i, term))
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k][0]))[:MAX_PROMPT_TERMS]
    picked: list[str] = []
    length = 0
    for key in ranked:
        term = first[key][1]
        extra = len(term) + (2 if picked else 0)
        if length + extra > MAX_PROMPT_CHARS:
            continue  # a shorter, less frequent term may still fit
        picked.append(term)
        length += extra
    return ", ".join(picked) or None


def decode_kwargs(options: SttOptions) -> dict[str, Any]:
    """faster-whisper transcribe() arguments for `options` (shared with the overhead benchmark)."""
    language = options.language  # "auto" is already None (SttOptions decodes it)
    return {
        "language": language.strip().lower() if language else None,
        "task": options.task,
        "beam_size": options.beam_size,
        "temperature": temperatures(options.temperature),
        "vad_filter": options.vad,
        "word_timestamps": options.word_timestamps,
        "initial_prompt": options.initial_prompt or build_initial_prompt(options.vocabulary),
        **DECODE_DEFAULTS,
    }
