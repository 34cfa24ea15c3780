"""Ingest: validate a file, keep one copy in the library by content hash, and create its recording row.

Validation happens before anything is written, so bad input never leaves a partial record behind. Before
queueing, `triage` sorts a batch of dropped or pasted paths into accepted, rejected and duplicate files.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..engines import docs, kinds
from ..engines.audio import MediaInfo, probe
from ..engines.notes import is_sidecar, read_sidecar
from ..errors import EmptyFileError, FileNotFound, InputError, NotFoundError, RecordRouteError, StorageError
from ..messages import Text
from ..paths import shown
from ..progress import CancelToken, Progress, ProgressCallback, null_progress
from ..store import Recording, Store
from ..store.recordings import DuplicateContent
from ..vocab import StageState
from .meeting_context import link_calendar

# Folders given as input are walked this deep at most (a drop of "/" must not hang the app).
MAX_FILES_PER_DROP = 5000


@dataclass
class Inspected:
    path: Path
    kind: str
    media: MediaInfo | None = None
    document: docs.Document | None = None


@dataclass
class IngestResult:
    recording: Recording
    created: bool
    restored: bool = False

    @property
    def duplicate(self) -> bool:
        return not self.created


def inspect(path: Path, cancel: CancelToken | None = None) -> Inspected:
    """Check that `path` is something we can process; raises a typed InputError otherwise."""
    path = Path(path)
    if path.is_dir():
        raise InputError.said("is_a_folder", name=shown(path.name))
    if not path.is_file():
        raise FileNotFound.said("file_not_found", path=shown(str(path)))
    if path.stat().st_size == 0:
        raise EmptyFileError.said("named_file_is_empty", name=shown(path.name))
    kind = kinds.detect_kind(path)
    if kind in ("audio", "video"):
        return Inspected(path, kind, media=probe(path))
    return Inspected(path, kind, document=docs.extract(path, cancel=cancel))


def ingest(
    store: Store,
    path: Path,
    *,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
) -> IngestResult:
    info = inspect(path, cancel)
    progress(Progress("ingest", 0.3, "hashing"))
    content_hash = store.library.hash_file(info.path)
    # One import or purge of library files at a time, across processes: a purge of the same content must not
    # delete the copy a re-import just made, nor the row a re-import is restoring.
    with store.files_lock():
        return _add(store, info, content_hash, progress)


def _add(store: Store, info: Inspected, content_hash: str, progress: ProgressCallback) -> IngestResult:
    existing = store.recordings.by_hash(content_hash)
    if existing is not None:
        restored = existing.deleted_at is not None
        try:
            if restored:
                store.recordings.restore(existing.id)
                existing = store.recordings.get(existing.id)
            store.recordings.log(existing.id, f"imported again from {shown(info.path.name)} (same content)")
        except (NotFoundError, sqlite3.IntegrityError) as exc:
            # Purged meanwhile by a process that does not take the files lock (an older version).
            raise StorageError(
                f"{shown(info.path.name)}: the recording with the same content was being deleted for good "
                "at that moment",
                hint="import the file again",
            ) from exc
        return IngestResult(existing, created=False, restored=restored)

    notes = read_sidecar(info.path)
    progress(Progress("ingest", 0.5, "copying into the library"))
    stored_name = store.library.add(info.path, content_hash)
    fields = dict(
        content_hash=content_hash,
        kind=info.kind,
        source_name=shown(info.path.name),
        stored_name=stored_name,
        size_bytes=info.path.stat().st_size,
        title=shown(info.path.stem),
        recorded_at=_recorded_at(info),
    )
    try:
        with store.db.tx() as con:
            if info.media is not None:
                rec_id = store.recordings.insert(con, duration=info.media.duration, **fields)
            else:
                doc = info.document
                assert doc is not None
                rec_id = store.recordings.insert(
                    con,
                    pages=doc.pages,
                    encoding=doc.encoding,
                    transcribe_state=StageState.DONE,  # created transcribed: the text is its transcript
                    language=docs.detect_language(doc.text),
                    **{**fields, "title": doc.title or fields["title"]},
                )
                store.transcripts.replace(con, rec_id, doc.segments)
            # Notes typed while recording (a sidecar beside the file) arrive with the recording, in one change.
            store.notes.insert_in(con, rec_id, notes)
            store.recordings.log(
                rec_id, f"imported {shown(info.path.name)} ({info.kind})", stage="ingest", con=con
            )
    except DuplicateContent:
        # Another app imported the same bytes between our check and our insert: the file is its original now.
        existing = store.recordings.by_hash(content_hash)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    except BaseException:
        store.library.remove(stored_name)  # the row never committed, so the copy must not linger
        raise
    link_calendar(store, rec_id)  # an overlapping calendar event names the new recording
    progress(Progress("ingest", 1.0, "imported"))
    return IngestResult(store.recordings.get(rec_id), created=True)


def _recorded_at(info: Inspected) -> float:
    # The file's modification time is the best portable guess at when it was recorded.
    try:
        return os.stat(info.path).st_mtime
    except OSError:
        return 0.0


# --- sorting a batch of paths before queueing ------------------------------------------------------------------
@dataclass(frozen=True)
class Rejected:
    path: Path
    reason: str  # English developer text
    code: str = "unsupported"  # an error code (errors.py) or one of too_many_files, unreadable, same_in_batch
    params: dict[str, object] = field(default_factory=dict)
    detail: Text | None = None  # `reason` in both languages, when the error has a Korean twin


@dataclass(frozen=True)
class Duplicate:
    path: Path
    recording: Recording


@dataclass
class Triage:
    """What became of a batch of files: queue `accepted`, list `rejected`, offer `duplicates`."""

    accepted: list[Path] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def paths_from_text(text: str) -> list[Path]:
    """Paths from pasted text: one per line, `file://` URLs, quoted paths. Other lines are dropped."""
    out: list[Path] = []
    for raw in text.splitlines():
        line = raw.strip().strip('"').strip("'").strip()
        if not line:
            continue
        if line.startswith("file:"):
            parsed = urlparse(line)
            line = unquote(parsed.path)
            if re.match(r"^/[A-Za-z]:/", line):  # file:///C:/x on Windows
                line = line[1:]
        elif "://" in line:
            continue  # http(s) and other remote URLs are not files we can read
        out.append(Path(line).expanduser())
    return out


def expand_paths(
    paths: Iterable[Path], *, limit: int = MAX_FILES_PER_DROP
) -> tuple[list[Path], list[Rejected]]:
    """Files to consider: folders are walked recursively (hidden entries skipped), order kept, no repeats."""
    files: list[Path] = []
    rejected: list[Rejected] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            files.append(p)

    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if len(files) >= limit:
                    rejected.append(
                        Rejected(
                            path,
                            f"{shown(path.name)}: more than {limit} files; add fewer at once",
                            "too_many_files",
                            {"limit": limit},
                        )
                    )
                    break
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel) or not child.is_file() or is_sidecar(child):
                    continue
                if kinds.is_supported(child):
                    add(child)
                else:
                    rejected.append(Rejected(child, kinds.describe_unsupported(child)))
        else:
            add(path)
    return files, rejected


def triage(store: Store, paths: Iterable[Path], cancel: CancelToken | None = None) -> Triage:
    """Validate files before queueing them: unsupported or broken files get a reason, files whose content
    is already in the library are offered as the existing recording. Slow (it hashes): run it off the UI."""
    files, rejected = expand_paths(paths)
    result = Triage(rejected=rejected)
    batch: dict[str, Path] = {}
    for path in files:
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            kinds.detect_kind(path)
        except RecordRouteError as exc:
            result.rejected.append(Rejected(path, exc.user_text(), exc.code, exc.params, exc.detail_twin()))
            continue
        try:
            digest = store.library.hash_file(path)
        except OSError as exc:
            result.rejected.append(
                Rejected(
                    path, f"{shown(path.name)}: cannot read the file ({exc.strerror or exc})", "unreadable"
                )
            )
            continue
        existing = store.recordings.by_hash(digest)
        if existing is not None and existing.deleted_at is None:
            result.duplicates.append(Duplicate(path, existing))
        elif digest in batch:
            result.rejected.append(
                Rejected(
                    path,
                    f"{shown(path.name)}: same content as {shown(batch[digest].name)}",
                    "same_in_batch",
                    {"name": shown(batch[digest].name)},
                )
            )
        else:
            batch[digest] = path
            result.accepted.append(path)
    return result
