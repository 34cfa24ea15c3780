"""A recording's transcript side by side with its translation (made by the LLM, segment by segment, timestamps
kept), the minutes translated into a new version, and bilingual subtitles to export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from ...errors import RecordRouteError
from ...pipeline.context import AppContext
from ...pipeline.export import render_bilingual
from ...pipeline.translation import translate_minutes, translate_recording, translation_pairs
from ...store import Recording
from ...store.files import atomic_write_bytes
from ...transcript import Segment
from .compare_table import CompareTab, fill_compare_table

LANGUAGES = ("en", "ko", "ja", "zh", "de", "fr", "es")


class TranslationTab(CompareTab):
    minutesChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.language = QComboBox(self)
        self.translate_button = QPushButton(self)
        self.minutes_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.translate_button.clicked.connect(self.translate)
        self.minutes_button.clicked.connect(self.translate_minutes)
        self.export_button.clicked.connect(lambda: self.export())
        self.language.currentIndexChanged.connect(lambda _i: self._fill())
        # Two rows: the viewer keeps every control in view at 1024 px in either language.
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(6)
        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(self.translate_button)
        actions = QHBoxLayout()
        actions.addWidget(self.minutes_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        self._lay_out(row, actions)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "en": self.tr("English"),
            "ko": self.tr("Korean"),
            "ja": self.tr("Japanese"),
            "zh": self.tr("Chinese"),
            "de": self.tr("German"),
            "fr": self.tr("French"),
            "es": self.tr("Spanish"),
        }
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, LANGUAGES.index(current) if current in LANGUAGES else 0))
        self.language.blockSignals(False)
        self.translate_button.setText(self.tr("&Translate transcript"))
        self.minutes_button.setText(self.tr("Translate &minutes"))
        self.export_button.setText(self.tr("Export bilingual subtitles…"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Original"), self.tr("Translation")])
        self._fill()

    @property
    def target(self) -> str:
        return str(self.language.currentData() or "en")

    def load(self, rec: Recording | None) -> None:
        self.rec = rec
        if rec is not None and rec.language in LANGUAGES:
            other = "en" if rec.language != "en" else "ko"  # the other language of a Korean–English team
            saved = self.ctx.store.translations.languages(rec.id)
            self.language.setCurrentIndex(LANGUAGES.index(saved[0] if saved else other))
        self._fill()

    def _pairs(self) -> list[tuple[Segment, str]]:
        if self.rec is None:
            return []
        try:
            return translation_pairs(self.ctx.store, self.rec.id, self.target)
        except RecordRouteError:
            return []

    def _fill(self) -> None:
        pairs = self._pairs()
        fill_compare_table(self.table, pairs)
        busy = self.worker is not None
        for b in (self.translate_button, self.minutes_button):
            b.setEnabled(self.rec is not None and not busy)
        self.export_button.setEnabled(bool(pairs) and not busy)
        if self.rec is None:
            self.notice.setText("")
        elif busy:
            self.notice.setText(self.tr("Translating…"))
        elif not pairs:
            self.notice.setText(
                self.tr("No translation yet. The LLM translates segment by segment; every timestamp is kept.")
            )
        else:
            self.notice.setText(self.tr("%n segment(s) translated.", "", len(pairs)))

    def translate(self) -> None:
        self._run(translate_recording, self.target, on_result=self._done)

    def translate_minutes(self) -> None:
        self._run(translate_minutes, self.target, on_result=self._minutes_done)

    def _done(self, result: Any) -> None:
        self.worker = None
        self.status.emit(self.tr("%n segment(s) translated", "", result.lines))
        self._show_warnings(result.warnings)
        self._fill()

    def _minutes_done(self, record: Any) -> None:
        self.worker = None
        self.status.emit(self.tr("Translated minutes saved as version %1").replace("%1", str(record.version)))
        self.minutesChanged.emit()
        self._fill()

    def export(self, name: str | None = None) -> Path | None:
        if self.rec is None:
            return None
        if name is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export bilingual subtitles"),
                f"{self.rec.title}.{self.target}.srt",
                "SubRip (*.srt);;WebVTT (*.vtt)",
            )
            if not name:
                return None
        path = Path(name)
        fmt = "vtt" if path.suffix.lower() == ".vtt" else "srt"
        atomic_write_bytes(
            path, render_bilingual(self.ctx.store, self.rec.id, fmt, self.target).encode("utf-8")
        )
        self.status.emit(self.tr("Saved %1").replace("%1", str(path)))
        return path
