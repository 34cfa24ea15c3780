"""Ingest: validate a file, keep one copy in the library by content hash, and create its recording row.

Validation happens before anything is written, so bad input never leaves a partial record behind.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..engines import docs, kinds
from ..engines.audio import MediaInfo, probe
from ..errors import EmptyFileError, FileNotFound, InputError
from ..progress import CancelToken, Progress, ProgressCallback, null_progress
from ..store import Recording, Segment, Store
from ..store.recordings import DuplicateContent


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
        raise InputError(f"{path.name}: is a folder, not a file", hint="pick a file inside it")
    if not path.is_file():
        raise FileNotFound(f"file not found: {path}")
    if path.stat().st_size == 0:
        raise EmptyFileError(f"{path.name} is empty (0 bytes)")
    kind = kinds.detect_kind(path)
    if kind in ("audio", "video"):
        return Inspected(path, kind, media=probe(path))
    return Inspected(path, kind, document=docs.extract(path, cancel=cancel))


def ingest(
    store: Store, path: Path, *, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None,
) -> IngestResult:
    info = inspect(path, cancel)
    progress(Progress("ingest", 0.3, "hashing"))
    content_hash = store.library.hash_file(info.path)
    existing = store.recordings.by_hash(content_hash)
    if existing is not None:
        restored = existing.deleted_at is not None
        if restored:
            store.recordings.restore(existing.id)
            existing = store.recordings.get(existing.id)
        store.recordings.log(existing.id, f"imported again from {info.path.name} (same content)")
        return IngestResult(existing, created=False, restored=restored)

    progress(Progress("ingest", 0.5, "copying into the library"))
    stored_name = store.library.add(info.path, content_hash)
    fields = dict(
        content_hash=content_hash, kind=info.kind, source_name=info.path.name, stored_name=stored_name,
        size_bytes=info.path.stat().st_size, title=info.path.stem, recorded_at=_recorded_at(info),
    )
    try:
        with store.db.tx() as con:
            if info.media is not None:
                rec_id = store.recordings.insert(con, duration=info.media.duration, **fields)
            else:
                doc = info.document
                assert doc is not None
                rec_id = store.recordings.insert(
                    con, pages=doc.pages, encoding=doc.encoding, transcribe_state="done",
                    language=docs.detect_language(doc.text),
                    **{**fields, "title": doc.title or fields["title"]},
                )
                segs = [Segment(idx=s.index, text=s.text, page=s.page) for s in doc.segments]
                store.transcripts.replace(con, rec_id, segs)
            store.recordings.log(rec_id, f"imported {info.path.name} ({info.kind})", stage="ingest", con=con)
    except DuplicateContent:
        # Another app imported the same bytes between our check and our insert: the file is its original now.
        existing = store.recordings.by_hash(content_hash)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    except BaseException:
        store.library.remove(stored_name)  # the row never committed, so the copy must not linger
        raise
    progress(Progress("ingest", 1.0, "imported"))
    return IngestResult(store.recordings.get(rec_id), created=True)


def _recorded_at(info: Inspected) -> float:
    # The file's modification time is the best portable guess at when it was recorded.
    try:
        return os.stat(info.path).st_mtime
    except OSError:
        return 0.0
