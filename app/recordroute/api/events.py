"""Job events for SSE streams: the process's JobQueue reports on its worker threads, each stream reads an
asyncio queue on the event loop. The stream is the queue's own listener, so progress arrives as it happens."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator

from ..pipeline.queue import JobQueue
from ..pipeline.runner import JobEvent

MAX_BACKLOG = 1000  # events kept for a slow client; progress ticks beyond it are dropped, endings never


class JobFeed:
    """Subscriptions of SSE streams to one JobQueue; `close()` ends them all (the server is stopping)."""

    def __init__(self, queue: JobQueue) -> None:
        self.queue = queue
        self._lock = threading.Lock()
        self._open: dict[asyncio.Queue[JobEvent | None], asyncio.AbstractEventLoop] = {}
        self._closed = False

    @contextlib.contextmanager
    def subscribe(self, job_id: int | None = None) -> Iterator[asyncio.Queue[JobEvent | None]]:
        """Events of every job, or only of `job_id`, until the block ends; None means the feed closed."""
        loop = asyncio.get_running_loop()
        q: asyncio.Queue[JobEvent | None] = asyncio.Queue(maxsize=MAX_BACKLOG)

        def listener(event: JobEvent) -> None:
            with contextlib.suppress(RuntimeError):  # that loop is closed
                loop.call_soon_threadsafe(_offer, q, event)

        with self._lock:
            self._open[q] = loop
            if self._closed:
                q.put_nowait(None)
        self.queue.add_listener(listener, job_id=job_id)
        try:
            yield q
        finally:
            self.queue.remove_listener(listener)
            with self._lock:
                self._open.pop(q, None)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._open)

    def close(self) -> None:
        """End every open stream, so a graceful shutdown does not wait for clients to hang up."""
        with self._lock:
            self._closed = True
            streams = list(self._open.items())
        for q, loop in streams:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_offer, q, None)

    def reopen(self) -> None:
        with self._lock:
            self._closed = False


def _offer(q: asyncio.Queue[JobEvent | None], event: JobEvent | None) -> None:
    if q.full():
        if event is not None and event.state == "running":
            return  # a stalled client loses progress ticks, not the server
        with contextlib.suppress(asyncio.QueueEmpty):
            q.get_nowait()  # make room for an ending
    q.put_nowait(event)
