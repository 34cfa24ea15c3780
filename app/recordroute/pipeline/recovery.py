"""Recordings left unfinished in the inbox: found at start-up, repaired, offered for import.

A recording is "unfinished" when it sits in the inbox and is neither in the library (by content hash) nor
queued. Its sidecar marker (`<file>.recording`, holding the recorder's pid) tells a crash (the process is
gone) from a recording still in progress elsewhere (the process lives), which is left alone. A crash leaves
the header sizes up to a second behind the data: `repair_wav` fixes them from the file length.

Shared by the GUI (start-up dialog) and the CLI (`recordroute recover`, the line in `recordroute jobs`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..engines.capture import check_wav, marker_path, repair_wav
from ..engines.capture.recorder import alive_folder
from ..job_options import JobOptions
from ..messages.notice import Notice
from ..settings import Settings
from ..store.locks import mark_held
from ..vocab import JobState
from . import runner
from .context import AppContext

log = logging.getLogger(__name__)

INBOX_DIR = "recordings-inbox"
_HANDLED_JOB_STATES = (JobState.QUEUED, JobState.RUNNING, JobState.INTERRUPTED)


@dataclass(frozen=True)
class InboxRecording:
    path: Path
    seconds: float
    crashed: bool  # cut short (a marker without its process), not just never imported
    repaired: bool = False

    @property
    def name(self) -> str:
        return self.path.name


def inbox_dir(settings: Settings) -> Path:
    """Where recordings are written while they are being recorded (the GUI and `recordroute record`)."""
    return settings.data_dir / INBOX_DIR


def _marker_pid(path: Path) -> int | None:
    try:
        data: Any = json.loads(marker_path(path).read_text(encoding="utf-8"))
        return int(data["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def in_progress(path: Path) -> bool:
    """True while the recorder that wrote `path`'s marker still holds its liveness mark. Any pid in a marker
    (1, -1, 99999999999, a pid from before a reboot) without the mark is a crash."""
    pid = _marker_pid(path)
    return (
        marker_path(path).exists()
        and pid is not None
        and 0 < pid < 2**31
        and mark_held(alive_folder(path), pid)
    )


def find_unfinished(
    ctx: AppContext, *, repair: bool = True, inbox: Path | None = None
) -> list[InboxRecording]:
    """Unfinished recordings in the inbox, oldest first; with `repair`, their headers are fixed on disk."""
    folder = inbox or inbox_dir(ctx.settings)
    if not folder.is_dir():
        return []
    queued = {
        str(Path(j.source_path))
        for j in ctx.store.jobs.list(states=_HANDLED_JOB_STATES, limit=10_000)
        if j.source_path
    }
    found: list[InboxRecording] = []
    for path in sorted(folder.glob("*.wav"), key=lambda p: p.stat().st_mtime):
        if in_progress(path) or str(path.resolve()) in queued:
            continue
        check = check_wav(path)
        if check is None or check.data_bytes == 0:
            continue  # not a recording of ours, or nothing was captured before the crash
        crashed = marker_path(path).exists()
        repaired = False
        if repair and (check.needs_repair or crashed):
            check = repair_wav(path) or check
            repaired = True
        if ctx.store.recordings.by_hash(ctx.store.library.hash_file(path)) is not None:
            _forget_marker(path)  # imported already; a stale marker must not bring it back
            continue
        found.append(InboxRecording(path, check.seconds, crashed, repaired))
    return found


def _forget_marker(path: Path) -> None:
    with contextlib.suppress(OSError):
        marker_path(path).unlink()


def import_recordings(
    ctx: AppContext, items: list[InboxRecording], options: JobOptions | None = None
) -> list[int]:
    """Queue each (repaired) recording for processing; returns the job ids. The markers go: it is handled."""
    jobs = []
    for item in items:
        repair_wav(item.path)
        jobs.append(runner.submit(ctx, item.path, options=options))
        _forget_marker(item.path)
        log.info("queued unfinished recording %s (%.1f s)", item.path.name, item.seconds)
    return jobs


def summary_notice(items: list[InboxRecording]) -> Notice | None:
    """One line for `recordroute jobs`, in the face's language: what waits in the inbox, and the command."""
    if not items:
        return None
    names = ", ".join(i.name for i in items[:3]) + (" …" if len(items) > 3 else "")
    code = "inbox_unfinished_one" if len(items) == 1 else "inbox_unfinished"
    return Notice(code, {"count": len(items), "names": names})


def new_recording_path(settings: Settings, now: float | None = None) -> Path:
    """A fresh "Recording <date time>.wav" in the inbox (never an existing name)."""
    folder = inbox_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromtimestamp(now or time.time()).strftime("%Y-%m-%d %H-%M-%S")
    base = folder / f"Recording {stamp}.wav"
    n = 2
    while base.exists():
        base = folder / f"Recording {stamp} ({n}).wav"
        n += 1
    return base
