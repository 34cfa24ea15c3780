"""The jobs panel: each job's stage, progress, ETA, errors in words, and cancel / retry / reorder buttons.

The list is the DB job table (it persists across restarts); live progress and queue changes (from any face of
this process, such as the embedded API) come from the JobController, so nothing here polls the database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..messages.notice import parse
from ..messages.pipeline_notices import PROGRESS_NOTES
from ..store import Job
from . import i18n
from . import presenters as gs
from .error_text import describe
from .job_workers import JobController, JobEvent
from .retranslating import Retranslating

SHOWN_STATES = ("queued", "running", "failed", "interrupted")  # + what finished this session


def stage_name(stage: str) -> str:
    names = {
        "ingest": QCoreApplication.translate("QueuePanel", "Importing"),
        "decode": QCoreApplication.translate("QueuePanel", "Decoding"),
        "transcribe": QCoreApplication.translate("QueuePanel", "Transcribing"),
        "summarize": QCoreApplication.translate("QueuePanel", "Summarizing"),
        "diarize": QCoreApplication.translate("QueuePanel", "Finding speakers"),
        "index": QCoreApplication.translate("QueuePanel", "Indexing"),
    }
    return names.get(stage, stage)


def job_state_name(state: str) -> str:
    names = {
        "queued": QCoreApplication.translate("QueuePanel", "Waiting"),
        "running": QCoreApplication.translate("QueuePanel", "Running"),
        "done": QCoreApplication.translate("QueuePanel", "Done"),
        "failed": QCoreApplication.translate("QueuePanel", "Failed"),
        "cancelled": QCoreApplication.translate("QueuePanel", "Cancelled"),
        "interrupted": QCoreApplication.translate("QueuePanel", "Interrupted"),
    }
    return names.get(state, state)


def _missing_model(code: str | None, error: str | None) -> str | None:
    """The model a failed job lacked. Imported on first use: the model manager pulls in the engines' model
    catalogues (~50 ms), which the window's first paint does not need (bench/gui_startup.py)."""
    from ..pipeline.model_manager import missing_model

    return missing_model(code, error)


class JobRow(Retranslating, QFrame):
    """One job. Buttons act through the controller; state comes from the DB or the latest event."""

    def __init__(
        self, job: Job, label: str, controller: JobController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.job_id = job.id
        self.controller = controller
        self.state = job.state
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(label, self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        # One elided line: a long error must not grow the row (and the window's minimum height); the whole
        # text is in the tooltip and behind Details.
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error.setStyleSheet("color: #d9534f;")
        self.error_text = ""
        self.error_detail = ""
        self.details = QPushButton(self)
        self.details.clicked.connect(self.show_details)
        self.up = QToolButton(self)
        self.up.setArrowType(Qt.ArrowType.UpArrow)
        self.down = QToolButton(self)
        self.down.setArrowType(Qt.ArrowType.DownArrow)
        self.cancel = QPushButton(self)
        self.retry = QPushButton(self)
        self.get_model = QPushButton(self)  # shown when the job failed for a model that can be downloaded
        self.missing_model: str | None = None
        self.get_model.clicked.connect(self.offer_download)
        self.up.clicked.connect(lambda: controller.move(self.job_id, -1))
        self.down.clicked.connect(lambda: controller.move(self.job_id, +1))
        self.cancel.clicked.connect(lambda: controller.cancel(self.job_id))
        self.retry.clicked.connect(lambda: controller.retry(self.job_id))
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long names clip
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.status)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(top)
        text.addWidget(self.bar)
        text.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for b in (self.up, self.down, self.cancel, self.retry, self.get_model, self.details):
            buttons.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addLayout(text, 1)
        row.addLayout(buttons)
        row.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.set_job(job)

    def retranslate(self) -> None:
        self.up.setToolTip(self.tr("Move up in the queue"))
        self.down.setToolTip(self.tr("Move down in the queue"))
        self.cancel.setText(self.tr("Cancel"))
        self.retry.setText(self.tr("Retry"))
        self.get_model.setText(self.tr("Download model…"))
        self.details.setText(self.tr("Details…"))

    def set_job(self, job: Job) -> None:
        self.state = job.state
        stage = job.current_stage
        fraction = stage.progress if stage else 0.0
        if job.state == "done":
            fraction = 1.0
        self.bar.setValue(int(fraction * 1000))
        where = stage_name(stage.name) if stage and job.state == "running" else ""
        self.status.setText(" · ".join(x for x in (job_state_name(job.state), where) if x))
        self.missing_model = _missing_model(job.error_code, job.error) if job.state == "failed" else None
        self._show_job_error(job)
        self._update_buttons()

    def apply(self, event: JobEvent) -> None:
        self.state = event.state
        if event.state == "running":
            parts = [stage_name(event.stage)]
            if event.message and event.message not in (event.stage, "starting"):
                parts.append(parse(event.message, PROGRESS_NOTES).say(i18n.current()))
            parts.append(f"{event.fraction * 100:.0f}%")
            if event.eta:
                parts.append(self.tr("%1 left").replace("%1", gs.clock(event.eta)))
            self.status.setText(" · ".join(parts))
            self.bar.setValue(int(max(0.0, min(1.0, event.fraction)) * 1000))
            self._show_error("")
        else:
            self.status.setText(job_state_name(event.state))
            if event.state == "done":
                self.bar.setValue(1000)
            self._show_error("")
        self.missing_model = None
        if event.state == "failed":  # the event has the words; the job row has the error's code
            job = self.controller.ctx.store.jobs.get(self.job_id)
            self.missing_model = _missing_model(job.error_code, job.error)
            self._show_job_error(job)
        self._update_buttons()

    def _show_job_error(self, job: Job) -> None:
        """The error in the user's language; the English text (paths, commands) behind Details."""
        if job.state not in ("failed", "interrupted") or not job.error:
            self._show_error("")
            return
        if job.state == "interrupted":
            self._show_error(self.tr("Interrupted when the app closed; Retry resumes it."), job.error)
            return
        params = {"model": self.missing_model} if self.missing_model else {}
        self._show_error(describe(job.error_code, job.error, params).sentence, job.error)

    def _show_error(self, text: str | None, detail: str = "") -> None:
        self.error_text = text or ""
        self.error_detail = detail
        self.error.setToolTip(self.error_text)
        self.error.setVisible(bool(text))
        self.details.setVisible(bool(text))
        self._elide()

    def _elide(self) -> None:
        first = self.error_text.strip().splitlines()[0] if self.error_text.strip() else ""
        width = max(40, self.error.width())
        self.error.setText(self.error.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def show_details(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Job details"), self.error_text, parent=self)
        if self.error_detail and self.error_detail != self.error_text:
            box.setDetailedText(self.error_detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _update_buttons(self) -> None:
        self.up.setVisible(self.state == "queued")
        self.down.setVisible(self.state == "queued")
        self.cancel.setVisible(self.state in ("queued", "running"))
        self.retry.setVisible(self.state in ("failed", "cancelled", "interrupted"))
        self.get_model.setVisible(self.state == "failed" and bool(self.missing_model))

    def offer_download(self) -> QDialog | None:
        """Download the missing model (progress and Cancel in a dialog), then retry the job."""
        if not self.missing_model:
            return None
        from .model_download import ModelDownloadDialog

        dialog = ModelDownloadDialog(self.controller.ctx.settings, self.missing_model, parent=self)
        dialog.accepted.connect(lambda: self.controller.retry(self.job_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class QueuePanel(Retranslating, QWidget):
    def __init__(self, controller: JobController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.ctx.store
        self.rows: dict[int, JobRow] = {}
        self._session_done: list[int] = []  # finished this session: shown until cleared
        self._dismissed: set[int] = set()
        self.summary = QLabel(self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_finished)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.clear_button)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(3)
        self.body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)  # not `scroll`: QWidget.scroll is a method
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.scroll_area, 1)
        controller.queueChanged.connect(self.refresh)
        controller.jobEvent.connect(self.on_event)
        controller.jobFinished.connect(self._on_finished)
        # While another process (the CLI, `serve`) runs or owns a shown job, look again every few seconds: its
        # progress, and its jobs turning "interrupted" as soon as it dies, reach no event of this process.
        self._others = QTimer(self)
        self._others.setInterval(2000)
        self._others.timeout.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear finished"))
        self._update_summary()

    def refresh(self) -> None:
        """Rebuild from the DB: queued, running, failed and interrupted jobs, plus this session's finished."""
        jobs = [
            j for j in self.store.jobs.list(states=SHOWN_STATES, limit=500) if j.id not in self._dismissed
        ]
        shown_ids = {j.id for j in jobs}
        for job_id in self._session_done:
            if job_id not in shown_ids and job_id not in self._dismissed:
                try:
                    jobs.append(self.store.jobs.get(job_id))
                except Exception:
                    continue
        order = {"running": 0, "queued": 1}
        jobs.sort(key=lambda j: (order.get(j.state, 2), j.position if j.state == "queued" else -j.id))
        wanted = [j.id for j in jobs]
        for job_id in list(self.rows):
            if job_id not in wanted:
                self.rows.pop(job_id).deleteLater()
        for i, job in enumerate(jobs):
            row = self.rows.get(job.id)
            if row is None:
                row = JobRow(job, gs.job_label(job, self.store), self.controller, self.body)
                self.rows[job.id] = row
            elif not (job.state == "running" and job.id == self.controller.running_id):
                row.set_job(job)
            self.body_layout.insertWidget(i, row)
        self._update_summary()
        others = any(j.state in ("queued", "running") and j.elsewhere() for j in jobs)
        if others and not self._others.isActive():
            self._others.start()
        elif not others and self._others.isActive():
            self._others.stop()

    def on_event(self, event: JobEvent) -> None:
        if event.partial is not None:  # streamed minutes: shown in the viewer, not progress
            return
        row = self.rows.get(event.job_id)
        if row is None:
            self.refresh()
            row = self.rows.get(event.job_id)
        if row is not None:
            if event.recording_id is not None and row.name.text().startswith("#"):
                row.name.setText(gs.job_label(self.store.jobs.get(event.job_id), self.store))
            row.apply(event)
        self._update_summary()

    def _on_finished(self, event: JobEvent) -> None:
        if event.job_id not in self._session_done:
            self._session_done.append(event.job_id)

    def clear_finished(self) -> None:
        """Hide finished rows (done, cancelled, failed); the jobs stay in the DB and the CLI can retry them."""
        for job_id, row in list(self.rows.items()):
            if row.state not in ("queued", "running"):
                self._dismissed.add(job_id)
                self.rows.pop(job_id).deleteLater()
        self._update_summary()

    def _update_summary(self) -> None:
        states = [r.state for r in self.rows.values()]
        waiting = states.count("queued")
        running = states.count("running")
        problems = sum(s in ("failed", "interrupted") for s in states)
        if not states:
            self.summary.setText(self.tr("No jobs. Added files are processed here, one at a time."))
            return
        parts = [self.tr("%n running", "", running), self.tr("%n waiting", "", waiting)]
        if problems:
            parts.append(self.tr("%n need attention", "", problems))
        self.summary.setText(" · ".join(parts))
