"""The calling thread's side of a transcription: the worker's messages turned into progress with ETA, decode
checks and live segments; then the clean-up rules, and the flagged segments kept where the VAD hears speech."""

from __future__ import annotations

import logging
import math
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from .data import Segment, SttOptions, Word
from .guards import DecodeStats, counting_run, guard_loops, judge
from .postprocess import postprocess
from .speech import is_speech, speech_regions, total

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2  # the calling thread checks the cancel token at least this often


@dataclass
class Run:
    """What the calling thread gathered from the worker."""

    raw: list[Segment] = field(default_factory=list)
    picked: tuple[str, float] | None = None  # language picked before decoding (wins)
    detected: tuple[str, float] | None = None  # language faster-whisper detected
    dropped: int = 0
    flagged: list[Segment] = field(default_factory=list)  # failed only the confidence guards (maybe speech)
    speech_seconds: float | None = None  # what faster-whisper's VAD kept, when it ran
    regions: list[tuple[float, float]] | None = None  # the VAD's speech regions, when gap recovery ran it
    gaps: list[tuple[float, float]] = field(default_factory=list)  # speech no segment covered (recovery.py)


def collect(
    inbox: queue.Queue,
    options: SttOptions,
    duration: float,
    report: ProgressCallback,
    cancel: CancelToken | None,
    on_segment: Callable[[Segment], None] | None,
) -> Run:
    """Take the worker's messages until it is done: progress with ETA, decode checks, live segments."""
    run = Run()
    eta = EtaEstimator()
    fraction = 0.0
    while True:
        try:
            kind, payload = inbox.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if cancel is not None:
                cancel.raise_if_cancelled()
            continue
        if cancel is not None:
            cancel.raise_if_cancelled()
        if kind == "error":
            raise payload
        if kind == "done":
            return run
        if kind == "language":
            run.picked = payload
            continue
        if kind in ("regions", "gaps"):  # gap recovery (recovery.py)
            setattr(run, kind, payload)
            continue
        if kind == "info":  # decoding starts (batched: no info; the language was picked already)
            if payload is not None:
                run.detected = (str(payload.language), float(payload.language_probability))
                if options.vad and getattr(payload, "duration_after_vad", None) is not None:
                    run.speech_seconds = float(payload.duration_after_vad)
            report(Progress("transcribe", 0.0, f"0:00 / {_fmt(duration)}"))
            continue
        seg = _segment(payload)
        fraction = max(fraction, min(0.99, seg.t1 / duration if duration else 0.99))
        report(Progress("transcribe", fraction, f"{_fmt(seg.t1)} / {_fmt(duration)}", eta.eta(fraction)))
        verdict = judge(DecodeStats.of(payload)) if options.guards else None
        if verdict is None and options.guards and counting_run(seg.text):
            verdict = (
                "flag",
                "a run of counting numbers (what Whisper writes over speech it cannot make out)",
            )
        if verdict is not None:
            action, reason = verdict
            log.info("%s segment %.1f-%.1f s (%s): %.80s", action, seg.start, seg.end, reason, seg.text)
            if action == "flag":
                run.flagged.append(replace(seg, flag=reason))
            else:
                run.dropped += 1
            continue
        run.raw.append(seg)
        if on_segment is not None:
            for clean in clean_segments([seg], options):
                on_segment(clean)


def _segment(raw: Any) -> Segment:
    words = [Word(float(w.start), float(w.end), str(w.word), float(w.probability)) for w in raw.words or []]
    logprob = getattr(raw, "avg_logprob", None)
    return Segment(
        float(raw.start),
        float(raw.end),
        str(raw.text).strip(),
        words,
        avg_logprob=_score(raw, "avg_logprob"),
        compression_ratio=_score(raw, "compression_ratio"),
        no_speech_prob=_score(raw, "no_speech_prob"),
        temperature=_score(raw, "temperature"),
        confidence=round(math.exp(float(logprob)), 3) if logprob is not None else None,
    )


def _score(raw: Any, name: str) -> float | None:
    value = getattr(raw, name, None)
    return None if value is None else float(value)


def keep_speech(run: Run, audio: np.ndarray, options: SttOptions) -> tuple[list[Segment], float]:
    """The flagged segments the VAD hears as speech, cleaned like the rest, and the VAD's speech seconds.

    faster-whisper's own VAD pass already measured the speech (when it ran); the VAD runs here only when it
    did not, or to check where flagged segments lie."""
    if not run.flagged and run.speech_seconds is not None:
        return [], run.speech_seconds
    regions = run.regions if run.regions is not None else speech_regions(audio)
    kept = [s for s in run.flagged if is_speech(regions, s.t0, s.t1)]
    for seg in run.flagged:
        if seg not in kept:
            log.info(
                "dropped segment %.1f-%.1f s (no speech found there): %.80s", seg.start, seg.end, seg.text
            )
    speech = run.speech_seconds if run.speech_seconds is not None else total(regions)
    return clean_segments(kept, options), speech


def clean_segments(segments: list[Segment], options: SttOptions) -> list[Segment]:
    """Hallucination guards first, then the original app's clean-up rules."""
    if options.guards:
        segments = guard_loops(segments)
    return postprocess(segments, filler_filter=options.filler_filter)


def _fmt(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    return f"{m}:{s:02d}"


def send_segments(generator: Iterable[Any], inbox: queue.Queue, stop: threading.Event) -> None:
    """Worker side of collect(): each segment the decoder yields, then "done"; nothing more once `stop` is
    set (checked between segments, the only points where the decoder hands control back)."""
    for raw in generator:
        if stop.is_set():
            return
        inbox.put(("segment", raw))
    inbox.put(("done", None))
