"""Watch folders: import every file that lands in them, once it is complete.

Polling, not OS notifications: it is portable (network shares and FUSE mounts often send no events), needs no
new dependency, and a copy has to be polled for completeness anyway. A file is taken once its size and mtime
have not changed for `settle` seconds and it opens as something we support (kinds sniffing plus a decode
probe); a copy paused for less than `settle` is therefore never imported half-way. Files already present at
start are caught up on the first pass. Duplicates are recognised by content hash. A broken or unsupported file
is reported with its reason, remembered (so it is not retried until it changes) and the watcher carries on.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..engines.notes import is_sidecar
from ..errors import RecordRouteError
from ..messages.notice import Notice
from ..paths import shown
from . import runner
from .context import AppContext
from .intake import take_in

log = logging.getLogger(__name__)

Signature = tuple[int, int]  # size, mtime_ns


@dataclass(frozen=True)
class WatchEvent:
    kind: str  # imported, duplicate, rejected, error
    path: Path
    message: str
    recording_id: int | None = None
    job_id: int | None = None
    code: str | None = None  # a rejected file's error code: faces say its sentence, `message` is the detail
    params: dict[str, object] = field(default_factory=dict)


def _not_a_file(path: Path, mode: int) -> str:
    code = "watch_link" if stat.S_ISLNK(mode) else "watch_special"
    return Notice(code, {"name": path.name}).english()


def _said(code: str, **params: object) -> str:
    """An event's English (the faces read it back as its notice: messages.pipeline_notices.WATCH_NOTES)."""
    return Notice(code, params).english()


class FolderWatcher:
    """`scan()` makes one polling pass; `run(stop)` polls every `interval` seconds until `stop` is set.

    `enqueue(recording_id) -> job id` queues processing (default: a job in the persistent queue);
    `move_to` moves each imported (or duplicate) file into that folder, else files stay where they are.
    """

    def __init__(
        self,
        ctx: AppContext,
        folders: Iterable[Path],
        *,
        settle: float = 3.0,
        interval: float = 1.0,
        move_to: Path | None = None,
        enqueue: Callable[[int], int] | None = None,
        on_event: Callable[[WatchEvent], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.folders = [Path(f).expanduser() for f in folders]
        self.settle = settle
        self.interval = interval
        self.move_to = Path(move_to).expanduser() if move_to else None
        self.enqueue = enqueue or (lambda rec_id: runner.submit(ctx, recording_id=rec_id))
        self.on_event = on_event
        self.events: list[WatchEvent] = []
        self._pending: dict[Path, tuple[Signature, float]] = {}  # last signature and since when it holds
        self._handled: dict[Path, Signature] = {}  # taken or rejected: not again unless the file changes

    def check_folders(self) -> list[str]:
        """Problems with the watched folders, as messages (empty when all is well)."""
        return [_said("watch_not_a_folder", path=f) for f in self.folders if not f.is_dir()]

    def _files(self) -> Iterable[Path]:
        """Every file below the watched folders (links not followed; links and special files are yielded too,
        so `scan` can refuse them by name once)."""
        for folder in self.folders:
            if not folder.is_dir():
                continue
            for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
                here = Path(dirpath)
                dirnames[:] = sorted(
                    d for d in dirnames if not d.startswith(".")
                )  # editors' and rsync's temp
                if self.move_to is not None and (here == self.move_to or self.move_to in here.parents):
                    continue
                links = [d for d in dirnames if (here / d).is_symlink()]
                for name in sorted([*filenames, *links]):
                    if not name.startswith(".") and not is_sidecar(
                        here / name
                    ):  # a sidecar comes with its recording
                        yield here / name

    def scan(self) -> list[WatchEvent]:
        now = time.monotonic()
        out: list[WatchEvent] = []
        present = set()
        for path in self._files():
            present.add(path)
            try:
                st = (
                    path.lstat()
                )  # never follow: a link to /etc/passwd in a shared folder is not ours to read
            except OSError:
                continue  # vanished between listing and stat
            sig = (st.st_size, st.st_mtime_ns)
            if self._handled.get(path) == sig:
                continue
            if not stat.S_ISREG(st.st_mode):
                self._handled[path] = sig
                out.append(self._emit(WatchEvent("rejected", path, _not_a_file(path, st.st_mode))))
                continue
            seen = self._pending.get(path)
            if seen is None or seen[0] != sig:
                self._pending[path] = (sig, now)
                continue
            if now - seen[1] < self.settle or sig[0] == 0:
                continue
            del self._pending[path]
            self._handled[path] = sig
            out.append(self._take(path))
        for gone in set(self._pending) - present:
            del self._pending[gone]
        return out

    def _take(self, path: Path) -> WatchEvent:
        try:  # unsupported, broken, or not what its extension says: rejected before anything is stored
            intake = take_in(self.ctx, path, enqueue=lambda **kw: self.enqueue(kw["recording_id"]))
        except RecordRouteError as exc:
            return self._emit(WatchEvent("rejected", path, exc.user_text(), code=exc.code, params=exc.params))
        except OSError as exc:
            return self._emit(
                WatchEvent(
                    "error",
                    path,
                    _said("watch_unreadable", name=shown(path.name), reason=exc.strerror or exc),
                )
            )
        rec = intake.recording
        assert rec is not None
        if intake.duplicate:  # queued again only if its earlier processing did not finish
            event = WatchEvent(
                "duplicate",
                path,
                _said("watch_duplicate", name=shown(path.name), title=rec.title),
                rec.id,
                intake.job_id,
            )
        else:
            said = _said("watch_imported", name=shown(path.name), id=rec.id)
            event = WatchEvent("imported", path, said, rec.id, intake.job_id)
        self._move(path)
        return self._emit(event)

    def _move(self, path: Path) -> None:
        if self.move_to is None:
            return
        self.move_to.mkdir(parents=True, exist_ok=True)
        target = self.move_to / path.name
        n = 2
        while target.exists():
            target = self.move_to / f"{path.stem} ({n}){path.suffix}"
            n += 1
        try:
            shutil.move(str(path), str(target))
        except OSError as exc:
            log.warning("could not move %s to %s: %s", path, self.move_to, exc)
            return
        self._handled.pop(path, None)

    def _emit(self, event: WatchEvent) -> WatchEvent:
        self.events.append(event)
        level = logging.WARNING if event.kind in ("rejected", "error") else logging.INFO
        log.log(level, "%s: %s", event.kind, event.message)
        if self.on_event is not None:
            self.on_event(event)
        return event

    def run(self, stop: threading.Event) -> None:
        """Poll until `stop` is set; a failing pass is logged and the next one runs anyway."""
        while not stop.is_set():
            try:
                self.scan()
            except Exception:  # never let one odd file end the watch
                log.exception("watch pass failed")
            stop.wait(self.interval)
