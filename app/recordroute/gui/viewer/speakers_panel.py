"""Speakers of a recording in the Details tab: colour, talk time, inline rename, names suggested by profiles."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import RecordRouteError
from ...pipeline import diarization
from ...pipeline.meeting_context import speaker_suggestions
from ...settings import Settings
from ...store import Store
from ...store.speakers import DiarizationRun
from ..error_text import detail_of
from ..labels import method_label
from ..model_offer import SpeakerOffer
from ..presenters import clock

# Distinct on light and dark backgrounds; a speaker keeps its colour (by label number) in every view.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")


_CHIPS: dict[tuple[str, str, bool], QPixmap] = {}


def speaker_chip(name: str, color: QColor | None, dark: bool) -> QPixmap:
    """A rounded name chip: the speaker's colour as a tint and an outline, the name in the text colour."""
    key = (name, color.name() if color else "", dark)
    chip = _CHIPS.get(key)
    if chip is not None:
        return chip
    font = QFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    fm = QFontMetrics(font)
    ratio = 2
    w, h = fm.horizontalAdvance(name) + 14, fm.height() + 4
    chip = QPixmap(w * ratio, h * ratio)
    chip.setDevicePixelRatio(ratio)
    chip.fill(Qt.GlobalColor.transparent)
    tint = QColor(color or QColor("#8a8f98"))
    painter = QPainter(chip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(tint)
    fill.setAlpha(70 if dark else 45)
    painter.setBrush(fill)
    painter.setPen(QPen(tint.lighter(130) if dark else tint, 1.2))
    painter.drawRoundedRect(QRectF(0.6, 0.6, w - 1.2, h - 1.2), h / 2, h / 2)
    painter.setFont(font)
    painter.setPen(QColor("#e6e6e6") if dark else QColor("#1f1f1f"))
    painter.drawText(QRectF(0, 0, w, h), int(Qt.AlignmentFlag.AlignCenter), name)
    painter.end()
    _CHIPS[key] = chip
    return chip


def speaker_color(label: str | None) -> QColor | None:
    if not label or not label[1:].isdigit():
        return None
    return QColor(PALETTE[(int(label[1:]) - 1) % len(PALETTE)])


class SpeakersPanel(QWidget):
    renamed = Signal()  # a name changed: views showing speakers reload
    findAgainRequested = Signal(int)  # diarize this recording again (after a better speaker model arrived)

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.rec_id: int | None = None
        self._loading = False
        self.heading = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.suggest = QPushButton(self)
        self.suggest.clicked.connect(self._apply_suggestions)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.suggest)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.table)
        self._suggestions: list[diarization.Suggestion] = []
        self.attendees = QLabel(self)  # names from the calendar event, to type into the Name column
        self.attendees.setWordWrap(True)
        self.attendees.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attendees.hide()
        lay.addWidget(self.attendees)
        self.overlaps = QLabel(self)  # whether overlapped speech was looked for, and how much was marked
        self.overlaps.setWordWrap(True)
        self.overlaps.hide()
        lay.addWidget(self.overlaps)
        # A better speaker model than the one these speakers were found with (the pipeline's rule decides).
        self.model_hint = SpeakerOffer(settings, self, for_run=True) if settings is not None else None
        if self.model_hint is not None:
            self.model_hint.findAgainRequested.connect(self._find_again)
            lay.addWidget(self.model_hint)

    def load(self, rec_id: int | None) -> None:
        same = rec_id == self.rec_id
        self.rec_id = rec_id
        speakers = self.store.speakers.list(rec_id) if rec_id is not None else []
        self.setVisible(bool(speakers))
        if not speakers or rec_id is None:
            return
        run = self.store.speakers.latest_run(rec_id)
        self._check_model(run, same)
        method = method_label(str(run.meta.get("label", run.method))) if run else ""
        self.heading.setText(self.tr("Speakers (%1) — double-click a name to rename").replace("%1", method))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Name"), self.tr("Talk time"), self.tr("Share")]
        )
        total = sum(s.talk_time for s in speakers) or 1.0
        self._loading = True
        self.table.setRowCount(len(speakers))
        for r, s in enumerate(speakers):
            label = QTableWidgetItem(s.label)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            color = speaker_color(s.label)
            if color is not None:
                label.setForeground(QBrush(color))
            name = QTableWidgetItem(s.name or "")
            name.setData(Qt.ItemDataRole.UserRole, s.label)
            talk = QTableWidgetItem(clock(s.talk_time))
            share = QTableWidgetItem(f"{100 * s.talk_time / total:.0f}%")
            for item in (talk, share):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for c, item in enumerate((label, name, talk, share)):
                self.table.setItem(r, c, item)
        self._loading = False
        rows = sum(self.table.rowHeight(r) for r in range(len(speakers)))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + 4)
        self._show_overlaps(run.meta if run else {})
        attendees = speaker_suggestions(self.store, rec_id)
        self.attendees.setVisible(bool(attendees))
        self.attendees.setText(self.tr("Calendar attendees: %1").replace("%1", ", ".join(attendees)))
        self._suggestions = diarization.suggest_names(self.store, rec_id)
        self.suggest.setVisible(bool(self._suggestions))
        self.suggest.setText(
            self.tr("Suggested names: %1").replace(
                "%1", ", ".join(f"{s.label} → {s.name}" for s in self._suggestions)
            )
        )

    def _check_model(self, run: DiarizationRun | None, same: bool) -> None:
        hint = self.model_hint
        if hint is None:
            return
        if same and hint.find_again.isVisibleTo(hint) and run is not None and run.model != hint.installed:
            return  # just downloaded for this recording: keep offering to find its speakers again
        if run is None:
            hint.hide()
        else:
            hint.check(run.method, run.model)

    def _find_again(self) -> None:
        if self.rec_id is not None:
            self.findAgainRequested.emit(self.rec_id)

    def _show_overlaps(self, meta: dict) -> None:
        """How much overlapped speech the run marked; said too when it did not look (the basic method)."""
        if "overlaps" not in meta:  # diarized before overlaps were looked for
            self.overlaps.hide()
            return
        found = meta["overlaps"]
        if found is None:
            text = self.tr(
                "Overlapped speech: not looked for (the basic method's turn changes are too coarse)"
            )
        elif not found:
            text = self.tr("Overlapped speech: none found")
        else:
            text = self.tr("Overlapped speech marked in the transcript: %1").replace("%1", str(len(found)))
        self.overlaps.setText(text)
        self.overlaps.show()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.rec_id is None or item.column() != 1:
            return
        try:
            self.store.speakers.rename(self.rec_id, item.data(Qt.ItemDataRole.UserRole), item.text())
        except RecordRouteError as exc:
            QMessageBox.warning(self, self.tr("Rename speaker"), detail_of(exc))
        self.load(self.rec_id)
        self.renamed.emit()

    def _apply_suggestions(self) -> None:
        if self.rec_id is None or not self._suggestions:
            return
        text = "\n".join(f"{s.label} → {s.name} ({s.score:.2f})" for s in self._suggestions)
        answer = QMessageBox.question(
            self,
            self.tr("Apply suggested names"),
            self.tr("These voices match saved profiles:") + "\n" + text,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        diarization.apply_suggestions(self.store, self.rec_id, self._suggestions)
        self.load(self.rec_id)
        self.renamed.emit()
