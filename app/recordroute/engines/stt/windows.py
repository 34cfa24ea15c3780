"""The 30-s windows batched decoding feeds the model: VAD speech packed into full windows.

Whisper's encoder always reads 30 s, so a window half full of silence costs a whole window. Here the speech the
VAD finds is packed as the sequential path packs it (faster-whisper's `collect_chunks`): pauses shorter than
MAX_GAP stay in place (they time the words and cut the sentences), longer ones are taken out, and the pieces
that remain fill each window up to 30 s. The model reads the windows laid end to end in a packed copy of the
audio; `Window.to_file` maps a time read there back to the recording.

All pure: `pack_windows` plans from speech regions, `Layout` places the windows; the VAD and the model run
elsewhere (batched.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16_000
WINDOW_SECONDS = 30.0
# A pause this long or longer is taken out of the packed audio: the sequential path's VAD setting
# (faster-whisper's VadOptions.min_silence_duration_ms), so both decode the same audio.
MAX_GAP = 2.0


@dataclass(frozen=True)
class Window:
    """Pieces of the recording (start, end seconds, in time order) that the model reads as one window."""

    pieces: tuple[tuple[float, float], ...]

    @property
    def start(self) -> float:
        return self.pieces[0][0]

    @property
    def end(self) -> float:
        return self.pieces[-1][1]

    @property
    def seconds(self) -> float:
        """Audio in the window: what the encoder reads before the padding."""
        return sum(b - a for a, b in self.pieces)

    def piece_at(self, t: float) -> int:
        """The piece that seconds `t` from the window's start fall in (the last one past the end)."""
        for i, (a, b) in enumerate(self.pieces):
            if t <= b - a:
                return i
            t -= b - a
        return len(self.pieces) - 1

    def to_file(self, t: float, piece: int | None = None) -> float:
        """Seconds `t` from the window's start, as the model read it, mapped to the recording: by the piece
        it falls in, or by `piece` (a word keeps to the piece of its middle, as faster-whisper maps its own
        VAD chunks, so that a word read across a cut is not stretched over the pause taken out)."""
        t = max(0.0, t)
        index = self.piece_at(t) if piece is None else piece
        a, b = self.pieces[index]
        at = a + t - sum(end - start for start, end in self.pieces[:index])
        return min(at, b) if piece is None else at  # past the last piece (rounding): its end


def fixed_windows(duration: float) -> list[Window]:
    """Without VAD: the recording cut every 30 s."""
    starts = np.arange(0.0, duration, WINDOW_SECONDS)
    return [Window(((float(s), float(min(s + WINDOW_SECONDS, duration))),)) for s in starts]


def pack_windows(regions: Sequence[tuple[float, float]], max_gap: float | None = None) -> list[Window]:
    """Speech `regions` (start, end seconds, in order, from the VAD) packed into windows of at most 30 s of
    audio: a pause under `max_gap` joins its neighbours into one piece, a longer one starts a new piece; a
    piece that does not fit starts the next window. A region longer than a window is cut in window lengths.
    `max_gap` None: MAX_GAP; math.inf keeps every pause (windows then span at most 30 s of the recording)."""
    max_gap = MAX_GAP if max_gap is None else max_gap
    windows: list[Window] = []
    pieces: list[tuple[float, float]] = []
    for start, end in _bounded(regions):
        joined = bool(pieces) and start - pieces[-1][1] < max_gap
        grown = [*pieces[:-1], (pieces[-1][0], end)] if joined else [*pieces, (start, end)]
        if pieces and sum(b - a for a, b in grown) > WINDOW_SECONDS:
            windows.append(Window(tuple(pieces)))
            grown = [(start, end)]
        pieces = grown
    if pieces:
        windows.append(Window(tuple(pieces)))
    return windows


def _bounded(regions: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for start, end in regions:
        while end - start > WINDOW_SECONDS:
            out.append((start, start + WINDOW_SECONDS))
            start += WINDOW_SECONDS
        if end > start:
            out.append((start, end))
    return out


class Layout:
    """The windows laid end to end in a packed copy of the audio, each at `offsets[i]` seconds there."""

    def __init__(self, audio: np.ndarray, windows: Sequence[Window]) -> None:
        self.windows = list(windows)
        bounds = [
            (int(round(a * SAMPLE_RATE)), int(round(b * SAMPLE_RATE))) for w in windows for a, b in w.pieces
        ]
        parts = [audio[a:b] for a, b in bounds]
        self.audio = np.concatenate(parts) if parts else audio[:0]
        self.offsets: list[float] = []
        at = 0
        for window in self.windows:
            self.offsets.append(at / SAMPLE_RATE)
            at += sum(int(round(b * SAMPLE_RATE)) - int(round(a * SAMPLE_RATE)) for a, b in window.pieces)
        self.ends = [*self.offsets[1:], at / SAMPLE_RATE]

    @property
    def seconds(self) -> float:
        """Audio left after the VAD: the packed copy's length."""
        return self.audio.shape[0] / SAMPLE_RATE

    def clip(self, index: int) -> dict[str, float]:
        """Window `index` as faster-whisper's clip timestamps (seconds in the packed audio)."""
        return {"start": self.offsets[index], "end": self.ends[index]}

    def first(self, seconds: float = WINDOW_SECONDS) -> np.ndarray:
        """The first `seconds` of speech: what language detection listens to."""
        return self.audio[: int(seconds * SAMPLE_RATE)]
