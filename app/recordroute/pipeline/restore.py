"""Reading and restoring backups, trusting nothing in the archive that this app did not write.

Two passes. The first reads only the headers (nothing is written): every member name must be safe, the manifest
must be a RecordRoute manifest, every member must be listed in it with the size it declares, and what will be
written must fit in the free space. Only then does the second pass extract, into a temporary sibling, checking
every sum. The database must be a RecordRoute database of a schema this app reads; the settings keep no secret,
no non-loopback LLM host and no folder outside the restored library, and each reset is said.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import tomllib
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

import tomli_w

from ..errors import DiskFullError, FolderNotEmpty, InputError
from ..messages import Text
from ..messages.detail_files import BACKUP_MISMATCH
from ..messages.notice import Notice
from ..safepaths import UnsafePathError, relative_parts
from ..store.backup import integrity_ok, stored_names
from ..store.db import APPLICATION_ID, identify
from ..store.files import CHUNK, storage_error
from ..store.schema import MIGRATIONS
from .backup import FORMAT, MANIFEST, ROOT, BackupError, Note
from .restore_settings import restored_settings

MAX_MANIFEST_BYTES = 256 << 20
FREE_SPACE_MARGIN = 64 << 20
RESTORED_PARTS = ("vectors", "library")  # folders under data/ (beside recordroute.db): all a backup holds
_READ_ERRORS = (tarfile.TarError, EOFError, zlib.error, OSError, ValueError, UnicodeDecodeError)


@dataclass
class _Index:
    manifest: dict[str, Any]
    members: dict[str, int] = field(default_factory=dict)  # name -> declared size, to be written
    skipped: list[str] = field(default_factory=list)  # listed, but nothing a backup of ours holds


def _safe_name(member: tarfile.TarInfo) -> PurePosixPath:
    try:
        parts = relative_parts(member.name, what="the archive entry")
    except UnsafePathError as exc:
        raise BackupError.said("backup_unsafe_entry", refusal=exc.message_twin()) from exc
    if parts[0] != ROOT or not (member.isfile() or member.isdir()) or member.issparse():
        raise BackupError.said("backup_entry_unsafe", entry=repr(member.name[:200]))
    return PurePosixPath(*parts)


def _kept(path: PurePosixPath) -> bool:
    rel = path.parts[1:]
    if rel in (("settings.toml",), ("data", "recordroute.db")):
        return True
    return len(rel) >= 3 and rel[0] == "data" and rel[1] in RESTORED_PARTS


def _parse_manifest(archive: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError.said("backup_manifest_not_json", archive=archive, reason=exc) from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise BackupError.said("backup_manifest_not_ours", archive=archive)
    if manifest.get("format") != FORMAT:
        raise BackupError.said(
            "backup_format", archive=archive, format=repr(str(manifest.get("format"))[:20]), expected=FORMAT
        )
    for name, meta in manifest["files"].items():
        if (
            not isinstance(meta, dict)
            or not isinstance(meta.get("size"), int)
            or not isinstance(meta.get("sha256"), str)
        ):
            raise BackupError.said("backup_manifest_entry", archive=archive, entry=repr(str(name)[:200]))
    return manifest


def index_archive(archive: Path) -> _Index:
    """Pass one: headers and the manifest only; raises BackupError before anything is written."""
    manifest: dict[str, Any] | None = None
    sizes: dict[str, int] = {}
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                _safe_name(member)
                if member.isdir():
                    continue
                if member.name == MANIFEST:
                    src = tar.extractfile(member)
                    if src is None or member.size > MAX_MANIFEST_BYTES:
                        raise BackupError.said("backup_manifest_unreadable", archive=archive)
                    manifest = _parse_manifest(archive, src.read())
                    continue
                if member.name in sizes:
                    raise BackupError.said(
                        "backup_entry_twice", archive=archive, entry=repr(member.name[:200])
                    )
                sizes[member.name] = member.size
    except BackupError:
        raise
    except _READ_ERRORS as exc:
        raise BackupError.said(
            "backup_damaged", archive=archive, reason=f"{type(exc).__name__}: {exc}"
        ) from exc
    if manifest is None:
        raise BackupError.said("backup_no_manifest", archive=archive)
    _match(archive, manifest, sizes)
    index = _Index(manifest)
    for name, size in sizes.items():
        if _kept(PurePosixPath(name)):
            index.members[name] = size
        else:  # e.g. data/models/registry.json: a record there could point `models delete` anywhere
            index.skipped.append(name)
    if f"{ROOT}/data/recordroute.db" not in index.members:
        raise BackupError.said("backup_no_database", archive=archive)
    return index


def _match(archive: Path, manifest: dict[str, Any], sizes: dict[str, int]) -> None:
    files: dict[str, dict[str, Any]] = manifest["files"]
    missing = sorted(set(files) - set(sizes))
    extra = sorted(set(sizes) - set(files))
    wrong = sorted(n for n in files.keys() & sizes.keys() if files[n]["size"] != sizes[n])
    found = {"missing": missing, "extra": extra, "wrong": wrong}
    parts = [_mismatch(kind, names) for kind, names in found.items() if names]
    if parts:
        raise BackupError.said("backup_not_as_listed", archive=archive, problems=_joined(parts))


def _mismatch(kind: str, names: list[str]) -> Text:
    """One way the archive differs from its manifest ("2 files missing (first: …)"), in both languages."""
    values = {"count": len(names), "first": names[0][:200]}
    text = BACKUP_MISMATCH[kind]
    return Text(text.say("en", values), text.say("ko", values))


def _joined(parts: list[Text]) -> Text:
    return Text("; ".join(p.en for p in parts), "; ".join(p.ko for p in parts))


def _gb(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e8 else f"{n / 1e6:.1f} MB"


def check_space(index: _Index, folder: Path) -> None:
    need = sum(index.members.values())
    free = shutil.disk_usage(folder).free
    if need + FREE_SPACE_MARGIN > free:
        raise DiskFullError.said("restore_needs_space", need=_gb(need), free=_gb(free), folder=folder)


def _target(name: str, into: Path) -> Path:
    rel = PurePosixPath(name).parts[1:]
    if rel[:1] == ("data",):
        return into.joinpath(*rel[1:])
    return into.joinpath(".restore-meta", *rel)


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
                try:
                    out.write(chunk)
                except OSError as exc:  # our disk, not the archive: say so
                    raise storage_error(exc, dest or Path()) from exc
    finally:
        if out:
            with contextlib.suppress(OSError):
                out.close()
    return sha.hexdigest()


def extract(archive: Path, index: _Index, into: Path | None) -> None:
    """Pass two: stream every kept member (into `into`, or nowhere to verify) and check its sum."""
    files = index.manifest["files"]
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                if member.name not in index.members:
                    continue
                src = tar.extractfile(member)
                if src is None:
                    raise BackupError.said("backup_entry_unreadable", entry=member.name[:200])
                got = _copy_hashed(src, _target(member.name, into) if into else None)
                if got != files[member.name]["sha256"]:
                    raise BackupError.said(
                        "backup_not_as_listed", archive=archive, problems=_mismatch("altered", [member.name])
                    )
    except (BackupError, DiskFullError):
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise storage_error(exc, into or archive) from exc
        raise BackupError.said(
            "backup_damaged", archive=archive, reason=f"{type(exc).__name__}: {exc}"
        ) from exc
    except _READ_ERRORS as exc:
        raise BackupError.said(
            "backup_damaged", archive=archive, reason=f"{type(exc).__name__}: {exc}"
        ) from exc


def read_archive(archive: Path, into: Path | None = None) -> dict[str, Any]:
    """Check every member against the manifest; with `into`, also extract into that folder."""
    archive = Path(archive)
    if not archive.is_file():
        raise InputError.said("no_backup_archive", path=archive)
    index = index_archive(archive)
    if into is not None:
        check_space(index, into)
    extract(archive, index, into)
    return index.manifest


def check_database(db: Path, archive: Path) -> None:
    """The restored database is one of ours, of a schema this app reads, and whole."""
    try:
        app_id, version, tables = identify(db)
    except sqlite3.DatabaseError as exc:
        raise BackupError.said("backup_database_unreadable", archive=archive, reason=exc) from exc
    if app_id not in (0, APPLICATION_ID) or not {"recordings", "segments", "jobs"} <= tables:
        raise BackupError.said("backup_database_not_ours", archive=archive)
    if version > len(MIGRATIONS):
        raise BackupError.said(
            "backup_database_newer", archive=archive, version=version, most=len(MIGRATIONS)
        )
    if version < 1 or not integrity_ok(db):
        raise BackupError.said("backup_database_damaged", archive=archive)
    for name in stored_names(db):  # each later becomes a path under library/: none may lead out of it
        try:
            relative_parts(str(name), what="a library file named in the database")
        except UnsafePathError as exc:
            raise BackupError.said(
                "backup_unsafe_database", archive=archive, refusal=exc.message_twin()
            ) from exc


def _write_settings(tmp: Path, data_dir: Path) -> list[str]:
    meta = tmp / ".restore-meta"
    try:
        raw = tomllib.loads((meta / "settings.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        raw = {}
    kept, notes = restored_settings(raw, data_dir)
    (tmp / "settings.toml").write_text(tomli_w.dumps(kept), encoding="utf-8")
    shutil.rmtree(meta, ignore_errors=True)
    return notes


def restore_backup(archive: Path, data_dir: Path, note: Note | None = None) -> dict[str, Any]:
    """Restore into `data_dir`, which must be missing or empty. Writes `data_dir/settings.toml`. Each thing
    reset or left out goes to `note` and into the returned manifest's "notes"."""
    archive, data_dir = Path(archive), Path(data_dir).absolute()
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        raise FolderNotEmpty.said("restore_folder_not_empty", path=data_dir, params={"path": str(data_dir)})
    if not archive.is_file():
        raise InputError.said("no_backup_archive", path=archive)
    index = index_archive(archive)  # before anything is created
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    check_space(index, data_dir.parent)
    tmp = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restore-", dir=data_dir.parent))
    try:
        extract(archive, index, tmp)
        check_database(tmp / "recordroute.db", archive)
        notes = _write_settings(tmp, data_dir)
        if index.skipped:
            skipped = {"count": len(index.skipped), "first": index.skipped[0][:200]}
            notes.append(Notice("restore_skipped", skipped).english())
        if data_dir.exists():
            data_dir.rmdir()
        os.replace(tmp, data_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    for line in notes:
        if note:
            note(line)
    return {**index.manifest, "notes": notes}
