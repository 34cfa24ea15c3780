"""Feature frames from a stream of sample blocks, aligned as if the recording were one array.

Why: cutting a 3-hour recording into 25-ms frames at once takes 1.7 GB, its spectra another 1.1 GB. Every
feature in `features` is computed frame by frame, so blocks of samples (engines.audio_stream) can be framed one
at a time: a block's last partial frame is completed by the next block, and frame i is always samples
[i * HOP, i * HOP + WIN), whatever the block sizes. Rows are then handed out per speaker window (with one frame of
context each side, for deltas) and dropped once no later window needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from . import features

FeatureFn = Callable[[np.ndarray], np.ndarray]  # (n, WIN) frames -> (n, d) rows
KINDS: dict[str, FeatureFn] = {
    "logmel40": lambda fr: features.log_mel_of(fr, 40),
    "fbank80": lambda fr: features.kaldi_fbank_of(fr, 80),
    "energy": lambda fr: features.energy_db(fr)[:, None],
    "power": lambda fr: ((fr**2).mean(1) + 1e-10)[:, None],  # meeting mode's echo test
}


PIECE = 10 * features.SAMPLE_RATE  # samples framed at once


class FrameCutter:
    """Cuts consecutive chunks of samples into the frames `features.frames` cuts from their concatenation."""

    def __init__(self) -> None:
        self.tail = np.zeros(0, np.float32)
        self.next_frame = 0  # global index of the next frame to hand out
        self.samples = 0

    def push(self, chunk: np.ndarray) -> tuple[int, np.ndarray] | None:
        """(index of the first frame, frames) for every frame `chunk` completes, or None."""
        chunk = np.asarray(chunk, dtype=np.float32)
        self.samples += len(chunk)
        buf = np.concatenate([self.tail, chunk]) if len(self.tail) else chunk
        if len(buf) < features.WIN:
            self.tail = buf.copy()
            return None
        n = 1 + (len(buf) - features.WIN) // features.HOP
        fr = features.frames(buf[: (n - 1) * features.HOP + features.WIN])
        self.tail = buf[n * features.HOP :].copy()  # a copy: do not pin the block through a view
        first, self.next_frame = self.next_frame, self.next_frame + n
        return first, fr

    def finish(self) -> tuple[int, np.ndarray] | None:
        """A recording shorter than one frame is one zero-padded frame, as `features.frames` makes it."""
        if self.next_frame == 0 and self.samples > 0:
            self.next_frame = 1
            return 0, features.frames(self.tail)
        return None


def frame_rows(
    chunks: Iterable[np.ndarray], kinds: Sequence[str]
) -> Iterator[tuple[int, dict[str, np.ndarray]]]:
    """(first frame index, {kind: rows}) for consecutive runs of frames of the chunks' concatenation."""
    cutter = FrameCutter()
    for chunk in chunks:
        # A few seconds at a time: frames and spectra of a whole 5-min block would take 250 MB for a moment.
        for at in range(0, len(chunk), PIECE):
            got = cutter.push(chunk[at : at + PIECE])
            if got is not None:
                yield got[0], {k: KINDS[k](got[1]) for k in kinds}
    got = cutter.finish()
    if got is not None:
        yield got[0], {k: KINDS[k](got[1]) for k in kinds}


def frame_count(n_samples: int) -> int:
    """How many frames `features.frames` cuts from `n_samples` samples."""
    if n_samples <= 0:
        return 0
    return 1 + max(n_samples - features.WIN, 0) // features.HOP


@dataclass(frozen=True)
class WindowRows:
    """A window's feature rows with up to one frame of context each side; `inner` selects the window's own."""

    rows: dict[str, np.ndarray]
    inner: slice

    def own(self, kind: str) -> np.ndarray:
        return self.rows[kind][self.inner]


def window_rows(
    chunks: Iterable[np.ndarray], starts: np.ndarray, stops: np.ndarray, n_frames: int, kinds: Sequence[str]
) -> Iterator[WindowRows]:
    """The rows of each window's frames [starts[i], stops[i]) (in their order), computed block by block from
    `chunks`."""
    # The earliest frame any later window needs: rows before it can go (a suffix minimum).
    keep_from = np.minimum.accumulate(np.append(np.maximum(starts - 1, 0), n_frames)[::-1])[::-1]
    held: dict[str, np.ndarray] = {}
    held_from = 0  # global index of the first held row
    nxt = 0

    def ready(end: int) -> Iterator[WindowRows]:
        nonlocal nxt
        while nxt < len(starts):
            start, stop = int(starts[nxt]), int(stops[nxt])
            lo, hi = max(start - 1, 0), min(stop + 1, n_frames)
            if hi > end:
                return
            rows = {k: held[k][lo - held_from : hi - held_from] for k in kinds}
            yield WindowRows(rows, slice(start - lo, stop - lo))
            nxt += 1

    for first, rows in frame_rows(chunks, kinds):
        if not held or len(held[kinds[0]]) == 0:
            held, held_from = rows, first
        else:
            held = {k: np.concatenate([held[k], rows[k]]) for k in kinds}
        yield from ready(min(held_from + len(held[kinds[0]]), n_frames))
        drop = min(int(keep_from[nxt]) - held_from, len(held[kinds[0]]))
        if drop > 0:
            held = {k: held[k][drop:].copy() for k in kinds}
            held_from += drop
    if held:
        yield from ready(n_frames)
