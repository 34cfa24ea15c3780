"""The speech workers' exit wait (engines/stt/workers.py) with real threads: a context's close waits only for
workers already told to stop; interpreter exit stops every worker and waits for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from recordroute.engines.stt import workers


@pytest.fixture
def worker() -> Iterator[tuple[threading.Thread, threading.Event]]:
    """A worker that runs until its stop flag is set, as a decoding worker stops between windows."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="recordroute-stt-test", daemon=True)
    thread.start()
    workers.started(thread, stop)
    yield thread, stop
    stop.set()
    thread.join(5)


def test_close_waits_only_for_stopped_workers(worker: tuple[threading.Thread, threading.Event]) -> None:
    thread, stop = worker
    assert workers.wait_stopped(0.2) == [thread]  # a running transcription is left running at close
    assert thread.is_alive() and not stop.is_set()
    stop.set()  # cancelled: its window ends
    assert workers.wait_stopped(5) == []
    assert not thread.is_alive()


def test_exit_stops_and_joins_every_worker(worker: tuple[threading.Thread, threading.Event]) -> None:
    thread, stop = worker
    assert workers.wait_stopped(5, stop=True) == []
    assert stop.is_set() and not thread.is_alive()


def test_a_worker_that_will_not_stop_is_reported() -> None:
    stop = threading.Event()
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="recordroute-stt-stuck", daemon=True)
    thread.start()
    workers.started(thread, stop)
    try:
        assert workers.wait_stopped(0.2, stop=True) == [thread]
    finally:
        release.set()
        thread.join(5)
    assert workers.wait_stopped(1) == []
