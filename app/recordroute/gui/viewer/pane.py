"""The viewer: a recording's title and player above the Summary / Transcript / Details tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...errors import RecordRouteError
from ...pipeline.context import AppContext
from ...store import Recording
from ..error_text import detail_of
from ..presenters import clock, date_text, recording_date
from ..retranslating import Retranslating
from .correction_tab import CorrectionTab
from .details_tab import DetailsTab
from .notes_panel import NotesPanel
from .player import PlayerBar
from .similar_tab import SimilarTab
from .summary_tab import SummaryTab
from .transcript_tab import TranscriptTab
from .translation_tab import TranslationTab


class ViewerPane(Retranslating, QWidget):
    status = Signal(str)
    openRequested = Signal(int)  # another recording (from the Similar tab)
    actionsRequested = Signal(QMenu, int)  # fill the Actions menu for this recording (the window's actions)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec: Recording | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        # The recording's toolbar: transcribe again, speakers, minutes, reindex, export, show the original.
        self.actions_button = QToolButton(self)
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_menu = QMenu(self.actions_button)
        self.actions_menu.aboutToShow.connect(self._fill_actions)
        self.actions_button.setMenu(self.actions_menu)
        self.player = PlayerBar(self)
        self.tabs = QTabWidget(self)
        self.summary = SummaryTab(ctx, self)
        self.transcript = TranscriptTab(ctx.store, self)
        self.details = DetailsTab(ctx, self)
        self.similar = SimilarTab(ctx, self)
        self.corrections = CorrectionTab(ctx, self)
        self.translation = TranslationTab(ctx, self)
        self.notes = NotesPanel(ctx, self)
        self.transcript.add_side(self.notes)  # the user's notes sit beside what was said
        for tab in (
            self.summary,
            self.transcript,
            self.details,
            self.similar,
            self.corrections,
            self.translation,
        ):
            self.tabs.addTab(tab, "")
        self.tabs.setCurrentWidget(self.transcript)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.title)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.actions_button)
        lay.addLayout(meta_row)
        lay.addWidget(self.player)
        lay.addWidget(self.tabs, 1)
        self.transcript.seekRequested.connect(lambda t: self.player.seek(t, play=True))
        self.transcript.playToggleRequested.connect(self.player.toggle)
        self.player.positionChanged.connect(self.transcript.follow)
        self.transcript.status.connect(self.status)
        self.details.speakers.renamed.connect(self._speakers_renamed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.summary.status.connect(self.status)
        self.corrections.status.connect(self.status)
        self.similar.openRequested.connect(self.openRequested)
        self.notes.status.connect(self.status)
        self.notes.seekRequested.connect(self._seek_note)
        self.translation.status.connect(self.status)
        self.translation.minutesChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.actions_button.setText(self.tr("Actions"))
        self.actions_button.setToolTip(
            self.tr("Transcribe again, find speakers, regenerate minutes, export…")
        )
        self.tabs.setTabText(0, self.tr("&Summary"))
        self.tabs.setTabText(1, self.tr("&Transcript"))
        self.tabs.setTabText(2, self.tr("&Details"))
        self.tabs.setTabText(3, self.tr("Si&milar"))
        self.tabs.setTabText(4, self.tr("&Corrections"))
        self.tabs.setTabText(5, self.tr("Trans&lation"))
        # Never narrower than its tabs: a smaller window takes the width from the list, and no tab scrolls.
        bar = self.tabs.tabBar()
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        lay = self.layout()
        sides = lay.contentsMargins().left() + lay.contentsMargins().right() if lay is not None else 12
        self.setMinimumWidth(needed + 8 + sides)
        self._update_meta()

    def open_recording(
        self,
        rec_id: int,
        *,
        segment_idx: int | None = None,
        start: float | None = None,
        page: int | None = None,
    ) -> bool:
        try:
            rec = self.ctx.store.recordings.get(rec_id)
        except RecordRouteError as exc:
            self.status.emit(detail_of(exc))
            return False
        same = self.rec is not None and self.rec.id == rec.id
        self.rec = rec
        if not same:
            self.player.stop()
            media = None if rec.is_document else self.ctx.store.library.path(rec.stored_name)
            self.player.set_source(media, rec.duration)
            self.player.setVisible(media is not None)
        self.title.setText(rec.title)
        self._update_meta()
        self.transcript.load(rec, self.ctx.store.transcripts.segments(rec.id, include_flagged=True))
        self.summary.load(rec)
        self.details.load(rec)
        if not same:
            self.similar.load(rec)
        if self.tabs.currentWidget() is self.similar:
            self.similar.refresh()
        self.corrections.load(rec)
        self.notes.load(rec)
        self.translation.load(rec)
        if segment_idx is None:  # a citation gives a time or a page: find the segment it points into
            segment_idx = self.transcript.segment_for(start=start, page=page)
        if segment_idx is not None or start is not None:
            self.tabs.setCurrentWidget(self.transcript)
            if segment_idx is not None:
                self.transcript.show_segment(segment_idx)
            if start is not None and not rec.is_document:
                self.player.seek(start)
        return True

    def _speakers_renamed(self) -> None:
        if self.rec is not None:
            self.transcript.load(
                self.rec, self.ctx.store.transcripts.segments(self.rec.id, include_flagged=True)
            )

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.details and self.rec is not None:
            self.details.load(self.rec)  # the event log grows while you work (edits, summaries)
        elif self.tabs.currentWidget() is self.similar:
            self.similar.refresh()  # embeds only when asked for: the tab is open

    def refresh(self) -> None:
        """Re-read the open recording after a job changed it (keeps the player where it is)."""
        if self.rec is not None:
            self.open_recording(self.rec.id)

    def clear(self) -> None:
        self.rec = None
        self.player.stop()
        self.player.set_source(None)
        self.title.setText("")
        self.meta.setText("")
        self.transcript.load(None, [])
        self.summary.load(None)
        self.details.load(None)
        self.similar.load(None)
        self.corrections.load(None)
        self.notes.load(None)
        self.translation.load(None)

    def _seek_note(self, at: float) -> None:
        segment = self.transcript.segment_for(start=at, page=None)
        if segment is not None:
            self.transcript.show_segment(segment)
        if self.rec is not None and not self.rec.is_document:
            self.player.seek(at)

    def _update_meta(self) -> None:
        rec = self.rec
        if rec is None:
            self.meta.setText("")
            return
        length = (
            clock(rec.duration)
            if rec.duration is not None
            else (self.tr("%n page(s)", "", rec.pages or 0) if rec.pages else "")
        )
        parts = [date_text(recording_date(rec)), length, rec.language or "", rec.source_name]
        self.meta.setText("  ·  ".join(p for p in parts if p))

    def _fill_actions(self) -> None:
        self.actions_menu.clear()
        if self.rec is not None:
            self.actionsRequested.emit(self.actions_menu, self.rec.id)
