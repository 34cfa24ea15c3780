"""Settings: speech model and language, vocabulary, LLM backend/host/model, templates, output language, data
folder, local API (on/off, port, token with copy and regenerate), UI language and theme.

Everything except the theme is saved through recordroute.settings.Settings (Key, set(), save()).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import RecordRouteError
from ..pipeline.models import speech_model_names
from ..pipeline.search_notes import multilingual_model_missing
from ..pipeline.summaries import template_names
from ..settings import Key, Settings
from .error_text import describe, describe_exception
from .labels import template_label
from .languages_field import LanguagesField
from .llm_context_row import LlmContextRow
from .model_combo import ModelCombo
from .presenters import GuiPrefs
from .settings_values import form_values

__all__ = ["LanguagesField", "SettingsDialog"]

STT_LANGUAGES = ("auto", "ko", "en", "ja", "zh", "de", "fr", "es")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, prefs: GuiPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._transcription_tab(), self.tr("&Transcription"))
        self.tabs.addTab(self._summaries_tab(), self.tr("S&ummaries"))
        self.tabs.addTab(self._library_tab(), self.tr("&Library"))
        self.tabs.addTab(self._api_tab(), self.tr("Local &API"))
        self.tabs.addTab(self._appearance_tab(), self.tr("A&ppearance"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        self._mark_overridden()
        self.resize(560, 460)

    # --- tabs ----------------------------------------------------------------------------------------------------
    def _transcription_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.stt_model = QComboBox(w)
        self.stt_model.setEditable(True)
        names = speech_model_names(self.settings)
        for name in dict.fromkeys([*names, self.settings.stt_model]):
            self.stt_model.addItem(name)
        self.stt_model.setCurrentText(self.settings.stt_model)
        self.stt_language = QComboBox(w)
        self.stt_language.setEditable(True)
        for code in STT_LANGUAGES:
            self.stt_language.addItem(self.tr("Detect automatically") if code == "auto" else code, code)
        idx = self.stt_language.findData(self.settings.stt_language)
        if idx >= 0:
            self.stt_language.setCurrentIndex(idx)
        else:
            self.stt_language.setCurrentText(self.settings.stt_language)
        self.stt_task = QComboBox(w)
        self.stt_task.addItem(self.tr("Transcribe"), "transcribe")
        self.stt_task.addItem(self.tr("Translate into English"), "translate")
        self.stt_task.setCurrentIndex(max(0, self.stt_task.findData(self.settings.stt_task)))
        self.vocabulary = QPlainTextEdit("\n".join(self.settings.vocabulary), w)
        self.vocabulary.setPlaceholderText(
            self.tr("Names and terms the model should spell right, one per line")
        )
        self.models_button = QPushButton(self.tr("Manage m&odels…"), w)
        self.models_button.setToolTip(
            self.tr("Download, import, verify or delete speech, search and LLM models")
        )
        model_row = QHBoxLayout()
        model_row.addWidget(self.stt_model, 1)
        model_row.addWidget(self.models_button)
        form.addRow(self.tr("Speech &model:"), model_row)
        form.addRow(self.tr("Audio &language:"), self.stt_language)
        self.languages = LanguagesField(self.settings, w)
        form.addRow(self.tr("Languages &spoken:"), self.languages)
        form.addRow(self.tr("&Task:"), self.stt_task)
        form.addRow(self.tr("&Vocabulary:"), self.vocabulary)
        self.diarize = QCheckBox(self.tr("Find &speakers (who said what) in new recordings"), w)
        self.diarize.setChecked(self.settings.diarize)
        self.diarize_method = QComboBox(w)
        for key, label in (
            ("auto", self.tr("Automatic")),
            ("neural", self.tr("Neural (speaker model)")),
            ("basic", self.tr("Basic (no model)")),
        ):
            self.diarize_method.addItem(label, key)
        self.diarize_method.setCurrentIndex(
            max(0, self.diarize_method.findData(self.settings.diarize_method))
        )
        self.speech_offer = QCheckBox(self.tr("Suggest a better speech model for my lan&guages"), w)
        self.speech_offer.setToolTip(
            self.tr(
                "Offers a larger speech model (e.g. small, ~480 MB) when the ones here are weak on a language you speak"
            )
        )
        self.speech_offer.setChecked(not self.settings.speech_offer_dismissed)
        self.speaker_offer = QCheckBox(self.tr("Suggest a &better speaker model when one would help"), w)
        self.speaker_offer.setToolTip(
            self.tr("Offers 3D-Speaker CAM++ (~28 MB) while speakers are found with the built-in model")
        )
        self.speaker_offer.setChecked(not self.settings.speaker_offer_dismissed)
        form.addRow(self.diarize)
        form.addRow(self.tr("Spea&ker method:"), self.diarize_method)
        form.addRow(self.speech_offer)
        form.addRow(self.speaker_offer)
        return w

    def _summaries_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.llm_backend = QComboBox(w)
        for key, label in (
            ("auto", self.tr("Automatic")),
            ("ollama", "Ollama"),
            ("openai", self.tr("OpenAI-compatible server")),
            ("extractive", self.tr("Extractive (no LLM)")),
        ):
            self.llm_backend.addItem(label, key)
        self.llm_backend.setCurrentIndex(max(0, self.llm_backend.findData(self.settings.llm_backend)))
        self.ollama_host = QLineEdit(self.settings.ollama_host, w)
        self.openai_url = QLineEdit(self.settings.openai_base_url, w)
        self.openai_key = QLineEdit(self.settings.openai_api_key, w)
        self.openai_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.openai_key.setPlaceholderText(self.tr("only if the server asks for one"))
        self.llm_model = ModelCombo(self.settings.llm_model, self._llm_settings, w)
        for field in (self.ollama_host, self.openai_url):  # another server: list its models
            field.editingFinished.connect(self.llm_model.refresh)
        self.llm_backend.currentIndexChanged.connect(lambda _i: self.llm_model.refresh())
        self.llm_model.refresh()
        self.template = QComboBox(w)
        self.template.setEditable(True)
        names = [name for name, _desc in template_names(self.settings)]
        for name in dict.fromkeys([*names, self.settings.summary_template]):
            self.template.addItem(template_label(name), name)
        current = self.template.findData(self.settings.summary_template)
        self.template.setCurrentIndex(max(0, current))
        self.summary_language = QComboBox(w)
        for key, label in (("auto", self.tr("Same as the recording")), ("ko", "한국어"), ("en", "English")):
            self.summary_language.addItem(label, key)
        self.summary_language.setCurrentIndex(
            max(0, self.summary_language.findData(self.settings.summary_language))
        )
        form.addRow(self.tr("&Backend:"), self.llm_backend)
        form.addRow(self.tr("Ollama &host:"), self.ollama_host)
        form.addRow(self.tr("Server &URL:"), self.openai_url)
        form.addRow(self.tr("Server API &key:"), self.openai_key)
        form.addRow(self.tr("&Model:"), self.llm_model)
        self.llm_context = LlmContextRow(self._llm_settings, w)
        form.addRow(self.tr("&Context size:"), self.llm_context)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Output language:"), self.summary_language)
        return w

    def _llm_settings(self) -> Settings:
        """The LLM part of what the dialog shows now, for the server check (saved or not)."""
        return self.settings.with_overrides(
            llm_backend=self.llm_backend.currentData(),
            ollama_host=self.ollama_host.text().strip(),
            openai_base_url=self.openai_url.text().strip(),
            openai_api_key=self.openai_key.text().strip(),
            llm_model=self.llm_model.text().strip() or self.settings.llm_model,
        )

    def _library_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.data_dir = QLineEdit(str(self.settings.data_dir), w)
        form.addRow(
            self.tr("&Data folder:"), _with_button(self.data_dir, self.tr("&Browse…"), self._browse_data_dir)
        )
        note = QLabel(
            self.tr(
                "The database, the library of originals and new recordings live here. A new folder "
                "takes effect after a restart; existing files are not moved."
            ),
            w,
        )
        note.setWordWrap(True)
        form.addRow(note)
        missing = multilingual_model_missing(self.settings)
        if missing:  # search falls back to the English-only model on this machine
            self.search_note = QLabel(
                "⚠ "
                + self.tr("Korean semantic search needs the multilingual model: %1").replace("%1", missing),
                w,
            )
            self.search_note.setWordWrap(True)
            form.addRow(self.search_note)
        self.vault_dir = QLineEdit(self.settings.vault_dir, w)
        self.vault_dir.setPlaceholderText(self.tr("off"))
        form.addRow(
            self.tr("Markdown &vault:"),
            _with_button(self.vault_dir, self.tr("B&rowse…"), self._browse_vault_dir),
        )
        vault_note = QLabel(
            self.tr(
                "One note per recording (minutes and transcript), updated after every "
                "finished job. Your own text outside the generated block is kept."
            ),
            w,
        )
        vault_note.setWordWrap(True)
        form.addRow(vault_note)
        self._add_watch_rows(w, form)
        return w

    def _add_watch_rows(self, w: QWidget, form: QFormLayout) -> None:
        """Watched folders: which, where imported files go, how long a file must stay unchanged first."""
        self.watch_folders = QPlainTextEdit("\n".join(self.settings.watch_folders), w)
        self.watch_folders.setPlaceholderText(
            self.tr(
                "Folders to watch, one per line: new recordings that land "
                "there are imported once they are completely copied"
            )
        )
        form.addRow(self.tr("&Watch folders:"), self.watch_folders)
        self.watch_move_to = QLineEdit(self.prefs.watch_move_to, w)
        self.watch_move_to.setPlaceholderText(self.tr("leave imported files where they are"))
        form.addRow(
            self.tr("&Move imported files to:"),
            _with_button(self.watch_move_to, self.tr("Bro&wse…"), self._browse_move_to),
        )
        self.watch_settle = QDoubleSpinBox(w)
        self.watch_settle.setRange(0.5, 600.0)
        self.watch_settle.setDecimals(1)
        self.watch_settle.setSuffix(self.tr(" s"))
        self.watch_settle.setValue(self.prefs.watch_settle)
        self.watch_settle.setToolTip(
            self.tr(
                "A new file is taken once its size has not changed for this long (a copy in progress waits)"
            )
        )
        form.addRow(self.tr("Wait before importing (&settle):"), self.watch_settle)

    def _template_value(self) -> str:
        """The chosen template's name (labels are translated); a typed name as typed."""
        index = self.template.currentIndex()
        if index >= 0 and self.template.currentText() == self.template.itemText(index):
            return str(self.template.itemData(index))
        return self.template.currentText().strip()

    def _browse_move_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Move imported files to"), self.watch_move_to.text()
        )
        if folder:
            self.watch_move_to.setText(folder)

    def _browse_vault_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Markdown vault"), self.vault_dir.text())
        if folder:
            self.vault_dir.setText(folder)

    def _api_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.api_enabled = QCheckBox(self.tr("&Enable the local API (127.0.0.1 only)"), w)
        self.api_enabled.setChecked(self.settings.api_enabled)
        self.api_port = QSpinBox(w)
        self.api_port.setRange(1024, 65535)
        self.api_port.setValue(self.settings.api_port)
        self.api_token = QLineEdit(self.settings.api_token or secrets.token_urlsafe(32), w)
        self.api_token.setReadOnly(True)
        copy = QPushButton(self.tr("&Copy"), w)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.api_token.text()))
        regen = QPushButton(self.tr("&Regenerate"), w)
        regen.clicked.connect(self.regenerate_token)
        row = QHBoxLayout()
        row.addWidget(self.api_token, 1)
        row.addWidget(copy)
        row.addWidget(regen)
        form.addRow(self.api_enabled)
        form.addRow(self.tr("&Port:"), self.api_port)
        form.addRow(self.tr("Token:"), row)
        return w

    def _appearance_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.ui_language = QComboBox(w)
        for key, label in (("system", self.tr("Follow the system")), ("ko", "한국어"), ("en", "English")):
            self.ui_language.addItem(label, key)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(self.settings.ui_language)))
        self.theme = QComboBox(w)
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.prefs.theme)))
        form.addRow(self.tr("&Interface language:"), self.ui_language)
        form.addRow(self.tr("T&heme:"), self.theme)
        return w

    def _mark_overridden(self) -> None:
        widgets = {
            "data_dir": self.data_dir,
            "stt_model": self.stt_model,
            "llm_model": self.llm_model,
            "ollama_host": self.ollama_host,
            "api_token": self.api_token,
        }
        for key in self.settings.overridden:
            widget = widgets.get(key)
            if widget is not None:
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by an environment variable; change it there."))

    # --- actions ---------------------------------------------------------------------------------------------------
    def _browse_data_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_dir.text())
        if folder:
            self.data_dir.setText(folder)

    def regenerate_token(self) -> None:
        self.api_token.setText(secrets.token_urlsafe(32))

    def values(self) -> dict[Key, object]:
        return form_values(self)

    def apply(self) -> bool:
        """Validate and save; False (with a message) when a value is rejected."""
        try:
            for key, value in self.values().items():
                if key.value not in self.settings.overridden:
                    self.settings.set(key, value)
            self.settings.save()
        except (RecordRouteError, OSError) as exc:  # in the user's language; the exact reason behind Details
            view = (
                describe_exception(exc)
                if isinstance(exc, RecordRouteError)
                else describe("storage", str(exc))
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Settings not saved"), view.sentence, parent=self
            )
            box.setDetailedText(view.detail)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        self.prefs.theme = self.theme.currentData()
        self.prefs.watch_move_to = self.watch_move_to.text().strip()
        self.prefs.watch_settle = float(self.watch_settle.value())
        self.prefs.save()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _with_button(field: QLineEdit, text: str, on_click: Callable[[], None]) -> QHBoxLayout:
    """A path field with its Browse button beside it."""
    button = QPushButton(text, field.parentWidget())
    button.clicked.connect(on_click)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row
