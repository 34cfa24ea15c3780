"""A calibrated semantic search looks 2 x deep first and 4 x only when a deeper passage could still rank: the
bound it relies on, the stored lower bound on chunk length, and the same results as always looking 4 x deep, on
a real SQLite library, real vector files and the default model's real query embeddings."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.embed.calibration import E5_SMALL, LANGUAGES
from recordroute.pipeline import search as search_module
from recordroute.pipeline import semantic_rank
from recordroute.pipeline.chunking import Chunk
from recordroute.pipeline.indexing import semantic_index
from recordroute.pipeline.search import search

KO_WORDS = ["예산", "일정", "회의", "고객", "계약", "보고서"]


def test_the_bound_is_never_beaten_and_is_reached() -> None:
    """No passage with a cosine at most c and at least the shortest length scores a higher z than the bound,
    in any direction; the bound is reached at c by the shortest passage in the most favourable direction."""
    rng = np.random.default_rng(7)
    for _ in range(2000):
        c = float(rng.uniform(0.6, 0.95))
        shortest = int(rng.integers(1, 400))
        q = str(rng.choice(LANGUAGES))
        bound = E5_SMALL.z_bound(c, q, shortest)
        for p in LANGUAGES:
            cos = c - float(rng.uniform(0, 0.1))
            chars = shortest + int(rng.integers(0, 2000))
            assert E5_SMALL.z(cos, q, p, chars) <= bound + 1e-12
        best = max(E5_SMALL.z(c, q, p, shortest) for p in LANGUAGES)
        assert math.isclose(best, bound)


def test_complete_says_no_when_a_deeper_passage_could_rank() -> None:
    passages = {1: ("en", 150), 2: ("en", 150)}
    kept = E5_SMALL.rank("budget", [(1, 0.86), (2, 0.85)], passages)
    assert [cid for cid, _ in kept] == [1, 2]
    # Far below the cut: settled. Just under the kept ones: an unseen short Korean passage could still rank.
    assert E5_SMALL.complete("budget", kept, passages, 0.70, 150)
    assert not E5_SMALL.complete("budget", kept, passages, 0.849, 150)
    # The same cosine gap is not enough when the library holds a very short chunk (its length term is larger).
    gap = 0.8
    assert E5_SMALL.complete("budget", kept, passages, gap, 150)
    assert not E5_SMALL.complete("budget", kept, passages, gap, 2)
    # Nothing kept: settled only when no unseen passage could reach the floor itself.
    assert E5_SMALL.complete("budget", [], {}, 0.70, 150)
    assert not E5_SMALL.complete("budget", [], {}, 0.95, 150)


def test_the_index_says_when_a_shallower_look_costs_less(tmp_path: Path) -> None:
    """The shortlist grows with k at 100k rows but not at 1M (its share of the rows wins), and an exact search
    or a small index scores every row: then one look at full depth is cheaper than two."""
    from recordroute.store import vector_codes
    from recordroute.store.vectors import EXACT_ROWS, MmapVectorIndex

    assert vector_codes.rescore_count(100_000, 80) < vector_codes.rescore_count(100_000, 160)
    assert vector_codes.rescore_count(1_000_000, 80) == vector_codes.rescore_count(1_000_000, 160)
    rng = np.random.default_rng(1)
    with MmapVectorIndex(tmp_path / "v", "m", 16) as index:
        rows = rng.standard_normal((EXACT_ROWS + 500, 16)).astype(np.float32)
        index.add(np.arange(1, len(rows) + 1, dtype=np.int64), rows)
        assert index.scored(80) < index.scored(160)
        assert index.scored(80, exact=True) == index.scored(160, exact=True) == len(rows)
        index.delete(np.arange(1, 1001, dtype=np.int64))  # below the size where a scan is as fast
        assert index.scored(80) == index.scored(160) == len(index)


def _recording(ctx, n: int) -> int:
    with ctx.store.db.tx() as con:
        return ctx.store.recordings.insert(
            con,
            content_hash=f"h{n}",
            kind="audio",
            source_name=f"{n}.wav",
            stored_name=f"x/{n}",
            size_bytes=1,
            title=f"meeting {n}",
            duration=600.0,
            transcribe_state="done",
            language="en",
            index_state="done",
        )


def _texts(rng: np.random.Generator, n: int) -> list[str]:
    """Chunk texts of very different lengths, a quarter of them Korean."""
    out = []
    for i in range(n):
        words = int(rng.integers(3, 60))
        if i % 4 == 0:
            out.append(" ".join(str(rng.choice(KO_WORDS)) + "을" for _ in range(words)))
        else:
            out.append(" ".join(f"w{int(rng.integers(0, 500))}" for _ in range(words)))
    return out


def test_min_chars_is_lowered_as_chunks_come_and_kept_as_they_go(ctx) -> None:
    store = ctx.store
    assert store.chunks.min_chars() == 1  # nothing known yet
    rec = _recording(ctx, 0)
    with store.db.tx() as con:
        store.chunks.replace(con, rec, [Chunk(0, "a" * 80, 0.0, 1.0), Chunk(1, "b" * 40, 1.0, 2.0)])
    assert store.chunks.min_chars() == 40
    other = _recording(ctx, 1)
    with store.db.tx() as con:
        store.chunks.replace(con, other, [Chunk(0, "short", 0.0, 1.0)])
    assert store.chunks.min_chars() == 5
    with store.db.tx() as con:  # the short chunk goes: the bound stays (still a lower bound)
        store.chunks.replace(con, other, [Chunk(0, "c" * 300, 0.0, 1.0)])
    assert store.chunks.min_chars() == 5


def test_the_migration_finds_the_shortest_chunk_of_an_older_library(ctx) -> None:
    store = ctx.store
    rec = _recording(ctx, 0)
    with store.db.tx() as con:
        store.chunks.replace(con, rec, [Chunk(0, "x" * 70, 0.0, 1.0), Chunk(1, "y" * 33, 1.0, 2.0)])
        con.execute("DELETE FROM kv WHERE key = 'chunk_min_chars'")  # as a library written before v12
    path = Path(ctx.settings.data_dir) / "recordroute.db"
    ctx.close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version=11")  # as a library written before v12
    raw.commit()
    raw.close()
    from recordroute.pipeline.context import AppContext

    again = AppContext.open(ctx.settings)
    try:
        assert again.store.chunks.min_chars() == 33
    finally:
        again.close()


def _library(ctx, rng: np.random.Generator, queries: list[np.ndarray], n: int) -> None:
    """n chunks in 20 recordings through the store's own writer; their vectors are drawn around the queries
    (each query a cluster centre, some clusters dense) and around random centres, so the nearest lists hold
    near matches, cross-language ones and unrelated passages."""
    sem = semantic_index(ctx)
    emb = sem.embedder()
    sem.index()  # open (and reconcile) the empty index first, so no chunk is embedded for real
    ids: list[int] = []
    per = n // 20
    for r in range(20):
        rec = _recording(ctx, r)
        texts = _texts(rng, per)
        chunks = [Chunk(i, t, i * 10.0, i * 10.0 + 9.0) for i, t in enumerate(texts)]
        with ctx.store.db.tx() as con:
            ids += ctx.store.chunks.replace(con, rec, chunks)[1]
    centres = np.vstack([np.vstack(queries), rng.standard_normal((40, emb.dim)).astype(np.float32)])
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    # Cluster 0 is dense (a third of the library): the first look cannot settle it, so both depths are used.
    pick = np.where(rng.random(len(ids)) < 0.33, 0, rng.integers(0, len(centres), len(ids)))
    noise = rng.uniform(0.02, 0.06, (len(ids), 1)).astype(np.float32)
    rows = centres[pick] + noise * rng.standard_normal((len(ids), emb.dim)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    with sem.writing(emb) as writer:
        writer.rebuild(zip(ids, rows, strict=True))
    ctx.store.chunks.activate_space(emb.name, emb.dim)


@pytest.mark.slow
def test_looking_twice_as_deep_first_finds_what_always_looking_deep_finds(
    ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["budget", "hiring plan", "예산 회의", "server outage", "고객 계약", "quarterly report", "w12 w7"]
    sem = semantic_index(ctx)
    queries = [sem.embedder().embed_query(w) for w in words]
    rng = np.random.default_rng(3)
    _library(ctx, rng, queries, 20_000)  # past the size below which the index scans every row anyway
    index = sem.index()
    depths: list[int] = []
    real_search = type(index).search

    def counted(self, q, k, allowed=None, *, exact=False):
        depths.append(k)
        return real_search(self, q, k, allowed, exact=exact)

    monkeypatch.setattr(type(index), "search", counted)
    name = sem.embedder().name
    probes = [(w, q) for w, q in zip(words, queries, strict=True)]
    probes += [
        (f"{w} {i}", q + 0.03 * rng.standard_normal(q.shape).astype(np.float32))
        for i, (w, q) in enumerate(probes)
    ]
    settled = deeper = found = 0
    for exact in (False, True):
        for text, q in probes:
            depths.clear()
            got = semantic_rank.matches(ctx, name, index, q, text, 40, exact=exact)
            first_look = list(depths)
            with monkeypatch.context() as m:
                m.setattr(semantic_rank, "FIRST_DEPTH", semantic_rank.FULL_DEPTH)
                want = semantic_rank.matches(ctx, name, index, q, text, 40, exact=exact)
            assert got[0] == want[0], text
            found += len(got[0]) > 0
            if exact:  # an exact search scores every row whatever the depth: one look, 4x deep
                assert first_look == [160]
            settled += first_look == [80]
            deeper += first_look == [80, 160]
    assert settled and deeper, (settled, deeper)  # both ways were taken
    assert found >= len(probes)  # and the lists compared are not empty
    # Through the app's search, too (semantic and hybrid), against the always-deep setting.
    for mode in ("semantic", "hybrid"):
        for word in words:
            got_hits = [(h.chunk_id, round(h.score, 6)) for h in search(ctx, word, mode=mode, limit=10)]
            with monkeypatch.context() as m:
                m.setattr(semantic_rank, "FIRST_DEPTH", semantic_rank.FULL_DEPTH)
                m.setattr(
                    search_module, "_cache", lambda _ctx: search_module._Cache()
                )  # not the answer above
                want_hits = [(h.chunk_id, round(h.score, 6)) for h in search(ctx, word, mode=mode, limit=10)]
            assert got_hits == want_hits, (mode, word)
