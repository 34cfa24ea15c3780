"""A model download (or Ollama pull) with a progress bar, bytes, rate, ETA and a Cancel button, run off the UI
thread on the global QThreadPool. Shared by the Models page, the welcome screen and the jobs panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..engines.models import lookup
from ..engines.models.download import human_bytes
from ..engines.models.manager import CHECKING_SUMS, COPYING, DONE, LOADING
from ..engines.models.speakers import find_speaker_model
from ..pipeline import model_manager
from ..progress import Progress
from ..settings import Settings
from . import presenters as gs
from .job_workers import TaskWorker, run_task
from .labels import model_note


def model_table(parent: QWidget, headers: list[str], stretch: int) -> QTableWidget:
    """A read-only list of models, one selectable row each, sized to its cells but for the `stretch` column
    (the Models page's table and Ollama's)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


def step_text(message: str) -> str:
    """An import's or verify's step (engines/models/manager.py) in the UI's language; a file or model name as is."""
    steps = {
        COPYING: QCoreApplication.translate("DownloadBar", "copying"),
        CHECKING_SUMS: QCoreApplication.translate("DownloadBar", "checking SHA-256 sums"),
        LOADING: QCoreApplication.translate("DownloadBar", "loading the model"),
        DONE: QCoreApplication.translate("DownloadBar", "done"),
    }
    return steps.get(message, message)


def progress_text(p: Progress) -> str:
    """'12.0 MB / 75.0 MB · 3.1 MB/s · 0:17 left' (bytes when the report has them)."""
    done, total, rate = getattr(p, "done", 0), getattr(p, "total", 0), getattr(p, "rate", 0.0)
    parts = (
        [f"{human_bytes(done)} / {human_bytes(total)}"]
        if total
        else ([step_text(p.message)] if p.message else [])
    )
    if rate:
        parts.append(f"{human_bytes(rate)}/s")
    if p.eta is not None and p.fraction < 1.0:
        parts.append(QCoreApplication.translate("DownloadBar", "%1 left").replace("%1", gs.clock(p.eta)))
    return " · ".join(parts)


class DownloadBar(QWidget):
    """Runs one transfer at a time: `start(fn, ...)` calls fn(..., progress=cb, cancel=token) on the pool."""

    finished = Signal(object)  # fn's result
    failed = Signal(str)  # the error in words
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.worker: TaskWorker | None = None
        self.last: Progress | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.label)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self, fn: Callable[..., Any], *args: Any, title: str = "", **kwargs: Any) -> TaskWorker:
        if self.worker is not None:
            raise RuntimeError("a transfer is already running")
        self.bar.setValue(0)
        self.label.setText(title)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self.worker = run_task(
            fn,
            *args,
            owner=self,
            on_progress=self._show,
            cancellable=True,
            on_result=self._done,
            on_error=self._error,
            **kwargs,
        )
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _show(self, p: Progress) -> None:
        if self.worker is None:
            return
        self.last = p
        self.bar.setValue(int(max(0.0, min(1.0, p.fraction)) * 1000))
        self.label.setText(progress_text(p))

    def _done(self, result: Any) -> None:
        self.worker = None
        self.bar.setValue(1000)
        self.setVisible(False)
        self.finished.emit(result)

    def _error(self, text: str) -> None:
        was_cancelled = self.worker is not None and self.worker.cancel.cancelled
        self.worker = None
        self.setVisible(False)
        if was_cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(text)


class ModelDownloadDialog(QDialog):
    """'Download <model>?' with its size, then the same progress bar; accepted when the model is in place."""

    def __init__(
        self, settings: Settings, name: str, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings, self.name = settings, name
        self.error = ""
        self.setWindowTitle(self.tr("Download a model"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setText(reason or self._describe(name))
        self.progress = DownloadBar(self)
        self.buttons = QDialogButtonBox(self)
        self.download_button = self.buttons.addButton(
            self.tr("&Download"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.download_button.clicked.connect(self.start)
        self.progress.finished.connect(lambda _s: self.accept())
        self.progress.failed.connect(self._failed)
        self.progress.cancelled.connect(lambda: self.download_button.setEnabled(True))
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.progress)
        lay.addWidget(self.buttons)
        self.resize(460, 160)

    def _describe(self, name: str) -> str:
        entry = lookup(name)
        speaker = find_speaker_model(name)  # a speaker model diarization lacked
        if entry is not None:
            name, size, note = entry.name, entry.size, entry.note
        elif speaker is not None:
            name, size, note = speaker.name, int(speaker.size_mb * 1_000_000), speaker.note
        else:
            return self.tr("Download %1?").replace("%1", name)
        return (
            self.tr("Download %1 (~%2 MB)? %3")
            .replace("%1", name)
            .replace("%2", str(size // 1_000_000))
            .replace("%3", model_note(name, note))
        )

    def start(self) -> None:
        self.download_button.setEnabled(False)
        self.progress.start(model_manager.download, self.settings, self.name, title=self.name)

    def _failed(self, text: str) -> None:
        self.error = text
        self.text.setText(text)
        self.download_button.setEnabled(True)

    def reject(self) -> None:
        self.progress.cancel()
        super().reject()
