"""The small dialogs behind a recording's actions: transcribe again (model, language), find speakers again
(count or automatic, method), save a speaker as a voice profile, regenerate minutes (template, language, model),
export (format; minutes only or transcript only). Each is a form; the caller acts on `accepted`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.models import speech_model_names
from ..pipeline.summaries import template_names
from ..settings import Settings
from .labels import template_label
from .model_combo import ModelCombo

translate = QCoreApplication.translate
AUDIO_LANGUAGES = ("auto", "ko", "en", "ja", "zh", "de", "fr", "es")
EXPORT_FORMATS = ("md", "docx", "html", "txt", "srt", "vtt", "json")


def language_label(code: str) -> str:
    names = {
        "auto": translate("RedoDialogs", "Detect automatically"),
        "ko": "한국어",
        "en": "English",
    }
    return names.get(code, code)


def method_items() -> list[tuple[str, str]]:
    return [
        ("auto", translate("RedoDialogs", "Automatic")),
        ("neural", translate("RedoDialogs", "Neural (speaker model)")),
        ("basic", translate("RedoDialogs", "Basic (no model)")),
    ]


class FormDialog(QDialog):
    """A titled form with OK / Cancel, sized for its fields."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @staticmethod
    def combo(items: Sequence[tuple[str, str]], current: str | None, parent: QWidget) -> QComboBox:
        box = QComboBox(parent)
        for key, label in items:
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box


class TranscribeAgainDialog(FormDialog):
    def __init__(self, settings: Settings, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RedoDialogs", "Transcribe again"),
            translate(
                "RedoDialogs", "“%1” gets a new transcript; speakers, minutes and search follow it."
            ).replace("%1", title),
            parent,
        )
        names = list(dict.fromkeys([settings.stt_model, *speech_model_names(settings)]))
        self.model = self.combo([(n, n) for n in names], settings.stt_model, self)
        self.model.setEditable(True)
        self.language = self.combo(
            [(c, language_label(c)) for c in AUDIO_LANGUAGES], settings.stt_language, self
        )
        self.form.addRow(translate("RedoDialogs", "Speech &model:"), self.model)
        self.form.addRow(translate("RedoDialogs", "Audio &language:"), self.language)

    def values(self) -> tuple[str, str]:
        return self.model.currentText().strip(), str(self.language.currentData())


class SpeakersAgainDialog(FormDialog):
    def __init__(self, settings: Settings, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RedoDialogs", "Find speakers again"),
            translate(
                "RedoDialogs",
                "Who spoke when in “%1”, found again. Give the number of speakers if you know it.",
            ).replace("%1", title),
            parent,
        )
        self.count = QSpinBox(self)
        self.count.setRange(0, 50)
        self.count.setSpecialValueText(translate("RedoDialogs", "Automatic"))  # 0: estimate the count
        self.method = self.combo(method_items(), settings.diarize_method, self)
        self.form.addRow(translate("RedoDialogs", "Number of &speakers:"), self.count)
        self.form.addRow(translate("RedoDialogs", "&Method:"), self.method)

    def values(self) -> tuple[int | None, str]:
        return (self.count.value() or None), str(self.method.currentData())


class SaveProfileDialog(FormDialog):
    def __init__(self, speakers: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RedoDialogs", "Save a voice profile"),
            translate(
                "RedoDialogs",
                "The speaker's voice is kept (only in the local database) so new recordings can suggest the name.",
            ),
            parent,
        )
        self.speaker = self.combo(speakers, None, self)
        self.form.addRow(translate("RedoDialogs", "&Speaker:"), self.speaker)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(speakers))

    def value(self) -> str:
        return str(self.speaker.currentData())


class RegenerateDialog(FormDialog):
    def __init__(self, settings: Settings, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RedoDialogs", "Regenerate minutes"),
            translate("RedoDialogs", "New minutes for “%1”; earlier versions are kept.").replace("%1", title),
            parent,
        )
        names = [n for n, _d in template_names(settings)] or [settings.summary_template]
        self.template = self.combo([(n, template_label(n)) for n in names], settings.summary_template, self)
        languages = [
            ("auto", translate("RedoDialogs", "Same as the recording")),
            ("ko", "한국어"),
            ("en", "English"),
        ]
        self.language = self.combo(languages, settings.summary_language, self)
        self.model = ModelCombo(settings.llm_model, lambda: settings, self)
        if settings.llm_backend != "extractive":
            self.model.refresh()
        self.form.addRow(translate("RedoDialogs", "&Template:"), self.template)
        self.form.addRow(translate("RedoDialogs", "&Language:"), self.language)
        self.form.addRow(translate("RedoDialogs", "LLM m&odel:"), self.model)

    def values(self) -> tuple[str, str, str]:
        return str(self.template.currentData()), str(self.language.currentData()), self.model.text().strip()


class ExportDialog(FormDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RedoDialogs", "Export"),
            translate("RedoDialogs", "Export “%1”.").replace("%1", title),
            parent,
        )
        formats = [(f, f.upper() if f != "docx" else "Word (DOCX)") for f in EXPORT_FORMATS]
        self.format = self.combo(formats, "md", self)
        parts = [
            ("", translate("RedoDialogs", "Minutes and transcript")),
            ("minutes", translate("RedoDialogs", "Minutes only")),
            ("transcript", translate("RedoDialogs", "Transcript only")),
        ]
        self.only = self.combo(parts, "", self)
        self.form.addRow(translate("RedoDialogs", "&Format:"), self.format)
        self.form.addRow(translate("RedoDialogs", "&Contents:"), self.only)

    def values(self) -> tuple[str, str | None]:
        return str(self.format.currentData()), (str(self.only.currentData()) or None)
