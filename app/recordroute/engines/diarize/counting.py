"""A speaker per embedding window: how many speakers, and which window is whose.

The default ("ahc") agglomerates windows with Ward's criterion measured in units of the recording's own
within-speaker spread (cluster.ward) and stops at a level calibrated per embedder on the tuning part of the
test set (bench/diarization.py --calibrate); clusters too small to be a voice join the nearest big one, then
every window moves to its nearest speaker centroid. The old method
("eigengap": spectral clustering, count from the Laplacian's largest eigengap) stays for comparison.
Hints: an exact count, or a minimum and maximum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import cluster

CLUSTERINGS = ("ahc", "eigengap")
PARTITION = "spectral"  # or "ward": who is who, once the count is known
MAX_CLUSTERED = 800  # windows clustered directly (~10 min of speech); longer recordings are sampled


@dataclass(frozen=True)
class CountHints:
    num_speakers: int | None = None  # exact, from the user
    min_speakers: int = 1
    max_speakers: int = 8


@dataclass(frozen=True)
class Calibration:
    """Where agglomeration stops for one embedder (a Ward cost in noise units), the smallest share of
    windows that is a voice, and the most windows a cluster weighs in that cost (cluster.SIZE_CAP)."""

    max_cost: float
    min_share: float = 0.08
    size_cap: float = cluster.SIZE_CAP


def label_windows(
    emb: np.ndarray, hints: CountHints, calib: Calibration, *, clustering: str, standardized: bool
) -> np.ndarray:
    """Speaker per window. Above MAX_CLUSTERED windows an even sample is clustered and every window joins
    the nearest speaker centroid."""
    sample = np.arange(len(emb))
    if len(emb) > MAX_CLUSTERED:
        sample = np.linspace(0, len(emb) - 1, MAX_CLUSTERED).round().astype(int)
    part = emb[sample]
    labels = _eigengap(part, hints, standardized) if clustering == "eigengap" else _ahc(part, hints, calib)
    if len(sample) == len(emb):
        return labels
    return cluster.refine(emb, cluster.assign(emb, part, labels))


def _ahc(emb: np.ndarray, hints: CountHints, calib: Calibration) -> np.ndarray:
    if len(emb) < 2 or hints.num_speakers == 1 or hints.max_speakers == 1:
        return np.zeros(len(emb), dtype=int)
    dend = cluster.ward(emb, calib.size_cap)
    k = cluster.choose_count(
        dend,
        calib.max_cost,
        num_speakers=hints.num_speakers,
        min_speakers=hints.min_speakers,
        max_speakers=hints.max_speakers,
    )
    labels = dend.labels(k)
    if hints.num_speakers is None:  # clusters too small to be a voice do not count
        labels = cluster.absorb_small(emb, labels, calib.min_share, keep=hints.min_speakers)
    k = len(set(labels.tolist()))
    if k > 1 and PARTITION == "spectral" and len(emb) > k + 1:
        # Ward finds the count; spectral clustering draws the borders better on long, varied turns.
        labels = cluster.spectrum(emb, keep=k + 1).labels(k)
    return cluster.refine(emb, labels) if k > 1 else labels


def _eigengap(emb: np.ndarray, hints: CountHints, standardized: bool) -> np.ndarray:
    """The method before calibration (kept for the bench's side-by-side figures)."""
    spec = cluster.spectrum(emb, keep=hints.max_speakers + 2) if len(emb) >= 3 else None
    labels = cluster.spectral(
        emb, num_speakers=hints.num_speakers, max_speakers=hints.max_speakers, spec=spec
    )
    if hints.num_speakers is None or hints.num_speakers > 1:
        labels = cluster.refine(emb, labels)
    if hints.num_speakers is None and spec is not None:
        if standardized:
            labels = cluster.prefer_fewer(emb, labels, spec)
        else:
            labels = cluster.merge_close(emb, labels, 0.88)
    return labels
