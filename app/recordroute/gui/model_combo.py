"""The LLM model field: the server's installed models in a list, a name typed by hand still allowed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from ..pipeline.llm_status import LlmStatus, llm_status
from ..settings import Settings
from .job_workers import run_task


class ModelCombo(QComboBox):
    def __init__(
        self, current: str, settings_now: Callable[[], Settings], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings_now = settings_now
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setCurrentText(current)
        self.loaded: tuple[str, ...] | None = None  # the server's models, once asked

    # QLineEdit's API, which the dialog and its tests use
    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:
        self.setCurrentText(text)

    def refresh(self) -> None:
        """Ask the server in the dialog's fields (off the UI thread) for its models."""
        run_task(llm_status, self._settings_now(), owner=self, on_result=self._fill, on_error=lambda _t: None)

    def _fill(self, status: LlmStatus) -> None:
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(status.models))
        self.setCurrentText(typed)
        self.blockSignals(False)
        self.loaded = status.models
        self.setToolTip(
            self.tr("Models on the server: %1").replace("%1", ", ".join(status.models))
            if status.models
            else self.tr("The server listed no models; type a name")
        )
