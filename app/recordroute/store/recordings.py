"""Recording rows: create, read, list with filters and paging, rename, trash, purge."""

from __future__ import annotations

import builtins
import json
import sqlite3
import time
from collections.abc import Iterable
from typing import Any

from ..errors import InputError, NotFoundError
from ..vocab import StageState
from .chunks import bump_generation
from .db import Database
from .filters import ListFilter, filter_conditions, search_where
from .models import Event, Recording
from .stage_state import STAGE_STATE_COLUMNS as STAGE_STATE_COLUMNS  # re-exported for the faces
from .stage_state import write_stage_state

_SORTABLE = {"imported_at", "recorded_at", "title", "duration", "id"}
# Per-stage status columns of the schema (transcribe_state, summarize_state, index_state).


class DuplicateContent(sqlite3.IntegrityError):
    """Another process committed a recording with the same content hash first (a concurrent import)."""


class Recordings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, rec_id: int, *, include_deleted: bool = False) -> Recording:
        row = self.db.connection().execute("SELECT * FROM recordings WHERE id = ?", (rec_id,)).fetchone()
        if row is None or (row["deleted_at"] is not None and not include_deleted):
            raise NotFoundError(f"no recording with id {rec_id}", hint="`recordroute list` shows the ids")
        return Recording.from_row(row)

    def titles_and_kinds(
        self, rec_ids: Iterable[int], flt: ListFilter | None = None
    ) -> dict[int, tuple[str, str]]:
        """(title, kind) of those of `rec_ids` that pass the search filter (never trashed ones)."""
        ids = sorted(set(rec_ids))
        if not ids:
            return {}
        where, args = search_where(flt)
        marks = ",".join("?" for _ in ids)
        rows = (
            self.db.connection()
            .execute(
                f"SELECT r.id, r.title, r.kind FROM recordings r WHERE r.id IN ({marks}) AND {where}",
                (*ids, *args),
            )
            .fetchall()
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def by_hash(self, content_hash: str) -> Recording | None:
        row = (
            self.db.connection()
            .execute("SELECT * FROM recordings WHERE content_hash = ?", (content_hash,))
            .fetchone()
        )
        return Recording.from_row(row) if row else None

    def insert(self, con: Any, **fields: Any) -> int:
        fields.setdefault("imported_at", time.time())
        if isinstance(fields.get("meta"), dict):
            fields["meta"] = json.dumps(fields["meta"], ensure_ascii=False)
        cols = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        try:
            cur = con.execute(f"INSERT INTO recordings ({cols}) VALUES ({marks})", tuple(fields.values()))
        except sqlite3.IntegrityError as exc:
            if "content_hash" in str(exc):
                raise DuplicateContent(fields.get("content_hash", "")) from exc
            raise
        return int(cur.lastrowid)

    def update(self, rec_id: int, con: Any = None, **fields: Any) -> None:
        if not fields:
            return
        if isinstance(fields.get("meta"), dict):
            fields["meta"] = json.dumps(fields["meta"], ensure_ascii=False)
        sets = ", ".join(f"{k} = ?" for k in fields)
        con = con or self.db.connection()
        cur = con.execute(f"UPDATE recordings SET {sets} WHERE id = ?", (*fields.values(), rec_id))
        if cur.rowcount == 0:
            raise NotFoundError(f"no recording with id {rec_id}")

    def set_stage_state(self, rec_id: int, stage: str, state: str, con: Any = None) -> None:
        """Record a stage's status on the recording; stages without a status column (ingest) have none."""
        write_stage_state(con or self.db.connection(), rec_id, stage, state)

    def mark_indexing(self, con: Any, rec_id: int) -> None:
        """The recording's chunks changed: its vectors are stale until `mark_indexed`."""
        write_stage_state(con, rec_id, "index", StageState.RUNNING, index_model=None)

    def mark_indexed(self, con: Any, rec_ids: Iterable[int], model: str) -> None:
        for rid in rec_ids:
            write_stage_state(con, rid, "index", StageState.DONE, index_model=model)

    def rename(self, rec_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise InputError.said("empty_title")
        self.get(rec_id)
        with self.db.tx() as con:
            self.update(rec_id, con, title=title, title_source="user")
            bump_generation(con)
        self.log(rec_id, f"renamed to {title!r}")

    def list(
        self,
        flt: ListFilter | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        order: str = "imported_at",
        descending: bool = True,
    ) -> list[Recording]:
        where, args = self._where(flt or ListFilter())
        order = order if order in _SORTABLE else "imported_at"
        sql = f"SELECT * FROM recordings {where} ORDER BY {order} {'DESC' if descending else 'ASC'}, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [Recording.from_row(r) for r in self.db.connection().execute(sql, args)]

    def count(self, flt: ListFilter | None = None) -> int:
        where, args = self._where(flt or ListFilter())
        return int(
            self.db.connection().execute(f"SELECT COUNT(*) FROM recordings {where}", args).fetchone()[0]
        )

    @staticmethod
    def _where(flt: ListFilter) -> tuple[str, builtins.list[Any]]:
        deleted = "only" if flt.only_deleted else ("any" if flt.include_deleted else "exclude")
        conds, args = filter_conditions(
            kind=flt.kind, language=flt.language, since=flt.since, until=flt.until, deleted=deleted
        )
        if flt.text:
            conds.append("(title LIKE ? ESCAPE '\\' OR source_name LIKE ? ESCAPE '\\')")
            pat = "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            args += [pat, pat]
        return ("WHERE " + " AND ".join(conds)) if conds else "", args

    # --- trash ---------------------------------------------------------------------------------------------
    def trash(self, rec_id: int) -> None:
        self.get(rec_id)
        with self.db.tx() as con:
            self.update(rec_id, con, deleted_at=time.time())
            bump_generation(con)
            self.log(rec_id, "moved to trash", con=con)

    def restore(self, rec_id: int) -> None:
        self.get(rec_id, include_deleted=True)
        with self.db.tx() as con:
            self.update(rec_id, con, deleted_at=None)
            bump_generation(con)
            self.log(rec_id, "restored from trash", con=con)

    # --- event log -----------------------------------------------------------------------------------------
    def log(
        self,
        rec_id: int | None,
        message: str,
        *,
        level: str = "info",
        stage: str | None = None,
        job_id: int | None = None,
        con: Any = None,
    ) -> None:
        con = con or self.db.connection()
        con.execute(
            "INSERT INTO events (recording_id, job_id, at, level, stage, message) VALUES (?, ?, ?, ?, ?, ?)",
            (rec_id, job_id, time.time(), level, stage, message),
        )

    def events(self, rec_id: int) -> builtins.list[Event]:
        rows = self.db.connection().execute(
            "SELECT at, level, message, stage, job_id FROM events WHERE recording_id = ? ORDER BY at, id",
            (rec_id,),
        )
        return [Event(**dict(r)) for r in rows]
