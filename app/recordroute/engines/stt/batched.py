"""Batched decoding for long files: several 30-s windows through the model at once.

faster-whisper's `BatchedInferencePipeline` wraps the loaded `WhisperModel` (no second load). What it does
not do, and how it is made up for here:

- Windows: it needs VAD or clip timestamps. The windows are planned here (speech found by the same Silero
  VAD, merged into windows of at most 30 s; fixed 30-s windows with VAD off) and handed over as clip
  timestamps, one batch per call, so segment times stay those of the file and a stop request is seen between
  batches.
- Language: it would detect per call; it is detected once, on the first 30 s, as the sequential path does.
- Temperature fallback: it decodes at the first temperature only. A window that fails Whisper's checks
  (compression ratio, average log-probability) is decoded again alone, exactly as sequentially: from the first
  temperature, with timestamps, then the fallback (deterministic: fallback.py). A window Whisper judges silent
  is dropped, as sequentially.
- Segments: with timestamp tokens it drops the unfinished sentence at the end of every window (sequential
  decoding starts the next window there instead): 6 WER points lost on the fixture with base. So each window
  is decoded as one text, and cut into sentences here at sentence-final punctuation or pauses, using its word
  timestamps (computed in any case for this; dropped afterwards when not asked for).

The prompt (vocabulary, mixed Korean-English) conditions every window here; sequentially, with
condition_on_previous_text off, it conditions only the first.
"""

from __future__ import annotations

import threading
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = 16_000
WINDOW_SECONDS = 30.0
SENTENCE_END = (".", "?", "!", "。", "？", "！", "…")
PAUSE_SECONDS = 1.0  # a silence this long between words also ends a segment
# Measured with bench/stt_batched.py on the 2-core CPU box (see README, Benchmarks). CUDA is not measured
# here: 8 is faster-whisper's own default, and it fits large models in 8 GB of GPU memory.
DEFAULT_BATCH_SIZE = {"cpu": 4, "cuda": 8}


def batch_size_for(setting: int | None, device: str) -> int:
    """Windows per batch: the setting, or the measured default for the device when it is None ("auto")."""
    if setting is not None:
        return max(0, int(setting))
    return DEFAULT_BATCH_SIZE.get(device, DEFAULT_BATCH_SIZE["cpu"])


@dataclass(frozen=True)
class Window:
    start: float  # seconds
    end: float


def plan_windows(audio: np.ndarray, vad: bool) -> list[Window]:
    """Windows of at most WINDOW_SECONDS covering the speech (VAD), or the whole file (no VAD)."""
    duration = audio.shape[0] / SAMPLE_RATE
    if not vad:
        starts = np.arange(0.0, duration, WINDOW_SECONDS)
        return [Window(float(s), float(min(s + WINDOW_SECONDS, duration))) for s in starts]
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    # the batched pipeline's own VAD settings: no speech region longer than a window
    speech = get_speech_timestamps(
        audio, VadOptions(max_speech_duration_s=WINDOW_SECONDS, min_silence_duration_ms=160)
    )
    windows: list[Window] = []
    for region in speech:
        start, end = region["start"] / SAMPLE_RATE, region["end"] / SAMPLE_RATE
        if windows and end - windows[-1].start <= WINDOW_SECONDS:
            windows[-1] = Window(windows[-1].start, end)
        else:
            windows.append(Window(start, min(end, start + WINDOW_SECONDS)))
    return windows


def first_speech(audio: np.ndarray, windows: list[Window], seconds: float = WINDOW_SECONDS) -> np.ndarray:
    """The first `seconds` of the windows' audio, joined: what language detection listens to (as
    faster-whisper's own detection with VAD on does), without running the VAD over the file a second time."""
    parts: list[np.ndarray] = []
    left = int(seconds * SAMPLE_RATE)
    for window in windows:
        if left <= 0:
            break
        part = audio[int(window.start * SAMPLE_RATE) : int(window.end * SAMPLE_RATE)][:left]
        parts.append(part)
        left -= part.shape[0]
    return np.concatenate(parts) if parts else audio[:0]


def _temperatures(value: float | tuple[float, ...]) -> tuple[float, tuple[float, ...]]:
    """(the batch's temperature, the fallback temperatures after it)."""
    if isinstance(value, tuple):
        return (value[0], value[1:]) if value else (0.0, ())
    return float(value), ()


def _compression_ratio(text: str) -> float:
    """Whisper's measure of repetition: UTF-8 size over zlib-compressed size."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def window_verdict(segments: list[Any], kwargs: dict[str, Any]) -> str:
    """ "ok", "silent" (Whisper's no-speech rule: drop) or "fallback" (decode again), as faster-whisper
    decides sequentially for one window, with the thresholds of `kwargs` (decoding.DECODE_DEFAULTS)."""
    if not segments:
        return "ok"
    avg_logprob = float(segments[0].avg_logprob)  # one decode per window: the same for all its segments
    no_speech = float(segments[0].no_speech_prob)
    unsure = avg_logprob < kwargs["log_prob_threshold"]
    if unsure and no_speech > kwargs["no_speech_threshold"]:
        return "silent"
    text = " ".join(str(s.text).strip() for s in segments).strip()
    if unsure or _compression_ratio(text) > kwargs["compression_ratio_threshold"]:
        return "fallback"
    return "ok"


class _WindowEncoder:
    """The WhisperModel as the batched pipeline sees it, but encoding one window at a time on the CPU: the
    encoder's attention over a batch of windows outgrows the CPU caches (4 windows of base: 290 MB of scores
    per layer), and was measured ~20 % slower per window than one by one (bench/stt_batched.py --profile).
    The decoder still gets the whole batch, where batching pays."""

    def __init__(self, model: WhisperModel) -> None:
        self._model = model

    def encode(self, features: np.ndarray) -> Any:
        if self._model.model.device != "cpu" or features.ndim < 3 or features.shape[0] < 2:
            return self._model.encode(features)
        import ctranslate2

        parts = [np.asarray(self._model.encode(features[i : i + 1])) for i in range(features.shape[0])]
        return ctranslate2.StorageView.from_array(np.concatenate(parts))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


class BatchedDecoder:
    """Decodes `audio` batch by batch with `model`; `segments()` yields faster-whisper Segments in time order."""

    def __init__(
        self,
        model: WhisperModel,
        audio: np.ndarray,
        kwargs: dict[str, Any],
        batch_size: int,
        stop: threading.Event,
        windows: list[Window] | None = None,
    ) -> None:
        self.model = model
        self.audio = audio
        self.kwargs = kwargs  # decode_kwargs() with the language already decided
        self.batch_size = max(1, batch_size)
        self.stop = stop
        if windows is None:
            windows = plan_windows(audio, bool(kwargs.get("vad_filter", True)))
        self.windows = windows
        self.first_temperature, self.fallback_temperatures = _temperatures(kwargs["temperature"])
        self.temperatures = kwargs["temperature"]
        self.redecoded = 0  # windows decoded again by the fallback (for logs and tests)

    def _common(self) -> dict[str, Any]:
        keys = (
            "language",
            "task",
            "beam_size",
            "word_timestamps",
            "initial_prompt",
            "compression_ratio_threshold",
            "log_prob_threshold",
            "no_speech_threshold",
        )
        return {k: self.kwargs[k] for k in keys if k in self.kwargs}

    def segments(self) -> Iterator[Any]:
        """Batches go to the model's replicas (cache.replica_plan) side by side, and come out in file order."""
        common = self._common()
        size = self.batch_size
        todo = iter([self.windows[i : i + size] for i in range(0, len(self.windows), size)])
        parallel = max(1, int(getattr(self.model.model, "num_workers", 1)))
        pool = ThreadPoolExecutor(parallel, thread_name_prefix="recordroute-batch")
        pending: deque[tuple[list[Window], Future[dict[int, list[Any]]]]] = deque()
        try:
            while True:
                while len(pending) < parallel and not self.stop.is_set():
                    batch = next(todo, None)
                    if batch is None:
                        break
                    pending.append((batch, pool.submit(self._decode_batch, batch, common)))
                if not pending or self.stop.is_set():
                    return
                batch, future = pending.popleft()
                by_window = future.result()
                for window in batch:
                    yield from self._checked(window, by_window.get(self._seek(window), []), common)
        finally:  # a stopped job's batches in the model finish before the worker ends (transcriber._drain)
            pool.shutdown(wait=True, cancel_futures=True)

    def _decode_batch(self, batch: list[Window], common: dict[str, Any]) -> dict[int, list[Any]]:
        """The segments of `batch`'s windows, decoded together, by window (`_seek`)."""
        from faster_whisper import BatchedInferencePipeline

        pipeline = BatchedInferencePipeline(_WindowEncoder(self.model))  # keeps state between windows
        raw, _info = pipeline.transcribe(
            self.audio,
            clip_timestamps=[{"start": w.start, "end": w.end} for w in batch],
            batch_size=len(batch),
            temperature=self.first_temperature,
            without_timestamps=True,
            vad_filter=False,
            condition_on_previous_text=False,
            **{**common, "word_timestamps": True},  # words place the sentence cuts
        )
        by_window: dict[int, list[Any]] = {}
        for seg in raw:  # decoding happens here, all windows of the batch at once
            by_window.setdefault(int(seg.seek), []).append(seg)
        return by_window

    def _seek(self, window: Window) -> int:
        """The `seek` faster-whisper gives the segments of `window` (its start, in frames)."""
        return int(int(window.start * SAMPLE_RATE) / SAMPLE_RATE * self.model.frames_per_second)

    def _checked(self, window: Window, segments: list[Any], common: dict[str, Any]) -> list[Any]:
        verdict = window_verdict(segments, self.kwargs)
        if verdict == "silent":
            return []
        if verdict == "ok" or not self.fallback_temperatures or self.stop.is_set():
            keep_words = bool(self.kwargs.get("word_timestamps", True))
            return [part for seg in segments for part in split_sentences(seg, keep_words)]
        return self._redecode(window, common)

    def _redecode(self, window: Window, common: dict[str, Any]) -> list[Any]:
        """`window` decoded again alone, as sequentially: from the first temperature, then the fallback."""
        self.redecoded += 1
        again, _info = self.model.transcribe(
            self.audio,
            clip_timestamps=[window.start, window.end],
            vad_filter=False,
            temperature=self.temperatures,
            condition_on_previous_text=False,
            **common,
        )
        return list(again)


def split_sentences(segment: Any, keep_words: bool = True) -> list[Any]:
    """A window's one segment cut after sentence-final punctuation and at pauses of PAUSE_SECONDS, each part
    timed by its words. Without words it stays whole."""
    words = list(segment.words or [])
    if not words:
        return [replace(segment, words=None if not keep_words else segment.words)]
    parts: list[list[Any]] = [[]]
    for i, word in enumerate(words):
        if parts[-1] and word.start - words[i - 1].end >= PAUSE_SECONDS:
            parts.append([])
        parts[-1].append(word)
        if str(word.word).strip().endswith(SENTENCE_END) and i + 1 < len(words):
            parts.append([])
    return [
        replace(
            segment,
            start=part[0].start,
            end=part[-1].end,
            text="".join(w.word for w in part),
            tokens=[],
            words=part if keep_words else None,
        )
        for part in parts
        if part
    ]
