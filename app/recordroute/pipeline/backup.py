"""Backup and restore of the whole library as one tar archive (optionally .tar.gz).

A backup can be taken while the app runs: the database is copied with SQLite's online backup API and the vector
index under the cross-process writer lock, so both are consistent; library files are content-addressed and never
change. The settings go in without secrets (API token, OpenAI-compatible key). A manifest with SHA-256 sums is
the archive's last member, so a truncated archive is missing it and is refused.

A restore (pipeline/restore.py) reads the manifest and every header before it writes anything, goes into an
empty folder only, extracts into a temporary sibling, verifies every sum, checks the database, and renames the
sibling into place, so a failed restore leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import tomli_w

from ..errors import InputError, RecordRouteError
from ..safepaths import check_output
from ..settings import default_config_file
from ..store.backup import BACKUP_STAGE, snapshot_database, stored_names
from ..store.files import temp_prefix
from ..store.vector_files import writer_lock
from .context import AppContext

ROOT = "recordroute-backup"
MANIFEST = f"{ROOT}/manifest.json"
FORMAT = 1
SECRET_KEYS = (
    "api_token",
    "openai_api_key",
    "calendar_password",
    "stt_remote_key",
    "embed_remote_key",
    "hook_secret",
)
Note = Callable[[str], None]


class BackupError(RecordRouteError):
    code = "bad_backup"
    hint = "nothing was restored; take a new backup or use another copy of the archive"


@dataclass
class BackupInfo:
    path: Path
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    recordings: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(int(f["size"]) for f in self.files.values())


class _Hashing(io.RawIOBase):
    """A reader that hashes what passes through (the tar writer reads each file once)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.sha, self.size = fh, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.sha.update(data)
        self.size += len(data)
        return data


def _settings_toml(ctx: AppContext) -> bytes:
    path = ctx.settings.source or default_config_file()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        raw = {}
    return tomli_w.dumps({k: v for k, v in raw.items() if k not in (*SECRET_KEYS, "data_dir")}).encode(
        "utf-8"
    )


@contextlib.contextmanager
def _staged(ctx: AppContext) -> Iterator[Path]:
    """A temporary folder with the database snapshot and a copy of the vector index, taken together under the
    vector writer lock so they match."""
    data = ctx.settings.data_dir
    # Under <data>/tmp with our pid in the name: if we are killed, the next start of any RecordRoute sees the
    # pid is gone and removes the copy (it holds purged text too), instead of it staying hidden for good.
    scratch = data / "tmp"
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"{BACKUP_STAGE}{os.getpid()}-", dir=scratch) as tmp:
        stage = Path(tmp)
        with writer_lock(data / "vectors"):
            snapshot_database(ctx.settings.db_path, stage / "recordroute.db")
            vectors = data / "vectors"
            shutil.copytree(
                vectors, stage / "vectors", ignore=shutil.ignore_patterns(".writer.lock", "*.tmp")
            )
        (stage / "settings.toml").write_bytes(_settings_toml(ctx))
        yield stage


def _add(tar: tarfile.TarFile, name: str, path: Path, info: BackupInfo) -> None:
    with open(path, "rb") as fh:
        member = tar.gettarinfo(fileobj=fh, arcname=name)
        member.uid = member.gid = 0
        member.uname = member.gname = ""
        reader = _Hashing(fh)
        tar.addfile(member, reader)
    info.files[name] = {"sha256": reader.sha.hexdigest(), "size": reader.size}


def create_backup(ctx: AppContext, dest: Path, note: Note | None = None) -> BackupInfo:
    """Write the archive at `dest` (gzip when it ends in .gz or .tgz) through a temp file and a rename."""
    dest = check_output(Path(dest), ctx.settings.data_dir, what="the backup file")
    if dest.is_dir():
        raise InputError.said("backup_dest_is_folder", path=dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    gzip = dest.name.endswith((".gz", ".tgz"))
    info = BackupInfo(dest)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(dest), suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        with (
            _staged(ctx) as stage,
            tarfile.open(tmp_name, "w:gz") if gzip else tarfile.open(tmp_name, "w") as tar,
        ):
            _add(tar, f"{ROOT}/data/recordroute.db", stage / "recordroute.db", info)
            for path in sorted(p for p in (stage / "vectors").rglob("*") if p.is_file()):
                _add(tar, f"{ROOT}/data/vectors/{path.relative_to(stage / 'vectors').as_posix()}", path, info)
            _add(tar, f"{ROOT}/settings.toml", stage / "settings.toml", info)
            names = stored_names(stage / "recordroute.db")
            info.recordings = len(names)
            for n, stored in enumerate(names):
                src = ctx.store.library.path(stored)
                if not src.is_file():  # purged after the snapshot, or already missing
                    info.missing.append(stored)
                    continue
                _add(tar, f"{ROOT}/data/library/{stored}", src, info)
                if note and n % 20 == 0:
                    note(f"{n + 1}/{len(names)} files")
            manifest = json.dumps(
                {
                    "format": FORMAT,
                    "app": "recordroute",
                    "created_at": time.time(),
                    "recordings": info.recordings,
                    "missing": info.missing,
                    "files": info.files,
                },
                indent=1,
                sort_keys=True,
            ).encode("utf-8")
            member = tarfile.TarInfo(MANIFEST)
            member.size, member.mtime = len(manifest), int(time.time())
            tar.addfile(member, io.BytesIO(manifest))
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return info


# --- reading: pipeline/restore.py (kept importable from here) ----------------------------------------------
def read_archive(archive: Path, into: Path | None = None) -> dict[str, Any]:
    from .restore import read_archive as read

    return read(archive, into)


def verify_backup(archive: Path) -> dict[str, Any]:
    return read_archive(archive)


def restore_backup(archive: Path, data_dir: Path, note: Note | None = None) -> dict[str, Any]:
    """Restore into `data_dir` (missing or empty); see pipeline/restore.py."""
    from .restore import restore_backup as restore

    return restore(archive, data_dir, note)
