"""The correction pass: run the LLM correction (pipeline.summaries.correct_recording), see each corrected
segment beside the original, and export either version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from ...pipeline.context import AppContext
from ...pipeline.export import export_transcript
from ...pipeline.summaries import correct_recording
from ...store import Recording
from .compare_table import CompareTab, fill_compare_table

EXPORT_FILTER = "Text (*.txt);;Markdown (*.md);;SubRip (*.srt);;WebVTT (*.vtt);;HTML (*.html);;Word (*.docx)"


class CorrectionTab(CompareTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.run_button = QPushButton(self)
        self.export_original = QPushButton(self)
        self.export_corrected = QPushButton(self)
        self.run_button.clicked.connect(self.run_correction)
        self.export_original.clicked.connect(lambda: self.export(corrected=False))
        self.export_corrected.clicked.connect(lambda: self.export(corrected=True))
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addStretch(1)
        row.addWidget(self.export_original)
        row.addWidget(self.export_corrected)
        self._lay_out(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Run &correction"))
        self.export_original.setText(self.tr("Export original…"))
        self.export_corrected.setText(self.tr("Export corrected…"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Original"), self.tr("Corrected")])
        self._fill()

    def load(self, rec: Recording | None) -> None:
        self.rec = rec
        self._fill()

    def _fill(self) -> None:
        fixes = self.ctx.store.summaries.corrections(self.rec.id) if self.rec is not None else {}
        segments = self.ctx.store.transcripts.segments(self.rec.id) if self.rec is not None else []
        changed = [s for s in segments if s.idx in fixes]
        fill_compare_table(self.table, [(s, fixes[s.idx]) for s in changed])
        busy = self.worker is not None
        self.run_button.setEnabled(self.rec is not None and not busy)
        self.export_original.setEnabled(self.rec is not None)
        self.export_corrected.setEnabled(bool(fixes))
        if self.rec is None:
            self.notice.setText("")
        elif busy:
            self.notice.setText(self.tr("Correcting the transcript…"))
        elif not fixes:
            self.notice.setText(
                self.tr(
                    "No corrections yet. The LLM fixes obvious recognition errors; the "
                    "original transcript is never changed."
                )
            )
        else:
            self.notice.setText(self.tr("%n segment(s) corrected.", "", len(changed)))

    def run_correction(self) -> None:
        self._run(correct_recording, on_result=self._done)

    def _done(self, result: Any) -> None:
        self.worker = None
        changed, warnings = result
        self.status.emit(self.tr("%n segment(s) corrected", "", len(changed)))
        self._show_warnings(warnings)
        self._fill()

    def export(self, *, corrected: bool, name: str | None = None) -> Path | None:
        if self.rec is None:
            return None
        if name is None:
            suffix = " (corrected)" if corrected else ""
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export transcript"), f"{self.rec.title}{suffix}.txt", EXPORT_FILTER
            )
            if not name:
                return None
        path = export_transcript(
            self.ctx.store, self.rec.id, Path(name), "txt", only="transcript", corrected=corrected
        )
        self.status.emit(self.tr("Saved %1").replace("%1", str(path)))
        return path
