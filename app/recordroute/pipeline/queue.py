"""The one job queue of a process: worker threads over the persistent DB queue, Qt-free.

Every face in a process shares one `JobQueue`: the desktop app wraps it in a Qt adapter
(`gui.job_workers.JobController`) and hands the same object to its embedded API; `recordroute serve` runs its
own. Whoever submits a job through the queue wakes its workers at once, so nothing polls the database for
work submitted in the same process. Jobs queued by another process (the CLI) are found when the queue starts
and whenever `refresh()` is called.

Listeners are called on the thread that caused the event (a worker thread for progress, the caller's thread
for enqueue / cancel / retry / move); a listener must be quick and must not block.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import RecordRouteError
from ..job_options import JobOptions
from ..progress import CancelToken
from ..vocab import JobState
from . import runner
from .context import AppContext
from .runner import JobEvent, JobListener

log = logging.getLogger(__name__)

ChangeListener = Callable[[], None]


@dataclass(frozen=True)
class _Listener:
    fn: JobListener
    job_id: int | None  # None: every job


class JobQueue:
    def __init__(self, ctx: AppContext, *, workers: int = 1) -> None:
        self.ctx = ctx
        self.workers = workers
        self._tokens: dict[int, CancelToken] = {}
        self._listeners: list[_Listener] = []
        self._change_listeners: list[ChangeListener] = []
        self._tasks: deque[Callable[[], object]] = deque()
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._kicked = False
        self._working = 0  # call_soon tasks being run now
        self._idle = 0  # workers asleep until the next kick
        self._stop = False
        self._threads: list[threading.Thread] = []

    # --- control ------------------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return bool(self._threads)

    def start(self) -> None:
        """Start the workers; they take this process's queued jobs and those nobody owns, in queue order (a job
        another process queued stays with it: it runs with that process's settings)."""
        if self._threads:
            return
        with self._lock:
            self._stop = False
            self._kicked = True
        for i in range(self.workers):
            t = threading.Thread(target=self._loop, name=f"recordroute-job-{i}", daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self, timeout: float = 5.0, *, requeue: bool = False) -> None:
        """Cancel running jobs and stop the workers. `requeue`: put the jobs that were interrupted back in
        the queue (an app quit), so the next start resumes them from their first unfinished stage; without it
        they stay cancelled."""
        with self._lock:
            self._stop = True
            running = list(self._tokens)
            for token in self._tokens.values():
                token.cancel()
            self._wake.notify_all()
        for t in self._threads:
            t.join(timeout)
        self._threads.clear()
        for job_id in running if requeue else ():
            try:
                if self.ctx.store.jobs.get(job_id).state == JobState.CANCELLED:
                    self.ctx.store.jobs.requeue(job_id)
            except RecordRouteError:
                log.warning("could not re-queue job %s on shutdown", job_id)

    def refresh(self) -> None:
        """Look at the DB queue again (jobs nobody owns, jobs of processes that died) and tell listeners."""
        self.ctx.store.jobs.reap_dead()
        self.kick()
        self._changed()

    def kick(self) -> None:
        with self._lock:
            self._kicked = True
            self._wake.notify_all()

    def call_soon(self, fn: Callable[[], object]) -> None:
        """Run `fn` on a worker thread before the next job (e.g. load models where jobs will use them)."""
        with self._lock:
            self._tasks.append(fn)
        self.kick()

    # --- listeners ------------------------------------------------------------------------------------------
    def add_listener(self, fn: JobListener, *, job_id: int | None = None) -> None:
        """`fn(event)` for every job event (progress and final), or only for `job_id`'s."""
        with self._lock:
            self._listeners.append(_Listener(fn, job_id))

    def remove_listener(self, fn: JobListener) -> None:
        with self._lock:
            self._listeners = [x for x in self._listeners if x.fn != fn]  # bound methods compare equal

    def add_change_listener(self, fn: ChangeListener) -> None:
        """`fn()` when jobs are added, moved, cancelled while queued or retried."""
        with self._lock:
            self._change_listeners.append(fn)

    def remove_change_listener(self, fn: ChangeListener) -> None:
        with self._lock:
            self._change_listeners = [x for x in self._change_listeners if x != fn]

    # --- jobs ---------------------------------------------------------------------------------------------
    def enqueue(
        self,
        path: Path | None = None,
        *,
        recording_id: int | None = None,
        options: JobOptions | None = None,
        stages: list[str] | None = None,
    ) -> int:
        job_id = runner.submit(self.ctx, path, recording_id=recording_id, options=options, stages=stages)
        self.kick()
        self._changed()
        return job_id

    def enqueue_files(self, paths: Sequence[Path], *, options: JobOptions | None = None) -> list[int]:
        ids = [runner.submit(self.ctx, Path(p), options=options) for p in paths]
        self.kick()
        self._changed()
        return ids

    def cancel(self, job_id: int) -> bool:
        """Cancel a queued job at once or signal a running one; True if anything was cancelled."""
        if self.ctx.store.jobs.cancel_queued(job_id):
            self._emit(JobEvent(job_id, JobState.CANCELLED, "", message="cancelled by the user"))
            self._changed()
            return True
        with self._lock:
            token = self._tokens.get(job_id)
        if token is not None:
            token.cancel()  # the worker returns within ~1 s and emits the final 'cancelled' event
            return True
        if self.ctx.store.jobs.request_cancel(job_id):  # another process runs it: it polls the store
            self._changed()
            return True
        return False

    def retry(self, job_id: int) -> None:
        self.ctx.store.jobs.requeue(job_id)
        self.kick()
        self._changed()

    def move(self, job_id: int, delta: int) -> None:
        """Reorder the waiting jobs: `delta` steps up (-) or down (+)."""
        self.ctx.store.jobs.move(job_id, delta)
        self._changed()

    def running(self) -> list[int]:
        with self._lock:
            return list(self._tokens)

    def is_running(self, job_id: int) -> bool:
        with self._lock:
            return job_id in self._tokens

    def busy(self) -> bool:
        """A job or a `call_soon` task is running or waiting for a worker."""
        with self._lock:
            return bool(self._tokens or self._tasks or self._working)

    def idle(self) -> bool:
        """Every worker is asleep: nothing runs until a job is submitted here or `refresh()` is called."""
        with self._lock:
            return bool(self._threads) and self._idle == len(self._threads)

    def depth(self) -> int:
        return len(self.ctx.store.jobs.list(states=(JobState.QUEUED,), limit=100_000))

    # --- worker -------------------------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._lock:
                if self._stop:
                    return
                self._kicked = False
                task = self._tasks.popleft() if self._tasks else None
                if task is not None:
                    self._working += 1
            if task is not None:
                self._run_task(task)
                continue
            job = self.ctx.store.jobs.next_queued()
            if job is None:
                with self._lock:
                    self._idle += 1
                    while not self._kicked and not self._stop:
                        self._wake.wait()  # woken by enqueue / retry / refresh / stop: no polling
                    self._idle -= 1
                continue
            self._run(job.id)

    def _run_task(self, task: Callable[[], object]) -> None:
        try:
            task()
        except Exception:
            log.info("background task on the job thread failed", exc_info=True)
        finally:
            with self._lock:
                self._working -= 1

    def _run(self, job_id: int) -> None:
        token = CancelToken()
        with self._lock:
            if self._stop:
                return
            self._tokens[job_id] = token
        try:
            runner.run_job(self.ctx, job_id, listener=self._emit, cancel=token)
        except Exception:  # never let one job kill the worker
            log.exception("job %s crashed the worker", job_id)
        finally:
            with self._lock:
                self._tokens.pop(job_id, None)

    def _emit(self, event: JobEvent) -> None:
        with self._lock:
            listeners = [x.fn for x in self._listeners if x.job_id is None or x.job_id == event.job_id]
        for fn in listeners:
            try:
                fn(event)
            except Exception:
                log.exception("job listener failed")

    def _changed(self) -> None:
        with self._lock:
            listeners = list(self._change_listeners)
        for fn in listeners:
            try:
                fn()
            except Exception:
                log.exception("queue change listener failed")
