"""Who spoke when: speech regions -> sliding windows -> embeddings -> clustering -> smoothed speaker turns."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ...errors import InputError
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from ...vocab import DiarizeMethod
from ..audio_stream import BLOCK_SECONDS, blocks
from ..memory import release_freed_memory
from ..pcm_spool import DecodedOnce
from . import boundaries, cluster, counting, features, framestream, overlap
from .catalog import resolve_embedder
from .counting import CLUSTERINGS, Calibration, CountHints
from .embedders import Embedder, MfccStats, OnnxEmbedder, embed_stream
from .overlap import Overlap
from .turns import Turn, build_turns, renumber

METHODS = (DiarizeMethod.BASIC, DiarizeMethod.NEURAL)
# How results are labelled wherever they are shown (like the summary's "extractive (no LLM)").
METHOD_LABELS: dict[str, str] = {DiarizeMethod.BASIC: "basic (no model)", DiarizeMethod.NEURAL: "neural"}


@dataclass
class DiarizeOptions:
    method: str = DiarizeMethod.BASIC
    num_speakers: int | None = None  # given by the user; None = estimate
    min_speakers: int = 1  # bounds for the estimate (the user's "between 2 and 4")
    max_speakers: int = 8
    clustering: str = "ahc"  # "ahc" (calibrated) | "eigengap" (the old count, for comparison)
    model: str | None = None  # neural embedder from the catalogue; None = first available
    models_dir: Path | None = None  # <data_dir>/models
    model_dir: Path | None = None  # the user's extra model folder (the `model_dir` setting)
    window: float = 1.5
    step: float = 0.75
    min_turn: float = 0.5  # shorter turns merge into their neighbour
    # Neural: MFCC statistics (scaled per recording) joined to the speaker embedding for clustering, at
    # this weight. Calibrated with it: the d-vector alone confuses voices that timbre statistics tell apart
    # (bench/diarization.py). Speaker centroids, and so voice profiles, stay pure model embeddings.
    timbre_weight: float = 1.0

    def hints(self) -> CountHints:
        return CountHints(self.num_speakers, self.min_speakers, self.max_speakers)

    def check(self) -> None:
        if self.num_speakers is not None and self.num_speakers < 1:
            raise InputError.said("speakers_at_least_one")
        if self.min_speakers < 1 or self.max_speakers < self.min_speakers:
            raise InputError.said("speaker_bounds", low=self.min_speakers, high=self.max_speakers)
        if self.clustering not in CLUSTERINGS:
            raise InputError(
                f"unknown clustering {self.clustering!r}; choose one of {', '.join(CLUSTERINGS)}"
            )


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
    me: str | None = None  # meeting mode: the label of the microphone's speaker (the user)
    # Stretches where two speakers talk at once (sorted, disjoint): words there are marked, never split.
    overlaps: list[Overlap] = field(default_factory=list)
    overlaps_checked: bool = False  # False: not looked for (the basic method), so none marked
    _starts: list[float] | None = field(default=None, repr=False, compare=False)
    _overlap_starts: list[float] | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        return METHOD_LABELS[self.method] + ("" if self.method == DiarizeMethod.BASIC else f" ({self.model})")

    def overlapped(self, start: float, end: float) -> bool:
        """Whether [start, end] shares time with a stretch of overlapped speech."""
        if self._overlap_starts is None or len(self._overlap_starts) != len(self.overlaps):
            self._overlap_starts = [o.start for o in self.overlaps]
        return overlap.overlapping(self.overlaps, self._overlap_starts, start, end)

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


@dataclass
class Embedded:
    """Speech regions, their windows and the windows' embeddings: the costly half of diarization."""

    regions: list[tuple[float, float]]
    windows: list[tuple[float, float]]
    raw: np.ndarray  # as the embedder gives them
    emb: np.ndarray  # as clustered (basic: scaled per recording)
    norm: tuple[np.ndarray, np.ndarray] | None
    embedder: str
    calibration: Calibration
    samples: int = 0  # the recording's length in samples
    # Every 10-ms frame's energy in dB: the voice detector's, kept for the overlap detector.
    energy: np.ndarray | None = None


def embed(
    samples: np.ndarray,
    options: DiarizeOptions,
    emb_model: Embedder,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
) -> Embedded:
    """`embed_chunks` of a recording already in memory."""
    return embed_chunks(lambda: [samples], options, emb_model, progress, cancel)


def embed_file(
    path: Path,
    options: DiarizeOptions,
    emb_model: Embedder,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    block_seconds: float | None = None,
    spool_dir: Path | None = None,
) -> Embedded:
    """`embed_chunks` of a file decoded once, block by block, and read twice (speech first, then the windows'
    features; `pcm_spool`): memory stays flat however long the recording is, and the result is the same as
    decoding it whole."""
    with DecodedOnce(path, cancel=cancel, block_seconds=block_seconds, spool_dir=spool_dir) as source:
        return embed_chunks(source.blocks, options, emb_model, progress, cancel)


def file_chunks(
    path: Path, cancel: CancelToken | None, block_seconds: float | None = None, channel: int | None = None
) -> Callable[[], Iterator[np.ndarray]]:
    """A fresh pass over the file's samples (its channels mixed, or one `channel`), block by block, decoded
    again each time it is called (`pcm_spool.DecodedOnce` decodes once)."""

    def chunks() -> Iterator[np.ndarray]:
        seconds = block_seconds or BLOCK_SECONDS
        for block in blocks(path, block_seconds=seconds, cancel=cancel, channel=channel):
            yield block.samples
            release_freed_memory()

    return chunks


def embed_chunks(
    chunks: Callable[[], Iterable[np.ndarray]],
    options: DiarizeOptions,
    emb_model: Embedder,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    energies: tuple[np.ndarray, int] | None = None,
) -> Embedded:
    """Speech regions, windows and their embeddings of the recording `chunks()` yields (called twice, or once
    when the caller already has the frame `energies` (`features.energy_db`) and the sample count)."""
    cancel = cancel or CancelToken()
    progress(Progress("diarize", 0.0, "finding speech"))
    energy, n_samples = energies if energies is not None else _energies(chunks())
    regions = features.regions_from_energy(energy, n_samples)
    windows = sliding_windows(regions, options.window, options.step)
    cancel.raise_if_cancelled()
    if not windows:
        empty = np.zeros((0, 1), dtype=np.float32)
        return Embedded([], [], empty, empty, None, emb_model.name, emb_model.calibration, n_samples, energy)

    def sub(p: Progress) -> None:
        progress(Progress("diarize", 0.05 + 0.85 * p.fraction, "speaker embeddings"))

    timbre_too = not emb_model.standardize and options.timbre_weight > 0
    models: list[Embedder] = [emb_model, MfccStats()] if timbre_too else [emb_model]
    got = embed_stream(models, chunks(), n_samples, windows, sub, cancel)
    raw = got[0]
    norm = None
    emb = raw
    if emb_model.standardize:
        mean, std = raw.mean(0), raw.std(0) + 1e-6
        norm = (mean, std)
        emb = (raw - mean) / std
    elif timbre_too:
        timbre = (got[1] - got[1].mean(0)) / (got[1].std(0) + 1e-6)
        emb = np.hstack([cluster.l2norm(raw), options.timbre_weight * cluster.l2norm(timbre)])
    return Embedded(
        regions, windows, raw, emb, norm, emb_model.name, emb_model.calibration, n_samples, energy
    )


def _energies(chunks: Iterable[np.ndarray]) -> tuple[np.ndarray, int]:
    """Every frame's energy and the sample count (the voice detector's first pass)."""
    counted: list[int] = []

    def counting(items: Iterable[np.ndarray]) -> Iterator[np.ndarray]:
        for chunk in items:
            counted.append(len(chunk))
            yield chunk

    parts = [rows["energy"][:, 0] for _, rows in framestream.frame_rows(counting(chunks), ["energy"])]
    return (np.concatenate(parts) if parts else np.zeros(0, np.float32)), sum(counted)


def finish(
    e: Embedded, options: DiarizeOptions, calibration: Calibration | None = None
) -> tuple[list[Turn], list[SpeakerInfo]]:
    """Count, cluster and smooth: the cheap half (the bench calibrates by calling it many times)."""
    if not e.windows:
        return [], []
    labels = counting.label_windows(
        e.emb,
        options.hints(),
        calibration or e.calibration,
        clustering=options.clustering,
        standardized=e.norm is not None,
    )
    turns = build_turns(e.regions, e.windows, e.emb, labels, options.min_turn)
    return turns, _speakers(turns, labels, e.raw)


def diarize(
    samples: np.ndarray,
    options: DiarizeOptions | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
) -> Diarization:
    """Diarize 16 kHz mono float32 samples. `embedder` may be passed to reuse a loaded model."""
    return diarize_chunks(lambda: [samples], options, embedder, progress, cancel)


def diarize_file(
    path: Path,
    options: DiarizeOptions | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    spool_dir: Path | None = None,
) -> Diarization:
    """Diarize a media file, decoded once block by block and its samples read back from a temporary file in
    `spool_dir` for the later passes (memory does not grow with its length; `pcm_spool`)."""
    with DecodedOnce(path, cancel=cancel, spool_dir=spool_dir) as source:
        return diarize_chunks(source.blocks, options, embedder, progress, cancel)


def diarize_chunks(
    chunks: Callable[[], Iterable[np.ndarray]],
    options: DiarizeOptions | None,
    embedder: Embedder | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    energies: tuple[np.ndarray, int] | None = None,
) -> Diarization:
    """Diarize the recording each call of `chunks()` yields block by block (it is called up to three times;
    `energies` as for `embed_chunks`)."""
    options = options or DiarizeOptions()
    cancel = cancel or CancelToken()
    options.check()
    emb_model = embedder or make_embedder(options)
    e = embed_chunks(chunks, options, emb_model, progress, cancel, energies)
    cancel.raise_if_cancelled()
    progress(Progress("diarize", 0.92, "clustering"))
    turns, speakers = finish(e, options)
    progress(Progress("diarize", 0.94, "placing turn changes"))
    turns, speakers, contrast = place_changes_scored(chunks(), e.samples, turns, speakers, emb_model, cancel)
    found = find_overlaps(turns, e, emb_model, contrast)
    progress(Progress("diarize", 1.0, f"{len(speakers)} speakers"))
    return Diarization(
        options.method,
        emb_model.name,
        turns,
        speakers,
        e.norm,
        len(e.windows),
        overlaps=found or [],
        overlaps_checked=found is not None,
    )


def find_overlaps(
    turns: list[Turn], e: Embedded, emb_model: Embedder, contrast: dict[float, float]
) -> list[Overlap] | None:
    """Overlapped speech at the turn changes placed again (`contrast` from `place_changes_scored`); None when
    not looked for: the basic method's changes sit where 1.5-s windows put them, too far from the overlap (on
    the tuning part half of its marks were wrong)."""
    if emb_model.standardize or e.energy is None:
        return None
    return overlap.detect(turns, e.energy, contrast, emb_model.overlap_level, emb_model.min_contrast)


def place_changes_scored(
    chunks: Iterable[np.ndarray],
    n_samples: int,
    turns: list[Turn],
    speakers: list[SpeakerInfo],
    emb_model: Embedder,
    cancel: CancelToken | None = None,
) -> tuple[list[Turn], list[SpeakerInfo], dict[float, float]]:
    """Turn changes placed again on short windows (`boundaries`), for a speaker model, with each placed change's
    contrast by its time (`boundaries.place_scored`): MFCC statistics of 0.8 s are too noisy to place a change
    better than the clustering did. A pass over `chunks` when needed."""
    sub, grid = emb_model.placement
    found = boundaries.changes(turns, grid)
    if emb_model.standardize or not found:
        return turns, speakers, {}
    wins = boundaries.windows(found, sub)
    centroids = {s.label: cluster.l2norm(s.embedding) for s in speakers}
    project = boundaries.Projector(turns, found, centroids)  # a number per window, not its embedding
    proj = embed_stream([emb_model], chunks, n_samples, wins, null_progress, cancel or CancelToken(), project)
    placed, contrast = boundaries.place_projected(turns, found, proj[0])
    talk: dict[str, float] = {}
    for t in placed:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + (t.end - t.start)
    return placed, [replace(s, talk_time=round(talk.get(s.label, 0.0), 3)) for s in speakers], contrast


def _speakers(turns: list[Turn], labels: np.ndarray, raw: np.ndarray) -> list[SpeakerInfo]:
    """Talk time and centroid per speaker left in the turns, which are relabelled S1, S2, ... (in place)."""
    talk: dict[str, float] = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + (t.end - t.start)
    out = []
    for old, new in renumber(turns).items():
        rows = raw[labels == int(old[1:]) - 1]
        centroid = rows.mean(0) if len(rows) else raw.mean(0)
        out.append(SpeakerInfo(new, round(talk[old], 3), centroid.astype(np.float32)))
    return out


def similarity(a: np.ndarray, b: np.ndarray, norm: tuple[np.ndarray, np.ndarray] | None = None) -> float:
    """Cosine similarity of two speaker vectors, both scaled by `norm` first when given (basic method)."""
    if norm is not None:
        a, b = (a - norm[0]) / norm[1], (b - norm[0]) / norm[1]
    return float(cluster.l2norm(a) @ cluster.l2norm(b))
