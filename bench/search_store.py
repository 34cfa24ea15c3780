"""End-to-end search latency through the app's own `pipeline.search.search` on a synthetic library.

    python bench/search_store.py [--sizes 10000,100000,300000] [--queries 100]

For each size, a real store (SQLite WAL + FTS5 + chunk rows) is filled with synthetic bilingual transcripts
(Zipf-distributed English vocabulary plus Korean words with particles), one chunk per two segments, and a
vector index of random unit vectors in the configured embedder's space (embedding 300k real chunks would take
hours; search latency does not depend on the vector values). Queries are distinct, so the query cache never
answers. Printed per mode: p50 and p99 in ms (including the real MiniLM query embedding for semantic and
hybrid), plus the process RSS and the index file size. Target: p50 <= 20 ms and p99 <= 60 ms at 100k.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_latency import measure, rss_mb  # noqa: E402

from recordroute.pipeline.context import AppContext  # noqa: E402
from recordroute.pipeline.indexing import semantic_index  # noqa: E402
from recordroute.pipeline.search import search  # noqa: E402
from recordroute.settings import Settings  # noqa: E402
from recordroute.store.fts import bigrams  # noqa: E402

KO = ["예산", "일정", "설문", "회의", "고객", "매출", "계약", "채용", "보고서", "서버"]
PARTICLES = ["을", "과", "은", "이", "의", "에서", ""]
SEGS_PER_REC = 200  # -> 100 chunks per recording


def vocabulary(rng: np.random.Generator, size: int = 5000) -> list[str]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    return ["".join(rng.choice(letters, rng.integers(3, 10))) for _ in range(size)]


def sentences(rng: np.random.Generator, vocab: list[str], cdf: np.ndarray, n: int) -> list[str]:
    """n sentences of 8-19 Zipf-distributed words; a fifth of them carry a Korean word with a particle."""
    lengths = rng.integers(8, 20, n)
    picks = np.searchsorted(cdf, rng.random(int(lengths.sum())))
    out, pos = [], 0
    for length in lengths:
        words = [vocab[i] for i in picks[pos : pos + length]]
        pos += length
        if rng.random() < 0.2:
            words.insert(int(rng.integers(0, len(words))), KO[rng.integers(len(KO))] + PARTICLES[rng.integers(7)])
        out.append(" ".join(words))
    return out


def build(ctx: AppContext, chunks: int, rng: np.random.Generator) -> float:
    t0 = time.perf_counter()
    vocab = vocabulary(rng)
    zipf = 1.0 / np.arange(1, len(vocab) + 1)
    cdf = np.cumsum(zipf / zipf.sum())
    store = ctx.store
    emb = semantic_index(ctx).embedder()
    # Open (and reconcile) the empty index first: otherwise start-up reconciliation would embed every
    # synthetic chunk for real, which is what this bench avoids.
    index = semantic_index(ctx).index()
    recs = chunks // (SEGS_PER_REC // 2)
    con = store.db.connection()
    chunk_ids: list[int] = []
    with store.db.tx() as c:
        for r in range(recs):
            rid = store.recordings.insert(
                c, content_hash=f"h{r}", kind="audio", source_name=f"{r}.wav", stored_name=f"x/{r}",
                size_bytes=1, title=f"meeting {r}", duration=SEGS_PER_REC * 10.0, transcribe_state="done",
                language="en", recorded_at=1.7e9 + r * 3600, index_state="done", index_model=emb.name,
            )
            texts = sentences(rng, vocab, cdf, SEGS_PER_REC)
            rows = [(rid, i, i * 10.0, i * 10.0 + 9.5, t) for i, t in enumerate(texts)]
            c.executemany("INSERT INTO segments (recording_id, idx, start, end, text) VALUES (?,?,?,?,?)", rows)
            first = c.execute("SELECT MIN(id) FROM segments WHERE recording_id = ?", (rid,)).fetchone()[0]
            c.executemany(
                "INSERT INTO segments_fts (rowid, text, grams, recording_id) VALUES (?,?,?,?)",
                [(first + i, t, bigrams(t), rid) for i, t in enumerate(texts)],
            )
            for j in range(SEGS_PER_REC // 2):
                cur = c.execute(
                    "INSERT INTO chunks (recording_id, idx, text, start, end, seg_from, seg_to) VALUES (?,?,?,?,?,?,?)",
                    (rid, j, texts[2 * j] + " " + texts[2 * j + 1], j * 20.0, j * 20.0 + 19.5, 2 * j, 2 * j + 1),
                )
                chunk_ids.append(int(cur.lastrowid))
    con.execute("PRAGMA optimize")

    def blocks():  # noqa: ANN202
        for i in range(0, len(chunk_ids), 20_000):
            ids = chunk_ids[i : i + 20_000]
            m = rng.standard_normal((len(ids), emb.dim), dtype=np.float32)
            m /= np.linalg.norm(m, axis=1, keepdims=True)
            yield from zip(ids, m, strict=True)

    index.rebuild(blocks())
    store.chunks.activate_space(emb.name, emb.dim)
    return time.perf_counter() - t0


def run(size: int, n_queries: int) -> None:
    rng = np.random.default_rng(size)
    with tempfile.TemporaryDirectory(prefix="rr-search-") as tmp:
        settings = Settings.load(Path(tmp) / "settings.toml", env={})
        settings.data_dir = Path(tmp) / "data"
        ctx = AppContext.open(settings)
        built = build(ctx, size, rng)
        vocab = vocabulary(np.random.default_rng(size))  # same words as the corpus
        queries = [f"{vocab[int(rng.integers(50, 2000))]} {vocab[int(rng.integers(0, 400))]}"
                   for _ in range(n_queries * 3)]
        # Korean word (with a particle) plus an English word: distinct queries, so the cache never answers.
        ko = [f"{KO[i % len(KO)]}{PARTICLES[i % 3]} {vocab[int(rng.integers(0, 200))]}" for i in range(n_queries)]
        rss0 = rss_mb()
        semantic_index(ctx).index()
        print(f"\n{size:,} chunks ({size // (SEGS_PER_REC // 2):,} recordings, {size * 2:,} segments); "
              f"built in {built:.1f} s")
        for mode, qs in (("keyword", queries[:n_queries]), ("semantic", queries[n_queries:2 * n_queries]),
                         ("hybrid", queries[2 * n_queries:]), ("keyword ko", ko)):
            real = mode.split()[0]
            # warmup=0: every timed query is new, so the query cache never answers
            stats = measure(mode, lambda i, qs=qs, real=real: search(ctx, qs[i], mode=real, limit=10), len(qs),
                            warmup=0)
            print("  " + stats.line())
        vec = sum(p.stat().st_size for p in (settings.data_dir / "vectors").rglob("*") if p.is_file())
        db = sum(p.stat().st_size for p in settings.data_dir.glob("recordroute.db*"))
        print(f"  RSS {rss_mb():.0f} MiB (+{rss_mb() - rss0:.0f} MiB after opening the index and querying); "
              f"vector files {vec / 2**20:.0f} MiB; database {db / 2**20:.0f} MiB")
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,300000")
    ap.add_argument("--queries", type=int, default=100)
    args = ap.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
