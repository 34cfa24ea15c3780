"""Search latency and memory: semantic top-k over MmapVectorIndex, plus hooks for keyword and hybrid search.

    python bench/search_latency.py [--sizes 10000,100000,300000] [--dim 384] [--queries 200] [--k 10]
                                   [--keyword] [--db PATH]

Semantic: for each size, a synthetic index of random unit vectors is written to a temp folder, closed and
reopened (the open verifies the CRCs, which also warms the page cache, as the app does at start), then
`--queries` top-k searches run. Printed: build and open time, p50/p99 latency (plain and with an `allowed`
filter of 1% of the ids), RSS growth from opening + searching, and the index file size.
Target: p50 <= 20 ms at 100k x 384 on 2 cores.

Keyword/hybrid hooks: `keyword_latency(conn, queries, ...)` and `hybrid_latency(conn, index, embed_query,
queries, ...)` take a sqlite3 connection and any search function, so the real store search can be plugged in
later. `--keyword` runs them on a synthetic segments_fts table (same schema as the store); `--db` on a real
library database (keyword only, plus hybrid when its vector index is given through code).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from recordroute.pipeline.fusion import reciprocal_rank_fusion
from recordroute.store.vectors import MmapVectorIndex, VectorIndex


@dataclass
class LatencyStats:
    label: str
    n: int
    p50_ms: float
    p99_ms: float
    mean_ms: float

    def line(self) -> str:
        return f"{self.label:<34} n={self.n:<5} p50 {self.p50_ms:7.2f} ms  p99 {self.p99_ms:7.2f} ms"


def measure(label: str, fn: Callable[[int], object], runs: int, warmup: int = 5) -> LatencyStats:
    """Call fn(i) `runs` times (after `warmup` untimed calls) and summarise the wall times."""
    for i in range(warmup):
        fn(i)
    times = []
    for i in range(runs):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    return LatencyStats(label, runs, statistics.median(times), p99, statistics.fmean(times))


def rss_mb() -> float:
    """Resident set size now (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 2**10)


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    m = rng.standard_normal((n, dim), dtype=np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    return m


# --- semantic -------------------------------------------------------------------------------------------
def build_index(folder: Path, n: int, dim: int, seed: int = 0, block: int = 20_000) -> float:
    rng = np.random.default_rng(seed)
    t = time.perf_counter()
    with MmapVectorIndex(folder, "bench-random", dim) as ix:
        for start in range(0, n, block):
            size = min(block, n - start)
            ix.add(np.arange(start, start + size, dtype=np.int64), _unit(rng, size, dim))
    return time.perf_counter() - t


def semantic_latency(
    index: VectorIndex,
    queries: np.ndarray,
    k: int,
    allowed: np.ndarray | None = None,
    label: str = "semantic",
) -> LatencyStats:
    return measure(label, lambda i: index.search(queries[i % len(queries)], k, allowed=allowed), len(queries))


def run_semantic(sizes: Sequence[int], dim: int, n_queries: int, k: int) -> None:
    rng = np.random.default_rng(42)
    queries = _unit(rng, n_queries, dim)
    print(f"semantic top-{k}, dim {dim}, {n_queries} queries per size, {os.cpu_count()} cores")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="rr-vec-") as tmp:
            build_s = build_index(Path(tmp), n, dim)
            before = rss_mb()
            t = time.perf_counter()
            ix = MmapVectorIndex(Path(tmp), "bench-random", dim)
            open_s = time.perf_counter() - t
            plain = semantic_latency(ix, queries, k, label=f"{n:>7} plain")
            allowed = rng.choice(n, size=max(1, n // 100), replace=False)
            filtered = semantic_latency(ix, queries, k, allowed=allowed, label=f"{n:>7} allowed=1%")
            after = rss_mb()
            size_mb = sum(f.stat().st_size for f in ix.path.iterdir()) / 2**20  # incl. growth slack
            data_mb = n * (dim * 4 + 8) / 2**20
            ix.close()
            print(
                f"  {n:>7} x {dim}: build {build_s:6.2f} s, open+verify {open_s * 1000:6.1f} ms, "
                f"files {size_mb:6.1f} MiB (rows {data_mb:6.1f} MiB), RSS +{after - before:6.1f} MiB"
            )
            print("   ", plain.line())
            print("   ", filtered.line())
            if n == 100_000 and dim == 384:
                verdict = "PASS" if plain.p50_ms <= 20.0 else "FAIL"
                print(f"    target p50 <= 20 ms at 100k x 384: {verdict} ({plain.p50_ms:.2f} ms)")


# --- keyword / hybrid hooks ----------------------------------------------------------------------------
KeywordSearch = Callable[[sqlite3.Connection, str, int], list[int]]


def fts_keyword_search(conn: sqlite3.Connection, query: str, k: int) -> list[int]:
    """Default keyword search: the store's segments_fts table with the app's MATCH builder."""
    from recordroute.store.fts import build_match

    match = build_match(query)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rank LIMIT ?", (match, k)
    ).fetchall()
    return [int(r[0]) for r in rows]


def keyword_latency(
    conn: sqlite3.Connection,
    queries: Sequence[str],
    *,
    k: int = 10,
    search: KeywordSearch = fts_keyword_search,
    label: str = "keyword",
) -> LatencyStats:
    return measure(label, lambda i: search(conn, queries[i % len(queries)], k), len(queries))


def hybrid_latency(
    conn: sqlite3.Connection,
    index: VectorIndex,
    embed_query: Callable[[str], np.ndarray],
    queries: Sequence[str],
    *,
    k: int = 10,
    search: KeywordSearch = fts_keyword_search,
    pool: int = 50,
    label: str = "hybrid",
) -> LatencyStats:
    """Keyword top-`pool` + semantic top-`pool` (query embedding included) fused with RRF, end to end.
    Both searches must return the same kind of id (map chunk ids to segment ids in `search` if needed)."""

    def one(i: int) -> list[tuple[int, float]]:
        q = queries[i % len(queries)]
        keyword = search(conn, q, pool)
        semantic = [doc for doc, _ in index.search(embed_query(q), pool)]
        return reciprocal_rank_fusion([keyword, semantic])[:k]

    return measure(label, one, len(queries))


_WORDS = [
    "budget",
    "meeting",
    "launch",
    "review",
    "hiring",
    "office",
    "contract",
    "vendor",
    "customer",
    "revenue",
    "plan",
    "risk",
    "team",
    "schedule",
    "product",
    "design",
    "security",
    "release",
    "support",
    "quarter",
    "예산",
    "회의",
    "출시",
    "검토",
    "채용",
    "계약",
    "고객",
    "매출",
]


def synthetic_fts(path: Path, rows: int, seed: int = 0) -> sqlite3.Connection:
    """A segments_fts table shaped like the store's, filled with random 12-word segments."""
    from recordroute.store.fts import bigrams

    rnd = np.random.default_rng(seed)
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE segments_fts USING fts5 (text, grams, recording_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    batch = []
    for i in range(rows):
        text = " ".join(rnd.choice(_WORDS, 12))
        batch.append((i, text, bigrams(text), i // 100))
        if len(batch) == 5000:
            conn.executemany(
                "INSERT INTO segments_fts (rowid, text, grams, recording_id) VALUES (?,?,?,?)", batch
            )
            batch = []
    conn.executemany("INSERT INTO segments_fts (rowid, text, grams, recording_id) VALUES (?,?,?,?)", batch)
    conn.commit()
    return conn


def run_keyword(sizes: Sequence[int], dim: int, n_queries: int, k: int, db: Path | None) -> None:
    rnd = np.random.default_rng(7)
    queries = [" ".join(rnd.choice(_WORDS, 2)) for _ in range(n_queries)]
    if db is not None:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            print("   ", keyword_latency(conn, queries, k=k, label=f"keyword ({db.name})").line())
        return
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="rr-fts-") as tmp:
            conn = synthetic_fts(Path(tmp) / "fts.db", n)
            build_index(Path(tmp), n, dim)
            ix = MmapVectorIndex(Path(tmp), "bench-random", dim)
            qrng = np.random.default_rng(3)
            fake_vecs = {q: _unit(qrng, 1, dim)[0] for q in queries}  # stand-in query encoder: no model load
            print("   ", keyword_latency(conn, queries, k=k, label=f"{n:>7} keyword").line())
            print(
                "   ",
                hybrid_latency(
                    conn, ix, fake_vecs.__getitem__, queries, k=k, label=f"{n:>7} hybrid (no encoder)"
                ).line(),
            )
            ix.close()
            conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,300000")
    ap.add_argument("--dim", type=int, default=384)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument(
        "--keyword", action="store_true", help="also run the keyword/hybrid hooks (synthetic FTS)"
    )
    ap.add_argument("--db", type=Path, help="keyword latency on this library database instead")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.queries = "2000", 10
    sizes = [int(s) for s in args.sizes.split(",") if s]
    run_semantic(sizes, args.dim, args.queries, args.k)
    if args.keyword or args.db:
        print("keyword / hybrid")
        run_keyword(sizes, args.dim, args.queries, args.k, args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
