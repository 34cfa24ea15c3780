"""QThreadPool workers over the Qt-free pipeline. Nothing heavy ever runs on the UI thread.

`JobController` drives the persistent DB job queue one job at a time (jobs survive restarts: queued ones
resume when the app starts); `JobWorker` adapts `pipeline.runner.run_job` with typed signals; `TaskWorker`
runs any callable (triage, search, ask, summaries) and reports its result or error.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..errors import RecordRouteError
from ..pipeline.context import AppContext
from ..pipeline.runner import JobEvent  # the signals' type; faster-whisper & co. load later, in the workers
from ..progress import CancelToken

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between progress signals per job (the UI needs no more)


class JobSignals(QObject):
    progress = Signal(JobEvent)
    finished = Signal(JobEvent)


class JobWorker(QRunnable):
    def __init__(self, ctx: AppContext, job_id: int, token: CancelToken) -> None:
        super().__init__()
        self.ctx = ctx
        self.job_id = job_id
        self.token = token
        self.signals = JobSignals()
        self._last = 0.0
        self._last_stage = ""

    def _listener(self, event: JobEvent) -> None:
        now = time.monotonic()
        if event.state == "running" and event.stage == self._last_stage and now - self._last < PROGRESS_INTERVAL:
            return
        self._last, self._last_stage = now, event.stage
        self.signals.progress.emit(event)

    def run(self) -> None:
        from ..pipeline import runner

        try:
            final = runner.run_job(self.ctx, self.job_id, listener=self._listener, cancel=self.token)
        except Exception as exc:  # run_job never raises for job failures; this is a bug
            log.error("job %s: %s", self.job_id, traceback.format_exc())
            final = JobEvent(self.job_id, "failed", "", message=f"internal error: {exc}")
        self.signals.finished.emit(final)


class TaskSignals(QObject):
    result = Signal(object)
    error = Signal(str)
    token = Signal(str)  # streamed text (summaries, answers)
    reset = Signal()  # the streamed text starts over (a summary's reduce pass)


class TaskWorker(QRunnable):
    """Run `fn(*args, **kwargs)` on the pool. Pass `stream=True` to give fn an `on_token` keyword."""

    def __init__(self, fn: Callable[..., Any], *args: Any, stream: bool = False, cancellable: bool = False,
                 **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs, self.stream = fn, args, kwargs, stream
        self.cancellable = cancellable
        self.resettable = False
        self.signals = TaskSignals()
        self.cancel = CancelToken()

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if self.stream:
            kwargs["on_token"] = self.signals.token.emit
        if self.resettable:
            kwargs["on_reset"] = self.signals.reset.emit
        if self.cancellable:
            kwargs["cancel"] = self.cancel
        try:
            out = self.fn(*self.args, **kwargs)
        except RecordRouteError as exc:
            self.signals.error.emit(exc.user_text())
            return
        except Exception as exc:
            log.error("background task failed: %s", traceback.format_exc())
            self.signals.error.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.result.emit(out)


def run_task(fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[str], None] | None = None, on_token: Callable[[str], None] | None = None,
             on_reset: Callable[[], None] | None = None, pool: QThreadPool | None = None,
             cancellable: bool = False, **kwargs: Any) -> TaskWorker:
    worker = TaskWorker(fn, *args, stream=on_token is not None, cancellable=cancellable, **kwargs)
    if on_reset:
        worker.resettable = True
        worker.signals.reset.connect(on_reset)
    if on_result:
        worker.signals.result.connect(on_result)
    if on_error:
        worker.signals.error.connect(on_error)
    if on_token:
        worker.signals.token.connect(on_token)
    worker.setAutoDelete(False)  # the caller may keep it to cancel; Python owns it
    _KEEP.add(worker)
    worker.signals.result.connect(lambda _r, w=worker: _KEEP.discard(w))
    worker.signals.error.connect(lambda _e, w=worker: _KEEP.discard(w))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


_KEEP: set[TaskWorker] = set()


def _warm_engines(ctx: AppContext) -> bool:
    """Load the speech model, then the local search embedder (both hold the GIL briefly)."""
    ctx.stt().load()
    from ..pipeline.indexing import semantic_index

    if ctx.settings.embed_backend == "onnx":
        semantic_index(ctx).embedder()
    return True


class JobController(QObject):
    """The app's job queue: one job at a time from the DB queue, in queue order, off the UI thread."""

    jobEvent = Signal(JobEvent)  # every progress report and the final event
    jobFinished = Signal(JobEvent)
    queueChanged = Signal()  # jobs added, moved, cancelled or retried

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, autostart: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autostart = autostart
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one STT job at a time: the model uses every core already
        self.running_id: int | None = None
        self._token: CancelToken | None = None
        self._worker: JobWorker | None = None
        self._closing = False

    # --- queue operations (cheap DB writes on the UI thread) -----------------------------------------------
    def enqueue(self, paths: Sequence[Path], options: dict[str, Any] | None = None) -> list[int]:
        from ..pipeline import runner

        ids = [runner.submit(self.ctx, Path(p), options=options) for p in paths]
        self.queueChanged.emit()
        self.pump()
        return ids

    def enqueue_recording(self, rec_id: int, *, stages: list[str] | None = None,
                          options: dict[str, Any] | None = None) -> int:
        from ..pipeline import runner

        job_id = runner.submit(self.ctx, recording_id=rec_id, stages=stages, options=options)
        self.queueChanged.emit()
        self.pump()
        return job_id

    def cancel(self, job_id: int) -> bool:
        if self.ctx.store.jobs.cancel_queued(job_id):
            self.queueChanged.emit()
            return True
        if job_id == self.running_id and self._token is not None:
            self._token.cancel()  # the worker returns within ~1 s and emits the final 'cancelled' event
            return True
        return False

    def retry(self, job_id: int) -> None:
        self.ctx.store.jobs.requeue(job_id)
        self.queueChanged.emit()
        self.pump()

    def move(self, job_id: int, delta: int) -> None:
        self.ctx.store.jobs.move(job_id, delta)
        self.queueChanged.emit()

    def start(self) -> None:
        """Resume the persistent queue (called once the window is up)."""
        self.autostart = True
        QTimer.singleShot(0, self.pump)
        # Jobs can also arrive from the in-process API (uploads): look for them every two seconds.
        self._poll = QTimer(self)
        self._poll.setInterval(2000)
        self._poll.timeout.connect(self._poll_queue)
        self._poll.start()

    def _poll_queue(self) -> None:
        if self.running_id is None and not self._closing:
            before = self.running_id
            self.pump()
            if self.running_id != before:
                self.queueChanged.emit()

    def pump(self) -> None:
        if self._closing or not self.autostart or self.running_id is not None:
            return
        job = self.ctx.store.jobs.next_queued()
        if job is None:
            return
        self.running_id = job.id
        self._token = CancelToken()
        worker = JobWorker(self.ctx, job.id, self._token)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.setAutoDelete(False)
        self._worker = worker
        self.pool.start(worker)

    def _on_progress(self, event: JobEvent) -> None:
        self.jobEvent.emit(event)

    def _on_finished(self, event: JobEvent) -> None:
        if event.job_id == self.running_id:
            self.running_id = None
            self._token = None
            self._worker = None
        self.jobEvent.emit(event)
        self.jobFinished.emit(event)
        self.queueChanged.emit()
        if not self._closing:
            QTimer.singleShot(0, self.pump)

    def warm_up(self, delay_ms: int = 1500) -> None:
        """Load the speech model (and the embedder) on the job thread while the app is idle after start-up.

        Loading parses tokenizers with the GIL held (~65 ms for Whisper's on 2 cores), which would otherwise
        hitch the UI the moment the first file is dropped; warm engines also make the first job start at once."""
        QTimer.singleShot(delay_ms, self._warm)

    def _warm(self) -> None:
        if self._closing or self.running_id is not None:
            return
        worker = TaskWorker(_warm_engines, self.ctx)
        worker.signals.error.connect(lambda text: log.info("engines not warmed: %s", text))
        worker.setAutoDelete(False)
        _KEEP.add(worker)
        worker.signals.result.connect(lambda _r, w=worker: _KEEP.discard(w))
        worker.signals.error.connect(lambda _e, w=worker: _KEEP.discard(w))
        self.pool.start(worker)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop the running job for an app quit and put it back in the queue, so the next start resumes it
        from its first unfinished stage (a user's Cancel, by contrast, leaves it cancelled)."""
        if self._closing:
            return
        self._closing = True
        interrupted = self.running_id
        if self._token is not None:
            self._token.cancel()
        self.pool.waitForDone(timeout_ms)
        if interrupted is not None:
            try:
                if self.ctx.store.jobs.get(interrupted).state == "cancelled":
                    self.ctx.store.jobs.requeue(interrupted)
            except RecordRouteError:
                log.warning("could not re-queue job %s on shutdown", interrupted)
