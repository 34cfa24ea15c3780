"""A Qt-free background job queue (worker threads over the persistent DB queue), used by the API and `serve`.

The GUI adapts the same `run_job` in QThreadPool workers instead; both see the same persistent queue.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..progress import CancelToken
from . import runner
from .context import AppContext
from .runner import JobEvent

log = logging.getLogger(__name__)


class JobQueue:
    def __init__(self, ctx: AppContext, *, workers: int = 1) -> None:
        self.ctx = ctx
        self.workers = workers
        self._tokens: dict[int, CancelToken] = {}
        self._listeners: list[Callable[[JobEvent], None]] = []
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._stop = False
        self._threads: list[threading.Thread] = []

    # --- control ------------------------------------------------------------------------------------------
    def start(self) -> None:
        for i in range(self.workers):
            t = threading.Thread(target=self._loop, name=f"recordroute-job-{i}", daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._stop = True
            for token in self._tokens.values():
                token.cancel()
            self._wake.notify_all()
        for t in self._threads:
            t.join(timeout)
        self._threads.clear()

    def add_listener(self, fn: Callable[[JobEvent], None]) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[JobEvent], None]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    # --- jobs ---------------------------------------------------------------------------------------------
    def enqueue(self, path: Path | None = None, *, recording_id: int | None = None,
                options: dict[str, Any] | None = None, stages: list[str] | None = None) -> int:
        job_id = runner.submit(self.ctx, path, recording_id=recording_id, options=options, stages=stages)
        self.kick()
        return job_id

    def kick(self) -> None:
        with self._lock:
            self._wake.notify_all()

    def cancel(self, job_id: int) -> bool:
        """Cancel a queued job at once or signal a running one; True if anything was cancelled."""
        if self.ctx.store.jobs.cancel_queued(job_id):
            self._emit(JobEvent(job_id, "cancelled", "", message="cancelled by the user"))
            return True
        with self._lock:
            token = self._tokens.get(job_id)
        if token is not None:
            token.cancel()
            return True
        return False

    def retry(self, job_id: int) -> None:
        self.ctx.store.jobs.requeue(job_id)
        self.kick()

    def running(self) -> list[int]:
        with self._lock:
            return list(self._tokens)

    def depth(self) -> int:
        return len(self.ctx.store.jobs.list(states=("queued",), limit=10_000))

    # --- worker -------------------------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._lock:
                if self._stop:
                    return
            job = self.ctx.store.jobs.next_queued()
            if job is None:
                with self._lock:
                    if self._stop:
                        return
                    self._wake.wait(timeout=1.0)
                continue
            token = CancelToken()
            with self._lock:
                self._tokens[job.id] = token
            try:
                runner.run_job(self.ctx, job.id, listener=self._emit, cancel=token)
            except Exception:  # never let one job kill the worker
                log.exception("job %s crashed the worker", job.id)
            finally:
                with self._lock:
                    self._tokens.pop(job.id, None)

    def _emit(self, event: JobEvent) -> None:
        for fn in list(self._listeners):
            try:
                fn(event)
            except Exception:
                log.exception("job listener failed")
