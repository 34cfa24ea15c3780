"""The welcome screen's offer of a better speech model for the user's languages, e.g. "small (~480 MB) — better
for Korean", with a Download button and the same progress bar as the Models page. Hidden when the models here
already suit the languages (the settings' languages, the speech language and the desktop's locale)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..engines.models import ModelState
from ..errors import RecordRouteError
from ..pipeline import model_manager
from ..pipeline.model_manager import Suggestion
from ..settings import Settings
from .job_workers import run_task
from .model_download import DownloadBar


class ModelOffer(QWidget):
    downloaded = Signal(object)  # the new model's state

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        locale_languages: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.suggestion: Suggestion | None = None
        self.checked = False
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("&Download"), self)
        self.button.clicked.connect(self.download)
        self.progress = DownloadBar(self)
        self.progress.finished.connect(self._done)
        self.progress.failed.connect(self._failed)
        self.progress.cancelled.connect(lambda: self.button.setEnabled(True))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.progress)
        self.setVisible(False)
        if isinstance(parent, QDialog):  # closing the welcome screen ends a download nobody can follow
            parent.finished.connect(lambda _result: self.progress.cancel())
        extra = locale_languages if locale_languages is not None else (QLocale.system().name()[:2],)
        run_task(
            model_manager.suggest_speech_model,
            settings,
            extra,
            owner=self,
            on_result=self._show,
            on_error=lambda _e: setattr(self, "checked", True),
        )

    def _show(self, suggestion: Suggestion | None) -> None:
        self.checked = True
        self.suggestion = suggestion
        if suggestion is None:
            return
        language = self._language_name(suggestion.language)
        self.text.setText(
            self.tr("A better speech model for your languages: %1 (~%2 MB) — better for %3")
            .replace("%1", suggestion.name)
            .replace("%2", str(suggestion.size_mb))
            .replace("%3", language)
        )
        self.setVisible(True)

    def _language_name(self, english: str) -> str:
        names = {
            "Korean": self.tr("Korean"),
            "Japanese": self.tr("Japanese"),
            "Chinese": self.tr("Chinese"),
            "German": self.tr("German"),
            "French": self.tr("French"),
            "Spanish": self.tr("Spanish"),
        }
        return names.get(english, english)

    def download(self) -> None:
        if self.suggestion is None or self.progress.running:
            return
        self.button.setEnabled(False)
        self.progress.start(
            model_manager.download,
            self.settings,
            self.suggestion.name,
            title=self.tr("Downloading %1…").replace("%1", self.suggestion.name),
        )

    def _done(self, state: ModelState) -> None:
        try:  # the user asked for this model for their languages: transcribe with it from now on
            model_manager.use(self.settings, state.name, kind=state.kind)
            self.text.setText(
                self.tr("%1 is ready and now used for transcription.").replace("%1", state.name)
            )
        except (RecordRouteError, OSError) as exc:
            self.text.setText(
                self.tr("%1 is ready, but the settings could not be saved: %2")
                .replace("%1", state.name)
                .replace("%2", str(exc))
            )
        self.button.setVisible(False)
        self.downloaded.emit(state)

    def _failed(self, text: str) -> None:
        self.text.setText(text)
        self.button.setEnabled(True)
