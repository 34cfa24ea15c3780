"""Where the audio holds speech (Silero VAD, bundled with faster-whisper): to tell speech that was recognised
badly (kept hidden, with a way forward) from non-speech that Whisper invented text over (never stored)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SAMPLE_RATE = 16_000
SPEECH_SHARE = 0.3  # a flagged segment is speech when the VAD hears speech in at least this share of it
POOR_SHARE = 0.5  # recognised < this share of the detected speech: the model is doing poorly on this audio
POOR_MIN_SECONDS = 5.0  # ... and at least this much speech went unrecognised


def speech_regions(audio: np.ndarray) -> list[tuple[float, float]]:
    """(start, end) seconds of speech the VAD finds, with faster-whisper's transcription defaults."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    found = get_speech_timestamps(audio, VadOptions())
    return [(r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in found]


def overlap(regions: Sequence[tuple[float, float]], start: float, end: float) -> float:
    """Seconds of [start, end] covered by the regions."""
    return sum(max(0.0, min(end, b) - max(start, a)) for a, b in regions)


def total(regions: Sequence[tuple[float, float]]) -> float:
    return sum(b - a for a, b in regions)


def is_speech(regions: Sequence[tuple[float, float]], start: float, end: float) -> bool:
    length = end - start
    return length > 0 and overlap(regions, start, end) >= SPEECH_SHARE * length


def poorly_recognised(speech_seconds: float | None, recognised_seconds: float) -> bool:
    """Detected speech time well above what was recognised (the trigger for "try a larger model")."""
    if speech_seconds is None:
        return False
    missing = speech_seconds - recognised_seconds
    return missing >= POOR_MIN_SECONDS and recognised_seconds < POOR_SHARE * speech_seconds
