"""Search across the library (hybrid / keyword / semantic, date and kind filters) and Ask with citations.

Queries run on the thread pool (semantic search embeds the query). Activating a result asks the window to
open the viewer at that moment: transcript scrolled to the segment, player seeked to its start.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, QUrlQuery, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.ask import Answer, Citation, ask
from ..pipeline.context import AppContext
from ..pipeline.search import search
from .job_workers import TaskWorker, run_task
from .presenters import clock, markdown_html, snippet_html
from .retranslating import Retranslating
from .rich_delegate import HtmlRole, RichTextDelegate

HitRole = Qt.ItemDataRole.UserRole + 11


def _as_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class SearchPane(Retranslating, QWidget):
    openRequested = Signal(int, object, object, object)  # rec id, segment idx, start seconds, page (or None)
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[Any] = []
        self._seq = 0
        self._ask_worker: TaskWorker | None = None
        self._answer_text = ""
        self._build_query()
        self._build_filters()
        self._build_results()
        self._build_ask()
        self._lay_out()
        self.retranslate()

    def _build_query(self) -> None:
        """The query line; typing searches after a short pause, Enter at once."""
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())

    def _build_filters(self) -> None:
        """Mode, kind, language and date filters; changing any of them searches again."""
        self.mode = QComboBox(self)
        self.kind = QComboBox(self)
        self.language = QComboBox(self)
        self.use_since = QCheckBox(self)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.use_until = QCheckBox(self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for combo in (self.mode, self.kind, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_until.toggled.connect(self.until.setEnabled)
        for w in (self.mode, self.kind, self.language):
            w.currentIndexChanged.connect(lambda _i: self.run_search())
        for check in (self.use_since, self.use_until):
            check.toggled.connect(lambda _b: self.run_search())
        for date_edit in (self.since, self.until):
            date_edit.dateChanged.connect(lambda _d: self.run_search())

    def _build_results(self) -> None:
        """The hit list (rich text, one item per hit); activating a hit opens it."""
        self.results = QListWidget(self)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.count = QLabel(self)

    def _build_ask(self) -> None:
        """Ask: the question line, its button and the answer (hidden until there is one)."""
        self.ask_edit = QLineEdit(self)
        self.ask_edit.returnPressed.connect(self.ask)
        self.ask_button = QPushButton(self)
        self.ask_button.clicked.connect(self.ask)
        self.answer = QTextBrowser(self)
        self.answer.setOpenLinks(False)
        self.answer.anchorClicked.connect(self._open_link)
        self.answer.hide()

    def _lay_out(self) -> None:
        """Labels with their buddies, then the filter grid over the results and Ask."""
        self.mode_label, self.kind_label, self.language_label = QLabel(self), QLabel(self), QLabel(self)
        self.mode_label.setBuddy(self.mode)
        self.kind_label.setBuddy(self.kind)
        self.language_label.setBuddy(self.language)
        grid = QGridLayout()
        grid.addWidget(self.query, 0, 0, 1, 4)
        grid.addWidget(self.mode_label, 1, 0)
        grid.addWidget(self.mode, 1, 1)
        grid.addWidget(self.kind_label, 1, 2)
        grid.addWidget(self.kind, 1, 3)
        grid.addWidget(self.language_label, 2, 0)
        grid.addWidget(self.language, 2, 1, 1, 3)
        grid.addWidget(self.use_since, 3, 0)
        grid.addWidget(self.since, 3, 1, 1, 3)
        grid.addWidget(self.use_until, 4, 0)
        grid.addWidget(self.until, 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask_edit, 1)
        ask_row.addWidget(self.ask_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(grid)
        lay.addWidget(self.count)
        lay.addWidget(self.results, 3)
        self.ask_heading = QLabel(self)
        lay.addWidget(self.ask_heading)
        lay.addLayout(ask_row)
        lay.addWidget(self.answer, 2)

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Search every transcript and document"))
        self.mode_label.setText(self.tr("M&ode:"))
        self.kind_label.setText(self.tr("&Kind:"))
        modes = [
            ("hybrid", self.tr("Hybrid")),
            ("keyword", self.tr("Keyword")),
            ("semantic", self.tr("Meaning")),
        ]
        kinds = [
            ("", self.tr("All kinds")),
            ("audio", self.tr("Audio")),
            ("video", self.tr("Video")),
            ("pdf", self.tr("PDF")),
            ("text", self.tr("Text")),
        ]
        self.language_label.setText(self.tr("Lan&guage:"))
        languages = [("", self.tr("All languages")), ("ko", "한국어"), ("en", "English")]
        languages += [(code, code) for code in self._library_languages() if code not in ("ko", "en")]
        for combo, items in ((self.mode, modes), (self.kind, kinds), (self.language, languages)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, label in items:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.use_since.setText(self.tr("Fro&m"))
        self.use_until.setText(self.tr("&Until"))
        self.ask_heading.setText(self.tr("Ask your library"))
        self.ask_edit.setPlaceholderText(self.tr("Ask a question; the answer cites recordings"))
        self.ask_button.setText(self.tr("&Ask"))
        self._update_count()

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    # --- search ----------------------------------------------------------------------------------------------------
    def _filters(self) -> dict[str, Any]:
        since = until = None
        if self.use_since.isChecked():
            since = datetime.combine(_as_date(self.since.date()), time.min).timestamp()
        if self.use_until.isChecked():
            until = datetime.combine(_as_date(self.until.date()), time.max).timestamp()
        return {
            "mode": self.mode.currentData() or "hybrid",
            "kind": self.kind.currentData() or None,
            "language": self.language.currentData() or None,
            "since": since,
            "until": until,
        }

    def _library_languages(self) -> list[str]:
        """Languages of the recordings in the library, so the filter offers what can match."""
        try:
            return sorted({r.language for r in self.ctx.store.recordings.list() if r.language})
        except Exception:  # the filter is a convenience: never fail the pane over it
            return []

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.query.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self._show([], seq)
            return
        run_task(
            search,
            self.ctx,
            text,
            limit=50,
            owner=self,
            **self._filters(),
            on_result=lambda hits: self._show(hits, seq),
            on_error=lambda e: self._failed(e, seq),
        )

    def _failed(self, text: str, seq: int) -> None:
        if seq == self._seq:
            self.results.clear()
            self.hits = []
            self.count.setText(text)

    def _show(self, hits: list[Any], seq: int) -> None:
        if seq != self._seq:
            return  # an older query finished after a newer one started
        self.hits = hits
        self.results.clear()
        for hit in hits:
            where = (
                clock(hit.start)
                if hit.start is not None
                else (self.tr("p. %1").replace("%1", str(hit.page)) if hit.page else "")
            )
            head = f"<b>{html.escape(hit.title)}</b>" + (
                f" &nbsp;<span style='color:gray'>{where}</span>" if where else ""
            )
            item = QListWidgetItem()
            who = f"<b>{html.escape(hit.speaker)}:</b> " if hit.speaker else ""
            item.setData(HtmlRole, f"{head}<br>{who}{snippet_html(hit.snippet)}")
            item.setData(HitRole, hit)
            item.setToolTip(hit.text)
            self.results.addItem(item)
        self._update_count()

    def _update_count(self) -> None:
        if not self.query.text().strip():
            self.count.setText("")
        else:
            self.count.setText(self.tr("%n result(s)", "", len(self.hits)))

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if hit is not None:
            self.openRequested.emit(hit.recording_id, hit.segment_idx, hit.start, hit.page)

    def activate_row(self, row: int) -> None:
        item = self.results.item(row)
        if item is not None:
            self.results.setCurrentItem(item)
            self._activate(item)

    # --- ask -------------------------------------------------------------------------------------------------------
    def ask(self) -> None:
        question = self.ask_edit.text().strip()
        if not question or self._ask_worker is not None:
            return
        self.answer.show()
        self._answer_text = ""
        self.answer.setPlainText(self.tr("Thinking…"))
        self.ask_button.setEnabled(False)
        self._ask_worker = run_task(
            ask,
            self.ctx,
            question,
            owner=self,
            on_token=self._on_answer_token,
            on_result=self._on_answer,
            on_error=self._on_answer_error,
            cancellable=True,
        )

    def _on_answer_token(self, text: str) -> None:
        self._answer_text += text
        self.answer.setHtml(markdown_html(html.escape(self._answer_text)))  # rendered as it streams

    def _on_answer(self, answer: Answer) -> None:
        self._ask_worker = None
        self.ask_button.setEnabled(True)
        self.answer.setHtml(answer_html(answer, self.tr("Sources")))

    def _on_answer_error(self, text: str) -> None:
        self._ask_worker = None
        self.ask_button.setEnabled(True)
        self.answer.setPlainText(text)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() != "rr":
            return
        q = QUrlQuery(url)
        rec = int(q.queryItemValue("rec") or 0)
        start, seg, page = q.queryItemValue("t"), q.queryItemValue("seg"), q.queryItemValue("p")
        self.openRequested.emit(
            rec, int(seg) if seg else None, float(start) if start else None, int(page) if page else None
        )


def citation_url(c: Citation) -> str:
    parts = [f"rec={int(c.recording_id)}"]
    if c.start is not None:
        parts.append(f"t={float(c.start):.2f}")
    if c.page is not None:
        parts.append(f"p={int(c.page)}")
    return "rr://open?" + "&".join(parts)


def answer_html(answer: Answer, sources_title: str) -> str:
    """The answer text, escaped, with [n] markers turned into links to their citations."""
    citations = {int(c.n): c for c in answer.citations}
    text = html.escape(answer.text)

    def link(m: re.Match[str]) -> str:
        c = citations.get(int(m.group(1)))
        return f'<a href="{citation_url(c)}">[{m.group(1)}]</a>' if c else m.group(0)

    body = re.sub(r"\[(\d+)\]", link, text)
    for c in citations.values():  # answers may carry the citation's label ("[title, 12:30]") instead of [n]
        label = html.escape(c.label or "")
        if label and label in body:
            body = body.replace(label, f'<a href="{citation_url(c)}">{label}</a>')
    body = markdown_html(body)
    items = []
    for n, c in sorted(citations.items()):
        where = clock(c.start) if c.start is not None else (f"p. {c.page}" if c.page else "")
        label = html.escape(c.label or c.title)
        items.append(f'<li><a href="{citation_url(c)}">[{n}] {label}</a> {html.escape(where)}</li>')
    backend = answer.backend_label
    foot = f"<p style='color:gray'>{html.escape(backend)}</p>" if backend else ""
    return body + (f"<h4>{html.escape(sources_title)}</h4><ul>{''.join(items)}</ul>" if items else "") + foot
