"""The store: one SQLite database (WAL, FTS5, migrations) plus the library folder. No Qt, no FastAPI."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import StorageError
from .backup import BACKUP_STAGE
from .calendar import CalendarEvents
from .chunks import Chunks, bump_generation
from .db import Database
from .jobs import Jobs, marks_folder, pid_alive
from .library import Library
from .locks import InterProcessLock, mark_alive, others_alive, release_mark, shared_lock
from .models import Event, HiddenSpeech, Job, Recording, SearchHit, Segment, Stage, Word
from .notes import Notes, Translations
from .recipes import RecipeRuns
from .recordings import ListFilter, Recordings
from .speakers import Speakers
from .summaries import Summaries, SummaryRecord
from .transcripts import Transcripts

__all__ = [
    "Event",
    "Job",
    "ListFilter",
    "Recording",
    "SearchHit",
    "HiddenSpeech",
    "Segment",
    "Stage",
    "Store",
    "SummaryRecord",
    "Word",
]


class Store:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.data_dir / "recordroute.db")
        # While this store is open, this process counts as alive here: its running jobs and summaries are not
        # taken for a crash's, and its in-flight imports are not swept as orphans by another process.
        self._marked = False
        with contextlib.suppress(StorageError, OSError):
            mark_alive(marks_folder(self.db))
            self._marked = True
        self.library = Library(self.data_dir / "library")
        self.recordings = Recordings(self.db)
        self.transcripts = Transcripts(self.db)
        self.jobs = Jobs(self.db)
        self.summaries = Summaries(self.db)
        self.chunks = Chunks(self.db)
        self.speakers = Speakers(self.db)
        self.notes = Notes(self.db)
        self.translations = Translations(self.db)
        self.calendar = CalendarEvents(self.db)
        self.recipes = RecipeRuns(self.db)
        self._purge_listeners: list[Callable[[list[int]], None]] = []

    def startup_recovery(self) -> list[int]:
        """Run once per app start: mark jobs of dead processes interrupted and sweep orphan files."""
        interrupted = self.jobs.recover_interrupted()
        self.summaries.interrupted()
        known = {r[0] for r in self.db.connection().execute("SELECT stored_name FROM recordings")}
        # With no other RecordRoute at work here, a temp file or an unreferenced copy can only be a dead
        # process's leftover: sweep it now rather than an hour later.
        min_age = 3600.0 if others_alive(marks_folder(self.db)) else 0.0
        for path in self.library.orphans(known, min_age=min_age):
            with contextlib.suppress(OSError):
                os.unlink(path)
        self._sweep_scratch(min_age)
        return interrupted

    def _sweep_scratch(self, min_age: float) -> None:
        """`<data dir>/tmp` holds in-flight work only (e.g. API uploads): what a dead process left is swept."""
        self._sweep_stages()
        scratch = self.data_dir / "tmp"
        if not scratch.is_dir():
            return
        now = time.time()
        for path in scratch.rglob("*"):
            if path.relative_to(scratch).parts[0].startswith(BACKUP_STAGE):
                continue  # a live backup's staging copy (dead ones went in _sweep_stages)
            with contextlib.suppress(OSError):
                if path.is_file() and now - path.stat().st_mtime >= min_age:
                    path.unlink()

    def _sweep_stages(self) -> None:
        """Backup staging copies (a full database each, purged text included) of processes that are gone:
        `<data>/tmp/backup-<pid>-*`, and `.backup-*` left in the data folder by earlier versions."""
        marks = marks_folder(self.db)
        scratch = self.data_dir / "tmp"
        stages = list(scratch.glob(BACKUP_STAGE + "*")) if scratch.is_dir() else []
        for stage in stages:
            pid = stage.name[len(BACKUP_STAGE) :].split("-", 1)[0]
            if pid.isdigit() and not pid_alive(int(pid), marks):
                shutil.rmtree(stage, ignore_errors=True)
        for old in self.data_dir.glob(".backup-*"):
            if not others_alive(marks) or time.time() - old.stat().st_mtime > 3600:
                shutil.rmtree(old, ignore_errors=True)

    def files_lock(self) -> InterProcessLock:
        """Held by an import (duplicate check to committed row) and by a purge (row to removed file)."""
        return shared_lock(marks_folder(self.db) / "library.lock")

    def purge(self, rec_id: int) -> None:
        """Delete a recording for good: rows in one transaction, then the file and its vectors."""
        with self.files_lock():
            rec = self.recordings.get(rec_id, include_deleted=True)
            chunk_ids = self.chunks.ids_for(rec_id)
            with self.db.tx() as con:
                self.transcripts.delete(con, rec_id)
                Notes.delete_in(con, rec_id)  # FTS rows do not cascade
                con.execute("DELETE FROM recordings WHERE id = ?", (rec_id,))  # cascades to chunks, summaries
                bump_generation(con)
            self.library.remove(rec.stored_name)
        from .vector_purge import drop_everywhere  # numpy: only when a purge happens

        drop_everywhere(self.data_dir / "vectors", chunk_ids)
        for listener in self._purge_listeners:
            listener(chunk_ids)  # e.g. the vector index drops those rows

    def kv_get(self, key: str) -> str | None:
        """A small app-wide value (e.g. a one-time offer already made)."""
        row = self.db.connection().execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def kv_set(self, key: str, value: str) -> None:
        with self.db.tx() as con:
            con.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)", (key, value))

    def on_purge(self, listener: Callable[[list[int]], None]) -> None:
        self._purge_listeners.append(listener)

    def close(self) -> None:
        if self._marked:
            self._marked = False
            release_mark(marks_folder(self.db))
        self.db.close()
