"""Consistent copies of the database while the app may be writing to it (SQLite's online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StorageError
from .db import connect

BACKUP_STAGE = "backup-"  # <data>/tmp/backup-<pid>-*: a backup's staging copy, removed once its pid is gone


def snapshot_database(src: Path, dest: Path) -> None:
    """Copy `src` to `dest` page by page; writers in other connections may go on meanwhile."""
    source = connect(src)
    target = sqlite3.connect(str(dest))
    try:
        source.backup(target, pages=256)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    except sqlite3.Error as exc:
        raise StorageError(f"could not snapshot the database {src}: {exc}") from exc
    finally:
        target.close()
        source.close()


def stored_names(db_file: Path) -> list[str]:
    """The library files a database (e.g. a snapshot) refers to, trash included."""
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT stored_name FROM recordings ORDER BY id")]
    finally:
        con.close()


def integrity_ok(db_file: Path) -> bool:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()
