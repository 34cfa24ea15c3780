"""Batched decoding for long files: several 30-s windows through the model at once.

faster-whisper's `BatchedInferencePipeline` wraps the loaded `WhisperModel` (no second load). What it does
not do, and how it is made up for here:

- Windows: it needs VAD or clip timestamps. The windows are planned here (speech found by the same Silero
  VAD, packed into full windows with long pauses taken out, as sequentially: windows.py; fixed 30-s windows
  with VAD off), laid end to end in a packed copy of the audio and handed over as clip timestamps, one batch
  per call, so a stop request is seen between batches; times are mapped back to the recording's.
- Language: it would detect per call; it is detected once, on the first 30 s of speech, as sequentially.
- Speed on a CPU: batches go to two replicas of the model side by side (cache.replica_plan), and the encoder
  reads one window at a time (_WindowEncoder). Where the time goes: bench/stt_batched.py --profile.
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
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from .windows import SAMPLE_RATE, WINDOW_SECONDS, Layout, Window, fixed_windows, pack_windows

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

__all__ = ["SAMPLE_RATE", "WINDOW_SECONDS", "BatchedDecoder", "Layout", "Window", "plan_windows"]
SENTENCE_END = (".", "?", "!", "。", "？", "！", "…")
PAUSE_SECONDS = 1.0  # a silence this long between words also ends a segment
# Measured with bench/stt_batched.py on the 2-core CPU box (see README, Benchmarks): with two replicas
# decoding side by side (cache.replica_plan), batches of 2 keep 4 windows in flight and share the windows
# evenly between the replicas; 2 was faster than 4 in 5 runs out of 6, and 8 slower in 5 of 6. CUDA is not
# measured here: 8 is faster-whisper's own default, and it fits large models in 8 GB of GPU memory.
DEFAULT_BATCH_SIZE = {"cpu": 2, "cuda": 8}


def batch_size_for(setting: int | None, device: str) -> int:
    """Windows per batch: the setting, or the measured default for the device when it is None ("auto")."""
    if setting is not None:
        return max(0, int(setting))
    return DEFAULT_BATCH_SIZE.get(device, DEFAULT_BATCH_SIZE["cpu"])


def plan_windows(audio: np.ndarray, vad: bool) -> list[Window]:
    """Windows of at most WINDOW_SECONDS of speech (VAD, packed: windows.py), or the whole file (no VAD)."""
    if not vad:
        return fixed_windows(audio.shape[0] / SAMPLE_RATE)
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    # the batched pipeline's own VAD settings: no speech region longer than a window
    speech = get_speech_timestamps(
        audio, VadOptions(max_speech_duration_s=WINDOW_SECONDS, min_silence_duration_ms=160)
    )
    return pack_windows([(r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in speech])


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
    """Decodes `audio` batch by batch with `model`; `segments()` yields faster-whisper Segments in time order,
    timed in the recording."""

    def __init__(
        self,
        model: WhisperModel,
        audio: np.ndarray,
        kwargs: dict[str, Any],
        batch_size: int,
        stop: threading.Event,
        layout: Layout | None = None,
    ) -> None:
        self.model = model
        self.kwargs = kwargs  # decode_kwargs() with the language already decided
        self.batch_size = max(1, batch_size)
        self.stop = stop
        if layout is None:
            layout = Layout(audio, plan_windows(audio, bool(kwargs.get("vad_filter", True))))
        self.layout = layout
        self.windows = layout.windows
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
        size, count = self.batch_size, len(self.windows)
        todo = iter([list(range(i, min(i + size, count))) for i in range(0, count, size)])
        parallel = max(1, int(getattr(self.model.model, "num_workers", 1)))
        pool = ThreadPoolExecutor(parallel, thread_name_prefix="recordroute-batch")
        pending: deque[tuple[list[int], Future[dict[int, list[Any]]]]] = deque()
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
                for index in batch:
                    yield from self._checked(index, by_window.get(self._seek(index), []), common)
        finally:  # a stopped job's batches in the model finish before the worker ends (workers.drain)
            pool.shutdown(wait=True, cancel_futures=True)

    def _decode_batch(self, batch: list[int], common: dict[str, Any]) -> dict[int, list[Any]]:
        """The segments of windows `batch`, decoded together, by window (`_seek`), timed in the packed audio."""
        from faster_whisper import BatchedInferencePipeline

        pipeline = BatchedInferencePipeline(_WindowEncoder(self.model))  # keeps state between windows
        raw, _info = pipeline.transcribe(
            self.layout.audio,
            clip_timestamps=[self.layout.clip(i) for i in batch],
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

    def _seek(self, index: int) -> int:
        """The `seek` faster-whisper gives the segments of window `index` (its packed start, in frames)."""
        start = self.layout.offsets[index]
        return int(int(start * SAMPLE_RATE) / SAMPLE_RATE * self.model.frames_per_second)

    def _checked(self, index: int, segments: list[Any], common: dict[str, Any]) -> list[Any]:
        verdict = window_verdict(segments, self.kwargs)
        if verdict == "silent":
            return []
        if verdict == "ok" or not self.fallback_temperatures or self.stop.is_set():
            keep_words = bool(self.kwargs.get("word_timestamps", True))
            timed = [self._to_file(seg, index) for seg in segments]
            return [part for seg in timed for part in split_sentences(seg, keep_words)]
        return [self._to_file(seg, index) for seg in self._redecode(index, common)]

    def _redecode(self, index: int, common: dict[str, Any]) -> list[Any]:
        """Window `index` decoded again alone, as sequentially: from the first temperature, then the fallback."""
        self.redecoded += 1
        clip = self.layout.clip(index)
        again, _info = self.model.transcribe(
            self.layout.audio,
            clip_timestamps=[clip["start"], clip["end"]],
            vad_filter=False,
            temperature=self.temperatures,
            condition_on_previous_text=False,
            **common,
        )
        return list(again)

    def _to_file(self, segment: Any, index: int) -> Any:
        """`segment` of window `index`, timed in the packed audio, with its times (and its words') mapped to
        the recording."""
        window, offset = self.windows[index], self.layout.offsets[index]

        def at(t: float, piece: int | None = None) -> float:
            return round(window.to_file(float(t) - offset, piece), 3)

        if not segment.words:
            return replace(segment, start=at(segment.start), end=at(segment.end))
        words = []
        for w in segment.words:  # a word keeps to the piece of its middle (Window.to_file)
            piece = window.piece_at((w.start + w.end) / 2 - offset)
            words.append(replace(w, start=at(w.start, piece), end=at(w.end, piece)))
        return replace(segment, start=words[0].start, end=words[-1].end, words=words)


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
