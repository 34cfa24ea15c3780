"""Window embedders: MFCC statistics (basic, no weights) and ONNX speaker-embedding models (neural)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from ...progress import CancelToken, Progress, ProgressCallback
from . import boundaries, features, framestream, overlap
from .catalog import DiarizeModel
from .cluster import l2norm
from .counting import Calibration
from .framestream import WindowRows

# Calibrated on the tuning part of the test set (bench/diarization.py --calibrate).
# Tuning part, 24 dialogues and 14 recordings of 4-10 min: count exact on 28 of 38 (uncapped: 21).
BASIC_MAX_COST = 4.0
BASIC_SIZE_CAP = 12.0

FRAME = features.HOP / features.SAMPLE_RATE  # seconds per feature frame
BATCH = 64  # windows embedded together
# Windows in seconds: (start, end) pairs, or an (n, 2) array of them.
Windows = Sequence[tuple[float, float]] | np.ndarray


class Embedder(Protocol):
    name: str
    # Basic features are z-scored per recording before clustering; neural embeddings are compared as they are.
    standardize: bool
    calibration: Calibration  # where agglomerative clustering stops for this embedder
    kinds: tuple[str, ...]  # the feature rows it reads (framestream.KINDS)
    min_contrast: float  # a turn change's least contrast to be looked at for overlap (overlap.detect)
    overlap_level: float  # overlap.detect's min_level for the changes this embedder places
    placement: tuple[float, float]  # turn-change placement: scoring window and grid, seconds (boundaries)

    def embed_batch(self, batch: Sequence[WindowRows]) -> list[np.ndarray]: ...


def frame_bounds(n_frames: int, windows: Windows) -> tuple[np.ndarray, np.ndarray]:
    """Each window's first and end frame (two int64 arrays): arrays, not a slice object per window, since a
    long recording's turn changes are scored on some 100k windows."""
    w = np.asarray(windows, dtype=np.float64).reshape(-1, 2)
    i = (w[:, 0] / FRAME).astype(np.int64)  # times are >= 0: truncation is int()
    j = np.maximum(i + 1, (w[:, 1] / FRAME).astype(np.int64))
    return np.minimum(i, n_frames - 1), np.minimum(j, n_frames)


def _slices(n_frames: int, windows: Windows) -> list[slice]:
    return [slice(int(a), int(b)) for a, b in zip(*frame_bounds(n_frames, windows), strict=True)]


def embed_stream(
    embedders: Sequence[Embedder],
    chunks: Iterable[np.ndarray],
    n_samples: int,
    windows: Windows,
    progress: ProgressCallback,
    cancel: CancelToken,
    reduce: Callable[[int, np.ndarray], np.ndarray] | None = None,
) -> list[np.ndarray]:
    """Each embedder's (len(windows), dim) embeddings of the windows of a recording of `n_samples` samples
    that arrives as consecutive `chunks` (one array, or blocks from engines.audio_stream: the same result).
    `reduce(first window index, batch rows)` turns each batch into what is kept (one row per window), so that
    a caller needing a number per window does not hold every embedding."""
    n_frames = framestream.frame_count(n_samples)
    kinds = sorted({k for e in embedders for k in e.kinds})
    outs: list[np.ndarray | None] = [None for _ in embedders]
    batch: list[WindowRows] = []
    done = 0

    def flush() -> None:
        nonlocal done
        cancel.raise_if_cancelled()
        progress(Progress("embed", done / max(len(windows), 1)))
        for i, embedder in enumerate(embedders):
            rows = np.asarray(embedder.embed_batch(batch), dtype=np.float32).reshape(len(batch), -1)
            kept = reduce(done, rows) if reduce is not None else rows
            out = outs[i]
            if out is None:  # filled in place: a list of rows, then a copy, held twice as much
                out = outs[i] = np.empty((len(windows), *kept.shape[1:]), np.float32)
            out[done : done + len(batch)] = kept
        done += len(batch)
        batch.clear()

    if len(windows):
        starts, stops = frame_bounds(n_frames, windows)
        for rows in framestream.window_rows(chunks, starts, stops, n_frames, kinds):
            batch.append(rows)
            if len(batch) == BATCH:
                flush()
        if batch:
            flush()
    return [out if out is not None else np.zeros((0, 0), np.float32) for out in outs]


class MfccStats:
    """Mean and spread of MFCC 1..19 and their deltas per window: voice timbre without any model."""

    name = "mfcc-stats"
    standardize = True
    calibration = Calibration(BASIC_MAX_COST, size_cap=BASIC_SIZE_CAP)
    min_contrast = overlap.MIN_CONTRAST  # not used: the basic method does not look for overlaps
    overlap_level = overlap.MIN_LEVEL
    placement = (boundaries.SUB, boundaries.GRID)  # not used: the basic method does not place changes
    kinds: tuple[str, ...] = ("logmel40",)

    def embed_batch(self, batch: Sequence[WindowRows]) -> list[np.ndarray]:
        out = []
        for rows in batch:
            cep = features.mfcc(rows.rows["logmel40"], 20)[:, 1:]
            # The context frames make the deltas those of the whole recording at the window's edges.
            delta = np.gradient(cep, axis=0) if len(cep) > 1 else np.zeros_like(cep)
            c, d = cep[rows.inner], delta[rows.inner]
            out.append(np.concatenate([c.mean(0), c.std(0), d.std(0)]))
        return out


class OnnxEmbedder:
    """A speaker-embedding ONNX model (d-vector LSTM or a WeSpeaker/3D-Speaker fbank model) run by onnxruntime.

    Its input is the recording's own spectrum. Tried for the d-vector and not kept (issue 27, tuning part, word
    accuracy clean / degraded, as is 99.4 / 93.2 %): every input cut to the telephone band 93.9-95.7 / 80.8-83.5 %
    (the model leans on the high band); spectral subtraction of the quietest frames' floor 94.7-98.9 / 92.0-94.7 %
    (telephone up, noise and clean down); the recording's mean embedding subtracted 98.8 / 91.6 %.
    """

    standardize = False

    def __init__(self, model: DiarizeModel, path: Path, threads: int = 0) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
        # No memory arena: batches of 1.5-s and 0.8-s windows of varying count fragmented it, and the process
        # grew with the recording's length (neural, 5 -> 20 min: 389 -> 475 MB with the arena, 332 -> 349 MB
        # without; malloc's freed blocks go back to the OS after each block, memory.release_freed_memory).
        opts.enable_cpu_mem_arena = False
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.input = self.session.get_inputs()[0].name
        self.model = model
        self.name = model.name
        self.calibration = Calibration(model.max_cost, size_cap=model.size_cap)
        self.min_contrast = model.min_contrast
        self.overlap_level = model.overlap_level
        self.placement = model.placement
        self.dvector = model.feature == "dvector40"
        self.kinds: tuple[str, ...] = ("logmel40",) if self.dvector else ("fbank80",)

    def embed_batch(self, batch: Sequence[WindowRows]) -> list[np.ndarray]:
        feats = [rows.own(self.kinds[0]) for rows in batch]
        return self._dvector(feats) if self.dvector else self._fbank(feats)

    def _dvector(self, batch: list[np.ndarray]) -> list[np.ndarray]:
        # 80-frame sub-windows, stride 40: L2 each, mean, L2 (the model's published recipe).
        win, hop = 80, 40
        subs: list[np.ndarray] = []
        owner: list[int] = []
        for k, f in enumerate(batch):
            if len(f) < win:
                f = np.pad(f, ((0, win - len(f)), (0, 0)), mode="edge")
            for s in range(0, len(f) - win + 1, hop):
                subs.append(f[s : s + win])
                owner.append(k)
        emb = l2norm(self.session.run(None, {self.input: np.stack(subs).astype(np.float32)})[0])
        own = np.array(owner)
        return [l2norm(emb[own == k].mean(0)) for k in range(len(batch))]

    def _fbank(self, batch: list[np.ndarray]) -> list[np.ndarray]:
        # One call per window length (most share one: 1.5 s, or 0.8 s when placing changes), not per window;
        # no padding, which would change the statistics pooling. CAM++'s convolutions cost the same either way.
        by_len: dict[int, list[int]] = {}
        for k, f in enumerate(batch):
            by_len.setdefault(len(f), []).append(k)
        out: list[np.ndarray] = [np.empty(0, np.float32)] * len(batch)
        for ks in by_len.values():
            x = np.stack([batch[k] - batch[k].mean(0, keepdims=True) for k in ks]).astype(np.float32)
            emb = self.session.run(None, {self.input: x})[0].reshape(len(ks), -1)
            for k, row in zip(ks, emb, strict=True):
                out[k] = l2norm(row)
        return out
