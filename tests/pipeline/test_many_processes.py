"""Many processes, one library (real subprocesses: `recordroute serve`, the CLI, helper processes; the
scenarios live in tests/helpers/many_library.py and feed bench/reliability_report.py too). Tests that embed
(real MiniLM int8) are marked slow."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import run_cli
from tests.helpers import many_library as ml
from tests.helpers.library import add_recording


def test_the_cli_s_jobs_are_not_taken_by_serve(tmp_path: Path, isolated_env: Path) -> None:
    res = ml.cli_jobs_beside_serve(tmp_path, rounds=2)
    assert res == {"rounds": 2, "taken_by_serve": 0, "done_by_owner": 2, "owner_not_shown": 0}


def test_a_dead_owner_s_jobs_are_interrupted_at_once(tmp_path: Path, isolated_env: Path) -> None:
    from recordroute.store import Store

    res = ml.dead_owner(tmp_path)
    ids, pid = res["ids"], res["owner_pid"]
    assert res["before"][ids["running"]] == ("running", f"cli (pid {pid})")
    assert res["before"][ids["queued"]] == ("queued", f"cli (pid {pid})")
    assert res["running_after"] == "interrupted" and res["queued_after"] == "interrupted"
    assert "stopped before running it" in res["queued_error"]
    store = Store(isolated_env)
    try:
        store.jobs.requeue(ids["queued"])  # a retry hands the job to the process that retries it
        assert store.jobs.get(ids["queued"]).owner_pid == os.getpid()
    finally:
        store.close()


def _indexed_library(ctx, n: int = 3) -> tuple[list[int], Path, np.ndarray]:
    """Recordings with chunks whose vectors (random, unit) are in two vector spaces, as after a model switch."""
    from recordroute.pipeline.indexing import make_chunks
    from recordroute.store.vectors import MmapVectorIndex

    rng = np.random.default_rng(3)
    folder = ctx.settings.data_dir / "vectors"
    rec_ids, chunk_ids = [], []
    for i in range(n):
        rid = add_recording(ctx, title=f"meeting {i}", tag=f"t{i}", minutes=None)
        chunks = make_chunks("audio", ctx.store.transcripts.segments(rid))
        with ctx.store.db.tx() as con:
            _old, new = ctx.store.chunks.replace(con, rid, chunks)
            ctx.store.recordings.mark_indexed(con, [rid], ml.MINILM)
        rec_ids.append(rid)
        chunk_ids += new
    ctx.store.chunks.activate_space(ml.MINILM, 384)
    vectors = rng.standard_normal((len(chunk_ids), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for name in (ml.MINILM, "other-model"):
        ix = MmapVectorIndex(folder, name, 384)
        ix.add(np.asarray(chunk_ids), vectors)
        ix.close()
    return rec_ids, folder, vectors


def test_cli_purge_leaves_no_vectors_in_any_space(ctx, isolated_env: Path) -> None:
    from recordroute.store.vectors import MmapVectorIndex, list_models

    rec_ids, folder, vectors = _indexed_library(ctx)
    victim = rec_ids[0]
    gone = ctx.store.chunks.ids_for(victim)
    ctx.close()
    res = run_cli("delete", str(victim), "--purge")
    assert res.returncode == 0, res.stderr
    spaces = list_models(folder)
    assert len(spaces) == 2
    for info in spaces:
        ix = MmapVectorIndex(folder, info.model_name, info.dim)
        try:
            assert not set(gone) & set(ix.live_ids().tolist())
            assert len(ix) == len(vectors) - len(gone)
        finally:
            ix.close()
        raw = (info.path / "vectors.f32").read_bytes()
        assert all(v.tobytes() not in raw for v in vectors[: len(gone)])  # compacted: the bytes are gone too


def test_a_killed_backup_leaves_no_database_copy(tmp_path: Path, isolated_env: Path) -> None:
    res = ml.killed_backups(
        tmp_path, kills=4, recordings=400
    )  # a fast machine can finish a small backup first
    assert res["kills"] >= 1  # at least one landed while staging (else the backup was faster than the kill)
    assert res["database_copies_left"] == 0 and res["staging_folders_left"] == 0


# --- with the real embedding model (MiniLM int8) ------------------------------------------------------------------
@pytest.mark.slow
def test_an_interrupted_reindex_resumes(isolated_env: Path) -> None:
    res = ml.interrupted_reindex(60, after=10)
    assert res["first_run"] == 60
    assert 0 < res["left_at_kill"] < 60 and res["searchable_at_kill"] >= 10  # finished ones stay searchable
    assert res["second_run"] == res["left_at_kill"]  # resumed: only what was left
    assert res["pending_after"] == 0 and res["found_after"]


@pytest.mark.slow
def test_an_old_library_becomes_searchable_with_no_command(isolated_env: Path) -> None:
    res = ml.old_library_served(12)
    assert res["jobs"] == [("reindex", "done", "any")] and res["found"]


@pytest.mark.slow
def test_a_cli_search_indexes_an_old_library_itself(isolated_env: Path) -> None:
    ml.v3_library(6)
    res = run_cli("search", "servers went down", "--mode", "semantic", "--json")
    assert res.returncode == 0, res.stderr
    assert "not searchable by meaning yet" in res.stderr
    assert ml.outage_found()


@pytest.mark.slow
def test_processes_with_other_embedding_settings_do_not_re_embed(tmp_path: Path, isolated_env: Path) -> None:
    res = ml.other_embedding_settings(tmp_path, searches=3)
    assert res == {"searches": 3, "found": 3, "note_shown": True, "re_embedded": 0}


@pytest.mark.slow
def test_searches_while_the_same_process_writes_never_fail(isolated_env: Path) -> None:
    res = ml.searches_during_writes(12, writes=60)
    assert res["n_errors"] == 0, res["errors"]
    assert res["searches"] > 20 and res["writes"] >= 60


@pytest.mark.slow
def test_a_damaged_index_is_rebuilt_once_not_once_per_process(isolated_env: Path) -> None:
    res = ml.damaged_index_opened_by_many(processes=3)
    assert res == {"processes": 3, "rebuilds": 1, "found": 3}


@pytest.mark.slow
def test_a_job_is_cancelled_from_another_process_through_the_store(isolated_env: Path) -> None:
    from recordroute.store import Store

    ml.library_with_transcripts(80)
    store = Store(isolated_env)
    try:
        store.chunks.start_reindex(ml.MINILM)
        owner = ml.popen("-m", "tests.helpers.job_owner", "reindex-job")
        job_id = ml.json_line(owner)["job_id"]
        ml.wait_for(lambda: store.jobs.get(job_id).state == "running", 120, "the job to start")
        job = store.jobs.get(job_id)
        assert job.owner == f"cli (pid {owner.pid})" and job.pid == owner.pid  # who runs it, for every face
        assert store.jobs.request_cancel(job_id)
        final = ml.json_line(owner)
        owner.wait(60)
        assert final["state"] == "cancelled", final
        assert store.jobs.get(job_id).state == "cancelled"
        assert store.chunks.pending_reindex()  # stopped early: the rest is still marked, to resume later
    finally:
        store.close()
