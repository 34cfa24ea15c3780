"""Versioned summaries per recording. A failed or cancelled run never replaces the last complete one:
every run is a new version row, and "latest" means the newest *complete* version."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFoundError
from ..vocab import StageState
from .db import Database, inserted_id
from .jobs import marks_folder, pid_alive
from .stage_state import write_stage_state


@dataclass
class SummaryRecord:
    id: int
    recording_id: int
    version: int
    template: str
    language: str
    backend: str
    state: str
    created_at: float
    model: str | None = None
    finished_at: float | None = None
    title: str | None = None
    markdown: str | None = None
    error: str | None = None
    llm_calls: int = 0
    pid: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> SummaryRecord:
        data = dict(row)
        data["meta"] = json.loads(data.get("meta") or "{}")
        return cls(**data)

    @property
    def extractive(self) -> bool:
        return self.backend.startswith("extractive")

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Summaries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def begin(self, rec_id: int, *, template: str, language: str, backend: str, model: str | None) -> int:
        """Open a new version in state 'running' (the previous complete version stays the visible one)."""
        with self.db.tx() as con:
            version = con.execute(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM summaries WHERE recording_id = ?", (rec_id,)
            ).fetchone()[0]
            cur = con.execute(
                "INSERT INTO summaries (recording_id, version, template, language, backend, model, state, "
                "created_at, pid) VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?)",
                (rec_id, version, template, language, backend, model, time.time(), os.getpid()),
            )
            write_stage_state(con, rec_id, "summarize", StageState.RUNNING)
            return inserted_id(cur)

    def complete(
        self,
        summary_id: int,
        *,
        markdown: str,
        title: str | None,
        llm_calls: int,
        backend: str | None = None,
        model: str | None = None,
        meta: dict[str, Any] | None = None,
        retitle: bool = True,
    ) -> None:
        """Store the result and, unless the user renamed it, use the title as the recording's title."""
        with self.db.tx() as con:
            row = con.execute("SELECT recording_id FROM summaries WHERE id = ?", (summary_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no summary {summary_id}")
            con.execute(
                "UPDATE summaries SET state = 'complete', markdown = ?, title = ?, llm_calls = ?, finished_at = ?, "
                "backend = COALESCE(?, backend), model = COALESCE(?, model), meta = ? WHERE id = ?",
                (
                    markdown,
                    title,
                    llm_calls,
                    time.time(),
                    backend,
                    model,
                    json.dumps(meta or {}, ensure_ascii=False),
                    summary_id,
                ),
            )
            write_stage_state(con, row[0], "summarize", StageState.DONE)
            if title and retitle:
                con.execute(
                    "UPDATE recordings SET title = ?, title_source = 'llm' WHERE id = ? AND title_source NOT IN ('user', 'calendar')",
                    (title, row[0]),
                )

    def fail(self, summary_id: int, state: str, error: str) -> None:
        with self.db.tx() as con:
            con.execute(
                "UPDATE summaries SET state = ?, error = ?, finished_at = ? WHERE id = ?",
                (state, error, time.time(), summary_id),
            )
            # The recording keeps 'done' if an earlier version completed: its minutes are still there.
            owner = con.execute("SELECT recording_id FROM summaries WHERE id = ?", (summary_id,)).fetchone()
            if owner is not None:
                complete = con.execute(
                    "SELECT 1 FROM summaries WHERE recording_id = ? AND state = 'complete' LIMIT 1",
                    (owner[0],),
                ).fetchone()
                write_stage_state(con, owner[0], "summarize", StageState.DONE if complete else state)

    def language_mismatch(
        self,
        summary_id: int,
        *,
        markdown: str,
        title: str | None,
        llm_calls: int,
        error: str,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """Keep an answer written in the wrong language (nothing is lost) without making it the visible
        minutes: the version ends 'failed' with the reason, the recording's summarize_state says
        'language_mismatch', and an earlier complete version stays the one shown."""
        with self.db.tx() as con:
            con.execute(
                "UPDATE summaries SET state = 'failed', markdown = ?, title = ?, llm_calls = ?, error = ?, "
                "finished_at = ?, meta = ? WHERE id = ?",
                (
                    markdown,
                    title,
                    llm_calls,
                    error,
                    time.time(),
                    json.dumps(meta or {}, ensure_ascii=False),
                    summary_id,
                ),
            )
            owner = con.execute("SELECT recording_id FROM summaries WHERE id = ?", (summary_id,)).fetchone()
            if owner is not None:
                write_stage_state(con, owner[0], "summarize", StageState.LANGUAGE_MISMATCH)

    def latest(self, rec_id: int) -> SummaryRecord | None:
        row = (
            self.db.connection()
            .execute(
                "SELECT * FROM summaries WHERE recording_id = ? AND state = 'complete' ORDER BY version DESC LIMIT 1",
                (rec_id,),
            )
            .fetchone()
        )
        return SummaryRecord.from_row(row) if row else None

    def kept_aside(self, rec_id: int) -> SummaryRecord | None:
        """The newest answer kept aside (written, but not accepted: e.g. in the wrong language)."""
        row = (
            self.db.connection()
            .execute(
                "SELECT * FROM summaries WHERE recording_id = ? AND state = 'failed' AND markdown IS NOT NULL "
                "AND markdown != '' ORDER BY version DESC LIMIT 1",
                (rec_id,),
            )
            .fetchone()
        )
        return SummaryRecord.from_row(row) if row else None

    def get(self, summary_id: int) -> SummaryRecord:
        row = self.db.connection().execute("SELECT * FROM summaries WHERE id = ?", (summary_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no summary {summary_id}")
        return SummaryRecord.from_row(row)

    def list(self, rec_id: int) -> list[SummaryRecord]:
        rows = self.db.connection().execute(
            "SELECT * FROM summaries WHERE recording_id = ? ORDER BY version DESC", (rec_id,)
        )
        return [SummaryRecord.from_row(r) for r in rows]

    def interrupted(self) -> int:
        """Runs left 'running' by a dead process become 'failed' (called at start-up)."""
        with self.db.tx() as con:
            ids = [
                r[0]
                for r in con.execute("SELECT id, pid FROM summaries WHERE state = 'running'")
                if r[1] == os.getpid() or not pid_alive(r[1], marks_folder(self.db))
            ]
        for sid in ids:
            self.fail(sid, "failed", "interrupted: the app stopped while the summary was being written")
        return len(ids)

    # --- corrected transcript (beside the original, never over it) -------------------------------------------
    def save_corrections(self, rec_id: int, texts: dict[int, str], model: str | None) -> None:
        with self.db.tx() as con:
            con.execute("DELETE FROM corrections WHERE recording_id = ?", (rec_id,))
            con.executemany(
                "INSERT INTO corrections (recording_id, idx, text, model, created_at) VALUES (?, ?, ?, ?, ?)",
                [(rec_id, idx, text, model, time.time()) for idx, text in sorted(texts.items())],
            )

    @staticmethod
    def drop_corrections(con: sqlite3.Connection, rec_id: int) -> None:
        """The transcript was replaced: corrections of the old segments no longer apply."""
        con.execute("DELETE FROM corrections WHERE recording_id = ?", (rec_id,))

    @staticmethod
    def remap_corrections(
        con: sqlite3.Connection, rec_id: int, old: dict[int, tuple[int, int]], new: dict[int, tuple[int, int]]
    ) -> int:
        """Segments were renumbered (re-diarization): move each correction to the segment with the same identity,
        (source segment, part); `old`/`new` map idx -> identity. A correction whose source segment was split
        differently now has no one segment to go to and is dropped. Returns how many were dropped."""
        rows = con.execute(
            "SELECT idx, text, model, created_at FROM corrections WHERE recording_id = ?", (rec_id,)
        )
        kept = list(rows)
        where = {ident: idx for idx, ident in new.items()}
        parts_old = Counter(src for src, _ in old.values())
        parts_new = Counter(src for src, _ in new.values())
        con.execute("DELETE FROM corrections WHERE recording_id = ?", (rec_id,))
        dropped = 0
        for row in kept:
            ident = old.get(row[0])
            target = where.get(ident) if ident is not None else None
            if target is None or parts_old[ident[0]] != parts_new[ident[0]]:  # type: ignore[index]
                dropped += 1
                continue
            con.execute(
                "INSERT INTO corrections (recording_id, idx, text, model, created_at) VALUES (?, ?, ?, ?, ?)",
                (rec_id, target, row[1], row[2], row[3]),
            )
        return dropped

    def corrections(self, rec_id: int) -> dict[int, str]:
        rows = self.db.connection().execute(
            "SELECT idx, text FROM corrections WHERE recording_id = ? ORDER BY idx", (rec_id,)
        )
        return {r[0]: r[1] for r in rows}
