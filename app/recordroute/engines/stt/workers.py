"""The decoding worker threads' lifecycle: a cancelled transcription's worker finishes its window before the
next transcription on that model starts, and after the first pass a worker stays to run the gap recovery."""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from ...progress import CancelToken, Progress, ProgressCallback
from .collect import POLL_SECONDS

log = logging.getLogger(__name__)

# Gap recovery runs on the worker thread of the first pass (follow), not on a thread of its own: a second
# decoding thread kept its buffers, 9-min file's peak RSS 444 -> 556 MB (long-lived thread) or 596 MB (a thread
# per block) with tiny.en (bench/long_file_memory.py --quick --transcribe, 30-s blocks); VAD alone: 449 MB.
# Workers of cancelled transcriptions still finishing their window or batch, per model: the next transcription
# on that model waits for them, so a batch of several windows never competes with the next job for the CPU.
_draining: weakref.WeakKeyDictionary[Any, list[threading.Thread]] = weakref.WeakKeyDictionary()
_draining_lock = threading.Lock()
# Every decoding worker still running, with its stop flag. A worker is a daemon (a cancelled window finishes
# in the background), but one still inside CTranslate2 when the interpreter finalizes is killed as it takes
# the GIL back, through a C++ frame that cannot unwind: "terminate called without an active exception" and
# SIGABRT (exit code 134), or SIGSEGV, when the app is closed during a transcription. So exit joins them.
_running: list[tuple[threading.Thread, threading.Event]] = []
EXIT_WAIT_SECONDS = 120.0  # one window (one batch) of the largest model on a slow CPU


def started(worker: threading.Thread, stop: threading.Event) -> None:
    """Register a decoding worker that has just started, with the flag that stops it between windows."""
    with _draining_lock:
        _running[:] = [(t, s) for t, s in _running if t.is_alive()]
        _running.append((worker, stop))


def wait_stopped(timeout: float, *, stop: bool = False) -> list[threading.Thread]:
    """Wait up to `timeout` s for the workers told to stop (cancelled transcriptions; with `stop`, every
    worker is told first); returns those still running after it."""
    with _draining_lock:
        workers = [(t, s) for t, s in _running if t.is_alive()]
    if stop:
        for _thread, flag in workers:
            flag.set()
    deadline = time.monotonic() + timeout
    for thread, flag in workers:
        if flag.is_set() and thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
    return [t for t, _flag in workers if t.is_alive()]


@atexit.register
def _stop_at_exit() -> None:
    """Before the interpreter finalizes: stop every decoding worker and let it finish its window."""
    left = wait_stopped(EXIT_WAIT_SECONDS, stop=True)
    if left:
        log.warning("speech workers still decoding at exit: %s", ", ".join(t.name for t in left))


def drain(model: Any, worker: threading.Thread) -> None:
    with _draining_lock:
        _draining.setdefault(model, []).append(worker)


def wait_drained(model: Any, cancel: CancelToken | None, report: ProgressCallback) -> None:
    told = False
    while True:
        with _draining_lock:
            alive = [t for t in _draining.get(model, []) if t.is_alive()]
            if alive:
                _draining[model] = alive
            else:
                _draining.pop(model, None)
                return
        if not told:
            report(Progress("transcribe", 0.0, "waiting for a cancelled transcription to stop"))
            told = True
        alive[0].join(POLL_SECONDS)
        if cancel is not None:
            cancel.raise_if_cancelled()


def follow(orders: queue.Queue[Callable[[], None] | None], stop: threading.Event) -> None:
    """Worker thread, after the first pass: run what the caller sends next (gap recovery), or stop."""
    while not stop.is_set():
        try:
            job = orders.get(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
        if job is not None:
            job()
        return
