"""The vector index's default search (binary-code shortlist + exact float32 re-score) against exact search:
recall@10 on clustered synthetic vectors and on real MiniLM vectors, deletes, very selective filters, format 1
folders, and SIGKILL during rebuilds and appends of an index large enough to use the shortlist."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from recordroute.store import vector_codes, vectors
from recordroute.store.vectors import MmapVectorIndex

DIM = 384


def clustered(n: int, seed: int, *, topics: int = 60, queries: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors in topics and subtopics (30 per topic) plus per-row noise, tuned so that sign codes rank
    neighbours about as well as they do on real MiniLM vectors (nearest cosine ~0.4, 10th ~0.33; uniform
    random vectors would have no neighbours at all, well-separated clusters would be trivially easy);
    plus `queries` more rows drawn the same way."""
    rng = np.random.default_rng(seed)
    topic = rng.standard_normal((topics, DIM), dtype=np.float32)
    sub = topic.repeat(30, axis=0) + rng.standard_normal((topics * 30, DIM), dtype=np.float32)
    total = n + queries
    rows = sub[rng.integers(0, sub.shape[0], total)] + 2 * rng.standard_normal((total, DIM), dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return rows[:n], rows[n:]


def recall_at(ix: MmapVectorIndex, queries: np.ndarray, k: int = 10, **kw: object) -> float:
    hits = []
    for q in queries:
        fast = ix.search(q, k, **kw)  # type: ignore[arg-type]
        exact = ix.search(q, k, exact=True, **kw)  # type: ignore[arg-type]
        scores = dict(exact)
        for i, s in fast:  # a shortlist hit carries its exact cosine
            if i in scores:
                assert abs(scores[i] - s) < 1e-5
        hits.append(len({i for i, _ in fast} & set(scores)) / max(1, min(k, len(exact))))
    return float(np.mean(hits))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, np.ndarray, np.ndarray]:
    """60k clustered vectors (above EXACT_ROWS, so the shortlist answers), ids 10, 20, 30, ..."""
    folder = tmp_path_factory.mktemp("big")
    data, queries = clustered(60_000, 7, queries=60)
    ids = np.arange(1, data.shape[0] + 1, dtype=np.int64) * 10
    with MmapVectorIndex(folder, "clustered", DIM) as ix:
        ix.rebuild(zip(ids.tolist(), data, strict=True))
    return folder, ids, queries


def test_shortlist_recall_on_clustered_vectors(big: tuple[Path, np.ndarray, np.ndarray]) -> None:
    folder, _, queries = big
    assert vectors.EXACT_ROWS < 60_000
    with MmapVectorIndex(folder, "clustered", DIM) as ix:
        assert recall_at(ix, queries) >= 0.95
        # the shortlist is what answers: a handful of re-scored rows still finds most true neighbours
        assert vector_codes.rescore_count(len(ix), 10) < 0.01 * len(ix)


def test_deleted_ids_never_come_back(tmp_path: Path, big: tuple[Path, np.ndarray, np.ndarray]) -> None:
    folder, ids, queries = big
    work = tmp_path / "copy"
    shutil.copytree(folder, work)
    with MmapVectorIndex(work, "clustered", DIM) as ix:
        doomed = {i for q in queries[:20] for i, _ in ix.search(q, 10)}  # every top hit of these queries
        doomed |= set(ids[::7].tolist())
        assert ix.delete(np.asarray(sorted(doomed))) == len(doomed)
        for q in queries:
            got = {i for i, _ in ix.search(q, 50)}
            assert got and not got & doomed
        assert recall_at(ix, queries) >= 0.95
    with MmapVectorIndex(work, "clustered", DIM) as ix:  # reopened: tombstones and codes still agree
        assert not {i for q in queries for i, _ in ix.search(q, 20)} & doomed
        more = ids[1::3]
        ix.delete(more)  # past the dead ratio: compaction rewrites the codes without the dead rows
        assert json.loads((ix.path / "manifest.json").read_text())["dead"] == 0
        gone = doomed | set(more.tolist())
        assert not {i for q in queries for i, _ in ix.search(q, 20)} & gone
        assert recall_at(ix, queries) >= 0.95


def test_very_selective_and_broad_filters(big: tuple[Path, np.ndarray, np.ndarray]) -> None:
    folder, ids, queries = big
    rng = np.random.default_rng(3)
    with MmapVectorIndex(folder, "clustered", DIM) as ix:
        for q in queries[:10]:
            few = rng.choice(ids, 5, replace=False)  # 5 of 60k, usually nowhere near the query
            got = ix.search(q, 10, allowed=few)
            assert sorted(i for i, _ in got) == sorted(few.tolist())
            assert got == ix.search(q, 10, allowed=few, exact=True)
        third = ids[rng.random(ids.size) < 0.3]
        for q in queries[:10]:
            assert {i for i, _ in ix.search(q, 10, allowed=third)} <= set(third.tolist())
        assert recall_at(ix, queries, allowed=third) >= 0.95
        # a filter between "gather its rows" and "most rows" goes through the shortlist with a mask
        mid = ids[: vectors.GATHER_ROWS * 2]
        assert recall_at(ix, queries[:20], allowed=mid) >= 0.95


def test_format_1_folder_opens_exact_then_gains_codes(tmp_path: Path) -> None:
    data, queries = clustered(vectors.EXACT_ROWS + 2000, 11, queries=10)
    ids = np.arange(data.shape[0], dtype=np.int64)
    with MmapVectorIndex(tmp_path, "old", DIM) as ix:
        ix.rebuild(zip(ids.tolist(), data, strict=True))
        path = ix.path
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["format"] = 1  # as written before the codes existed
    for key in ("codes", "codes_crc32"):
        del manifest[key]
    (path / "manifest.json").write_text(json.dumps(manifest))
    (path / "codes.u64").unlink()
    with MmapVectorIndex(tmp_path, "old", DIM) as ix:
        assert recall_at(ix, queries) == 1.0  # no codes yet: every search is exact
        ix.add(np.array([10**9]), queries[:1])
        assert json.loads((path / "manifest.json").read_text())["format"] == 2
        assert ix.search(queries[0], 1)[0][0] == 10**9
        assert recall_at(ix, queries) >= 0.95


_KILLED = """
import sys, time
import numpy as np
from pathlib import Path
from recordroute.store.vectors import MmapVectorIndex
sys.path.insert(0, {tests!r})
from store.test_vector_shortlist import generation_rows
folder = Path(sys.argv[1])
ix = MmapVectorIndex(folder, "kill-build", 384)
for gen in range(1, 1000):
    ids, mat = generation_rows(gen)
    if gen % 2:
        ix.rebuild(zip(ids.tolist(), mat))
    else:  # appends onto the generation just built
        ids, mat = generation_rows(gen - 1)
        ix.add(ids[-500:] + 10**9, mat[-500:])
    print("gen", gen, flush=True)
"""


def generation_rows(gen: int, n: int = 24_000) -> tuple[np.ndarray, np.ndarray]:
    """Generation `gen`'s rows: ids and vectors both derive from it, so a mixed index shows."""
    data, _ = clustered(n, 1000 + gen, topics=20)
    return np.arange(n, dtype=np.int64) * 1000 + gen, data


def test_sigkill_during_rebuild_and_append_leaves_one_whole_generation(tmp_path: Path) -> None:
    rnd = random.Random(5)
    code = _KILLED.format(tests=str(Path(__file__).resolve().parents[1]))
    seen = set()
    for _round in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        target = rnd.randint(1, 3)
        for line in proc.stdout:
            if int(line.split()[1]) >= target:
                break
        time.sleep(rnd.random() * 0.8)  # somewhere inside the next rebuild or append
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        with MmapVectorIndex(tmp_path, "kill-build", DIM) as ix:  # strict: never inconsistent
            live = ix.live_ids()
            gens = set((live % 1000).tolist())
            assert len(gens) == 1, f"rows of generations {gens} mixed"
            gen = gens.pop()
            seen.add(gen)
            ids, mat = generation_rows(gen)
            base = live[live < 10**9]
            assert np.array_equal(base, ids)
            found, vecs = ix.vectors_for(ids[::997])
            assert np.array_equal(found, ids[::997]) and np.allclose(vecs, mat[::997], atol=1e-6)
            for row in range(0, ids.size, 4001):  # the codes agree with the vectors: each row finds itself
                assert ix.search(mat[row], 1)[0] == (int(ids[row]), pytest.approx(1.0, abs=1e-5))
            extra = live[live >= 10**9]
            assert extra.size in (0, 500)  # an append landed whole or not at all
    assert seen


def test_codes_scan_matches_a_plain_hamming_count() -> None:
    rng = np.random.default_rng(0)
    for dim in (16, 64, 100, 384):
        mat = rng.standard_normal((70_000, dim)).astype(np.float32)
        codes = vector_codes.Codes(vector_codes.encode(mat[:50_000]))
        codes.append(vector_codes.encode(mat[50_000:]))
        q = rng.standard_normal(dim).astype(np.float32)
        plain = ((mat > 0) != (q > 0)).sum(axis=1)
        assert np.array_equal(codes.distances(q), plain)
        near = codes.nearest(q, 300, np.arange(0, 70_000, 2))
        assert near.size == 300 and not (near % 2 == 0).any()
        odd = np.arange(1, 70_000, 2)
        closer = odd[plain[odd] < plain[near].max()]
        assert np.isin(closer, near).all()  # nothing closer than the cut was left out


def test_asymmetric_estimate_is_the_dot_product_with_the_signs() -> None:
    rng = np.random.default_rng(2)
    for dim in (10, 64, 384):
        mat = rng.standard_normal((500, dim)).astype(np.float32)
        q = rng.standard_normal(dim).astype(np.float32)
        codes = vector_codes.Codes(vector_codes.encode(mat))
        rows = np.array([0, 7, 499, 3])
        want = (mat[rows] > 0).astype(np.float32) @ q
        np.testing.assert_allclose(codes.asymmetric(q, rows), want, rtol=1e-5, atol=1e-5)


def _stdlib_paragraphs(limit: int) -> list[str]:
    """Real English prose available offline: docstring paragraphs of standard-library modules."""
    import importlib

    out: list[str] = []
    seen: set[str] = set()
    for name in (
        "argparse",
        "asyncio",
        "collections",
        "csv",
        "datetime",
        "decimal",
        "email",
        "functools",
        "http.client",
        "json",
        "logging",
        "pathlib",
        "shutil",
        "socket",
        "sqlite3",
        "statistics",
        "subprocess",
        "tarfile",
        "threading",
        "typing",
        "unittest",
        "urllib.parse",
        "zipfile",
    ):
        module = importlib.import_module(name)
        for obj in [module, *(getattr(module, a) for a in sorted(dir(module)) if not a.startswith("_"))]:
            doc = getattr(obj, "__doc__", None)
            for para in (doc if isinstance(doc, str) else "").split("\n\n"):
                text = " ".join(para.split())
                if 40 <= len(text) <= 600 and text not in seen and not text.startswith((">>>", "..")):
                    seen.add(text)
                    out.append(text)
    return out[:limit]


@pytest.mark.slow
def test_shortlist_recall_on_real_minilm_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from recordroute.engines.embed import get_embedder

    texts = _stdlib_paragraphs(1600)
    assert len(texts) >= 1200
    vecs = get_embedder("minilm", model_dir=None).embed(texts)
    order = np.random.default_rng(0).permutation(len(texts))
    data, queries = vecs[order[100:]], vecs[order[:100]]  # held-out paragraphs as queries
    # This corpus is small enough for exact search; force the shortlist, at 4% Hamming then 2% asymmetric
    # (the defaults keep 2% and 0.5% of a large index, which at this size would hold every row).
    monkeypatch.setattr(vectors, "EXACT_ROWS", 0)
    for name, value in (
        ("SHORTLIST_MIN", 0),
        ("SHORTLIST_SHARE", 0.04),
        ("RESCORE_MIN", 0),
        ("RESCORE_PER_K", 0),
        ("RESCORE_SHARE", 0.02),
    ):
        monkeypatch.setattr(vector_codes, name, value)
    with MmapVectorIndex(tmp_path, "all-MiniLM-L6-v2", DIM) as ix:
        ix.add(np.arange(data.shape[0]), data)
        assert vector_codes.rescore_count(len(ix), 10) < 0.03 * len(ix)
        assert recall_at(ix, queries) >= 0.95
