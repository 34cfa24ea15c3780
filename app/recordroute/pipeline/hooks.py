"""Automation hooks: when a job ends (done or failed), tell the user's own tools.

- POST a JSON event to each URL in `hook_urls`, signed: `X-RecordRoute-Signature: sha256=<hex HMAC-SHA256 of the
  raw body with hook_secret>`; `X-RecordRoute-Delivery` stays the same across retries of one delivery.
- Run `hook_command` (an argv list, no shell) with the same JSON on stdin.

Deliveries run on one daemon thread per context, never on a job worker: a slow or dead endpoint delays only
other deliveries, never the queue. A failure (connection error, timeout, non-2xx, non-zero exit) is retried
with exponential back-off; after the last attempt it is logged on the recording's event log.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import itertools
import json
import logging
import secrets
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..errors import RecordRouteError
from .context import AppContext
from .links import recording_link
from .runner import JobEvent

log = logging.getLogger(__name__)

KEY = "hooks"  # the dispatcher's slot in the context
SIGNATURE_HEADER = "X-RecordRoute-Signature"
FINAL_STATES = ("done", "failed")
MAX_PENDING = (
    1000  # deliveries waiting; beyond this the one due last (a dead endpoint's retry) is dropped, logged
)
_SECRET_LOCK = threading.Lock()  # two jobs ending at once make one secret, not two


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """What a receiver does: recompute the signature over the raw body and compare in constant time."""
    return hmac.compare_digest(sign(secret, body), header or "")


def configured(ctx: AppContext) -> bool:
    return bool(ctx.settings.hook_urls or ctx.settings.hook_command)


def build_event(ctx: AppContext, final: JobEvent) -> dict[str, Any]:
    """The JSON a hook receives: the job's outcome, the recording's title and stage states, the action items."""
    from .export import action_items

    store = ctx.store
    job = store.jobs.get(final.job_id)
    rec_id = final.recording_id or job.recording_id
    event: dict[str, Any] = {
        "event": f"job.{final.state}",
        "at": time.time(),
        "job_id": final.job_id,
        "state": final.state,
        "stage": final.stage or None,
        "error": final.message if final.state == "failed" else None,
        "error_code": job.error_code if final.state == "failed" else None,
        "recording_id": rec_id,
        "title": None,
        "source": job.source_path,
        "states": {},
        "action_items": [],
        "link": None,
        "app": f"recordroute/{__version__}",
    }
    if rec_id is None:
        return event
    try:
        rec = store.recordings.get(rec_id, include_deleted=True)
    except RecordRouteError:
        return event
    latest = store.summaries.latest(rec_id)
    event.update(
        title=rec.title,
        states={
            "transcribe": rec.transcribe_state,
            "summarize": rec.summarize_state,
            "index": rec.index_state,
            "diarize": rec.diarize_state,
        },
        action_items=action_items(latest.markdown or "") if latest is not None else [],
        link=recording_link(rec_id),
    )
    return event


@dataclass(order=True)
class _Delivery:
    due: float
    seq: int
    target: str = field(compare=False)  # a URL, or "command"
    body: bytes = field(compare=False)
    delivery_id: str = field(compare=False)
    recording_id: int | None = field(compare=False)
    attempt: int = field(default=1, compare=False)


class HookDispatcher:
    """One delivery thread; `submit()` returns at once."""

    def __init__(
        self, ctx: AppContext, *, attempts: int = 5, backoff: float = 2.0, timeout: float = 10.0
    ) -> None:
        self.ctx = ctx
        self.attempts = max(1, attempts)
        self.backoff = backoff  # seconds before the 2nd attempt; doubles each time (capped at 5 minutes)
        self.timeout = timeout
        self._heap: list[_Delivery] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._active = 0
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="recordroute-hooks", daemon=True)
        self._thread.start()

    def submit(self, event: dict[str, Any]) -> list[str]:
        """Queue `event` for every configured target; returns the delivery ids."""
        settings = self.ctx.settings
        body = json.dumps(event, ensure_ascii=False, sort_keys=True).encode("utf-8")
        targets = [*settings.hook_urls, *(["command"] if settings.hook_command else [])]
        ids = []
        with self._cond:
            for target in targets:
                d = _Delivery(
                    time.monotonic(),
                    next(self._seq),
                    target,
                    body,
                    uuid.uuid4().hex,
                    event.get("recording_id"),
                )
                heapq.heappush(self._heap, d)
                ids.append(d.delivery_id)
            while len(self._heap) > MAX_PENDING:
                dropped = max(self._heap)
                self._heap.remove(dropped)
                heapq.heapify(self._heap)
                log.warning("hook delivery to %s dropped: %d deliveries waiting", dropped.target, MAX_PENDING)
            self._cond.notify_all()
        return ids

    def pending(self) -> int:
        with self._cond:
            return len(self._heap) + self._active

    def close(self, timeout: float = 10.0) -> None:
        """Wait up to `timeout` for deliveries due by then (a CLI run ends after its hooks), then stop."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while (
                self._active or any(d.due <= deadline for d in self._heap)
            ) and time.monotonic() < deadline:
                self._cond.wait(0.05)
            self._closed = True
            self._cond.notify_all()
        self._thread.join(1.0)

    # --- worker -----------------------------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (not self._heap or self._heap[0].due > time.monotonic()):
                    wait = self._heap[0].due - time.monotonic() if self._heap else None
                    self._cond.wait(wait)
                if self._closed:
                    return
                delivery = heapq.heappop(self._heap)
                self._active += 1
            try:
                error = self._send(delivery)
            except Exception as exc:  # a bug in a delivery must not end the thread
                error = f"{type(exc).__name__}: {exc}"
            with self._cond:
                self._active -= 1
                if error is not None:
                    self._failed(delivery, error)
                self._cond.notify_all()

    def _failed(self, d: _Delivery, error: str) -> None:
        """Called with the lock held: schedule the next attempt or give up (logged where the user looks)."""
        if d.attempt < self.attempts:
            delay = min(300.0, self.backoff * 2 ** (d.attempt - 1))
            log.info("hook %s attempt %d failed (%s); retrying in %.1f s", d.target, d.attempt, error, delay)
            d.attempt += 1
            d.due = time.monotonic() + delay
            d.seq = next(self._seq)
            heapq.heappush(self._heap, d)
            return
        message = f"automation hook {d.target} failed after {d.attempt} attempts: {error}"
        log.warning(message)
        if d.recording_id is not None:
            try:
                self.ctx.store.recordings.log(d.recording_id, message, level="error", stage="hooks")
            except RecordRouteError:
                log.exception("could not log the failed hook")

    def _send(self, d: _Delivery) -> str | None:
        """One attempt; None on success, else what went wrong."""
        if d.target == "command":
            return self._run_command(d)
        import httpx

        secret = self.ctx.settings.hook_secret
        headers = {
            "Content-Type": "application/json",
            "User-Agent": f"RecordRoute/{__version__}",
            "X-RecordRoute-Event": json.loads(d.body).get("event", ""),
            "X-RecordRoute-Delivery": d.delivery_id,
            "X-RecordRoute-Attempt": str(d.attempt),
            SIGNATURE_HEADER: sign(secret, d.body),
        }
        try:
            res = httpx.post(d.target, content=d.body, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {exc}"
        return None if 200 <= res.status_code < 300 else f"HTTP {res.status_code}"

    def _run_command(self, d: _Delivery) -> str | None:
        argv = list(self.ctx.settings.hook_command)
        if not argv:
            return None  # removed from the settings meanwhile
        try:
            done = subprocess.run(argv, input=d.body, capture_output=True, timeout=max(self.timeout, 60.0))
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{type(exc).__name__}: {exc}"
        return None if done.returncode == 0 else f"exit code {done.returncode}: {done.stderr[-300:]!r}"


def dispatcher(ctx: AppContext) -> HookDispatcher:
    return ctx.engine(KEY, lambda: HookDispatcher(ctx))


def job_finished(ctx: AppContext, final: JobEvent) -> None:
    """Called by the runner after every job; quick and never raises (the queue must not notice hooks)."""
    if final.state not in FINAL_STATES or not configured(ctx):
        return
    try:
        with _SECRET_LOCK:
            if ctx.settings.hook_urls and not ctx.settings.hook_secret:
                ctx.settings.hook_secret = secrets.token_urlsafe(32)  # like the API token: made once, kept
                ctx.settings.save()
        dispatcher(ctx).submit(build_event(ctx, final))
    except Exception:
        log.exception("could not queue the automation hooks of job %s", final.job_id)
