"""Record from a microphone: device picker, live level meter, pause/resume; Stop adds the file to the queue.

Audio goes to disk as it is captured (data dir's recordings-inbox/, header patched every second), so a crash
keeps what was recorded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..settings import Settings
from .presenters import clock, new_recording_path
from .recorder import RecorderController


class RecordDialog(QDialog):
    recorded = Signal(Path)  # the finished file, to queue

    def __init__(self, settings: Settings, controller: RecorderController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller = controller or RecorderController(self)
        self.controller.setParent(self)
        self.path: Path | None = None
        self._has_devices = False
        self.setWindowTitle(self.tr("Record"))
        self.device = QComboBox(self)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.elapsed = QLabel("0:00", self)
        font = self.elapsed.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.elapsed.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.stop_button = QPushButton(self.tr("&Stop and add"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.record_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("&Input device:"), self.device)
        form.addRow(self.tr("Level:"), self.meter)
        form.addRow(self.tr("Length:"), self.elapsed)
        buttons = QHBoxLayout()
        for b in (self.record_button, self.pause_button, self.stop_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.controller.levelChanged.connect(lambda v: self.meter.setValue(int(v * 100)))
        self.controller.elapsedChanged.connect(lambda s: self.elapsed.setText(clock(s)))
        self.controller.stateChanged.connect(self._update_buttons)
        self.controller.failed.connect(self._show_error)
        self.resize(440, 220)
        self.load_devices()

    def load_devices(self) -> None:
        self.device.clear()
        devices = self.controller.list_devices()
        self._has_devices = bool(devices)
        for d in devices:
            self.device.addItem(d.name, d.index)
            if d.is_default:
                self.device.setCurrentIndex(self.device.count() - 1)
        if not devices:
            self.device.addItem(self.tr("No input device found"), None)
            self.device.setEnabled(False)
            self.message.setText(self.tr("No microphone was found. Connect one (or allow microphone access in "
                                         "the system settings), then reopen this window."))
        self._update_buttons(self.controller.state)

    @property
    def has_devices(self) -> bool:
        return self._has_devices

    def start(self) -> None:
        if not self.has_devices:
            return
        self.path = new_recording_path(self.settings)
        self.message.setText(self.tr("Recording to %1").replace("%1", str(self.path)))
        if not self.controller.start(self.path, self.device.currentData()):
            self.path = None

    def toggle_pause(self) -> None:
        if self.controller.state == "recording":
            self.controller.pause()
        elif self.controller.state == "paused":
            self.controller.resume()

    def stop(self) -> None:
        path = self.controller.stop()
        if path is not None and self.controller.seconds() > 0:
            self.message.setText(self.tr("Saved %1; it was added to the queue.").replace("%1", path.name))
            self.recorded.emit(path)
        self.controller.recorder = None
        self._update_buttons("idle")

    def _update_buttons(self, state: str) -> None:
        active = state in ("recording", "paused")
        self.record_button.setEnabled(self.has_devices and not active)
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("&Resume") if state == "paused" else self.tr("&Pause"))
        self.stop_button.setEnabled(active)
        self.device.setEnabled(self.has_devices and not active)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.state in ("recording", "paused"):
            self.stop()  # never lose a recording by closing the window
        super().closeEvent(event)

    def reject(self) -> None:
        if self.controller.state in ("recording", "paused"):
            self.stop()
        super().reject()
