"""Meeting mode: the microphone and the system audio side by side, one channel each, in one stream.

Channel 1 is "me" (the microphone), channel 2 "the others" (what the speakers play). Each source delivers
on its own clock and thread; blocks are buffered per channel and emitted as interleaved stereo once both
channels have audio. A source that falls silent (a suspended PulseAudio sink delivers nothing while idle,
a device that was unplugged delivers nothing ever again) is padded with silence after `max_skew` seconds,
so the other channel keeps recording.
"""

from __future__ import annotations

import functools
import threading
import time

import numpy as np

from .sources import BlockCallback, CaptureSource, DeviceLostError, ErrorCallback

CHANNEL_NAMES = ("me", "others")


def to_mono_int16(data: bytes, channels: int) -> np.ndarray:
    pcm = np.frombuffer(data, dtype="<i2")
    if channels > 1:
        pcm = pcm[: len(pcm) - len(pcm) % channels].reshape(-1, channels).mean(axis=1).astype("<i2")
    return pcm


def resample_int16(pcm: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Linear resampling per block: plenty for speech, and it keeps the two channels on one rate."""
    if src_rate == dst_rate or pcm.size == 0:
        return pcm
    n = max(1, round(pcm.size * dst_rate / src_rate))
    x = np.linspace(0, pcm.size - 1, n)
    return np.interp(x, np.arange(pcm.size), pcm.astype(np.float32)).astype("<i2")


class MeetingSource:
    """Two mono sources → one stereo stream (channel 1 = microphone, channel 2 = system audio)."""

    channels = 2

    def __init__(
        self, mic: CaptureSource, system: CaptureSource, *, samplerate: int | None = None, stall: float = 2.0
    ) -> None:
        self.sources = (mic, system)
        self.samplerate = samplerate or mic.samplerate
        self.stall = stall
        self._last = [time.monotonic()] * 2
        self._bufs: list[np.ndarray] = [np.zeros(0, "<i2"), np.zeros(0, "<i2")]
        self._dead = [False, False]
        self._aligned = False
        self._lock = threading.Lock()
        self._on_block: BlockCallback | None = None
        self._on_error: ErrorCallback | None = None

    @property
    def overflows(self) -> int:
        return sum(s.overflows for s in self.sources)

    def start(self, on_block: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        self._on_block, self._on_error = on_block, on_error
        self._last = [time.monotonic() + 3600.0] * 2
        started: list[CaptureSource] = []
        try:
            for i, src in enumerate(self.sources):
                src.start(functools.partial(self._feed, i), functools.partial(self._lost, i))
                started.append(src)
        except BaseException:
            for src in started:
                src.stop()
            raise
        with self._lock:  # starting a source can take a second: the stall clock starts once both run
            self._last = [time.monotonic()] * 2

    def _feed(self, channel: int, data: bytes) -> None:
        src = self.sources[channel]
        pcm = resample_int16(to_mono_int16(data, src.channels), src.samplerate, self.samplerate)
        with self._lock:
            self._bufs[channel] = np.concatenate([self._bufs[channel], pcm])
            self._last[channel] = time.monotonic()
            if not self._aligned and all(len(b) for b in self._bufs):
                # Both flow now: the one that started first also holds audio from before the other could
                # hear anything. Keep only its matching tail so the two channels line up in time.
                n = min(len(b) for b in self._bufs)
                self._bufs = [b[len(b) - n :] for b in self._bufs]
                self._aligned = True
            out = self._take()
        if out is not None and self._on_block is not None:
            self._on_block(out)

    def _take(self) -> bytes | None:
        now = time.monotonic()
        for i in (0, 1):  # a dead or stalled channel must not hold the other one back
            lag = len(self._bufs[1 - i]) - len(self._bufs[i])
            if lag > 0 and (self._dead[i] or now - self._last[i] > self.stall):
                self._bufs[i] = np.concatenate([self._bufs[i], np.zeros(lag, "<i2")])
        a, b = self._bufs
        n = min(len(a), len(b))
        if n == 0:
            return None
        out = np.empty(2 * n, dtype="<i2")
        out[0::2], out[1::2] = a[:n], b[:n]
        self._bufs = [a[n:], b[n:]]
        return out.tobytes()

    def _lost(self, channel: int, exc: BaseException) -> None:
        with self._lock:
            self._dead[channel] = True
            both = all(self._dead)
        what = "the microphone" if channel == 0 else "the system audio"
        rest = "the other channel" if not both else "nothing"
        if self._on_error is not None:
            self._on_error(
                DeviceLostError(
                    f"{what} stopped ({exc}); recording continues with {rest}"
                    if not both
                    else f"{what} stopped ({exc}); no source is left",
                    fatal=both,
                )
            )

    def stop(self) -> None:
        for src in self.sources:
            src.stop()
        with self._lock:  # flush what one channel still holds, padded, so nothing recorded is dropped
            self._dead = [True, True]
            out = self._take()
        if out is not None and self._on_block is not None:
            self._on_block(out)
