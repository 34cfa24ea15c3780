"""Who spoke when: speech regions -> sliding windows -> embeddings -> clustering -> smoothed speaker turns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ...errors import InputError
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from ...vocab import DiarizeMethod
from . import cluster, features
from .catalog import resolve_embedder
from .embedders import Embedder, MfccStats, OnnxEmbedder

METHODS = (DiarizeMethod.BASIC, DiarizeMethod.NEURAL)
# How results are labelled wherever they are shown (like the summary's "extractive (no LLM)").
METHOD_LABELS: dict[str, str] = {DiarizeMethod.BASIC: "basic (no model)", DiarizeMethod.NEURAL: "neural"}


@dataclass
class DiarizeOptions:
    method: str = DiarizeMethod.BASIC
    num_speakers: int | None = None  # given by the user; None = estimate
    max_speakers: int = 8
    model: str | None = None  # neural embedder from the catalogue; None = first available
    models_dir: Path | None = None  # <data_dir>/models
    model_dir: Path | None = None  # the user's extra model folder (the `model_dir` setting)
    window: float = 1.5
    step: float = 0.75
    min_turn: float = 0.5  # shorter turns merge into their neighbour
    merge_above: float = 0.88  # neural: clusters this similar are one voice


@dataclass
class Turn:
    start: float
    end: float
    speaker: str


@dataclass
class SpeakerInfo:
    label: str
    talk_time: float
    embedding: np.ndarray  # centroid in the embedder's space (raw, before per-recording scaling)


@dataclass
class Diarization:
    method: str
    model: str
    turns: list[Turn]
    speakers: list[SpeakerInfo]
    # Per-recording feature scaling for the basic method (mean, std); None for neural embeddings.
    norm: tuple[np.ndarray, np.ndarray] | None = None
    windows: int = 0
    _starts: list[float] | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        return METHOD_LABELS[self.method] + ("" if self.method == DiarizeMethod.BASIC else f" ({self.model})")

    def speaker_at(self, start: float, end: float) -> str | None:
        """The speaker with the most overlap with [start, end]; the nearest turn within 1 s if none overlaps."""
        if self._starts is None or len(self._starts) != len(self.turns):
            self._starts = [t.start for t in self.turns]  # turns are sorted and never overlap
        i = bisect.bisect_right(self._starts, end)
        best, best_ov = None, 0.0
        j = i - 1
        while j >= 0 and self.turns[j].end > start:
            ov = min(end, self.turns[j].end) - max(start, self.turns[j].start)
            if ov > best_ov:
                best, best_ov = self.turns[j].speaker, ov
            j -= 1
        if best is not None:
            return best
        mid = (start + end) / 2
        near = [t for t in self.turns[max(0, i - 1) : i + 1]]
        gap = lambda t: min(abs(mid - t.start), abs(mid - t.end))  # noqa: E731
        nearest = min(near, key=gap, default=None)
        return nearest.speaker if nearest is not None and gap(nearest) <= 1.0 else None


def make_embedder(options: DiarizeOptions) -> Embedder:
    if options.method == DiarizeMethod.BASIC:
        return MfccStats()
    if options.method == DiarizeMethod.NEURAL:
        model, path = resolve_embedder(options.model, options.models_dir, options.model_dir)
        return OnnxEmbedder(model, path)
    raise InputError(f"unknown diarization method {options.method!r}; choose one of {', '.join(METHODS)}")


def sliding_windows(
    regions: list[tuple[float, float]], window: float, step: float
) -> list[tuple[float, float]]:
    out = []
    for a, b in regions:
        if b - a <= window:
            out.append((a, b))
            continue
        t = a
        while t + window < b:
            out.append((t, t + window))
            t += step
        out.append((max(a, b - window), b))
    return out


def diarize(
    samples: np.ndarray,
    options: DiarizeOptions | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
) -> Diarization:
    """Diarize 16 kHz mono float32 samples. `embedder` may be passed to reuse a loaded model."""
    options = options or DiarizeOptions()
    cancel = cancel or CancelToken()
    if options.num_speakers is not None and options.num_speakers < 1:
        raise InputError("the number of speakers must be at least 1")
    emb_model = embedder or make_embedder(options)
    progress(Progress("diarize", 0.0, "finding speech"))
    regions = features.speech_regions(samples)
    windows = sliding_windows(regions, options.window, options.step)
    cancel.raise_if_cancelled()
    if not windows:
        return Diarization(options.method, emb_model.name, [], [])

    def sub(p: Progress) -> None:
        progress(Progress("diarize", 0.05 + 0.85 * p.fraction, "speaker embeddings"))

    raw = emb_model.embed(samples, windows, sub, cancel)
    norm = None
    emb = raw
    if emb_model.standardize:
        mean, std = raw.mean(0), raw.std(0) + 1e-6
        norm = (mean, std)
        emb = (raw - mean) / std
    cancel.raise_if_cancelled()
    progress(Progress("diarize", 0.92, "clustering"))
    labels = _cluster(emb, options, emb_model.standardize)
    turns = _turns(regions, windows, labels, options.min_turn)
    speakers = _speakers(turns, windows, labels, raw)
    progress(Progress("diarize", 1.0, f"{len(speakers)} speakers"))
    return Diarization(options.method, emb_model.name, turns, speakers, norm, len(windows))


MAX_CLUSTERED = 800  # windows clustered directly (~10 min of speech); longer recordings are sampled


def _cluster(emb: np.ndarray, options: DiarizeOptions, standardized: bool) -> np.ndarray:
    """Speaker per window. Above MAX_CLUSTERED windows an even sample is clustered (the affinity matrix and
    its eigen-decomposition grow with the square and cube of the count) and every window joins the nearest
    speaker centroid."""
    sample = np.arange(len(emb))
    if len(emb) > MAX_CLUSTERED:
        sample = np.linspace(0, len(emb) - 1, MAX_CLUSTERED).round().astype(int)
    part = emb[sample]
    spec = cluster.spectrum(part, keep=options.max_speakers + 2) if len(part) >= 3 else None
    labels = cluster.spectral(
        part, num_speakers=options.num_speakers, max_speakers=options.max_speakers, spec=spec
    )
    if options.num_speakers is None or options.num_speakers > 1:
        labels = cluster.refine(part, labels)
    if options.num_speakers is None and spec is not None:
        if standardized:
            labels = cluster.prefer_fewer(part, labels, spec)
        else:
            labels = cluster.merge_close(part, labels, options.merge_above)
    if len(sample) == len(emb):
        return labels
    return cluster.refine(emb, cluster.assign(emb, part, labels))


def _turns(
    regions: list[tuple[float, float]],
    windows: list[tuple[float, float]],
    labels: np.ndarray,
    min_turn: float,
) -> list[Turn]:
    """Each 10 ms frame of speech takes the label of the window whose centre is nearest; runs become turns."""
    step = features.HOP / features.SAMPLE_RATE
    centres = np.array([(a + b) / 2 for a, b in windows])
    turns: list[Turn] = []
    for a, b in regions:
        t = np.arange(a, b, step)
        inside = (centres >= a - 1e-6) & (centres <= b + 1e-6)
        pool = np.flatnonzero(inside) if inside.any() else np.arange(len(windows))
        nearest = pool[np.abs(centres[pool][None, :] - t[:, None]).argmin(1)]
        frame_labels = labels[nearest]
        start = a
        for i in range(1, len(t) + 1):
            if i == len(t) or frame_labels[i] != frame_labels[i - 1]:
                end = b if i == len(t) else float(t[i])
                turns.append(Turn(float(start), float(end), f"S{int(frame_labels[i - 1]) + 1}"))
                start = end
    return _merge_short(turns, min_turn)


def _merge_short(turns: list[Turn], min_turn: float) -> list[Turn]:
    changed = True
    while changed and len(turns) > 1:
        changed = False
        for i, t in enumerate(turns):
            if t.end - t.start >= min_turn:
                continue
            prev = turns[i - 1] if i > 0 and abs(turns[i - 1].end - t.start) < 0.05 else None
            nxt = turns[i + 1] if i + 1 < len(turns) and abs(turns[i + 1].start - t.end) < 0.05 else None
            target = max(
                (x for x in (prev, nxt) if x is not None), key=lambda x: x.end - x.start, default=None
            )
            if target is None:
                continue
            t.speaker = target.speaker
            changed = True
        merged: list[Turn] = []
        for t in turns:
            if merged and merged[-1].speaker == t.speaker and abs(merged[-1].end - t.start) < 0.05:
                merged[-1].end = t.end
            else:
                merged.append(Turn(t.start, t.end, t.speaker))
        turns = merged
    return turns


def _speakers(
    turns: list[Turn], windows: list[tuple[float, float]], labels: np.ndarray, raw: np.ndarray
) -> list[SpeakerInfo]:
    talk: dict[str, float] = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + (t.end - t.start)
    out = []
    for label in sorted(talk, key=lambda s: int(s[1:])):
        rows = raw[labels == int(label[1:]) - 1]
        centroid = rows.mean(0) if len(rows) else raw.mean(0)
        out.append(SpeakerInfo(label, round(talk[label], 3), centroid.astype(np.float32)))
    return out


def similarity(a: np.ndarray, b: np.ndarray, norm: tuple[np.ndarray, np.ndarray] | None = None) -> float:
    """Cosine similarity of two speaker vectors, both scaled by `norm` first when given (basic method)."""
    if norm is not None:
        a, b = (a - norm[0]) / norm[1], (b - norm[0]) / norm[1]
    return float(cluster.l2norm(a) @ cluster.l2norm(b))
