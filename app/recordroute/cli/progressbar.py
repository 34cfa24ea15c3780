"""A one-line terminal progress bar with ETA (stderr), silent when stderr is not a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..messages.notice import parse
from ..messages.pipeline_notices import PROGRESS_NOTES
from ..pipeline.runner import JobEvent
from . import say


def fmt_eta(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    seconds = int(seconds)
    return (
        f"{seconds // 60:02d}:{seconds % 60:02d}"
        if seconds < 3600
        else f"{seconds // 3600}h{seconds % 3600 // 60:02d}"
    )


def _shorten(text: str, columns: int) -> str:
    """`text` cut to fit `columns` terminal columns (a Hangul syllable takes two)."""
    while say.width(text) > columns:
        text = text[:-1]
    return text


class ProgressBar:
    def __init__(
        self, label: str, stream: TextIO | None = None, width: int = 28, message_width: int = 12
    ) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.message_width = message_width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last = 0.0
        self._last_stage = ""

    def __call__(self, event: JobEvent) -> None:
        now = time.monotonic()
        if event.stage != self._last_stage and not self.tty:
            # Non-interactive: one line per stage change, so logs stay readable.
            self.stream.write(f"{self.label}: {say.stage(event.stage)}...\n")
            self.stream.flush()
        self._last_stage = event.stage
        if not self.tty or (now - self._last < 0.1 and event.fraction < 1.0):
            return
        self._last = now
        filled = int(self.width * max(0.0, min(1.0, event.fraction)))
        bar = "█" * filled + "░" * (self.width - filled)
        label = self.label if len(self.label) <= 24 else "…" + self.label[-23:]
        msg = _shorten(say.render(parse(event.message, PROGRESS_NOTES)), self.message_width)
        self.stream.write(
            f"\r{label:<24} {say.pad(msg, self.message_width)} {bar} {event.fraction * 100:5.1f}% ETA {fmt_eta(event.eta)}"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\r" + " " * (88 + self.message_width) + "\r")
            self.stream.flush()
