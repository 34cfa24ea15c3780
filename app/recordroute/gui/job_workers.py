"""Qt over the Qt-free pipeline. Nothing heavy ever runs on the UI thread.

`JobController` is the desktop app's face on the process's one `pipeline.queue.JobQueue` (the embedded API
shares the same queue): the queue's listener events become Qt signals delivered on the UI thread, and
cancel / retry / reorder go through the queue. `TaskWorker` runs any callable (triage, search, ask,
summaries) on a QThreadPool and reports its result or error.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ..errors import RecordRouteError
from ..job_options import JobOptions
from ..pipeline.context import AppContext
from ..pipeline.intake import take_in
from ..pipeline.queue import JobQueue
from ..pipeline.runner import (
    JobEvent,  # the signals' type; faster-whisper & co. load later, on the job thread
)
from ..progress import CancelToken
from .error_text import ErrorView, describe, detail_of
from .lifetime import bind

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between progress signals per job (the UI needs no more)


class TaskSignals(QObject):
    result = Signal(object)
    error = Signal(str)
    token = Signal(str)  # streamed text (summaries, answers)
    reset = Signal()  # the streamed text starts over (a summary's reduce pass)
    progress = Signal(object)  # a `progress.Progress` report (downloads, pulls)
    failed = Signal(object)  # (code, English detail, params): the GUI says it in the user's language


class TaskWorker(QRunnable):
    """Run `fn(*args, **kwargs)` on the pool. Pass `stream=True` to give fn an `on_token` keyword."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        stream: bool = False,
        cancellable: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs, self.stream = fn, args, kwargs, stream
        self.cancellable = cancellable
        self.resettable = False
        self.reports = False  # give fn a `progress` keyword relayed by `signals.progress`
        self.signals = TaskSignals()
        self.cancel = CancelToken()

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if self.stream:
            kwargs["on_token"] = partial(_emit, self.signals.token)
        if self.resettable:
            kwargs["on_reset"] = partial(_emit, self.signals.reset)
        if self.cancellable:
            kwargs["cancel"] = self.cancel
        if self.reports:
            kwargs["progress"] = partial(_emit, self.signals.progress)
        try:
            out = self.fn(*self.args, **kwargs)
        except RecordRouteError as exc:
            _emit(self.signals.failed, (exc.code, detail_of(exc), exc.params))
            _emit(self.signals.error, detail_of(exc))
            return
        except Exception as exc:
            log.error("background task failed: %s", traceback.format_exc())
            _emit(self.signals.failed, ("internal", f"{type(exc).__name__}: {exc}", {}))
            _emit(self.signals.error, f"{type(exc).__name__}: {exc}")
            return
        _emit(self.signals.result, out)


def _emit(signal: Any, *args: Any) -> None:
    """Emit from the pool thread; at application exit Qt may already have deleted the signals object, and a
    task that outlives the app has nobody to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("a background result arrived after the application closed; dropped")


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    owner: QObject,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[str], object] | None = None,
    on_token: Callable[[str], object] | None = None,
    on_reset: Callable[[], object] | None = None,
    on_progress: Callable[[Any], object] | None = None,
    on_failure: Callable[[ErrorView], object] | None = None,
    pool: QThreadPool | None = None,
    cancellable: bool = False,
    **kwargs: Any,
) -> TaskWorker:
    """Run fn on the pool; every callback is delivered on the UI thread and only while `owner` is alive
    (a result for a closed tab or dialog is dropped, see lifetime.bind). A cancellable task is cancelled when
    its owner goes: nobody is left to show its result.

    `on_error` gets the error as a sentence in the UI's language (error_text); `on_failure` gets the whole
    ErrorView (sentence, action, developer detail) for places that offer the action and Details."""
    worker = TaskWorker(fn, *args, stream=on_token is not None, cancellable=cancellable, **kwargs)
    signals = worker.signals
    for signal, callback in (
        (signals.reset, on_reset),
        (signals.result, on_result),
        (signals.token, on_token),
        (signals.progress, on_progress),
    ):
        if callback is not None:
            signal.connect(bind(owner, callback))
    if on_error is not None or on_failure is not None:
        signals.failed.connect(bind(owner, partial(_failed, on_error, on_failure)))
    worker.resettable = on_reset is not None
    worker.reports = on_progress is not None
    if cancellable:
        owner.destroyed.connect(lambda *_: worker.cancel.cancel())
    worker.setAutoDelete(False)  # the caller may keep it to cancel; Python owns it (and its signals object)
    _KEEP.add(worker)
    signals.result.connect(lambda _r, w=worker: _KEEP.discard(w))
    signals.error.connect(lambda _e, w=worker: _KEEP.discard(w))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


_KEEP: set[TaskWorker] = set()


def _failed(
    on_error: Callable[[str], object] | None,
    on_failure: Callable[[ErrorView], object] | None,
    info: tuple[str, str, dict[str, Any]],
) -> None:
    view = describe(*info)
    if on_failure is not None:
        on_failure(view)
    if on_error is not None:
        on_error(view.sentence)


def _warm_engines(ctx: AppContext) -> bool:
    """Load the speech model, then the local search embedder (both hold the GIL briefly)."""
    ctx.stt().load()
    from ..pipeline.indexing import semantic_index

    if ctx.settings.embed_backend == "onnx":
        semantic_index(ctx).warm()
    return True


class JobController(QObject):
    """The app's job queue: one job at a time from the persistent queue, in queue order, off the UI thread."""

    jobEvent = Signal(JobEvent)  # every progress report and the final event
    jobFinished = Signal(JobEvent)  # a job that ran has ended (done, failed, cancelled)
    queueChanged = Signal()  # jobs added (from any face of this process), moved, cancelled or retried
    # Raised on whatever thread the queue reports from; the default (auto) connection to this object's slots
    # delivers them at once on the UI thread and queued from the job or API threads.
    _relayEvent = Signal(object, bool)
    _relayChange = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, autostart: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autostart = autostart
        self.queue = JobQueue(ctx, workers=1)  # one STT job at a time: the model uses every core already
        self._closing = False
        self._ticks: dict[int, tuple[float, str]] = {}  # job -> (last progress signal, its stage)
        self._ticks_lock = threading.Lock()
        self._relayEvent.connect(self._deliver_event)
        self._relayChange.connect(self._deliver_change)
        self._on_change = self._relayChange.emit  # kept: the same callable must be removed on shutdown
        self.queue.add_listener(self._listen)
        self.queue.add_change_listener(self._on_change)

    @property
    def running_id(self) -> int | None:
        ids = self.queue.running()
        return ids[0] if ids else None

    # --- queue operations (cheap DB writes on the UI thread) -----------------------------------------------
    def add_files(self, paths: Sequence[Path], options: JobOptions | None = None) -> list[int]:
        """Queue dropped or opened files, through the one way in (`take_in`)."""
        ids = []
        for p in paths:  # the window reports a bad file on its failed job: no probing on the UI thread
            intake = take_in(
                self.queue.ctx, Path(p), options, defer=True, validate=False, enqueue=self.queue.enqueue
            )
            assert intake.job_id is not None  # deferred: always a job
            ids.append(intake.job_id)
        self._autostart()
        return ids

    def enqueue_recording(
        self, rec_id: int, *, stages: list[str] | None = None, options: JobOptions | None = None
    ) -> int:
        job_id = self.queue.enqueue(recording_id=rec_id, stages=stages, options=options)
        self._autostart()
        return job_id

    def cancel(self, job_id: int) -> bool:
        return self.queue.cancel(job_id)

    def retry(self, job_id: int) -> None:
        self.queue.retry(job_id)
        self._autostart()

    def move(self, job_id: int, delta: int) -> None:
        self.queue.move(job_id, delta)

    def refresh(self) -> None:
        """Pick up jobs another process (the CLI) queued; this process's own jobs need no refresh."""
        self.queue.refresh()

    def start(self) -> None:
        """Resume the persistent queue (called once the window is up)."""
        self.autostart = True
        self._autostart()

    def _autostart(self) -> None:
        if self.autostart and not self._closing:
            self.queue.start()

    def busy(self) -> bool:
        return self.queue.busy()

    # --- events: job thread -> UI thread ---------------------------------------------------------------------
    def _listen(self, event: JobEvent) -> None:
        """On the job thread (or the caller's, for a queued job's cancel): throttle, then hand to Qt."""
        with self._ticks_lock:
            if event.state == "running" and event.partial is None:  # streamed text is throttled at its source
                now = time.monotonic()
                last, stage = self._ticks.get(event.job_id, (0.0, ""))
                if event.stage == stage and now - last < PROGRESS_INTERVAL:
                    return
                self._ticks[event.job_id] = (now, event.stage)
            else:
                self._ticks.pop(event.job_id, None)
        self._relayEvent.emit(event, self.queue.is_running(event.job_id))

    @Slot(object, bool)
    def _deliver_event(self, event: JobEvent, ran: bool) -> None:
        self.jobEvent.emit(event)
        if event.state != "running" and ran:
            self.jobFinished.emit(event)
            self.queueChanged.emit()

    @Slot()
    def _deliver_change(self) -> None:
        self.queueChanged.emit()

    # --- lifecycle ---------------------------------------------------------------------------------------------
    def warm_up(self, delay_ms: int = 1500) -> None:
        """Load the speech model (and the embedder) on the job thread while the app is idle after start-up.

        Loading parses tokenizers with the GIL held (~65 ms for Whisper's on 2 cores), which would otherwise
        hitch the UI the moment the first file is dropped; warm engines also make the first job start at once."""
        QTimer.singleShot(delay_ms, self, self._warm)

    def _warm(self) -> None:
        if self._closing or self.running_id is not None:
            return
        self.queue.call_soon(partial(_warm_engines, self.ctx))

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop the running job for an app quit and put it back in the queue, so the next start resumes it
        from its first unfinished stage (a user's Cancel, by contrast, leaves it cancelled)."""
        if self._closing:
            return
        self._closing = True
        self.queue.stop(timeout_ms / 1000, requeue=True)
        self.queue.remove_listener(self._listen)
        self.queue.remove_change_listener(self._on_change)
