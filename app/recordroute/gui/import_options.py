"""Import options for the files being added (File → Add files with options…): audio language, speech model,
minutes template and "find speakers", optionally remembered as the defaults for every later import."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ..job_options import JobOptions
from ..pipeline.models import speech_model_names
from ..pipeline.summaries import template_names
from ..settings import Settings
from .labels import template_label
from .presenters import GuiPrefs
from .redo_dialogs import AUDIO_LANGUAGES, FormDialog, language_label


class ImportOptionsDialog(FormDialog):
    def __init__(
        self, settings: Settings, prefs: GuiPrefs, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Import options"),
            self.tr("How to process the %n file(s) being added.", "", count),
            parent,
        )
        self.prefs = prefs
        remembered = JobOptions.from_dict(prefs.import_defaults) if prefs.import_defaults else JobOptions()
        languages = [(c, language_label(c)) for c in AUDIO_LANGUAGES]
        self.language = self.combo(languages, remembered.language or settings.stt_language, self)
        models = list(dict.fromkeys([settings.stt_model, *speech_model_names(settings)]))
        self.model = self.combo([(m, m) for m in models], remembered.model or settings.stt_model, self)
        self.model.setEditable(True)
        templates = [n for n, _d in template_names(settings)] or [settings.summary_template]
        self.template = self.combo(
            [(t, template_label(t)) for t in templates],
            remembered.template or settings.summary_template,
            self,
        )
        self.diarize = QCheckBox(self.tr("Find &speakers (who said what)"), self)
        self.diarize.setChecked(settings.diarize if remembered.diarize is None else remembered.diarize)
        self.remember = QCheckBox(self.tr("&Remember as the defaults for every import"), self)
        self.form.addRow(self.tr("Audio &language:"), self.language)
        self.form.addRow(self.tr("Speech &model:"), self.model)
        self.form.addRow(self.tr("Minutes &template:"), self.template)
        self.form.addRow(self.diarize)
        self.form.addRow(self.remember)

    def options(self) -> JobOptions:
        return JobOptions(
            language=str(self.language.currentData()),
            model=self.model.currentText().strip() or None,
            template=str(self.template.currentData()),
            diarize=self.diarize.isChecked(),
        )

    def accept(self) -> None:
        if self.remember.isChecked():
            self.prefs.import_defaults = self.options().to_dict()
            self.prefs.save()
        super().accept()
