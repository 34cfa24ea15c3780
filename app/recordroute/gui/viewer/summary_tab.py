"""The summary: rendered Markdown that streams in while it is generated; Regenerate with a template and
output language, Copy and Export."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...pipeline.context import AppContext
from ...pipeline.summaries import summarize_recording, template_names
from ...pipeline.summary_notices import fallback_of, summary_notices
from ...store import Recording
from .. import i18n
from ..job_workers import TaskWorker, run_task
from ..labels import template_description, template_label
from ..recipe_dialog import RecipeDialog
from ..retranslating import Retranslating
from .summary_notice import Notice, notice_for

RENDER_INTERVAL_MS = 120  # re-render streamed Markdown at most this often


class SummaryTab(Retranslating, QWidget):
    status = Signal(str)
    finished = Signal(int)  # recording id whose summary changed
    transcribeAgainRequested = Signal(int)  # recording id (its audio gave no text)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec: Recording | None = None
        self.markdown = ""
        self.streaming = False  # minutes are arriving from a job in the queue
        self.worker: TaskWorker | None = None
        self._templates_loaded = False
        self.template = QComboBox(self)
        self.language = QComboBox(self)
        self.regenerate = QPushButton(self)
        self.stop = QPushButton(self)
        self.copy = QPushButton(self)
        self.export = QPushButton(self)
        self.recipes = QPushButton(self)  # the user's saved prompts on this recording
        self.recipes.clicked.connect(self.open_recipes)
        self.regenerate.clicked.connect(self.start_summary)
        self.stop.clicked.connect(self.stop_summary)
        self.copy.clicked.connect(self.copy_markdown)
        self.export.clicked.connect(self.export_markdown)
        self.stop.hide()
        for combo in (self.template, self.language):  # let the viewer shrink: combos elide long names
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        bar = QHBoxLayout()
        self.template_label = QLabel(self)
        self.language_label = QLabel(self)
        for w in (self.template_label, self.template, self.language_label, self.language):
            bar.addWidget(w, 1 if isinstance(w, QComboBox) else 0)
        buttons = QHBoxLayout()
        for button in (self.regenerate, self.stop):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.recipes)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.export)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_notice: Notice | None = None
        self.notice_buttons = [QPushButton(self), QPushButton(self)]
        notice_row = QHBoxLayout()
        notice_row.addStretch(1)
        for button in self.notice_buttons:
            button.hide()
            button.clicked.connect(partial(self._notice_action, button))
            notice_row.addWidget(button)
        notice_row.addStretch(1)
        self.llm_row = QVBoxLayout()  # the window puts its LLM indicator here (attach_llm)
        self._render = QTimer(self, singleShot=True, interval=RENDER_INTERVAL_MS)
        self._render.timeout.connect(lambda: self.browser.setMarkdown(self.markdown))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.llm_row)
        lay.addLayout(bar)
        lay.addLayout(buttons)
        lay.addWidget(self.notice)
        lay.addLayout(notice_row)
        lay.addWidget(self.browser, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.template_label.setText(self.tr("Template:"))
        self.template_label.setBuddy(self.template)
        self.language_label.setText(self.tr("Language:"))
        self.language_label.setBuddy(self.language)
        current = self.language.currentData()
        self.language.clear()
        for code, name in (("auto", self.tr("Same as the recording")), ("ko", "한국어"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(current or self.ctx.settings.summary_language))
        )
        self.regenerate.setText(self.tr("&Regenerate"))
        self.recipes.setText(self.tr("Recipes…"))
        self.recipes.setToolTip(self.tr("Run one of your saved prompts on this recording"))
        self.stop.setText(self.tr("Stop"))
        self.copy.setText(self.tr("Copy"))
        self.export.setText(self.tr("Export…"))
        self._update_notice()

    def _load_templates(self) -> None:
        if self._templates_loaded:
            return
        self._templates_loaded = True
        names = template_names(self.ctx.settings)
        self.template.clear()
        for name, description in names or [(self.ctx.settings.summary_template, "")]:
            self.template.addItem(template_label(name), name)
            tip = template_description(name, description)
            self.template.setItemData(self.template.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.template.setCurrentIndex(max(0, self.template.findData(self.ctx.settings.summary_template)))

    def load(self, rec: Recording | None) -> None:
        if self.worker is not None and (rec is None or self.rec is None or rec.id != self.rec.id):
            self.stop_summary()
        self.rec = rec
        self.markdown = ""
        self.streaming = False
        if rec is not None:
            self._load_templates()
            latest = self.ctx.store.summaries.latest(rec.id)
            if latest is not None and latest.markdown:
                self.markdown = latest.markdown
        self.browser.setMarkdown(self.markdown)
        self._update_notice()

    def attach_llm(self, indicator: QWidget) -> None:
        self.llm_row.addWidget(indicator)

    def _update_notice(self) -> None:
        for w in (self.template, self.language, self.regenerate, self.template_label, self.language_label):
            w.setEnabled(self.rec is not None and self.worker is None)
        self.copy.setEnabled(bool(self.markdown))
        self.export.setEnabled(bool(self.markdown))
        self.recipes.setEnabled(self.rec is not None)
        busy = self.worker is not None or self.streaming
        notice = None
        if self.rec is not None and not busy:
            latest = self.ctx.store.summaries.latest(self.rec.id)
            notice = notice_for(
                self.ctx, self.rec, latest if latest is not None and latest.markdown else None
            )
        self.current_notice = notice
        self.notice.setText(notice.text if notice else "")
        self.notice.setToolTip(notice.detail if notice else "")
        self.notice.setVisible(notice is not None)
        actions = notice.actions if notice else []
        for i, button in enumerate(self.notice_buttons):
            button.setVisible(i < len(actions))
            if i < len(actions):
                button.setText(actions[i][0])
                button.setProperty("action", actions[i][1])

    def _notice_action(self, button: QPushButton) -> None:
        notice, key = self.current_notice, str(button.property("action"))
        if notice is None or self.rec is None:
            return
        if key == "transcribe_again":
            self.transcribeAgainRequested.emit(self.rec.id)
        elif key == "show_kept" and notice.kept_aside is not None:
            self.browser.setMarkdown(notice.kept_aside.markdown or "")
        elif key == "regenerate_in":
            self.language.setCurrentIndex(max(0, self.language.findData(notice.language)))
            self.start_summary()
        elif key == "regenerate":
            self.start_summary()

    # --- generate --------------------------------------------------------------------------------------------------
    def start_summary(self) -> None:
        if self.rec is None or self.worker is not None:
            return
        self.markdown = ""
        self.browser.clear()
        self.worker = run_task(
            summarize_recording,
            self.ctx,
            self.rec.id,
            owner=self,
            template=self.template.currentData(),
            language=self.language.currentData(),
            on_token=self._on_token,
            on_result=self._on_done,
            on_error=self._on_error,
            on_reset=self._on_reset,
            cancellable=True,
        )
        self.stop.show()
        self.status.emit(self.tr("Generating the summary…"))
        self._update_notice()

    def show_partial(self, rec_id: int, text: str) -> None:
        """Minutes streamed by a queued job's summarize stage (the whole text so far) for the open recording."""
        if self.rec is None or self.rec.id != rec_id or self.worker is not None:
            return
        self.markdown = text
        self.streaming = True
        if not self._render.isActive():
            self._render.start()
        self._update_notice()

    def stop_summary(self) -> None:
        if self.worker is not None:
            self.worker.cancel.cancel()

    def _on_token(self, text: str) -> None:
        self.markdown += text
        if not self._render.isActive():
            self._render.start()

    def _on_reset(self) -> None:
        self.markdown = ""
        self.browser.clear()

    def _on_done(self, record: Any) -> None:
        self.worker = None
        self.stop.hide()
        text = getattr(record, "markdown", "") or self.markdown
        state = getattr(record, "state", "complete")
        self.markdown = text
        self.browser.setMarkdown(text)
        self.browser.verticalScrollBar().setValue(0)
        if self.rec is not None:
            self.finished.emit(self.rec.id)
        meta = getattr(record, "meta", {}) or {}
        fallback = fallback_of(record) if meta.get("fallback_reason") else None
        if state != "complete":
            self.status.emit(getattr(record, "error", "") or self.tr("The summary did not finish."))
        elif fallback is not None:  # the LLM did not answer: say so, never "Summary ready"
            self.status.emit(fallback.say(i18n.current()))
        else:
            self.status.emit(self.tr("Summary ready"))
        self._update_notice()
        if fallback is not None and state == "complete":
            self.notice.setText(fallback.say(i18n.current()))
            self.notice.setToolTip(str(meta["fallback_reason"]))
            self.notice.show()
        self._show_warnings(record)

    def _show_warnings(self, record: Any) -> None:
        """A fallback or a kept-aside answer is said, never silent; the pipeline's sentence is the detail."""
        notices = summary_notices(record) if hasattr(record, "meta") else []
        warnings = [n.say(i18n.current()) for n in notices]
        if not warnings:
            return
        if record.meta.get("fallback"):
            self.notice.setToolTip(
                "\n".join(warnings)
            )  # the notice above says it; the sentence is the detail
            return
        if getattr(record, "state", "complete") != "complete":
            text = self.tr(
                "The answer was not in the chosen language: it is kept aside, not shown as the minutes."
            )
        else:
            text = self.tr("The summary has warnings.")
        self.notice.setText(text)
        self.notice.setToolTip("\n".join(warnings))
        self.notice.show()

    def _on_error(self, text: str) -> None:
        self.worker = None
        self.stop.hide()
        self.browser.setMarkdown(self.markdown)
        self.status.emit(text)
        self._update_notice()
        self.notice.setText(text)
        self.notice.show()

    # --- copy / export ---------------------------------------------------------------------------------------------
    def copy_markdown(self) -> None:
        QGuiApplication.clipboard().setText(self.markdown)
        self.status.emit(self.tr("Summary copied"))

    def open_recipes(self) -> RecipeDialog | None:
        if self.rec is None:
            return None
        dialog = RecipeDialog(self.ctx, self.rec.id, self)
        dialog.show()
        return dialog

    def export_markdown(self) -> None:
        if not self.markdown or self.rec is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export summary"), f"{self.rec.title}.md", self.tr("Markdown (*.md);;Text (*.txt)")
        )
        if name:
            from ...store.files import atomic_write_text

            atomic_write_text(Path(name), self.markdown)
            self.status.emit(self.tr("Saved %1").replace("%1", name))
