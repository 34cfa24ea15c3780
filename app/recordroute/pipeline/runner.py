"""Run one job through its stages, persisting stage state, progress, timings and errors.

Qt-free and shared by every face: the CLI calls it directly, the GUI from QThreadPool workers, the API from its
worker threads. Progress reaches the caller through a callback; the DB is updated at most a few times a second.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Cancelled, RecordRouteError
from ..job_options import JobOptions
from ..progress import CancelToken, Progress
from ..store import Job
from ..vocab import JobState, StageState
from . import stages as stage_registry
from .context import AppContext
from .stages import StageRun

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobEvent:
    """What faces see while a job runs."""

    job_id: int
    state: JobState  # running, done, failed, cancelled
    stage: str
    fraction: float = 0.0
    eta: float | None = None
    message: str = ""
    recording_id: int | None = None
    step: str = ""  # engine step inside the stage, e.g. "decode" during "transcribe"
    partial: str | None = None  # text written so far by a streaming stage (the minutes while summarizing)


JobListener = Callable[[JobEvent], None]


def submit(
    ctx: AppContext,
    path: Path | None = None,
    *,
    recording_id: int | None = None,
    options: JobOptions | None = None,
    stages: list[str] | None = None,
    owned: bool = True,
) -> int:
    """Queue a job for a file (or an existing recording); returns the job id. Nothing runs yet. The job
    belongs to this process (`owned`) unless it is queued for whichever app runs jobs next.

    Options from a mapping (a form, a JSON body, a command line) go through `JobOptions.from_dict` first, which
    refuses unknown keys; a plain dict here is a caller's bug, refused before anything is stored.
    """
    if options is not None and not isinstance(options, JobOptions):
        raise TypeError(
            f"job options must be JobOptions, not {type(options).__name__} "
            "(build them with JobOptions(...) or JobOptions.from_dict(...))"
        )
    names = stages or stage_registry.default_stages()
    source = str(Path(path).resolve()) if path is not None else None
    return ctx.store.jobs.create(
        names, recording_id=recording_id, source_path=source, options=options, owned=owned
    )


def run_job(
    ctx: AppContext,
    job_id: int,
    *,
    listener: JobListener | None = None,
    cancel: CancelToken | None = None,
    throttle: float = 0.25,
) -> JobEvent:
    """Run a queued job to its end; returns the final event. Never raises for job failures."""
    store = ctx.store
    cancel = cancel or CancelToken()
    emit = listener or (lambda _e: None)
    if not store.jobs.claim(job_id):
        job = store.jobs.get(job_id)
        return JobEvent(job_id, JobState(job.state), "", message=f"job is {job.state}, not queued")
    job = store.jobs.get(job_id)
    feed = _Feed(ctx, job, emit, cancel, throttle)
    try:
        _run_stages(ctx, job, feed)
        feed.polled()
        store.jobs.finish(job_id, JobState.DONE)
        final = JobEvent(job_id, JobState.DONE, feed.current, 1.0, 0.0, "done", job.recording_id)
    except Exception as exc:  # every failure ends the job; a bug must not take the queue down
        final = _failed(ctx, job_id, job.recording_id, feed.current, exc)
    emit(final)
    from .hooks import job_finished  # local: hooks import the runner's JobEvent

    job_finished(ctx, final)
    return final


class _Feed:
    """What a running job tells the world: throttled progress writes to the store, events to the listener,
    and cancel requests polled from the store. `current` names the stage running now."""

    def __init__(
        self, ctx: AppContext, job: Job, emit: JobListener, cancel: CancelToken, throttle: float
    ) -> None:
        self.store = ctx.store
        self.job = job
        self.emit = emit
        self.cancel = cancel
        self.throttle = throttle
        self.current = ""
        self.last_write = 0.0
        self.last_fraction = 0.0
        self.last_poll = 0.0

    def polled(self) -> None:
        """Another process (the window, `serve`, the CLI) may ask for a cancel through the store: looked up
        at each stage and with the progress (a few times a second at most)."""
        self.last_poll = time.monotonic()
        if not self.cancel.cancelled and self.store.jobs.cancel_wanted(self.job.id):
            self.cancel.cancel()
        self.cancel.raise_if_cancelled()

    def report(self, p: Progress) -> None:
        """A stage's progress callback: the store at most every `throttle` seconds, the listener every time."""
        self.cancel.raise_if_cancelled()
        self.last_fraction = p.fraction
        now = time.monotonic()
        if now - self.last_write >= self.throttle or p.fraction >= 1.0:
            self.last_write = now
            self.store.jobs.stage_progress(self.job.id, self.current, p.fraction, p.eta)
            self.polled()
        self.running(p.fraction, p.eta, p.message or p.stage, step=p.stage)

    def stream(self, text: str) -> None:
        """A streaming stage's text so far (the minutes while summarizing), at the last known fraction."""
        if time.monotonic() - self.last_poll >= self.throttle:
            self.polled()
        self.running(self.last_fraction, None, "writing", step="stream", partial=text)

    def running(
        self, fraction: float, eta: float | None, message: str, step: str = "", partial: str | None = None
    ) -> None:
        """Tell the listener where the current stage is."""
        job = self.job
        state = JobState.RUNNING
        self.emit(
            JobEvent(job.id, state, self.current, fraction, eta, message, job.recording_id, step, partial)
        )


def _run_stages(ctx: AppContext, job: Job, feed: _Feed) -> None:
    """Run each stage not yet done, skipping those that do not apply; stage state and timing go to the store."""
    store = ctx.store
    scratch: dict[str, Any] = {}
    for stage in job.stages:
        if stage.state in (StageState.DONE, StageState.SKIPPED):
            continue
        feed.current = stage.name
        run = StageRun(ctx, job, feed.report, feed.cancel, scratch, text=feed.stream)
        if not stage_registry.applies(stage.name, run):
            store.jobs.stage_finish(job.id, stage.name, StageState.SKIPPED)
            continue
        feed.polled()
        store.jobs.stage_start(job.id, stage.name)
        feed.running(0.0, None, "starting")
        t0 = time.monotonic()
        stage_registry.get(stage.name)(run)
        store.jobs.stage_finish(job.id, stage.name, StageState.DONE)
        _log(
            ctx,
            job.recording_id,
            f"{stage.name} finished in {time.monotonic() - t0:.2f} s",
            stage.name,
            job.id,
        )


def _failed(ctx: AppContext, job_id: int, rec_id: int | None, stage: str, exc: Exception) -> JobEvent:
    """Record how a job ended early (cancelled, a user-actionable error, memory, or a bug) and say so."""
    if isinstance(exc, Cancelled):
        return _fail(ctx, job_id, rec_id, stage, JobState.CANCELLED, "cancelled by the user", "cancelled")
    if isinstance(exc, RecordRouteError):
        return _fail(ctx, job_id, rec_id, stage, JobState.FAILED, exc.user_text(), exc.code)
    if isinstance(exc, MemoryError):
        message = "out of memory (close other apps or choose a smaller model)"
        return _fail(ctx, job_id, rec_id, stage, JobState.FAILED, message, "memory")
    # a bug: keep the queue alive, record details for the report (called inside the `except`, so the
    # traceback is still the current one)
    log.error("job %s crashed in %s: %s", job_id, stage, traceback.format_exc())
    message = f"internal error in {stage}: {type(exc).__name__}: {exc}"
    return _fail(ctx, job_id, rec_id, stage, JobState.FAILED, message, "internal")


def _fail(
    ctx: AppContext, job_id: int, rec_id: int | None, stage: str, state: JobState, message: str, code: str
) -> JobEvent:
    store = ctx.store
    with store.db.tx() as con:
        if stage:
            store.jobs.stage_finish(job_id, stage, state, message, con=con)
        store.jobs.finish(job_id, state, error=message, error_code=code, con=con)
        if rec_id is not None:
            store.recordings.set_stage_state(rec_id, stage, state, con)
            store.recordings.log(
                rec_id, f"{stage} {state}: {message}", level="error", stage=stage, job_id=job_id, con=con
            )
    return JobEvent(job_id, state, stage, 0.0, None, message, rec_id)


def _log(ctx: AppContext, rec_id: int | None, message: str, stage: str, job_id: int) -> None:
    if rec_id is not None:
        ctx.store.recordings.log(rec_id, message, stage=stage, job_id=job_id)


def process_file(
    ctx: AppContext,
    path: Path,
    *,
    options: JobOptions | None = None,
    listener: JobListener | None = None,
    cancel: CancelToken | None = None,
) -> tuple[int, JobEvent]:
    """Submit and run one file now (the CLI path). Returns (job id, final event)."""
    job_id = submit(ctx, path, options=options)
    return job_id, run_job(ctx, job_id, listener=listener, cancel=cancel)
