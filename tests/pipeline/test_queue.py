"""The process's one JobQueue: workers wake when a job is submitted through it (no polling), jobs another
process queued wait for start or refresh(), listeners see every event (or one job's), reorder and cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from recordroute.pipeline import runner
from recordroute.pipeline.queue import JobQueue
from recordroute.pipeline.runner import JobEvent

STAGES = ["ingest", "transcribe"]  # a text file: import and read it (no models needed)


def _notes(tmp_path: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        p = tmp_path / f"note{i}.txt"
        p.write_text(f"Note {i}: the budget review moved to Friday.\n", encoding="utf-8")
        paths.append(p)
    return paths


def test_queue_wakes_on_submit_and_waits_for_refresh_otherwise(ctx, tmp_path: Path) -> None:
    first, second = _notes(tmp_path, 2)
    queue = JobQueue(ctx)
    finals: dict[int, JobEvent] = {}
    done = threading.Condition()

    def on_event(event: JobEvent) -> None:
        if event.state != "running":
            with done:
                finals[event.job_id] = event
                done.notify_all()

    changes: list[int] = []
    queue.add_listener(on_event)
    queue.add_change_listener(lambda: changes.append(1))
    queue.start()
    try:
        job = queue.enqueue(first, stages=STAGES)
        assert changes  # the queue told its faces at once
        with done:
            assert done.wait_for(lambda: job in finals, timeout=30)
        assert finals[job].state == "done"
        deadline = time.monotonic() + 10
        while not queue.idle() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert queue.idle()

        # Queued behind the queue's back (as another process would): nothing polls, so it waits...
        other = runner.submit(ctx, second, stages=STAGES)
        with done:
            assert not done.wait_for(lambda: other in finals, timeout=1.5)
        assert ctx.store.jobs.get(other).state == "queued"
        queue.refresh()  # ...until someone looks again
        with done:
            assert done.wait_for(lambda: other in finals, timeout=30)
        assert finals[other].state == "done"
    finally:
        queue.stop()


def test_per_job_listeners_reorder_and_cancel(ctx, tmp_path: Path) -> None:
    queue = JobQueue(ctx)  # not started: jobs stay queued
    a, b, c = (queue.enqueue(p, stages=STAGES) for p in _notes(tmp_path, 3))
    seen_b: list[JobEvent] = []
    seen_all: list[JobEvent] = []
    queue.add_listener(seen_b.append, job_id=b)
    queue.add_listener(seen_all.append)
    queue.move(c, -2)
    assert [j.id for j in ctx.store.jobs.list(states=("queued",))] == [c, a, b]
    assert queue.cancel(a) is True and queue.cancel(a) is False
    assert [e.job_id for e in seen_all] == [a] and seen_b == []
    assert queue.cancel(b) is True
    assert [(e.job_id, e.state) for e in seen_b] == [(b, "cancelled")]
    queue.remove_listener(seen_all.append)
    queue.retry(a)
    assert ctx.store.jobs.get(a).state == "queued"
    assert not queue.running() and not queue.busy()
