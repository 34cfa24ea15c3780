"""Diarization scores against a reference with exact turn times.

DER follows the NIST md-eval accounting on 10 ms frames: per frame, error = max(N_ref, N_hyp) − N_correct,
summed over scored frames and divided by the reference speech (overlap counted once per speaker); frames
within `collar` of a reference boundary are not scored; hypothesis labels map to reference speakers by the
mapping with the most overlap (exhaustive: at most 8 labels). Checked against pyannote.metrics 4.2.0
(DiarizationErrorRate(collar=0.5): its collar is the total width, 2 × ours) with bench/der_check.py on the 28
held-out recordings: 27 agree within 0.005, one (a single voice split in two, under reverb) differs by 0.033.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

import numpy as np

STEP = 0.01
Seg = tuple[float, float, str]


def _matrix(segs: Sequence[Seg], n: int, labels: list[str]) -> np.ndarray:
    m = np.zeros((len(labels), n), dtype=bool)
    for a, b, s in segs:
        m[labels.index(s), max(0, int(round(a / STEP))) : min(n, int(round(b / STEP)))] = True
    return m


def best_mapping(ref: Sequence[Seg], hyp: Sequence[Seg]) -> dict[str, str]:
    """Hypothesis label -> reference speaker, maximising the time they share."""
    n = int(max([b for _, b, _ in [*ref, *hyp]], default=0) / STEP) + 2
    rl, hl = sorted({s for *_, s in ref}), sorted({s for *_, s in hyp})
    r, h = _matrix(ref, n, rl), _matrix(hyp, n, hl)
    shared = (h[:, None, :] & r[None, :, :]).sum(-1)  # (hyp, ref)
    best: tuple[int, dict[str, str]] = (-1, {})
    if len(hl) <= len(rl):
        for perm in permutations(range(len(rl)), len(hl)):
            score = sum(int(shared[i, j]) for i, j in enumerate(perm))
            if score > best[0]:
                best = (score, {hl[i]: rl[j] for i, j in enumerate(perm)})
    else:
        for perm in permutations(range(len(hl)), len(rl)):
            score = sum(int(shared[i, j]) for j, i in enumerate(perm))
            if score > best[0]:
                best = (score, {hl[i]: rl[j] for j, i in enumerate(perm)})
    return best[1]


def der(ref: Sequence[Seg], hyp: Sequence[Seg], collar: float = 0.25) -> float:
    n = int(max([b for _, b, _ in [*ref, *hyp]], default=0) / STEP) + 2
    rl = sorted({s for *_, s in ref})
    mapping = best_mapping(ref, hyp)
    r = _matrix(ref, n, rl)
    mapped = [(a, b, mapping.get(s, f"?{s}")) for a, b, s in hyp]
    hl = sorted({s for *_, s in mapped} | set(rl))
    h = _matrix(mapped, n, hl)
    scored = np.ones(n, dtype=bool)
    c = int(round(collar / STEP))
    for a, b, _ in ref:
        for edge in (int(round(a / STEP)), int(round(b / STEP))):
            scored[max(0, edge - c) : edge + c] = False
    n_ref = r.sum(0)
    n_hyp = h.sum(0)
    correct = np.zeros(n, dtype=int)
    for i, s in enumerate(rl):
        correct += r[i] & h[hl.index(s)]
    err = np.maximum(n_ref, n_hyp) - correct
    total = n_ref[scored].sum()
    return float(err[scored].sum() / max(total, 1))


def word_accuracy(
    words: Sequence[Seg], speaker_at: object, mapping: dict[str, str], near: Sequence[float] | None = None
) -> tuple[int, int]:
    """(right, total) over reference words [(start, end, speaker)]; with `near`, only words within 0.5 s of
    one of those times (the reference turn changes)."""
    right = total = 0
    for a, b, who in words:
        if near is not None and not any(a - 0.5 <= t <= b + 0.5 for t in near):
            continue
        got = speaker_at(a, b)  # type: ignore[operator]
        total += 1
        right += int(got is not None and mapping.get(got) == who)
    return right, total


def changes(ref: Sequence[Seg]) -> list[float]:
    """Times where the speaker changes (the start of a turn by someone else than the previous turn)."""
    out = []
    for prev, cur in zip(ref, ref[1:], strict=False):
        if cur[2] != prev[2]:
            out.append(cur[0])
    return out


Span = tuple[float, float]


def overlaps(ref: Sequence[Seg]) -> list[Span]:
    """Where two reference speakers talk at once, merged into disjoint sorted stretches."""
    found = sorted(
        (max(a[0], b[0]), min(a[1], b[1]))
        for i, a in enumerate(ref)
        for b in ref[i + 1 :]
        if a[2] != b[2] and min(a[1], b[1]) > max(a[0], b[0])
    )
    out: list[list[float]] = []
    for lo, hi in found:
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


def _mask(spans: Sequence[Span], n: int) -> np.ndarray:
    m = np.zeros(n, dtype=bool)
    for a, b in spans:
        m[max(0, int(round(a / STEP))) : min(n, int(round(b / STEP)))] = True
    return m


def _touches(spans: Sequence[Span], a: float, b: float) -> bool:
    return any(lo < b and a < hi for lo, hi in spans)


def overlap_counts(ref: Sequence[Span], hyp: Sequence[Span], words: Sequence[Seg]) -> dict[str, float]:
    """Overlap detection against the reference, as sums to pool over recordings: by time (`hit` seconds of
    `hyp` inside `ref`) and by reference words (a word is in an overlap, or marked, when it shares time with
    one)."""
    n = int(max([b for _, b in [*ref, *hyp]], default=0) / STEP) + 2
    r, h = _mask(ref, n), _mask(hyp, n)
    in_ref = [_touches(ref, a, b) for a, b, _ in words]
    marked = [_touches(hyp, a, b) for a, b, _ in words]
    return {
        "hit": float((r & h).sum() * STEP),
        "hyp": float(h.sum() * STEP),
        "ref": float(r.sum() * STEP),
        "words_hit": float(sum(x and y for x, y in zip(in_ref, marked, strict=True))),
        "words_marked": float(sum(marked)),
        "words_ref": float(sum(in_ref)),
    }
