"""Offers of a model download, one line each with a Download button and the same progress bar as the Models page:
- `ModelOffer` (welcome screen): a better speech model for the user's languages, e.g. "small (~480 MB) — better
  for Korean"; hidden when the models here already suit the languages (the settings' languages, the speech
  language and the desktop's locale), with "Don't suggest again" (`speech_offer_dismissed`, also in Settings);
- `SpeakerOffer` (welcome screen, and a recording's speakers): the speaker model that tells speakers apart better
  than the bundled d-vector, with "Don't suggest again" (the `speaker_offer_dismissed` setting, also in Settings).
Both ask the pipeline's rule (model_manager.suggest_*), so the CLI and the API offer the same."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..engines.models import ModelState
from ..errors import RecordRouteError
from ..pipeline import model_manager
from ..pipeline.model_manager import NO_SPEAKER_MODEL, SpeakerSuggestion, Suggestion
from ..settings import Settings
from .job_workers import run_task
from .model_download import DownloadBar

translate = QCoreApplication.translate  # the base's strings keep one context whichever offer shows them


class OfferRow(QWidget):
    """One offer: its sentence, Download (and, when it can be dismissed, "Don't suggest again"), the progress.
    Subclasses say what is offered (`describe`), how it is downloaded (`kind`) and what follows (`_ready`)."""

    downloaded = Signal(object)  # the new model's state
    kind: str | None = None

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, dismissible: bool = False
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.suggestion: Any = None
        self.checked = False
        self._asked = 0
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(translate("OfferRow", "&Download"), self)
        self.button.clicked.connect(self.download)
        self.dismiss = QPushButton(translate("OfferRow", "Don't suggest again"), self)
        self.dismiss.setVisible(dismissible)
        self.dismiss.clicked.connect(self._dismiss)
        self.progress = DownloadBar(self)
        self.progress.finished.connect(self._done)
        self.progress.failed.connect(self._failed)
        self.progress.cancelled.connect(lambda: self.button.setEnabled(True))
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.text, 1)
        self.row.addWidget(self.button)
        self.row.addWidget(self.dismiss)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.row)
        lay.addWidget(self.progress)
        self.setVisible(False)
        if isinstance(parent, QDialog):  # closing the welcome screen ends a download nobody can follow
            parent.finished.connect(lambda _result: self.progress.cancel())

    def look(self, fn: Any, *args: Any) -> None:
        """Ask the pipeline's rule (off the UI thread) and show the offer it makes, if any."""
        self.checked = False
        self._asked += 1
        asked = self._asked  # an answer for a recording shown before this one is dropped
        run_task(
            fn,
            *args,
            owner=self,
            on_result=lambda s: self._show(s, asked),
            on_error=lambda _e: self._show(None, asked),
        )

    def _show(self, suggestion: Any, asked: int) -> None:
        if asked != self._asked:
            return
        self.checked = True
        self.suggestion = suggestion
        self.setVisible(suggestion is not None)
        if suggestion is not None:
            self.button.setVisible(True)
            self.button.setEnabled(True)
            self.text.setText(self.describe(suggestion))

    def describe(self, suggestion: Any) -> str:
        raise NotImplementedError

    def download(self) -> None:
        if self.suggestion is None or self.progress.running:
            return
        self.button.setEnabled(False)
        self.progress.start(
            model_manager.download,
            self.settings,
            self.suggestion.name,
            kind=self.kind,
            title=translate("OfferRow", "Downloading %1…").replace("%1", self.suggestion.name),
        )

    def _done(self, state: ModelState) -> None:
        self.button.setVisible(False)
        self.dismiss.setVisible(False)
        self.text.setText(self._ready(state))
        self.downloaded.emit(state)

    def _ready(self, state: ModelState) -> str:
        raise NotImplementedError

    def _failed(self, text: str) -> None:
        self.text.setText(text)
        self.button.setEnabled(True)

    def forget(self) -> None:
        """Turn this offer off for good (a saved setting); only dismissible offers have one."""
        raise NotImplementedError

    def _dismiss(self) -> None:
        try:
            self.forget()
        except (RecordRouteError, OSError) as exc:
            self.text.setText(
                translate("OfferRow", "The setting could not be saved: %1").replace("%1", str(exc))
            )
            return
        self.suggestion = None
        self.setVisible(False)


class ModelOffer(OfferRow):
    """A better speech model for the user's languages (welcome screen); once downloaded, it is used."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        locale_languages: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(settings, parent, dismissible=True)
        extra = locale_languages if locale_languages is not None else (QLocale.system().name()[:2],)
        self.look(model_manager.suggest_speech_model, settings, extra)

    def describe(self, suggestion: Suggestion) -> str:
        return (
            self.tr("A better speech model for your languages: %1 (~%2 MB) — better for %3")
            .replace("%1", suggestion.name)
            .replace("%2", str(suggestion.size_mb))
            .replace("%3", self._language_name(suggestion.language))
        )

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

    def _ready(self, state: ModelState) -> str:
        try:  # the user asked for this model for their languages: transcribe with it from now on
            model_manager.use(self.settings, state.name, kind=state.kind)
        except (RecordRouteError, OSError) as exc:
            return (
                self.tr("%1 is ready, but the settings could not be saved: %2")
                .replace("%1", state.name)
                .replace("%2", str(exc))
            )
        return self.tr("%1 is ready and now used for transcription.").replace("%1", state.name)

    def forget(self) -> None:
        model_manager.dismiss_speech_offer(self.settings)


class SpeakerOffer(OfferRow):
    """The speaker model offered over the bundled d-vector. On the welcome screen it asks at once; in a
    recording's speakers, `check(method, model)` asks for that recording's diarization, and after the download
    "Find speakers again" (when `find_again` is connected) re-runs it with the new model."""

    findAgainRequested = Signal()
    kind = "speaker"

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, for_run: bool = False) -> None:
        super().__init__(settings, parent, dismissible=True)
        self.for_run = for_run
        self.installed: str | None = None  # the model this offer downloaded
        # Alt+D belongs to the speech offer, just above this one on the welcome screen.
        self.button.setText(self.tr("Do&wnload"))
        self.find_again = QPushButton(self.tr("Find speakers again…"), self)
        self.find_again.setVisible(False)
        self.find_again.clicked.connect(self.findAgainRequested)
        self.row.addWidget(self.find_again)
        if not for_run:
            self.look(model_manager.suggest_speaker_model, settings)

    def check(self, method: str, model: str) -> None:
        """The hint for a recording diarized with `method`/`model` (hidden unless the rule applies to it)."""
        if self.progress.running:
            return  # the download goes on; its ending says what comes next
        self.find_again.setVisible(False)
        self.dismiss.setVisible(True)
        self.look(model_manager.suggest_for_run, self.settings, method, model)

    def describe(self, suggestion: SpeakerSuggestion) -> str:
        if suggestion.reason == NO_SPEAKER_MODEL:
            why = self.tr("finds speakers with a neural model instead of the basic method")
        else:
            why = self.tr("tells speakers apart better on noisy and phone audio")
        line = (
            self.tr("Speaker model: %1 (~%2 MB) — %3")
            .replace("%1", suggestion.title)
            .replace("%2", str(suggestion.size_mb))
            .replace("%3", why)
        )
        if not self.for_run:
            return line
        if suggestion.reason == NO_SPEAKER_MODEL:
            return self.tr("These speakers were found without a speaker model.") + " " + line
        return self.tr("These speakers were found with the built-in speaker model.") + " " + line

    def _ready(self, state: ModelState) -> str:
        title = self.suggestion.title if self.suggestion is not None else state.name
        self.installed = state.name
        if self.for_run:
            self.find_again.setVisible(True)
            return self.tr(
                "%1 is ready: finding speakers will use it from now on. Find speakers again to use it here."
            ).replace("%1", title)
        return self.tr("%1 is ready: finding speakers will use it from now on.").replace("%1", title)

    def forget(self) -> None:
        model_manager.dismiss_speaker_offer(self.settings)
