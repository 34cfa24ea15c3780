"""A translation line under each live caption, from a fast LLM, without ever holding up the captions.

Committed captions are queued; a worker thread translates them in order (several waiting captions in one
request) and hands each translation back. When the model falls behind by more than `max_backlog` captions, the
oldest waiting ones are skipped and counted (the full pass after the recording is what gets translated for
keeps); an error is reported once and the captions go on without translation.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from ..engines.llm.base import LLMBackend
from ..errors import RecordRouteError
from .live_captions import Caption

log = logging.getLogger(__name__)

LineCallback = Callable[[Caption, str], None]


class LiveTranslator:
    def __init__(
        self,
        backend: LLMBackend,
        language: str,
        on_line: LineCallback | None = None,
        *,
        max_backlog: int = 8,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.backend = backend
        self.language = language
        self.on_line = on_line
        self.on_error = on_error
        self.max_backlog = max_backlog
        self.skipped = 0
        self.error: str | None = None
        self.lines: dict[float, str] = {}  # caption start -> its translation (for a live view)
        self._submitted = 0
        self._queue: queue.Queue[Caption | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="live-translation", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def submit(self, captions: list[Caption]) -> None:
        for caption in captions:
            if caption.final and caption.text.strip() and self.error is None:
                self._queue.put(caption)

    def submit_new(self, committed: list[Caption]) -> None:
        """Submit the committed captions not seen yet (a live view passes the captioner's whole list)."""
        self.submit(committed[self._submitted :])
        self._submitted = len(committed)

    def stop(self, timeout: float = 30.0) -> None:
        """Finish what is queued; `timeout` 0 returns at once (the worker ends by itself)."""
        self._queue.put(None)
        if timeout > 0:
            self._thread.join(timeout)

    def render(self, committed: list[Caption], tentative: str = "") -> str:
        """Captions with their translation lines under them, as a live view shows them."""
        out: list[str] = []
        for caption in committed:
            out.append(caption.text)
            line = self.lines.get(caption.start)
            if line:
                out.append(f"  → {line}")
        if tentative:
            out.append(tentative)
        return "\n".join(out)

    def _take(self) -> tuple[list[Caption], bool]:
        first = self._queue.get()
        batch: list[Caption] = [] if first is None else [first]
        done = first is None
        while not done:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is None:
                done = True
            else:
                batch.append(item)
        if len(batch) > self.max_backlog:  # far behind: keep up with what is said now
            self.skipped += len(batch) - self.max_backlog
            batch = batch[-self.max_backlog :]
        return batch, done

    def _run(self) -> None:
        from ..engines.llm.translation import translate_lines

        while True:
            batch, done = self._take()
            if batch and self.error is None:
                try:
                    lines = translate_lines([c.text for c in batch], self.language, backend=self.backend)
                except RecordRouteError as exc:
                    self.error = exc.user_text()
                    log.warning("live translation stopped: %s", self.error)
                    if self.on_error:
                        self.on_error(self.error)
                else:
                    for caption, line in zip(batch, lines, strict=True):
                        self.lines[caption.start] = line
                        if self.on_line is not None:
                            self.on_line(caption, line)
            if done:
                return
