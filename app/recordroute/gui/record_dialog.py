"""Record the microphone, the system audio (what the speakers play) or both (meeting mode, one channel each):
device picker, a level meter per channel, pause/resume, live captions; Stop adds the file to the queue.

Audio goes to disk as it is captured (data dir's recordings-inbox/, header patched every second), so a crash
keeps what was recorded. Live captions are a preview from the warm model; the full pass replaces them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..engines.capture import InputDevice
from ..engines.notes import NoteLine, NoteStamper, format_notes, parse_line, sidecar_path
from ..pipeline.context import AppContext
from ..pipeline.live_captions import LiveCaptioner
from ..pipeline.live_translation import LiveTranslator
from ..pipeline.summaries import resolve_backend
from ..settings import Settings
from ..store.files import atomic_write_bytes
from .lifetime import bind
from .presenters import clock, new_recording_path
from .recorder import RecorderController


def live_translator_factory(settings: Settings) -> Callable[[], LiveTranslator] | None:
    """A translation line under each live caption when the settings name a language for it."""
    language = settings.live_translation_language.strip()
    if not language:
        return None

    def make() -> LiveTranslator:
        llm = resolve_backend(settings, None, settings.live_translation_model or None)
        return LiveTranslator(llm, language)

    return make


def _meter(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    return bar


class RecordDialog(QDialog):
    recorded = Signal(Path)  # the finished file, to queue

    def __init__(
        self,
        settings: Settings,
        controller: RecorderController | None = None,
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        if controller is None:
            controller = self._default_controller(settings, ctx)
        self.controller = controller
        self.controller.setParent(self)
        self.path: Path | None = None
        self.recorded_mode = "mic"  # the source of the recording in progress (or the last one)
        self._mics: list[InputDevice] = []
        self._loops: list[InputDevice] = []
        self.setWindowTitle(self.tr("Record"))
        self._build_source()
        self._build_captions()
        self._build_notes()
        self._build_buttons()
        self._connect_buttons()
        self._lay_out()
        self._connect_controller()
        self.resize(480, 260)
        self.load_devices()

    def _default_controller(self, settings: Settings, ctx: AppContext | None) -> RecorderController:
        """The dialog's own recorder; live captions only with an app context (they need the warm model)."""
        factory = (
            (lambda: LiveCaptioner(ctx.stt(), language=settings.stt_language, in_use=ctx.busy(ctx.stt_key())))
            if ctx
            else None
        )
        return RecorderController(
            self, captioner_factory=factory, translator_factory=live_translator_factory(settings)
        )

    def _build_source(self) -> None:
        """What to record and how loud it is: source, devices, a meter per channel, the elapsed time."""
        self.mode = QComboBox(self)
        for text, key in (
            (self.tr("Microphone"), "mic"),
            (self.tr("System audio (what the speakers play)"), "system"),
            (self.tr("Meeting: microphone and system audio"), "meeting"),
        ):
            self.mode.addItem(text, key)
        self.device = QComboBox(self)
        self.system_device = QComboBox(self)
        self.meter = _meter(self)
        self.meter2 = _meter(self)
        self.elapsed = QLabel("0:00", self)
        font = self.elapsed.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.elapsed.setFont(font)

    def _build_captions(self) -> None:
        """The live captions switch and their view (hidden until switched on)."""
        self.live = QCheckBox(self.tr("Show &live captions while recording"), self)
        if self.controller.translator_factory is not None:
            self.live.setToolTip(
                self.tr("Each caption gets a translation line (%1)").replace(
                    "%1", self.settings.live_translation_language
                )
            )
        self.live.setEnabled(self.controller.captioner_factory is not None)
        self.captions = QPlainTextEdit(self)
        self.captions.setReadOnly(True)
        self.captions.setPlaceholderText(
            self.tr("Live captions appear here; the full transcript replaces them.")
        )
        self.captions.setVisible(False)

    def _build_notes(self) -> None:
        """The note entry and the notes typed so far."""
        # Notes typed while recording: each line is stamped with the recording time and kept with the file.
        self.notes: list[NoteLine] = []
        self.stamper: NoteStamper | None = None
        self.note_entry = QLineEdit(self)
        self.note_entry.setPlaceholderText(
            self.tr("Type a note and press Enter; it is stamped with the recording time (# for a heading)")
        )
        self.note_entry.returnPressed.connect(self.add_note)
        self.notes_view = QPlainTextEdit(self)
        self.notes_view.setReadOnly(True)
        self.notes_view.setMaximumHeight(90)
        self.notes_view.setVisible(False)

    def _build_buttons(self) -> None:
        """The message line and the Record / Pause / Stop / Close buttons."""
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.stop_button = QPushButton(self.tr("&Stop and add"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)

    def _connect_buttons(self) -> None:
        """Buttons, source and captions switch to their slots (after every widget they touch exists)."""
        self.record_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.close)
        self.mode.currentIndexChanged.connect(lambda _i: self._update_buttons(self.controller.state))
        self.live.toggled.connect(self.captions.setVisible)

    def _connect_controller(self) -> None:
        """The recorder's levels, time, state, errors and captions to the dialog."""
        self.controller.levelsChanged.connect(self._show_levels)
        self.controller.elapsedChanged.connect(bind(self, lambda s: self.elapsed.setText(clock(s))))
        self.controller.stateChanged.connect(self._update_buttons)
        self.controller.failed.connect(self._show_error)
        self.controller.notice.connect(self._show_error)
        self.controller.captionChanged.connect(self._show_caption)

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Source:"), self.mode)
        self.form.addRow(self.tr("&Input device:"), self.device)
        self.form.addRow(self.tr("&Output to record:"), self.system_device)
        self.form.addRow(self.tr("Level:"), self.meter)
        self.form.addRow(self.tr("Others:"), self.meter2)
        self.form.addRow(self.tr("Length:"), self.elapsed)
        buttons = QHBoxLayout()
        for b in (self.record_button, self.pause_button, self.stop_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.live)
        lay.addWidget(self.captions, 1)
        lay.addWidget(self.note_entry)
        lay.addWidget(self.notes_view)
        lay.addWidget(self.message)
        lay.addLayout(buttons)

    def load_devices(self) -> None:
        devices = self.controller.list_devices()
        self._mics = [d for d in devices if d.kind == "input"]
        self._loops = [d for d in devices if d.kind == "loopback"]
        for combo, found, none in (
            (self.device, self._mics, self.tr("No input device found")),
            (self.system_device, self._loops, self.tr("Default output")),
        ):
            combo.clear()
            for d in found:
                combo.addItem(d.name, d.ident)
                if d.is_default:
                    combo.setCurrentIndex(combo.count() - 1)
            if not found:
                combo.addItem(none, None)
        if not self._mics:
            self.message.setText(
                self.tr(
                    "No microphone was found. Connect one (or allow microphone access in "
                    "the system settings), then reopen this window."
                )
            )
        self._update_buttons(self.controller.state)

    @property
    def has_devices(self) -> bool:
        return self.can_record(self.mode.currentData())

    def can_record(self, mode: str) -> bool:
        """Whether `mode` has what it needs: a microphone, a system-audio source, or both."""
        return {
            "mic": bool(self._mics),
            "system": bool(self._loops),
            "meeting": bool(self._mics) and bool(self._loops),
        }.get(mode, False)

    def start(self) -> None:
        mode = self.mode.currentData()
        if not self.can_record(mode):
            return
        self.path = new_recording_path(self.settings)
        self.recorded_mode = str(mode)
        self.message.setText(self.tr("Recording to %1").replace("%1", str(self.path)))
        self.captions.clear()
        if not self.controller.start(
            self.path,
            self.device.currentData(),
            mode=mode,
            system_device=self.system_device.currentData(),
            live=self.live.isChecked(),
        ):
            self.path = None
        else:
            self.stamper = NoteStamper(self.controller.seconds)  # recording time, paused time excluded

    def toggle_pause(self) -> None:
        if self.controller.state == "recording":
            self.controller.pause()
        elif self.controller.state == "paused":
            self.controller.resume()

    def stop(self) -> None:
        path = self.controller.stop()
        if path is not None and self.notes:
            # Beside the file until it is imported (a crash keeps them too); the import attaches them.
            atomic_write_bytes(sidecar_path(path), format_notes(self.notes).encode("utf-8"))
        self.notes, self.stamper = [], None
        self.notes_view.clear()
        self.notes_view.setVisible(False)
        if path is not None and self.controller.seconds() > 0:
            self.message.setText(self.tr("Saved %1; it was added to the queue.").replace("%1", path.name))
            if self.live.isChecked():
                self.captions.appendPlainText(
                    self.tr(
                        "\n(Live preview. The full transcript replaces it once the recording is processed.)"
                    )
                )
            self.recorded.emit(path)
        self.controller.recorder = None
        self._update_buttons("idle")

    def add_note(self) -> None:
        text = self.note_entry.text()
        if self.stamper is not None and self.controller.state in ("recording", "paused"):
            note = self.stamper.add(text)
        else:  # before recording: an agenda line, not tied to a moment
            note = parse_line(text)
        if note is None:
            return
        self.note_entry.clear()
        self.notes.append(note)
        self.notes_view.setVisible(True)
        self.notes_view.appendPlainText(format_notes([note]))

    def _show_levels(self, levels: list[float]) -> None:
        self.meter.setValue(int((levels[0] if levels else 0.0) * 100))
        self.meter2.setValue(int((levels[1] if len(levels) > 1 else 0.0) * 100))

    def _show_caption(self, text: str) -> None:
        self.captions.setPlainText(text)
        bar = self.captions.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _update_buttons(self, state: str) -> None:
        active = state in ("recording", "paused")
        mode = self.mode.currentData()
        self.record_button.setEnabled(self.has_devices and not active)
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("&Resume") if state == "paused" else self.tr("&Pause"))
        self.stop_button.setEnabled(active)
        self.mode.setEnabled(not active)
        self.device.setEnabled(bool(self._mics) and not active and mode != "system")
        self.system_device.setEnabled(bool(self._loops) and not active and mode != "mic")
        self.live.setEnabled(self.controller.captioner_factory is not None and not active)
        self.form.setRowVisible(self.meter2, mode == "meeting")

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
