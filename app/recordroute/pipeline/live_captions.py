"""Live captions while recording: the warm Whisper model transcribes the latest audio in rolling windows.

The recorder's writer thread hands every block to `feed` (never the audio callback); a worker thread wakes
every `step` seconds, transcribes the audio after the last committed caption (at most `window` seconds) and
publishes: segments that ended more than `hold` seconds before the window's end are committed (they will not
change), the rest is shown as tentative text that the next pass may revise. When the recording stops, the
normal full-quality pass replaces all of this.

`delays` records, for each new piece of text, the time from the end of that speech to the text being
published: the caption delay the benchmark reports.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..errors import RecordRouteError
from ..progress import CancelToken

if TYPE_CHECKING:
    from ..engines.stt import SttEngine

log = logging.getLogger(__name__)

RATE = 16_000


@dataclass(frozen=True)
class Caption:
    text: str
    start: float  # seconds into the recording
    end: float
    final: bool


def to_mono_16k(data: bytes, samplerate: int, channels: int) -> np.ndarray:
    """int16 interleaved PCM -> float32 mono at 16 kHz (channels mixed, as the full pass mixes them)."""
    pcm = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        pcm = pcm[: len(pcm) - len(pcm) % channels].reshape(-1, channels).mean(axis=1)
    if samplerate != RATE and pcm.size:
        n = max(1, round(pcm.size * RATE / samplerate))
        pcm = np.interp(np.linspace(0, pcm.size - 1, n), np.arange(pcm.size), pcm).astype(np.float32)
    return pcm


class LiveCaptioner:
    def __init__(
        self,
        engine: SttEngine,
        *,
        language: str | None = None,
        window: float = 12.0,
        step: float = 2.5,
        hold: float = 2.0,
        on_update: Callable[[list[Caption], str], None] | None = None,
        in_use: AbstractContextManager[object] | None = None,
    ) -> None:
        self.engine = engine
        # Held for the whole session (e.g. `ctx.busy(ctx.stt_key())`): the idle unloader must not take the
        # model away mid-recording (and then leave a reloaded copy nobody unloads).
        self._in_use = in_use or contextlib.nullcontext()
        self.language = None if language in (None, "", "auto") else language
        self.window, self.step, self.hold = window, step, hold
        self.on_update = on_update  # (captions committed by this pass, tentative text)
        self.committed: list[Caption] = []
        self.tentative = ""
        self.delays: list[float] = []
        self.passes = 0
        self.pass_seconds: list[float] = []  # wall time of each pass (how far behind real time it runs)
        self.dropped_seconds = 0.0  # audio the captions skipped because a pass fell behind (the file has it)
        self.error: str | None = None
        self._chunks: list[np.ndarray] = []
        self._base = 0  # sample index (since the start) of the first sample held in _chunks
        self._received = 0
        self._arrived = 0.0  # monotonic time the last block arrived
        self._shown_until = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._cancel = CancelToken()
        self._thread: threading.Thread | None = None

    # --- fed by the recorder's writer thread --------------------------------------------------------------------
    def feed(self, data: bytes, samplerate: int, channels: int) -> None:
        pcm = to_mono_16k(data, samplerate, channels)
        with self._lock:
            self._chunks.append(pcm)
            self._received += pcm.size
            self._arrived = time.monotonic()

    @property
    def text(self) -> str:
        return " ".join(
            [c.text for c in self.committed] + ([self.tentative] if self.tentative else [])
        ).strip()

    # --- the worker ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="live-captions", daemon=True)
        self._thread.start()

    def stop(self, *, wait: bool = True, timeout: float = 120.0) -> None:
        """No new passes. `wait`: let the pass in flight finish (a process about to exit must not leave
        CTranslate2 mid-window, which aborts it); otherwise cancel it and return at once (the desktop app)."""
        self._stop.set()
        if not wait:
            self._cancel.cancel()
            return
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        with self._in_use:
            self._captions()

    def _captions(self) -> None:
        try:
            self.engine.load()  # warm before the first window is due
        except (RecordRouteError, OSError) as exc:
            self.error = f"live captions are off: {exc}"
            log.warning("%s", self.error)
            return
        next_at = time.monotonic() + self.step
        while not self._stop.wait(max(0.0, next_at - time.monotonic())):
            next_at = max(next_at + self.step, time.monotonic() + 0.5)  # never run back to back when late
            try:
                self.run_pass()
            except RecordRouteError as exc:
                if self._stop.is_set():
                    return
                self.error = exc.user_text()
                log.warning("live caption pass failed: %s", self.error)

    def _snapshot(self) -> tuple[np.ndarray, int, int, float]:
        with self._lock:
            audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)
            self._chunks = [audio]
            base, received, arrived = self._base, self._received, self._arrived
        limit = int(self.window * RATE)
        if audio.size > limit:  # a pass fell behind: caption the latest audio, skip the middle
            skip = audio.size - limit
            self.dropped_seconds += skip / RATE
            audio, base = audio[skip:], base + skip
            self._trim(base)
        return audio, base, received, arrived

    def _trim(self, new_base: int) -> None:
        with self._lock:
            joined = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)
            cut = max(0, new_base - self._base)
            self._chunks = [joined[cut:]]
            self._base += cut

    def run_pass(self) -> None:
        """One caption pass over the pending audio (public so tests and benchmarks can drive it)."""
        from ..engines.stt import SttOptions

        audio, base, received, arrived = self._snapshot()
        if audio.size < RATE // 2:
            return
        t0 = base / RATE
        duration = audio.size / RATE
        # A preview: greedy decoding without word timings costs about half of the full pass's settings.
        options = SttOptions(language=self.language, vad=True, beam_size=1, word_timestamps=False)
        started = time.monotonic()
        transcript = self.engine.transcribe(audio, options, cancel=self._cancel)
        self.pass_seconds.append(time.monotonic() - started)
        if self.language is None and transcript.segments and transcript.language_probability >= 0.5:
            self.language = transcript.language  # detected once: later windows skip detection and never flip
        now = time.monotonic()
        self.passes += 1
        segments = [s for s in transcript.segments if s.text.strip()]
        stable_until = duration - self.hold
        commit_n = sum(1 for s in segments if s.t1 <= stable_until)
        if commit_n == 0 and duration >= self.window * 0.9 and segments:
            commit_n = max(1, len(segments) - 1)  # the window is full: keep it moving
        new = [Caption(s.text.strip(), t0 + s.t0, t0 + s.t1, True) for s in segments[:commit_n]]
        tentative = " ".join(s.text.strip() for s in segments[commit_n:])
        audio_end_at = (
            arrived - (received - (base + audio.size)) / RATE
        )  # when the window's last sample arrived
        for s in segments:
            end = t0 + s.t1
            if end > self._shown_until + 0.05:
                self.delays.append(now - (audio_end_at - (duration - s.t1)))
                self._shown_until = end
        if new:
            self.committed.extend(new)
            self._trim(int(round(new[-1].end * RATE)))
        elif not segments and duration > self.hold * 2:
            self._trim(base + audio.size - int(self.hold * RATE))  # silence: nothing to wait for
        self.tentative = tentative
        if self.on_update is not None:
            self.on_update(new, tentative)
