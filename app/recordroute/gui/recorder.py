"""Qt face over the Qt-free capture engine: polls levels, length, device events and live captions for the
record window, and reports state changes.

Capture sources are created by factories so tests (and machines without a microphone) can swap in
`engines.capture.FakeSource` or `WavFileSource`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..engines import capture
from ..errors import RecordRouteError
from ..pipeline.live_captions import LiveCaptioner
from ..pipeline.live_translation import LiveTranslator
from .error_text import detail_of

SourceFactory = Callable[[str | None], capture.CaptureSource]
SystemFactory = Callable[[str | None, int], capture.CaptureSource]
MODES = ("mic", "system", "meeting")


def default_source(device: str | None) -> capture.CaptureSource:
    return capture.microphone_source(device)


def default_system(device: str | None, samplerate: int) -> capture.CaptureSource:
    return capture.system_source(device, samplerate)


class RecorderController(QObject):
    levelChanged = Signal(float)  # 0..1 peak of the latest block, loudest channel
    levelsChanged = Signal(list)  # one peak per channel (meeting mode: me, others)
    elapsedChanged = Signal(float)  # seconds written
    stateChanged = Signal(str)  # idle, recording, paused, stopped
    failed = Signal(str)
    notice = Signal(str)  # a device went away and recording goes on
    captionChanged = Signal(str)  # live caption text so far (a preview; the full pass replaces it)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        source_factory: SourceFactory = default_source,
        list_devices: Callable[[], list[capture.InputDevice]] = capture.list_devices,
        system_factory: SystemFactory = default_system,
        captioner_factory: Callable[[], LiveCaptioner] | None = None,
        translator_factory: Callable[[], LiveTranslator] | None = None,
    ) -> None:
        super().__init__(parent)
        self.source_factory = source_factory
        self.system_factory = system_factory
        self.list_devices = list_devices
        self.captioner_factory = captioner_factory
        self.recorder: capture.Recorder | None = None
        self.captioner: LiveCaptioner | None = None
        self.translator_factory = translator_factory  # a translation line under each caption (a fast LLM)
        self.translator: LiveTranslator | None = None
        self._seen_events = 0
        self._caption = ""
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> str:
        return self.recorder.state if self.recorder else "idle"

    def _source(self, mode: str, device: str | None, system_device: str | None) -> capture.CaptureSource:
        if mode == "system":
            return self.system_factory(system_device, 16000)
        mic = self.source_factory(device)
        if mode == "meeting":
            return capture.MeetingSource(mic, self.system_factory(system_device, mic.samplerate))
        return mic

    def start(
        self,
        path: Path,
        device: str | int | None = None,
        *,
        mode: str = "mic",
        system_device: str | None = None,
        live: bool = False,
    ) -> bool:
        try:
            source = self._source(mode, None if device is None else str(device), system_device)
            self.recorder = capture.Recorder(source, path)
            self.captioner = self.captioner_factory() if live and self.captioner_factory else None
            if self.captioner is not None:
                self.recorder.add_tap(self.captioner.feed)
            self.recorder.start()
        except RecordRouteError as exc:
            self.recorder = self.captioner = None
            self.failed.emit(detail_of(exc))
            return False
        if self.captioner is not None:
            self.captioner.start()
            self.translator = self.translator_factory() if self.translator_factory else None
            if self.translator is not None:
                self.translator.start()
        self._seen_events = 0
        self._caption = ""
        self._timer.start()
        self.stateChanged.emit(self.state)
        return True

    def pause(self) -> None:
        if self.recorder:
            self.recorder.pause()
            self.stateChanged.emit(self.state)

    def resume(self) -> None:
        if self.recorder:
            self.recorder.resume()
            self.stateChanged.emit(self.state)

    def stop(self) -> Path | None:
        if self.recorder is None:
            return None
        path = self.recorder.stop()
        if self.captioner is not None:
            self.captioner.stop(wait=False)  # never hold the window up for a pass in flight
        if self.translator is not None:
            self.translator.stop(timeout=0)
        self._timer.stop()
        self._poll()
        self.stateChanged.emit(self.state)
        if self.recorder.error is not None:
            self.failed.emit(str(self.recorder.error))
        return path

    def seconds(self) -> float:
        return self.recorder.seconds if self.recorder else 0.0

    def overflows(self) -> int:
        return self.recorder.overflows if self.recorder else 0

    def _poll(self) -> None:
        rec = self.recorder
        if rec is None:
            return
        self.levelChanged.emit(rec.level)
        self.levelsChanged.emit(list(rec.levels))
        self.elapsedChanged.emit(rec.seconds)
        for event in rec.events[self._seen_events :]:
            if not event.fatal:
                self.notice.emit(event.message)
        self._seen_events = len(rec.events)
        if self.captioner is not None:
            text = self.captioner.text
            if self.translator is not None:
                committed = list(self.captioner.committed)
                self.translator.submit_new(committed)
                text = self.translator.render(committed, self.captioner.tentative)
            if text != self._caption:
                self._caption = text
                self.captionChanged.emit(text)
        if rec.finished and rec.state != "stopped":  # the device went away for good, or the disk failed
            self.stop()
