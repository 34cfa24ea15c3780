"""The user's notes on a recording (with their FTS rows, changed together) and the recording's translations."""

from __future__ import annotations

import builtins
import sqlite3
import time
from collections.abc import Sequence

from ..meeting import NoteLine
from .chunks import bump_generation
from .db import Database
from .filters import filter_conditions
from .fts import bigrams, build_match, make_snippet
from .models import SearchHit

NOTE_MARK = "✎ "  # a hit from the user's own notes, not from what was said


class Notes:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, rec_id: int) -> list[NoteLine]:
        rows = self.db.connection().execute(
            "SELECT at, text FROM notes WHERE recording_id = ? ORDER BY idx", (rec_id,)
        )
        return [NoteLine(r["at"], r["text"]) for r in rows]

    def replace(self, rec_id: int, notes: Sequence[NoteLine]) -> None:
        """All of a recording's notes at once (one transaction: search never sees half a change)."""
        with self.db.tx() as con:
            self._delete(con, rec_id)
            self._insert(con, rec_id, notes, start=0)
            bump_generation(con)

    def append(self, rec_id: int, notes: Sequence[NoteLine]) -> None:
        with self.db.tx() as con:
            start = con.execute(
                "SELECT COALESCE(MAX(idx) + 1, 0) FROM notes WHERE recording_id = ?", (rec_id,)
            ).fetchone()[0]
            self._insert(con, rec_id, notes, start=start)
            bump_generation(con)

    @staticmethod
    def insert_in(con: sqlite3.Connection, rec_id: int, notes: Sequence[NoteLine]) -> None:
        """A new recording's notes, inside the caller's transaction (the import)."""
        Notes._insert(con, rec_id, notes, start=0)

    @staticmethod
    def _insert(con: sqlite3.Connection, rec_id: int, notes: Sequence[NoteLine], *, start: int) -> None:
        for i, note in enumerate(notes, start):
            cur = con.execute(
                "INSERT INTO notes (recording_id, idx, at, text) VALUES (?, ?, ?, ?)",
                (rec_id, i, note.at, note.text),
            )
            con.execute(
                "INSERT INTO notes_fts (rowid, text, grams, recording_id) VALUES (?, ?, ?, ?)",
                (cur.lastrowid, note.text, bigrams(note.text), rec_id),
            )

    @staticmethod
    def delete_in(con: sqlite3.Connection, rec_id: int) -> None:
        """Inside the caller's transaction (a purge)."""
        Notes._delete(con, rec_id)

    @staticmethod
    def _delete(con: sqlite3.Connection, rec_id: int) -> None:
        con.execute("DELETE FROM notes_fts WHERE recording_id = ?", (rec_id,))
        con.execute("DELETE FROM notes WHERE recording_id = ?", (rec_id,))

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        kind: str | None = None,
        since: float | None = None,
        until: float | None = None,
        language: str | None = None,
    ) -> builtins.list[SearchHit]:
        """BM25 keyword search over the notes of live recordings (Korean-aware, like the transcript's). A hit
        points at the segment being said when the note was typed, so it opens at that moment."""
        match = build_match(query)
        if match is None:
            return []
        conds, args = filter_conditions(alias="r", kind=kind, language=language, since=since, until=until)
        rows = self.db.connection().execute(
            "SELECT n.recording_id, n.idx, n.at, n.text, r.title, r.kind, bm25(notes_fts) AS rank, "
            "(SELECT s.idx FROM segments s WHERE s.recording_id = n.recording_id AND s.start <= COALESCE(n.at, 0) "
            " ORDER BY s.start DESC LIMIT 1) AS seg FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            f"JOIN recordings r ON r.id = n.recording_id WHERE notes_fts MATCH ? AND {' AND '.join(conds)} "
            "ORDER BY rank LIMIT ?",
            (match, *args, limit),
        )
        return [
            SearchHit(
                recording_id=r["recording_id"],
                title=r["title"],
                segment_idx=r["seg"] if r["seg"] is not None else 0,
                text=r["text"],
                snippet=NOTE_MARK + make_snippet(r["text"], query),
                score=-float(r["rank"]),
                start=r["at"],
                end=r["at"],
                kind=r["kind"],
            )
            for r in rows
        ]


class Translations:
    """A transcript translated segment by segment; the segments' times stay the original's."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, rec_id: int, language: str, lines: dict[int, str], model: str | None) -> None:
        """Replace the recording's translation into `language` (one transaction: never half old, half new)."""
        now = time.time()
        with self.db.tx() as con:
            con.execute(
                "DELETE FROM translations WHERE recording_id = ? AND language = ?", (rec_id, language)
            )
            con.executemany(
                "INSERT INTO translations (recording_id, language, idx, text, model, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(rec_id, language, idx, text, model, now) for idx, text in sorted(lines.items())],
            )

    def get(self, rec_id: int, language: str) -> dict[int, str]:
        rows = self.db.connection().execute(
            "SELECT idx, text FROM translations WHERE recording_id = ? AND language = ? ORDER BY idx",
            (rec_id, language),
        )
        return {r["idx"]: r["text"] for r in rows}

    def languages(self, rec_id: int) -> list[str]:
        rows = self.db.connection().execute(
            "SELECT DISTINCT language FROM translations WHERE recording_id = ? ORDER BY language", (rec_id,)
        )
        return [r[0] for r in rows]
