"""The persistent job queue: jobs and their stages survive restarts; interrupted work is found on open."""

from __future__ import annotations

import builtins
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import NotFoundError, StorageError
from ..job_options import JobOptions
from ..paths import stored, unstored
from ..vocab import JobState, StageState
from .db import Database, inserted_id
from .locks import mark_held, others_alive
from .models import Job, Stage

ACTIVE = (JobState.QUEUED, JobState.RUNNING)
FINISHED = (JobState.DONE, JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED)
_process = {
    "name": "process"
}  # what this process is, stored with the jobs it queues ("window", "serve", "cli")


def set_process_name(name: str) -> None:
    """Called once by each face at start: other processes show it as the owner of this process's jobs."""
    _process["name"] = name


def process_name() -> str:
    return _process["name"]


def marks_folder(db: Database) -> Path:
    """Where processes that claim work keep their liveness marks (beside the database)."""
    return db.path.parent / "run"


def pid_alive(pid: int | None, marks: Path | None = None) -> bool:
    """Is `pid` still the process that wrote it? With `marks`, a live pid must also hold its liveness mark,
    so a pid the OS reused for another program does not count."""
    if not pid or not 0 < pid < 2**31:  # -1 means "every process" to kill(), and a huge one overflows it
        return False
    if pid == os.getpid():
        return True
    if marks is not None and not mark_held(marks, pid):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # Windows raises OSError for a dead pid
        return False
    return True


class Jobs:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self,
        stages: Sequence[str],
        *,
        recording_id: int | None = None,
        source_path: str | None = None,
        options: JobOptions | None = None,
        con: sqlite3.Connection | None = None,
        owned: bool = True,
    ) -> int:
        """Queue a job. `owned`: it belongs to this process (runs with its settings, never taken by another
        RecordRoute unless handed over by a retry); otherwise any process running jobs may take it."""
        owner = (os.getpid(), process_name()) if owned else (None, None)

        def _do(c: sqlite3.Connection) -> int:
            pos = c.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM jobs").fetchone()[0]
            cur = c.execute(
                "INSERT INTO jobs (recording_id, source_path, state, position, options, created_at, "
                "owner_pid, owner_name) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?)",
                (
                    recording_id,
                    None if source_path is None else stored(source_path),
                    pos,
                    (options or JobOptions()).to_json(),
                    time.time(),
                    *owner,
                ),
            )
            job_id = inserted_id(cur)
            c.executemany(
                "INSERT INTO stages (job_id, name, seq) VALUES (?, ?, ?)",
                [(job_id, name, i) for i, name in enumerate(stages)],
            )
            return job_id

        if con is not None:
            return _do(con)
        with self.db.tx() as c:
            return _do(c)

    def get(self, job_id: int) -> Job:
        con = self.db.connection()
        row = con.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no job with id {job_id}")
        return self._job(con, row)

    def list(
        self, *, states: Sequence[str] | None = None, recording_id: int | None = None, limit: int = 200
    ) -> list[Job]:
        con = self.db.connection()
        conds: list[str] = []
        args: list[Any] = []
        if states:
            conds.append(f"state IN ({','.join('?' for _ in states)})")
            args += list(states)
        if recording_id is not None:
            conds.append("recording_id = ?")
            args.append(recording_id)
        where = ("WHERE " + " AND ".join(conds)) if conds else ""
        self.reap_dead()
        rows = con.execute(f"SELECT * FROM jobs {where} ORDER BY position LIMIT ?", (*args, limit)).fetchall()
        return [self._job(con, r) for r in rows]

    @staticmethod
    def _job(con: sqlite3.Connection, row: sqlite3.Row) -> Job:
        data = dict(row)
        data["cancel_requested"] = bool(data.get("cancel_requested"))
        if data.get("source_path"):
            data["source_path"] = unstored(data["source_path"])
        # Rows from before the options were typed load too; what no longer fits is logged and dropped.
        data["options"] = JobOptions.load(data["options"], where=f"job {row['id']}")
        stages = [
            Stage(**{k: s[k] for k in s.keys() if k != "job_id"})  # noqa: SIM118 (Row iterates values)
            for s in con.execute("SELECT * FROM stages WHERE job_id = ? ORDER BY seq", (row["id"],))
        ]
        return Job(**data, stages=stages)

    def next_queued(self) -> Job | None:
        """The next queued job this process may run: its own, or one nobody owns."""
        row = (
            self.db.connection()
            .execute(
                "SELECT id FROM jobs WHERE state = 'queued' AND (owner_pid IS NULL OR owner_pid = ?) "
                "ORDER BY position LIMIT 1",
                (os.getpid(),),
            )
            .fetchone()
        )
        return self.get(row["id"]) if row else None

    # --- state changes -------------------------------------------------------------------------------------
    def claim(self, job_id: int) -> bool:
        """Mark a queued job running by this process; False if another worker got it first."""
        with self.db.tx() as con:
            cur = con.execute(
                "UPDATE jobs SET state = 'running', pid = ?, started_at = ?, attempts = attempts + 1, "
                "error = NULL, error_code = NULL, cancel_requested = 0 "
                "WHERE id = ? AND state = 'queued' AND (owner_pid IS NULL OR owner_pid = ?)",
                (os.getpid(), time.time(), job_id, os.getpid()),
            )
            return cur.rowcount == 1

    def request_cancel(self, job_id: int) -> bool:
        """Ask the process running `job_id` to cancel it (it polls); True if the job is running."""
        with self.db.tx() as con:
            cur = con.execute(
                "UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND state = 'running'", (job_id,)
            )
            return cur.rowcount == 1

    def cancel_wanted(self, job_id: int) -> bool:
        row = (
            self.db.connection()
            .execute("SELECT cancel_requested FROM jobs WHERE id = ?", (job_id,))
            .fetchone()
        )
        return bool(row and row[0])

    def hand_over(self, job_id: int, *, to_me: bool = True) -> None:
        """Give a queued job to this process (`to_me`) or to any process."""
        owner = (os.getpid(), process_name()) if to_me else (None, None)
        with self.db.tx() as con:
            con.execute(
                "UPDATE jobs SET owner_pid = ?, owner_name = ? WHERE id = ? AND state = 'queued'",
                (*owner, job_id),
            )

    def set_recording(self, job_id: int, recording_id: int, con: sqlite3.Connection | None = None) -> None:
        (con or self.db.connection()).execute(
            "UPDATE jobs SET recording_id = ? WHERE id = ?", (recording_id, job_id)
        )

    def stage_start(self, job_id: int, name: str) -> None:
        self.db.connection().execute(
            "UPDATE stages SET state = 'running', progress = 0, started_at = ?, finished_at = NULL, "
            "error = NULL WHERE job_id = ? AND name = ?",
            (time.time(), job_id, name),
        )

    def stage_progress(self, job_id: int, name: str, fraction: float, eta: float | None) -> None:
        self.db.connection().execute(
            "UPDATE stages SET progress = ?, eta = ? WHERE job_id = ? AND name = ?",
            (max(0.0, min(1.0, fraction)), eta, job_id, name),
        )

    def stage_finish(
        self,
        job_id: int,
        name: str,
        state: str = StageState.DONE,
        error: str | None = None,
        con: sqlite3.Connection | None = None,
    ) -> None:
        (con or self.db.connection()).execute(
            "UPDATE stages SET state = ?, progress = CASE WHEN ? = 'done' THEN 1 ELSE progress END, "
            "eta = NULL, finished_at = ?, error = ? WHERE job_id = ? AND name = ?",
            (state, state, time.time(), error, job_id, name),
        )

    def finish(
        self,
        job_id: int,
        state: str,
        *,
        error: str | None = None,
        error_code: str | None = None,
        con: sqlite3.Connection | None = None,
    ) -> None:
        (con or self.db.connection()).execute(
            "UPDATE jobs SET state = ?, error = ?, error_code = ?, finished_at = ?, pid = NULL WHERE id = ?",
            (state, error, error_code, time.time(), job_id),
        )

    def requeue(self, job_id: int) -> None:
        """Retry: failed, cancelled or interrupted jobs go back to the queue; done stages are kept."""
        with self.db.tx() as con:
            job = self._job(
                con,
                con.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone() or self._missing(job_id),
            )
            if job.state in ACTIVE:
                return
            # A retry hands the job to the process that retries it (the one the user is looking at).
            con.execute(
                "UPDATE jobs SET state = 'queued', error = NULL, error_code = NULL, finished_at = NULL, "
                "cancel_requested = 0, owner_pid = CASE WHEN owner_pid IS NULL THEN NULL ELSE ? END, "
                "owner_name = CASE WHEN owner_pid IS NULL THEN NULL ELSE ? END WHERE id = ?",
                (os.getpid(), process_name(), job_id),
            )
            con.execute(
                "UPDATE stages SET state = 'pending', progress = 0, eta = NULL, error = NULL "
                "WHERE job_id = ? AND state != 'done'",
                (job_id,),
            )

    @staticmethod
    def _missing(job_id: int) -> sqlite3.Row:
        raise NotFoundError(f"no job with id {job_id}")

    def move(self, job_id: int, delta: int) -> None:
        """Reorder queued jobs: swap positions with the neighbour `delta` steps up (-) or down (+)."""
        with self.db.tx() as con:
            ids = [r[0] for r in con.execute("SELECT id FROM jobs WHERE state = 'queued' ORDER BY position")]
            if job_id not in ids:
                return
            i = ids.index(job_id)
            j = max(0, min(len(ids) - 1, i + delta))
            ids.insert(j, ids.pop(i))
            positions = sorted(
                r[0]
                for r in con.execute(
                    f"SELECT position FROM jobs WHERE id IN ({','.join('?' for _ in ids)})", ids
                )
            )
            for pos, jid in zip(positions, ids, strict=True):
                con.execute("UPDATE jobs SET position = ? WHERE id = ?", (pos, jid))

    def cancel_queued(self, job_id: int) -> bool:
        with self.db.tx() as con:
            cur = con.execute(
                "UPDATE jobs SET state = 'cancelled', finished_at = ?, error = 'cancelled by the user' "
                "WHERE id = ? AND state = 'queued'",
                (time.time(), job_id),
            )
            return cur.rowcount == 1

    def recover_interrupted(self) -> builtins.list[int]:
        """Jobs left 'running' by a process that is gone (crash, kill, power loss) become 'interrupted'.

        Their completed stages stay done, so a retry resumes from the first unfinished stage.
        """
        found: list[int] = []
        with self.db.tx() as con:
            for row in con.execute("SELECT id, pid FROM jobs WHERE state = 'running'").fetchall():
                if pid_alive(row["pid"], marks_folder(self.db)) and row["pid"] != os.getpid():
                    continue
                found.append(row["id"])
                self._interrupt(con, row["id"], "running")
        return found + self.reap_dead()

    def reap_dead(self) -> builtins.list[int]:
        """Jobs of processes that are gone become 'interrupted' at once (not at the next start): running ones
        whose runner died, and queued ones whose owner died before running them. Cheap when none are."""
        me = os.getpid()
        con = self.db.connection()
        rows = con.execute(
            "SELECT id, state, pid, owner_pid FROM jobs WHERE (state = 'running' AND pid IS NOT NULL "
            "AND pid != ?) OR (state = 'queued' AND owner_pid IS NOT NULL AND owner_pid != ?)",
            (me, me),
        ).fetchall()
        marks = marks_folder(self.db)
        dead = [
            (r["id"], r["state"])
            for r in rows
            if not pid_alive(r["pid"] if r["state"] == "running" else r["owner_pid"], marks)
        ]
        if not dead:
            return []
        try:
            with self.db.tx() as c:
                for job_id, state in dead:
                    self._interrupt(c, job_id, state)
        except StorageError:
            return []  # busy: the next look catches them
        return [job_id for job_id, _ in dead]

    @staticmethod
    def _interrupt(con: sqlite3.Connection, job_id: int, state: str) -> None:
        why = (
            "the app stopped while this job was running (crash or kill); retry to resume it"
            if state == "running"
            else "the app that queued this job stopped before running it; retry to run it here"
        )
        cur = con.execute(
            "UPDATE jobs SET state = 'interrupted', pid = NULL, finished_at = ?, error_code = 'interrupted', "
            "error = ? WHERE id = ? AND state = ?",
            (time.time(), why, job_id, state),
        )
        if cur.rowcount:
            con.execute(
                "UPDATE stages SET state = 'interrupted', eta = NULL WHERE job_id = ? AND state = 'running'",
                (job_id,),
            )

    def resumable(self) -> builtins.list[int]:
        """What `retry` resumes by default: interrupted jobs, plus queued ones when no other RecordRoute is
        alive to run them (a process killed between queueing and starting a job leaves it queued)."""
        states = (
            (JobState.INTERRUPTED,)
            if others_alive(marks_folder(self.db))
            else (JobState.INTERRUPTED, JobState.QUEUED)
        )
        return [j.id for j in self.list(states=states, limit=10_000)]
