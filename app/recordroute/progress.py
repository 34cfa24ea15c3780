"""Progress reporting and cooperative cancellation shared by engines and the pipeline (no Qt)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import Cancelled


@dataclass(frozen=True)
class Progress:
    """One progress report. `fraction` is 0..1; `eta` is seconds left or None when unknown."""

    stage: str
    fraction: float
    message: str = ""
    eta: float | None = None


ProgressCallback = Callable[[Progress], None]


def null_progress(_: Progress) -> None:
    """Default callback: report nowhere."""


class CancelToken:
    """Thread-safe cancel flag. Long loops call `raise_if_cancelled()` at least once a second."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when cancelled meanwhile (for backoff loops)."""
        return self._event.wait(seconds)


class EtaEstimator:
    """ETA = elapsed × (total / done) − elapsed, as the original app computed it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()

    def eta(self, fraction: float) -> float | None:
        if fraction <= 0.0:
            return None
        elapsed = self._clock() - self._start
        return max(0.0, elapsed / min(fraction, 1.0) - elapsed)
