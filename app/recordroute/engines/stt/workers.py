"""The decoding worker threads' lifecycle: a cancelled transcription's worker finishes its window before the
next transcription on that model starts, and after the first pass a worker stays to run the gap recovery."""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any

from ...progress import CancelToken, Progress, ProgressCallback
from .collect import POLL_SECONDS

# Gap recovery runs on the worker thread of the first pass (follow), not on a thread of its own: a second
# decoding thread kept its buffers, 9-min file's peak RSS 444 -> 556 MB (long-lived thread) or 596 MB (a thread
# per block) with tiny.en (bench/long_file_memory.py --quick --transcribe, 30-s blocks); VAD alone: 449 MB.
# Workers of cancelled transcriptions still finishing their window or batch, per model: the next transcription
# on that model waits for them, so a batch of several windows never competes with the next job for the CPU.
_draining: weakref.WeakKeyDictionary[Any, list[threading.Thread]] = weakref.WeakKeyDictionary()
_draining_lock = threading.Lock()


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
