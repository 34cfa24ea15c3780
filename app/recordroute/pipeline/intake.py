"""One way in: every face (CLI `process`, API upload, watch folder, the window) brings a file in through
`take_in`, so the rules about what a new file gets live here once.

- The file is checked before anything is stored (`inspect`): bad input never creates a recording or a job.
- "Skip if already done": a file whose recording is already transcribed (same task, no `force`) gets no job.
- "Speakers implies diarize" lives in `JobOptions` itself, so every way of building options agrees.

Two timings: `defer=True` (CLI, window) queues a job for the path and the `ingest` stage copies it into the
library on the worker (a big file never blocks the caller, and a crash leaves the job to resume);
`defer=False` (API, watcher) imports at once, because the caller answers with the recording at once.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..job_options import JobOptions
from ..store import Recording
from ..store.files import atomic_write_bytes
from . import runner
from .context import AppContext
from .ingest import ingest, inspect
from .meeting_context import link_calendar, set_notes
from .stages import already_done

# (path, recording id, options) -> job id: the caller's queue (runner.submit when nothing else is given).
Enqueue = Callable[..., int]


@dataclass(frozen=True)
class Intake:
    """What became of one file: its job (None when there was nothing to do) and, when imported at once, its
    recording."""

    job_id: int | None
    recording: Recording | None = None
    duplicate: bool = False  # the same bytes were already in the library
    restored: bool = False  # ... in the trash, and are back

    @property
    def recording_id(self) -> int | None:
        return self.recording.id if self.recording is not None else None


def take_in(
    ctx: AppContext,
    source: Path | bytes,
    options: JobOptions | None = None,
    *,
    name: str | None = None,
    notes: str | None = None,
    defer: bool = False,
    validate: bool = True,
    enqueue: Enqueue | None = None,
) -> Intake:
    """Check `source` (a path, or bytes named `name`), bring it into the library and queue its processing.

    Raises the typed `InputError` of `inspect` for a file that cannot be processed. `name` is the file name a
    user knows it by (an upload's); it becomes the new recording's title and source name. `notes` (imported at
    once only) replace the recording's notes before its job is queued. `validate=False`
    (deferred only) leaves the check to the job's ingest stage: the window queues dropped files at once and
    shows a bad one as a failed job, without probing files on the UI thread.
    """
    options = options or JobOptions()
    submit: Enqueue = enqueue or (lambda **kw: runner.submit(ctx, **kw))
    if isinstance(source, bytes):
        if defer:
            raise ValueError("bytes are imported at once; defer needs a file the job can read later")
        path = _spooled(ctx, source, name)
        try:
            return take_in(ctx, path, options, name=name or path.name, notes=notes, enqueue=enqueue)
        finally:
            path.unlink(missing_ok=True)
    path = Path(source)
    if defer:
        if validate:
            inspect(path)  # content check before a job exists
        return Intake(submit(path=path, options=options))
    result = ingest(ctx.store, path)  # checks the content (inspect) before it stores anything
    rec = result.recording
    if result.created and name:
        ctx.store.recordings.update(rec.id, title=Path(name).stem or name, source_name=name)
        link_calendar(ctx.store, rec.id)  # an overlapping calendar event names it after all
        rec = ctx.store.recordings.get(rec.id)
    if notes is not None:  # before the job exists: the minutes follow them
        set_notes(ctx.store, rec.id, notes)
    if result.duplicate and already_done(rec, options, ctx.settings):
        return Intake(None, rec, duplicate=True, restored=result.restored)
    job_id = submit(recording_id=rec.id, options=options)
    return Intake(job_id, rec, duplicate=result.duplicate, restored=result.restored)


def _spooled(ctx: AppContext, data: bytes, name: str | None) -> Path:
    """Bytes to a private temp file (random name, the extension of `name`) that the import then copies."""
    folder = ctx.data_dir / "tmp" / "intake"
    folder.mkdir(parents=True, exist_ok=True)
    suffix = Path(name or "").suffix.lower()[:16] if name else ""
    path = folder / f"{secrets.token_hex(8)}{suffix}"
    atomic_write_bytes(path, data)
    return path
