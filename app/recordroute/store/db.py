"""SQLite connection and versioned migrations (WAL, FTS5, foreign keys).

Each migration runs inside one transaction together with its `user_version` bump, so a crash mid-migration
leaves the previous version intact.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..errors import DiskFullError, StorageError
from . import fts_rank
from .schema import MIGRATIONS

# Steps a migration's SQL cannot do, run after it in the same transaction.
_AFTER = {13: fts_rank.fill_all}

SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path | str, *, timeout: float = 30.0) -> sqlite3.Connection:
    """Open the database with the settings every connection needs."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open the database {path}: {exc}") from exc
    con.row_factory = sqlite3.Row
    try:
        con.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives process kills; fsync at checkpoint
        con.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error as exc:
        con.close()
        raise _open_error(Path(path), exc) from exc
    return con


def _open_error(path: Path, exc: sqlite3.Error) -> StorageError:
    # WAL needs to write beside the database even to read it, so a read-only folder fails right here.
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return StorageError(
            f"the data folder {path.parent} is read-only, so the library cannot be opened",
            hint="make the folder writable, or point RECORDROUTE_DATA_DIR at another folder",
        )
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
        return StorageError(
            f"the database {path} is locked by another program",
            hint="close the other program (or wait for it) and retry",
        )
    return StorageError(f"cannot open the database {path}: {exc}")


# "RRDB": marks a database as RecordRoute's, so a restore can tell it from another program's SQLite file.
APPLICATION_ID = 0x52524442


def identify(path: Path) -> tuple[int, int, set[str]]:
    """(application id, schema version, table names) of a database file, opened read-only: is it one of ours,
    and of a schema this app reads? Raises sqlite3.DatabaseError for a file that is not a database."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    return int(app_id), int(version), tables


def schema_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to `target`; returns the number of migrations applied."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StorageError(
            f"the database is schema version {current}, newer than this app ({SCHEMA_VERSION})",
            hint="update RecordRoute, or point RECORDROUTE_DATA_DIR at another folder",
        )
    applied = 0
    for version in range(current + 1, target + 1):
        with transaction(con):
            # Read again under the write lock: another process opening the same new library at the same moment
            # may have applied this step while we waited ("table recordings already exists").
            if schema_version(con) >= version:
                continue
            _run_script(con, MIGRATIONS[version - 1])
            if version in _AFTER:
                _AFTER[version](con)
            con.execute(f"PRAGMA user_version={version}")
        applied += 1
    if con.execute("PRAGMA application_id").fetchone()[0] == 0:
        with contextlib.suppress(sqlite3.OperationalError):  # read-only or busy: marked on a later open
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    return applied


def _run_script(con: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the open transaction, so split and run statements one by one.
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            if stmt:
                con.execute(stmt)
            buf = ""
    if buf.strip():
        con.execute(buf)


@contextlib.contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT; rolls back on any error. Nested use joins the outer transaction."""
    if con.in_transaction:
        yield con
        return
    try:
        con.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _mapped(exc) from exc
    try:
        yield con
        con.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        _rollback(con)
        raise _mapped(exc) from exc
    except BaseException:
        _rollback(con)
        raise


def _rollback(con: sqlite3.Connection) -> None:
    if con.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            con.execute("ROLLBACK")


def _mapped(exc: sqlite3.OperationalError) -> Exception:
    """SQLite's "disk is full", "readonly" and "busy" become typed errors every face explains."""
    if "full" in str(exc).lower():
        return DiskFullError("the disk is full; the change was rolled back")
    if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
        return StorageError(
            "the library cannot be changed: its data folder or database file is read-only",
            hint="make the folder writable, or point RECORDROUTE_DATA_DIR at another folder",
        )
    if "locked" in str(exc).lower() or "busy" in str(exc).lower():
        return StorageError(
            "the library database is busy: another RecordRoute, or another program that has it "
            "open, is writing",
            hint="wait a moment and retry",
        )
    return exc


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT just made (the cursor's lastrowid is typed optional)."""
    if cur.lastrowid is None:
        raise StorageError("the database did not report the id of a new row")
    return cur.lastrowid


class Database:
    """One connection per thread, all migrated; safe to share between GUI, API and CLI threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        if self.path.parent.is_dir() and not os.access(self.path.parent, os.W_OK):
            # With WAL files left by the last run SQLite would open it and fail only at the first write.
            raise _open_error(self.path, sqlite3.OperationalError("read-only"))
        con = self.connection()
        try:
            migrate(con)
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"the database {self.path} is damaged: {exc}") from exc

    def connection(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = connect(self.path)
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        con = self.connection()
        with transaction(con):
            yield con

    def close(self) -> None:
        """Close this thread's connection and let go of the others. Closing a connection that another thread is
        querying at this moment crashes the sqlite3 module (a worker still finishing a search while the app
        shuts down), so those are closed by CPython when their last reference goes: at once for idle threads,
        when the query returns for busy ones."""
        with self._lock:
            mine = getattr(self._local, "con", None)
            self._all = []
            self._local = threading.local()
        if mine is not None:
            with contextlib.suppress(sqlite3.Error):
                mine.close()
