"""Speaker clustering in numpy: spectral clustering on a pruned cosine affinity, speaker count by eigengap."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def l2norm(x: np.ndarray) -> np.ndarray:
    return x / (np.linalg.norm(x, axis=-1, keepdims=True) + 1e-12)


def kmeans(x: np.ndarray, k: int, *, iters: int = 50, seed: int = 0) -> np.ndarray:
    """Deterministic k-means++ (several restarts, the lowest inertia wins)."""
    n = len(x)
    if k >= n:
        return np.arange(n) % max(k, 1)
    best, best_inertia = np.zeros(n, dtype=int), np.inf
    rng = np.random.default_rng(seed)
    for _ in range(5):
        centers = [x[rng.integers(n)]]
        for _ in range(1, k):
            d = np.min([((x - c) ** 2).sum(1) for c in centers], axis=0)
            centers.append(x[rng.choice(n, p=d / d.sum()) if d.sum() > 0 else rng.integers(n)])
        c = np.array(centers)
        labels = np.zeros(n, dtype=int)
        for _ in range(iters):
            dist = ((x[:, None, :] - c[None, :, :]) ** 2).sum(-1)
            new = dist.argmin(1)
            if np.array_equal(new, labels) and _ > 0:
                break
            labels = new
            for j in range(k):
                if np.any(labels == j):
                    c[j] = x[labels == j].mean(0)
        inertia = float(((x - c[labels]) ** 2).sum())
        if inertia < best_inertia:
            best, best_inertia = labels.copy(), inertia
    return best


def affinity(emb: np.ndarray, prune: float) -> np.ndarray:
    """Cosine similarity kept only for each row's top `prune` share of neighbours, then symmetrised."""
    e = l2norm(emb)
    sim = np.clip(e @ e.T, -1.0, 1.0)
    n = len(sim)
    keep = max(2, int(np.ceil(prune * n)))
    a = np.zeros_like(sim)
    order = np.argsort(-sim, axis=1)[:, :keep]
    rows = np.arange(n)[:, None]
    a[rows, order] = np.maximum(sim[rows, order], 0.0)
    return 0.5 * (a + a.T)


def estimate_count(eigvals: np.ndarray, max_speakers: int, min_gap: float) -> int:
    """Number of near-zero Laplacian eigenvalues, read from the largest gap; 1 when no gap stands out."""
    vals = np.sort(eigvals)[: max_speakers + 1]
    gaps = np.diff(vals)
    if len(gaps) == 0:
        return 1
    k = int(np.argmax(gaps)) + 1
    return k if gaps[k - 1] >= min_gap else 1


@dataclass
class Spectrum:
    """The normalised Laplacian's smallest eigenpairs of one affinity matrix, computed once per clustering."""

    vals: np.ndarray
    vecs: np.ndarray

    def labels(self, k: int) -> np.ndarray:
        if k <= 1:
            return np.zeros(len(self.vecs), dtype=int)
        return relabel(kmeans(l2norm(self.vecs[:, :k]), k))


def spectrum(emb: np.ndarray, *, prune: float = 0.3, keep: int = 10) -> Spectrum:
    a = affinity(emb, prune)
    d_inv = 1.0 / np.sqrt(np.maximum(a.sum(1), 1e-12))
    lap = np.eye(len(a)) - d_inv[:, None] * a * d_inv[None, :]
    vals, vecs = np.linalg.eigh(lap)
    return Spectrum(vals[:keep], vecs[:, :keep])


def spectral(
    emb: np.ndarray,
    *,
    num_speakers: int | None = None,
    max_speakers: int = 8,
    prune: float = 0.3,
    min_gap: float = 0.1,
    spec: Spectrum | None = None,
) -> np.ndarray:
    """Labels 0..k-1 per embedding row, ordered by first appearance."""
    n = len(emb)
    if n == 0:
        return np.zeros(0, dtype=int)
    if n < 3 or num_speakers == 1:
        return np.zeros(n, dtype=int)
    spec = spec or spectrum(emb, prune=prune, keep=max_speakers + 2)
    k = num_speakers or estimate_count(spec.vals, min(max_speakers, n - 1), min_gap)
    return spec.labels(max(1, min(k, n, spec.vecs.shape[1])))


def relabel(labels: np.ndarray) -> np.ndarray:
    """Renumber labels in order of first appearance so S1 is whoever speaks first."""
    mapping: dict[int, int] = {}
    for lab in labels:
        mapping.setdefault(int(lab), len(mapping))
    return np.array([mapping[int(lab)] for lab in labels], dtype=int)


def refine(emb: np.ndarray, labels: np.ndarray, rounds: int = 3) -> np.ndarray:
    """Reassign each window to the nearest speaker centroid (fixes spectral boundary mistakes)."""
    e = l2norm(emb)
    for _ in range(rounds):
        ks = sorted(set(labels.tolist()))
        if len(ks) < 2:
            return labels
        cents = l2norm(np.array([e[labels == k].mean(0) for k in ks]))
        new = np.array(ks)[(e @ cents.T).argmax(1)]
        if np.array_equal(new, labels):
            break
        labels = new
    return relabel(labels)


def merge_close(emb: np.ndarray, labels: np.ndarray, threshold: float) -> np.ndarray:
    """Merge clusters whose centroids are closer than `threshold` (cosine): one voice split in two.

    Only for embeddings with an absolute scale (neural); it lets the count fall to one speaker.
    """
    e = l2norm(emb)
    labels = labels.copy()
    while True:
        ks = sorted(set(labels.tolist()))
        if len(ks) < 2:
            return relabel(labels)
        cents = l2norm(np.array([e[labels == k].mean(0) for k in ks]))
        sim = cents @ cents.T
        np.fill_diagonal(sim, -1.0)
        i, j = np.unravel_index(int(sim.argmax()), sim.shape)
        if sim[i, j] < threshold:
            return relabel(labels)
        labels[labels == ks[j]] = ks[i]


def silhouette(emb: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette with cosine distance (a window alone in its cluster scores 0)."""
    ks = sorted(set(labels.tolist()))
    if len(ks) < 2:
        return -1.0
    e = l2norm(emb)
    dist = 1.0 - e @ e.T
    scores = []
    for i, lab in enumerate(labels):
        same = labels == lab
        if same.sum() < 2:
            scores.append(0.0)
            continue
        a = dist[i, same].sum() / (same.sum() - 1)
        b = min(dist[i, labels == k].mean() for k in ks if k != lab)
        scores.append((b - a) / max(a, b, 1e-9))
    return float(np.mean(scores))


def prefer_fewer(emb: np.ndarray, labels: np.ndarray, spec: Spectrum, tolerance: float = 0.01) -> np.ndarray:
    """Drop to k-1 clusters while that separates the windows about as well (eigengap over-counts on
    per-recording-scaled features: one voice's two intonations look like two speakers)."""
    current = labels
    while len(set(current.tolist())) > 2:
        k = len(set(current.tolist()))
        fewer = refine(emb, spec.labels(k - 1))
        if silhouette(emb, fewer) < silhouette(emb, current) - tolerance:
            break
        current = fewer
    return current


def assign(emb: np.ndarray, part: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Label every row of `emb` with the nearest (cosine) centroid of the labelled rows `part`."""
    ks = sorted(set(labels.tolist()))
    cents = l2norm(np.array([l2norm(part)[labels == k].mean(0) for k in ks]))
    return np.array(ks)[(l2norm(emb) @ cents.T).argmax(1)]


@dataclass
class Dendrogram:
    """An agglomeration: the merges in order, each with its cost (ascending for Ward)."""

    n: int
    merges: list[tuple[int, int, float]]  # (kept cluster, absorbed cluster, cost)

    def labels(self, k: int) -> np.ndarray:
        """Labels with `k` clusters (1 ≤ k ≤ n), numbered by first appearance."""
        parent = np.arange(self.n)
        for keep, gone, _ in self.merges[: max(0, self.n - k)]:
            parent[parent == gone] = keep
        return relabel(parent)

    def count_at(self, max_cost: float) -> int:
        """Clusters left when merging stops at the first merge costing more than `max_cost`."""
        done = next((i for i, m in enumerate(self.merges) if m[2] > max_cost), len(self.merges))
        return self.n - done


def choose_count(
    dend: Dendrogram,
    max_cost: float,
    *,
    num_speakers: int | None = None,
    min_speakers: int = 1,
    max_speakers: int = 8,
) -> int:
    """The exact count when given; else where merging stops at `max_cost`, kept inside [min, max]."""
    if num_speakers is not None:
        return max(1, min(num_speakers, dend.n))
    k = dend.count_at(max_cost)
    return max(1, min(max(k, min_speakers), max_speakers, dend.n))


def absorb_small(emb: np.ndarray, labels: np.ndarray, min_share: float, keep: int = 1) -> np.ndarray:
    """Clusters holding under `min_share` of the windows (overlaps, coughs, a voice's odd moment) join the
    nearest big cluster; at least `keep` clusters survive."""
    ks, counts = np.unique(labels, return_counts=True)
    order = np.argsort(-counts)
    big = [int(ks[i]) for i in order if counts[i] >= min_share * len(labels)]
    big = big or [int(ks[order[0]])]
    while len(big) < min(keep, len(ks)):
        big.append(int(ks[order[len(big)]]))
    if len(big) == len(ks):
        return labels
    e = l2norm(emb)
    cents = l2norm(np.array([e[labels == k].mean(0) for k in big]))
    out = labels.copy()
    small = ~np.isin(labels, big)
    out[small] = np.array(big)[(e[small] @ cents.T).argmax(1)]
    return relabel(out)


NOISE_LAG = 2  # windows apart (2 × 0.75 s: the nearest windows that do not overlap)
# Windows a cluster counts for at most in the Ward cost. Uncapped, the cost of merging two halves of one voice
# grows with the recording's length (the halves differ by what was said, and every window adds weight), so a
# 5-minute monologue came out as 7 speakers; capped, two big clusters merge when their centroids are closer than
# turns of one voice are. Calibrated per embedder with the stop (counting.Calibration).
SIZE_CAP = 12.0


def noise_scale(emb: np.ndarray, lag: int = 0) -> float:
    """Within-speaker spread of one window's embedding, from windows `lag` steps apart in time (turns are
    longer than windows, so most such pairs share a speaker; the median ignores the pairs that do not)."""
    lag = lag or NOISE_LAG
    e = l2norm(emb.astype(np.float64))
    if len(e) <= lag:
        return 0.05
    d2 = ((e[lag:] - e[:-lag]) ** 2).sum(1)
    return max(float(np.median(d2)) / 2, 1e-4)


def ward(emb: np.ndarray, size_cap: float = SIZE_CAP) -> Dendrogram:
    """Ward agglomeration of unit vectors; each merge's cost (n_a·n_b/(n_a+n_b))·‖c_a − c_b‖² is divided by
    the recording's own `noise_scale`, so the stop is a significance level: how many noise units apart two
    clusters are, given how much speech each holds (at most `size_cap` windows' worth)."""
    e = l2norm(emb.astype(np.float64))
    n = len(e)
    s2 = noise_scale(e)
    cents = e.copy()
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)

    def costs(i: int) -> np.ndarray:
        a, b = min(size[i], size_cap), np.minimum(size, size_cap)
        c = a * b / (a + b) * ((cents - cents[i]) ** 2).sum(1) / s2
        c[~alive] = np.inf
        c[i] = np.inf
        return c

    table = np.array([costs(i) for i in range(n)]) if n else np.zeros((0, 0))
    merges: list[tuple[int, int, float]] = []
    for _ in range(n - 1):
        i, j = divmod(int(np.argmin(table)), n)
        i, j = min(i, j), max(i, j)
        z = float(table[i, j])
        cents[i] = (size[i] * cents[i] + size[j] * cents[j]) / (size[i] + size[j])
        size[i] += size[j]
        alive[j] = False
        table[j, :] = np.inf
        table[:, j] = np.inf
        row = costs(i)
        table[i, :] = row
        table[:, i] = row
        merges.append((i, j, z))
    return Dendrogram(n, merges)
