"""Qt face over the Qt-free capture engine: polls level and length for the meter, reports state changes.

The capture source is created by a factory so tests (and machines without a microphone) can swap in
`engines.capture.FakeSource`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..engines import capture
from ..errors import RecordRouteError

SourceFactory = Callable[[int | None], capture.CaptureSource]


def default_source(device: int | None) -> capture.CaptureSource:
    return capture.SoundDeviceSource(device)


class RecorderController(QObject):
    levelChanged = Signal(float)  # 0..1 peak of the latest block
    elapsedChanged = Signal(float)  # seconds written
    stateChanged = Signal(str)  # idle, recording, paused, stopped
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, source_factory: SourceFactory = default_source,
                 list_devices: Callable[[], list[capture.InputDevice]] = capture.list_input_devices) -> None:
        super().__init__(parent)
        self.source_factory = source_factory
        self.list_devices = list_devices
        self.recorder: capture.Recorder | None = None
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> str:
        return self.recorder.state if self.recorder else "idle"

    def start(self, path: Path, device: int | None = None) -> bool:
        try:
            source = self.source_factory(device)
            self.recorder = capture.Recorder(source, path)
            self.recorder.start()
        except RecordRouteError as exc:
            self.recorder = None
            self.failed.emit(exc.user_text())
            return False
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
        self._timer.stop()
        self._poll()
        self.stateChanged.emit(self.state)
        if self.recorder.error is not None:
            self.failed.emit(str(self.recorder.error))
        return path

    def seconds(self) -> float:
        return self.recorder.seconds if self.recorder else 0.0

    def _poll(self) -> None:
        if self.recorder is None:
            return
        self.levelChanged.emit(self.recorder.level)
        self.elapsedChanged.emit(self.recorder.seconds)
        if self.recorder.error is not None and self.recorder.state != "stopped":
            self.failed.emit(str(self.recorder.error))
            self.stop()
