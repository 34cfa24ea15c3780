"""Search chunks per recording and the generation counter that invalidates query caches.

The chunk rows are the source of truth for the semantic index: vector files are derived data and can always be
rebuilt from here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .db import Database, inserted_id
from .filters import ListFilter, search_where


@dataclass
class ChunkRow:
    id: int
    recording_id: int
    idx: int
    text: str
    start: float | None
    end: float | None
    page: int | None
    seg_from: int
    seg_to: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> ChunkRow:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})


def bump_generation(con: sqlite3.Connection) -> None:
    """Call inside any transaction that changes what a search could return."""
    con.execute("UPDATE kv SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


class Chunks:
    def __init__(self, db: Database) -> None:
        self.db = db

    def generation(self) -> int:
        row = self.db.connection().execute("SELECT value FROM kv WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def replace(
        self,
        con: sqlite3.Connection,
        rec_id: int,
        chunks: Sequence[Any],
        langs: Sequence[str | None] | None = None,
    ) -> tuple[list[int], list[int]]:
        """Swap a recording's chunks (with each one's language when known); returns (old ids, new ids). Call
        inside the caller's transaction."""
        old = [r[0] for r in con.execute("SELECT id FROM chunks WHERE recording_id = ?", (rec_id,))]
        con.execute("DELETE FROM chunks WHERE recording_id = ?", (rec_id,))
        new: list[int] = []
        for i, ch in enumerate(chunks):
            lang = langs[i] if langs is not None else None
            cur = con.execute(
                "INSERT INTO chunks (recording_id, idx, text, start, end, page, seg_from, seg_to, lang) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rec_id, ch.index, ch.text, ch.start, ch.end, ch.page, ch.seg_from, ch.seg_to, lang),
            )
            new.append(inserted_id(cur))
        if chunks:
            con.execute(
                "INSERT INTO kv (key, value) VALUES ('chunk_min_chars', ?) ON CONFLICT (key) DO UPDATE SET "
                "value = MIN(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
                (min(len(ch.text) for ch in chunks),),
            )
        bump_generation(con)
        return old, new

    def min_chars(self) -> int:
        """A lower bound on every chunk's length in characters (see schema v12); 1 when none is known."""
        row = self.db.connection().execute("SELECT value FROM kv WHERE key = 'chunk_min_chars'").fetchone()
        return max(1, int(row[0])) if row else 1

    def ids_for(self, rec_id: int) -> list[int]:
        return [
            r[0]
            for r in self.db.connection().execute(
                "SELECT id FROM chunks WHERE recording_id = ? ORDER BY idx", (rec_id,)
            )
        ]

    def get_many(self, ids: Iterable[int]) -> dict[int, ChunkRow]:
        return {row["id"]: ChunkRow.from_row(row) for row in self._rows("*", ids)}

    def profiles(self, ids: Iterable[int]) -> dict[int, tuple[str | None, int, str | None]]:
        """(language, length in characters, text) of the chunks `ids` that exist: the text only where the
        language was not kept at indexing (rows from before v11)."""
        return {
            row[0]: (row[1], row[2], row[3])
            for row in self._rows("id, lang, length(text), CASE WHEN lang IS NULL THEN text END", ids)
        }

    def _rows(self, columns: str, ids: Iterable[int]) -> Iterator[sqlite3.Row]:
        """`columns` of the chunks `ids` that exist, in batches under SQLite's variable limit."""
        ids = list(ids)
        con = self.db.connection()
        for i in range(0, len(ids), 900):
            part = ids[i : i + 900]
            marks = ",".join("?" for _ in part)
            yield from con.execute(f"SELECT {columns} FROM chunks WHERE id IN ({marks})", part)

    def containing(self, rec_id: int, seg_idx: int) -> ChunkRow | None:
        row = (
            self.db.connection()
            .execute(
                "SELECT * FROM chunks WHERE recording_id = ? AND seg_from <= ? AND seg_to >= ? ORDER BY idx LIMIT 1",
                (rec_id, seg_idx, seg_idx),
            )
            .fetchone()
        )
        return ChunkRow.from_row(row) if row else None

    def containing_many(self, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
        """(recording id, segment idx) -> id of the first chunk holding that segment, in one query."""
        if not pairs:
            return {}
        values = ",".join("(?,?)" for _ in pairs)
        rows = (
            self.db.connection()
            .execute(
                f"WITH q(rid, seg) AS (VALUES {values}) SELECT q.rid, q.seg, c.id FROM q JOIN chunks c "
                "ON c.recording_id = q.rid AND c.seg_from <= q.seg AND c.seg_to >= q.seg ORDER BY c.idx DESC",
                [v for pair in pairs for v in pair],
            )
            .fetchall()
        )
        return {(r[0], r[1]): r[2] for r in rows}  # ascending idx last: the first chunk wins

    def indexed_ids(self, model: str) -> list[int]:
        """Chunks that should have a vector in `model`'s space: those of recordings indexed with it."""
        return [
            r[0]
            for r in self.db.connection().execute(
                "SELECT c.id FROM chunks c JOIN recordings r ON r.id = c.recording_id "
                "WHERE r.index_state = 'done' AND r.index_model = ?",
                (model,),
            )
        ]

    def for_rebuild(self, model: str | None) -> list[tuple[int, str, int]]:
        """(chunk id, text, recording id) to embed into a fresh index, in id order: the chunks of recordings
        indexed with `model`, or every chunk (trashed recordings' too) when `model` is None."""
        where, args = (
            ("1 = 1", []) if model is None else ("r.index_state = 'done' AND r.index_model = ?", [model])
        )
        return [
            (r[0], r[1], r[2])
            for r in self.db.connection().execute(
                "SELECT c.id, c.text, c.recording_id FROM chunks c JOIN recordings r ON r.id = c.recording_id "
                f"WHERE {where} ORDER BY c.id",
                args,
            )
        ]

    def allowed_ids(self, flt: ListFilter | None = None) -> list[int]:
        """Ids of the chunks whose recordings pass the search filter."""
        where, args = search_where(flt)
        sql = "SELECT c.id FROM chunks c JOIN recordings r ON r.id = c.recording_id WHERE " + where
        return [r[0] for r in self.db.connection().execute(sql, args)]

    # --- resumable re-index ------------------------------------------------------------------------------------
    def reindex_model(self) -> str | None:
        """The model a re-index in progress switches the library to (None: none, or the library's own)."""
        row = self.db.connection().execute("SELECT value FROM kv WHERE key = 'reindex_model'").fetchone()
        return str(row[0]) if row else None

    def start_reindex(self, model: str) -> bool:
        """Mark every transcribed recording for a re-index with `model`; False when a run for `model` is
        already under way (it is resumed, not restarted)."""
        with self.db.tx() as con:
            row = con.execute("SELECT value FROM kv WHERE key = 'reindex_model'").fetchone()
            left = con.execute("SELECT 1 FROM recordings WHERE index_pending = 1 LIMIT 1").fetchone()
            if left is not None and (row is None or row[0] == model):
                return False
            con.execute(
                "INSERT INTO kv (key, value) VALUES ('reindex_model', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (model,),
            )
            con.execute("UPDATE recordings SET index_pending = 1 WHERE transcribe_state = 'done'")
            return True

    def pending_reindex(self) -> list[int]:
        """Recordings a re-index (or the v7 migration) still has to chunk and embed, oldest first."""
        return [
            r[0]
            for r in self.db.connection().execute(
                "SELECT id FROM recordings WHERE index_pending = 1 ORDER BY id"
            )
        ]

    def clear_pending(self, con: sqlite3.Connection, rec_id: int) -> None:
        con.execute("UPDATE recordings SET index_pending = 0 WHERE id = ?", (rec_id,))

    def finish_reindex(self, model: str, dim: int) -> None:
        """Nothing left to re-index: the library now searches with `model`."""
        with self.db.tx() as con:
            con.execute("DELETE FROM kv WHERE key = 'reindex_model'")
            self._activate(con, model, dim)

    # --- vector spaces ---------------------------------------------------------------------------------------
    def active_space(self) -> tuple[str, int] | None:
        row = self.db.connection().execute("SELECT model, dim FROM vector_spaces WHERE active = 1").fetchone()
        return (row[0], int(row[1])) if row else None

    def claim_space(self, model: str, dim: int) -> tuple[str, int]:
        """The library's model, made `model` if it has none yet (atomic: two first processes agree on one)."""
        with self.db.tx() as con:
            row = con.execute("SELECT model, dim FROM vector_spaces WHERE active = 1").fetchone()
            if row is not None:
                return str(row[0]), int(row[1])
            self._activate(con, model, dim)
            return model, dim

    def activate_space(self, model: str, dim: int) -> None:
        with self.db.tx() as con:
            self._activate(con, model, dim)

    @staticmethod
    def _activate(con: sqlite3.Connection, model: str, dim: int) -> None:
        con.execute("UPDATE vector_spaces SET active = 0")
        con.execute(
            "INSERT INTO vector_spaces (model, dim, created_at, active) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (model) DO UPDATE SET dim = excluded.dim, active = 1",
            (model, dim, time.time()),
        )
        bump_generation(con)
