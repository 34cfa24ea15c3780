"""The LLM context row of the settings: the app's context setting, and a Check button that asks the configured
server for its own context (Ollama /api/show, llama.cpp /props, vLLM max_model_len) and shows both sizes and
the one the app will use. The check reaches only the LLM host the user typed, and only when asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..pipeline.llm_status import EXTRACTIVE, LlmStatus, check_server
from ..pipeline.summaries import LlmCheck
from ..settings import Settings
from .job_workers import run_task
from .llm_indicator import status_text


class LlmContextRow(QWidget):
    def __init__(self, settings_now: Callable[[], Settings], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings_now = settings_now  # the dialog's values, applied or not
        self.num_ctx = QSpinBox(self)
        self.num_ctx.setRange(512, 1_048_576)
        self.num_ctx.setSingleStep(1024)
        self.num_ctx.setSuffix(self.tr(" tokens"))
        self.num_ctx.setValue(settings_now().llm_num_ctx)
        self.check = QPushButton(self.tr("Check ser&ver"), self)
        self.check.setToolTip(self.tr("Ask the LLM server for the model's real context size"))
        self.check.clicked.connect(self.run_check)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.num_ctx)
        row.addWidget(self.check)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.status)

    def run_check(self) -> None:
        settings = self._settings_now().with_overrides(llm_num_ctx=self.num_ctx.value())
        self.check.setEnabled(False)
        self.status.setText(self.tr("Asking the server…"))
        run_task(check_server, settings, owner=self, on_result=self._show, on_error=self._failed)

    def _show(self, result: tuple[LlmStatus, LlmCheck | None]) -> None:
        status, check = result
        self.check.setEnabled(True)
        self.status.setToolTip(status.detail)
        if status.state == EXTRACTIVE:
            self.status.setText(
                self.tr("No LLM is in use (extractive minutes): there is no context to check.")
            )
        elif check is None or check.context is None:  # names the server that does not answer
            self.status.setText(status_text(status))
        else:
            self.status.setText(self.tr("Context: %1").replace("%1", str(check.context["text"])))

    def _failed(self, message: str) -> None:
        self.check.setEnabled(True)
        self.status.setText(self.tr("The check failed: %1").replace("%1", message))
