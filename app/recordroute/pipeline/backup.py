"""Backup and restore of the whole library as one tar archive (optionally .tar.gz).

A backup can be taken while the app runs: the database is copied with SQLite's online backup API and the vector
index under the cross-process writer lock, so both are consistent; library files are content-addressed and never
change. The settings go in without secrets (API token, OpenAI-compatible key). A manifest with SHA-256 sums is
the archive's last member, so a truncated archive is missing it and is refused.

A restore goes into an empty folder only: it extracts into a temporary sibling, verifies every sum, and renames
the sibling into place, so a failed restore leaves nothing behind.
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
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

import tomli_w

from ..errors import InputError, RecordRouteError
from ..settings import default_config_file
from ..store.backup import integrity_ok, snapshot_database, stored_names
from ..store.files import CHUNK
from ..store.locks import InterProcessLock
from .context import AppContext

ROOT = "recordroute-backup"
MANIFEST = f"{ROOT}/manifest.json"
FORMAT = 1
SECRET_KEYS = ("api_token", "openai_api_key", "calendar_password")
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
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=data) as tmp:
        stage = Path(tmp)
        with InterProcessLock(data / "vectors" / ".writer.lock"):
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
    dest = Path(dest)
    if dest.is_dir():
        raise InputError(f"{dest} is a folder", hint="give a file name such as backup.tar.gz")
    dest.parent.mkdir(parents=True, exist_ok=True)
    gzip = dest.name.endswith((".gz", ".tgz"))
    info = BackupInfo(dest)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
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


# --- reading ------------------------------------------------------------------------------------------------
def _safe_name(member: tarfile.TarInfo) -> PurePosixPath:
    path = PurePosixPath(member.name)
    if (
        path.is_absolute()
        or ".." in path.parts
        or not path.parts
        or path.parts[0] != ROOT
        or "\\" in member.name
        or not (member.isfile() or member.isdir())
    ):
        raise BackupError(
            f"the archive holds an unsafe entry {member.name!r} (outside the backup folder, a link "
            "or a device); it was not made by RecordRoute or was tampered with"
        )
    return path


def _target(path: PurePosixPath, into: Path) -> Path:
    rel = path.parts[1:]
    if rel[:1] == ("data",):
        return into.joinpath(*rel[1:])
    return into.joinpath(".restore-meta", *rel)


def read_archive(archive: Path, into: Path | None = None) -> dict[str, Any]:
    """Check every member against the manifest; when `into` is given, also extract into that folder.
    Raises BackupError for a truncated, altered or foreign archive."""
    archive = Path(archive)
    if not archive.is_file():
        raise InputError(f"no backup archive at {archive}", hint="check the path")
    seen: dict[str, str] = {}
    manifest: dict[str, Any] | None = None
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                path = _safe_name(member)
                if member.isdir():
                    continue
                src = tar.extractfile(member)
                if src is None:
                    raise BackupError(f"cannot read {member.name} from the archive")
                if member.name == MANIFEST:
                    manifest = json.loads(src.read().decode("utf-8"))
                    continue
                seen[member.name] = _copy_hashed(src, _target(path, into) if into else None)
    except (tarfile.TarError, EOFError, zlib.error, OSError, ValueError, UnicodeDecodeError) as exc:
        raise BackupError(
            f"the archive {archive} is truncated or damaged ({type(exc).__name__}: {exc})"
        ) from exc
    _check(archive, manifest, seen)
    assert manifest is not None
    return manifest


def _copy_hashed(src: IO[bytes], dest: Path | None) -> str:
    sha = hashlib.sha256()
    out = None
    if dest is not None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        out = open(dest, "wb")  # noqa: SIM115 (closed below)
    try:
        while chunk := src.read(CHUNK):
            sha.update(chunk)
            if out:
                out.write(chunk)
    finally:
        if out:
            out.close()
    return sha.hexdigest()


def _check(archive: Path, manifest: dict[str, Any] | None, seen: dict[str, str]) -> None:
    if manifest is None or not isinstance(manifest.get("files"), dict):
        raise BackupError(
            f"the archive {archive} has no manifest: it is truncated or not a RecordRoute backup"
        )
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"the archive {archive} has backup format {manifest.get('format')!r}; this version "
            f"reads format {FORMAT}",
            hint="restore it with the version that made it",
        )
    files: dict[str, dict[str, Any]] = manifest["files"]
    missing = sorted(set(files) - set(seen))
    extra = sorted(set(seen) - set(files))
    bad = sorted(n for n in files.keys() & seen.keys() if files[n].get("sha256") != seen[n])
    if missing or extra or bad:
        detail = "; ".join(
            part
            for part in (
                f"{len(missing)} files missing (first: {missing[0]})" if missing else "",
                f"{len(extra)} files not in the manifest (first: {extra[0]})" if extra else "",
                f"{len(bad)} files altered (first: {bad[0]})" if bad else "",
            )
            if part
        )
        raise BackupError(f"the archive {archive} does not match its manifest: {detail}")


def verify_backup(archive: Path) -> dict[str, Any]:
    return read_archive(archive)


def restore_backup(archive: Path, data_dir: Path) -> dict[str, Any]:
    """Restore into `data_dir`, which must be missing or empty. Writes `data_dir/settings.toml` (the backed-up
    settings pointing at `data_dir`, without secrets)."""
    data_dir = Path(data_dir).absolute()
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        raise InputError(
            f"{data_dir} is not empty; a backup is only restored into a new or empty folder "
            "(nothing was changed)",
            hint="choose another folder with --data-dir",
        )
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restore-", dir=data_dir.parent))
    try:
        manifest = read_archive(archive, into=tmp)
        if not integrity_ok(tmp / "recordroute.db"):
            raise BackupError(f"the database in {archive} fails SQLite's integrity check")
        _write_settings(tmp, data_dir)
        if data_dir.exists():
            data_dir.rmdir()
        os.replace(tmp, data_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _write_settings(tmp: Path, data_dir: Path) -> None:
    meta = tmp / ".restore-meta"
    try:
        raw = tomllib.loads((meta / "settings.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        raw = {}
    raw = {k: v for k, v in raw.items() if k not in SECRET_KEYS}
    raw["data_dir"] = str(data_dir)
    (tmp / "settings.toml").write_text(tomli_w.dumps(raw), encoding="utf-8")
    shutil.rmtree(meta, ignore_errors=True)
