"""MmapVectorIndex: exact search vs brute force, growth, tombstones, compaction, persistence, separate model
spaces, `allowed` filters, corruption detection and SIGKILL in the middle of writes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from recordroute.errors import IndexCorrupt
from recordroute.store.vectors import MmapVectorIndex, list_models, model_slug


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    m = rng.standard_normal((n, dim)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def _brute(ids: np.ndarray, mat: np.ndarray, q: np.ndarray, k: int) -> list[tuple[int, float]]:
    scores = mat @ (q / np.linalg.norm(q))
    order = np.lexsort((ids, -scores))[:k]
    return [(int(ids[i]), float(scores[i])) for i in order]


def _same(got: list[tuple[int, float]], want: list[tuple[int, float]]) -> None:
    assert [i for i, _ in got] == [i for i, _ in want]
    np.testing.assert_allclose([s for _, s in got], [s for _, s in want], atol=1e-5)


def _manifest(ix: MmapVectorIndex) -> dict:
    return json.loads((ix.path / "manifest.json").read_text())


def test_search_matches_brute_force(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    ids = rng.choice(10**9, size=3000, replace=False).astype(np.int64)
    mat = _unit(rng, 3000, 64)
    with MmapVectorIndex(tmp_path, "model-a", 64) as ix:
        ix.add(ids[:1000], mat[:1000])
        ix.add(ids[1000:], mat[1000:])
        assert len(ix) == 3000
        for q in _unit(rng, 20, 64):
            _same(ix.search(q * 3.0, 10), _brute(ids, mat, q, 10))  # queries are normalised
        assert ix.search(mat[0], 0) == []
        assert len(ix.search(mat[0], 5000)) == 3000
        assert ix.search(mat[17], 1)[0][0] == ids[17]
        with pytest.raises(ValueError):
            ix.add(np.array([1]), np.ones((1, 32)))
        with pytest.raises(ValueError):
            ix.add(np.array([-1]), np.ones((1, 64)))
        with pytest.raises(ValueError):
            ix.search(np.ones(63), 3)


def test_growth_appends_without_rewriting(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    mat = _unit(rng, 5000, 16)
    ix = MmapVectorIndex(tmp_path, "m", 16)
    ix.add(np.arange(10), mat[:10])
    inode = (ix.path / "vectors.f32").stat().st_ino
    capacities = []
    for start in range(10, 5000, 700):
        ix.add(np.arange(start, min(start + 700, 5000)), mat[start : start + 700])
        capacities.append(_manifest(ix)["capacity"])
    assert capacities[0] == 1024 and capacities[-1] >= 5000
    assert all(b >= a for a, b in zip(capacities, capacities[1:], strict=False)) and len(set(capacities)) <= 5
    assert (ix.path / "vectors.f32").stat().st_ino == inode  # grown in place, not rewritten
    assert _manifest(ix)["count"] == 5000
    _same(ix.search(mat[4321], 5), _brute(np.arange(5000), mat, mat[4321], 5))
    ix.close()


def test_tombstones_then_compaction(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    mat = _unit(rng, 1000, 8)
    ids = np.arange(1000, 2000)
    ix = MmapVectorIndex(tmp_path, "m", 8)
    ix.add(ids, mat)
    assert ix.delete(ids[:200]) == 200 and ix.delete(np.array([5, 6])) == 0
    m = _manifest(ix)
    assert (len(ix), m["count"], m["dead"]) == (800, 1000, 200)  # tombstones, no rewrite yet
    got = ix.search(mat[0], 1000)
    assert len(got) == 800 and not {i for i, _ in got} & set(ids[:200].tolist())
    ix.delete(ids[200:350])  # 350 / 1000 dead > 30 %: compacted
    m = _manifest(ix)
    assert (len(ix), m["count"], m["dead"]) == (650, 650, 0)
    _same(ix.search(mat[500], 7), _brute(ids[350:], mat[350:], mat[500], 7))
    # Re-adding an id replaces its vector.
    ix.add(np.array([ids[999]]), mat[:1])
    assert ix.search(mat[0], 1)[0][0] == ids[999] and len(ix) == 650
    found, vecs = ix.vectors_for(np.array([ids[999], 123456]))
    assert found.tolist() == [ids[999]] and np.allclose(vecs[0], mat[0], atol=1e-6)
    assert sorted(ix.live_ids().tolist()) == sorted(ids[350:].tolist())
    ix.close()


def test_reopen_keeps_everything(tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    mat = _unit(rng, 500, 32)
    ix = MmapVectorIndex(tmp_path, "m", 32)
    ix.add(np.arange(500), mat)
    ix.delete(np.arange(0, 100, 2))
    before = [ix.search(q, 10) for q in mat[:5]]
    gen = ix.generation
    ix.close()
    again = MmapVectorIndex(tmp_path, "m", 32)
    assert again.is_consistent() and len(again) == 450 and again.generation == gen
    assert [again.search(q, 10) for q in mat[:5]] == before
    again.close()


def test_each_model_gets_its_own_space(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    a = MmapVectorIndex(tmp_path, "all-MiniLM-L6-v2-int8", 384)
    b = MmapVectorIndex(tmp_path, "ollama:bge-m3", 1024)
    c = MmapVectorIndex(tmp_path, "all-MiniLM-L6-v2-int8", 256)
    a.add(np.arange(3), _unit(rng, 3, 384))
    b.add(np.arange(5), _unit(rng, 5, 1024))
    assert (len(a), len(b), len(c)) == (3, 5, 0)
    assert len({a.path, b.path, c.path}) == 3 and a.path.name == model_slug("all-MiniLM-L6-v2-int8", 384)
    infos = {(i.model_name, i.dim): i.count for i in list_models(tmp_path)}
    assert infos == {
        ("all-MiniLM-L6-v2-int8", 384): 3,
        ("ollama:bge-m3", 1024): 5,
        ("all-MiniLM-L6-v2-int8", 256): 0,
    }
    for ix in (a, b, c):
        ix.close()
    # Two names with the same folder slug never share vectors: the manifest's name is checked.
    MmapVectorIndex(tmp_path, "Model X", 8).close()
    with pytest.raises(IndexCorrupt, match="'Model X'"):
        MmapVectorIndex(tmp_path, "model_x", 8)


def test_allowed_filter(tmp_path: Path) -> None:
    rng = np.random.default_rng(6)
    mat = _unit(rng, 2000, 24)
    ids = np.arange(2000) * 7
    ix = MmapVectorIndex(tmp_path, "m", 24)
    ix.add(ids, mat)
    ix.delete(ids[:10])
    q = _unit(rng, 1, 24)[0]
    for size in (15, 1500):  # a few rows (gathered) and most rows (masked)
        allowed = rng.choice(ids, size=size, replace=False)
        allowed_live = np.setdiff1d(allowed, ids[:10])
        pos = np.searchsorted(ids, allowed_live)
        _same(ix.search(q, 10, allowed=np.append(allowed, [-5, 3])), _brute(ids[pos], mat[pos], q, 10))
    assert ix.search(q, 10, allowed=np.array([], np.int64)) == []
    assert ix.search(q, 10, allowed=ids[:10]) == []  # only deleted ids
    ix.close()


def test_corruption_is_detected_not_returned(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    mat = _unit(rng, 300, 16)

    def fresh() -> Path:
        shutil_rm(tmp_path / model_slug("m", 16))
        ix = MmapVectorIndex(tmp_path, "m", 16)
        ix.add(np.arange(300), mat)
        ix.close()
        return ix.path

    def flip(path: Path, offset: int) -> None:
        with open(path, "r+b") as fh:
            fh.seek(offset)
            byte = fh.read(1)
            fh.seek(offset)
            fh.write(bytes([byte[0] ^ 0xFF]))

    cases = {
        "vector checksum": lambda p: flip(p / "vectors.f32", 4 * 16 * 150 + 3),
        "id checksum": lambda p: flip(p / "ids.i64", 8 * 42),
        "manifest.json is missing": lambda p: (p / "manifest.json").unlink(),
        "data files hold": lambda p: os.truncate(p / "ids.i64", 8 * 100),
        "unreadable manifest": lambda p: (p / "manifest.json").write_text("{not json"),
    }
    for why, damage in cases.items():
        damage(fresh())
        with pytest.raises(IndexCorrupt, match=why):
            MmapVectorIndex(tmp_path, "m", 16)
        ix = MmapVectorIndex(tmp_path, "m", 16, strict=False)
        assert not ix.is_consistent() and why in (ix.problem or "") and len(ix) == 0
        with pytest.raises(IndexCorrupt):
            ix.search(mat[0], 3)
        with pytest.raises(IndexCorrupt):
            ix.add(np.array([1]), mat[:1])
        ix.rebuild((int(i), mat[i]) for i in range(300))
        assert ix.is_consistent() and ix.search(mat[9], 1)[0][0] == 9
        ix.close()


def shutil_rm(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def test_rebuild_and_interrupted_swaps(tmp_path: Path) -> None:
    rng = np.random.default_rng(8)
    mat = _unit(rng, 100, 8)
    ix = MmapVectorIndex(tmp_path, "m", 8)
    ix.add(np.arange(50), mat[:50])
    ix.rebuild([(7, mat[0]), (8, mat[1]), (7, mat[2])])  # a later duplicate wins
    assert len(ix) == 2 and ix.search(mat[2], 1)[0][0] == 7
    with pytest.raises(ValueError):
        ix.rebuild([(1, np.ones(9))])
    assert len(ix) == 2 and ix.search(mat[1], 1)[0][0] == 8  # a failed rebuild keeps the old index
    ix.close()
    live = tmp_path / model_slug("m", 8)
    os.replace(live, live.with_name(live.name + ".new"))  # killed between the two renames of a swap
    ix = MmapVectorIndex(tmp_path, "m", 8)
    assert len(ix) == 2
    ix.close()
    os.replace(live, live.with_name(live.name + ".old"))  # killed before the new folder was renamed in
    ix = MmapVectorIndex(tmp_path, "m", 8)
    assert len(ix) == 2 and not live.with_name(live.name + ".old").exists()
    ix.close()


_WRITER = r"""
import sys, numpy as np
from pathlib import Path
from recordroute.store.vectors import MmapVectorIndex
def vec(i):
    return np.random.default_rng(int(i)).standard_normal(DIM).astype(np.float32)
DIM = 384
ix = MmapVectorIndex(Path(sys.argv[1]), "kill-test", DIM, strict=False)
if not ix.is_consistent():
    print("REBUILT", flush=True)
    ix.rebuild([])
next_id = int(ix.live_ids().max()) + 1 if len(ix) else 0
it = 0
while True:
    ids = np.arange(next_id, next_id + 64)
    ix.add(ids, np.vstack([vec(i) for i in ids]))
    next_id += 64
    if it % 3 == 2:
        ix.delete(ix.live_ids()[:90])
    print("iter", it, flush=True)
    it += 1
"""


def test_sigkill_mid_write_is_never_silent_garbage(tmp_path: Path) -> None:
    rnd = random.Random(99)
    outcomes = []
    for _round in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        target = rnd.randint(2, 25)
        for line in proc.stdout:
            if line.startswith("iter") and int(line.split()[1]) >= target:
                break
        time.sleep(rnd.random() * 0.03)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()

        ix = MmapVectorIndex(tmp_path, "kill-test", 384, strict=False)
        if not ix.is_consistent():
            outcomes.append("flagged")
            with pytest.raises(IndexCorrupt):
                ix.search(np.ones(384), 3)
            ix.close()
            continue
        outcomes.append("intact")
        m = _manifest(ix)
        assert len(ix) == m["count"] - m["dead"] > 0
        live = ix.live_ids()
        found, vecs = ix.vectors_for(live)
        expected = np.vstack([np.random.default_rng(int(i)).standard_normal(384) for i in found])
        expected /= np.linalg.norm(expected, axis=1, keepdims=True)
        assert np.allclose(vecs, expected, atol=1e-6)  # every stored row is exactly what was written
        probe = live[rnd.randrange(live.size)]
        top = ix.search(expected[list(found).index(probe)], 1)[0]
        assert top[0] == probe and top[1] > 0.9999
        ix.close()
    assert len(outcomes) == 8
    print("kill outcomes:", outcomes)


def _mapped_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no RssFile")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the process's mapped pages (Linux)")
def test_searches_keep_pages_mapped_until_the_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages a search touched stay mapped (handing them back after every search made each one fault its rows
    again) until the process's mapped file pages pass the budget; then they go back."""
    from recordroute.store import vector_base

    rng = np.random.default_rng(5)
    with MmapVectorIndex(tmp_path, "m", 384) as ix:
        ix.add(np.arange(60_000, dtype=np.int64), _unit(rng, 60_000, 384))  # 92 MB of float32
        queries = _unit(rng, 40, 384)
        monkeypatch.setattr(vector_base, "MAPPED_BUDGET", 0)
        ix.search(queries[0], 50, exact=True)  # over the budget: the pages go back
        before = _mapped_mb()
        monkeypatch.setattr(vector_base, "MAPPED_BUDGET", 2**40)
        for q in queries:
            ix.search(q, 50, exact=True)  # an exact scan touches every row
        kept = _mapped_mb()
        assert kept > before + 50, (before, kept)
        monkeypatch.setattr(vector_base, "MAPPED_BUDGET", 0)
        ix.search(queries[0], 50, exact=True)
        assert _mapped_mb() < kept - 50, (kept, _mapped_mb())
