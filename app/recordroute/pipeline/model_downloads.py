"""Model downloads running in the background (for `serve`'s admin API): one thread per download, byte progress
kept on the task and handed to listeners, cancel through the task's token.

Downloads are not JobQueue jobs: a job belongs to a recording and lives in the library database, while a model
download belongs to the models folder. So they have their own small in-memory table, per process.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import Cancelled, RecordRouteError
from ..progress import CancelToken, Progress
from ..settings import Settings
from . import model_manager

log = logging.getLogger(__name__)

TERMINAL = ("done", "failed", "cancelled")
KEEP_FINISHED = 50  # finished downloads remembered for status queries
Listener = Callable[["DownloadTask"], None]


@dataclass
class DownloadTask:
    id: int
    name: str
    kind: str | None
    state: str = "running"  # running | done | failed | cancelled
    done: int = 0
    total: int = 0
    rate: float = 0.0
    eta: float | None = None
    fraction: float = 0.0
    message: str = ""
    error: str = ""
    error_code: str = ""
    model: dict[str, Any] | None = None  # the installed model's state when done
    started: float = field(default_factory=time.time)
    finished: float | None = None
    cancel: CancelToken = field(default_factory=CancelToken, repr=False)

    def snapshot(self) -> dict[str, Any]:
        return {
            k: getattr(self, k)
            for k in (
                "id",
                "name",
                "kind",
                "state",
                "done",
                "total",
                "rate",
                "eta",
                "fraction",
                "message",
                "error",
                "error_code",
                "model",
                "started",
                "finished",
            )
        }


class ModelDownloads:
    """The process's background model downloads. Listeners are called on the download threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tasks: dict[int, DownloadTask] = {}
        self._listeners: list[tuple[Listener, int | None]] = []
        self._ids = itertools.count(1)

    def start(
        self, settings: Settings, name: str, *, kind: str | None = None, force: bool = False
    ) -> DownloadTask:
        """Start downloading `name` (already validated by the caller against the catalogue or as a repo id)."""
        with self._lock:
            running = next(
                (t for t in self._tasks.values() if t.state == "running" and t.name.lower() == name.lower()),
                None,
            )
            if running is not None:
                return running  # the same model twice would race for the same staging folder
            task = DownloadTask(next(self._ids), name, kind)
            self._tasks[task.id] = task
            self._trim()
        threading.Thread(
            target=self._run, args=(settings, task, force), daemon=True, name=f"model-download-{task.id}"
        ).start()
        return task

    def _run(self, settings: Settings, task: DownloadTask, force: bool) -> None:
        def on_progress(p: Progress) -> None:
            task.fraction = p.fraction
            task.eta, task.message = p.eta, p.message
            task.done = int(getattr(p, "done", task.done))
            task.total = int(getattr(p, "total", task.total))
            task.rate = float(getattr(p, "rate", 0.0))
            self._emit(task)

        try:
            state = model_manager.download(
                settings, task.name, kind=task.kind, force=force, progress=on_progress, cancel=task.cancel
            )
            task.model, task.state, task.fraction = state.to_dict(), "done", 1.0
            task.kind = state.kind
        except Cancelled:
            task.state = "cancelled"
        except RecordRouteError as exc:
            task.state, task.error, task.error_code = "failed", exc.user_text(), exc.code
        except Exception as exc:  # reported on the task: a download thread must not die silently
            log.exception("model download %s failed", task.name)
            task.state, task.error, task.error_code = "failed", f"{type(exc).__name__}: {exc}", "internal"
        task.finished = time.time()
        self._emit(task)

    def _trim(self) -> None:
        finished = [t.id for t in self._tasks.values() if t.state in TERMINAL]
        for task_id in finished[: max(0, len(finished) - KEEP_FINISHED)]:
            del self._tasks[task_id]

    def get(self, task_id: int) -> DownloadTask | None:
        with self._lock:
            return self._tasks.get(task_id)

    def list(self) -> list[DownloadTask]:
        with self._lock:
            return list(self._tasks.values())

    def cancel(self, task_id: int) -> bool:
        task = self.get(task_id)
        if task is None or task.state in TERMINAL:
            return False
        task.cancel.cancel()
        return True

    def cancel_all(self) -> None:
        for task in self.list():
            task.cancel.cancel()

    def add_listener(self, listener: Listener, task_id: int | None = None) -> None:
        with self._lock:
            self._listeners.append((listener, task_id))

    def remove_listener(self, listener: Listener) -> None:
        with self._lock:
            self._listeners = [(fn, t) for fn, t in self._listeners if fn is not listener]

    def _emit(self, task: DownloadTask) -> None:
        with self._lock:
            listeners = [fn for fn, t in self._listeners if t is None or t == task.id]
        for fn in listeners:
            with contextlib.suppress(Exception):  # a listener's failure must not stop the download
                fn(task)
