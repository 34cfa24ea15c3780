"""Details: file information, the model and backend used, per-stage timings and the event log."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...errors import RecordRouteError
from ...messages.notice import parse
from ...messages.pipeline_notices import EVENT_NOTES
from ...pipeline.context import AppContext
from ...store import Recording
from .. import i18n
from ..history_model import kind_text, state_text
from ..labels import task_label, template_label
from ..presenters import clock, date_text, size_text, stage_timings
from ..queue_panel import stage_name
from .speakers_panel import SpeakersPanel


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


class DetailsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec: Recording | None = None
        self.browser = QTextBrowser(self)
        self.speakers = SpeakersPanel(ctx.store, self, settings=ctx.settings)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.speakers)
        lay.addWidget(self.browser, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.rec is not None:
            self.load(self.rec)
        super().changeEvent(event)

    def load(self, rec: Recording | None) -> None:
        self.rec = rec
        self.speakers.load(rec.id if rec is not None else None)
        if rec is None:
            self.browser.clear()
            return
        self.browser.setHtml(self.render_html(rec))

    def render_html(self, rec: Recording) -> str:
        """File information, then the stages' timings, then the event log."""
        return self._file_html(rec) + self._stages_html(rec) + self._log_html(rec)

    def _file_html(self, rec: Recording) -> str:
        """The file, how it was transcribed and summarized, where it is stored."""
        store = self.ctx.store
        try:
            path = str(store.library.path(rec.stored_name))
        except ValueError:
            path = "?"
        length = (
            clock(rec.duration)
            if rec.duration is not None
            else (self.tr("%n page(s)", "", rec.pages or 0) if rec.pages else "—")
        )
        rows = [
            (self.tr("Original file"), rec.source_name),
            (self.tr("Kind"), kind_text(rec.kind)),
            (self.tr("Size"), size_text(rec.size_bytes)),
            (self.tr("Length"), length),
            (self.tr("Recorded"), date_text(rec.recorded_at)),
            (self.tr("Imported"), date_text(rec.imported_at)),
            (self.tr("Language"), rec.language or "—"),
            (self.tr("Text encoding"), rec.encoding or "—"),
            (self.tr("Speech model"), rec.stt_model or "—"),
            (self.tr("Task"), task_label(rec.stt_task)),
            (self.tr("Stored at"), path),
            (self.tr("Content hash"), rec.content_hash),
        ]
        latest = store.summaries.latest(rec.id)
        if latest is not None:
            rows.append(
                (
                    self.tr("Summary model"),
                    f"{_backend_and_model(latest.backend, latest.model)} "
                    f"({template_label(latest.template)}, v{latest.version})",
                )
            )
        out = [f"<h3>{_esc(rec.title)}</h3><table cellspacing='0' cellpadding='3'>"]
        out += [f"<tr><td><b>{_esc(k)}</b></td><td>{_esc(v)}</td></tr>" for k, v in rows]
        out.append("</table>")
        return "".join(out)

    def _stages_html(self, rec: Recording) -> str:
        """Each stage of the recording's recent jobs, with its time and error."""
        out: list[str] = []
        try:
            jobs = self.ctx.store.jobs.list(recording_id=rec.id, limit=50)
        except RecordRouteError:
            jobs = []
        timings = stage_timings(jobs)
        stages_title = self.tr("Stages")
        out.append(f"<h4>{_esc(stages_title)}</h4>")
        if timings:
            out.append(
                "<table cellspacing='0' cellpadding='3'><tr>"
                + "".join(
                    f"<th align='left'>{_esc(h)}</th>"
                    for h in (
                        self.tr("Job"),
                        self.tr("Stage"),
                        self.tr("State"),
                        self.tr("Time"),
                        self.tr("Error"),
                    )
                )
                + "</tr>"
            )
            for t in timings:
                secs = f"{t.seconds:.1f} s" if t.seconds is not None else "—"
                out.append(
                    f"<tr><td>#{t.job_id}</td><td>{_esc(stage_name(t.stage))}</td>"
                    f"<td>{_esc(state_text(t.state))}</td>"
                    f"<td>{secs}</td><td>{_esc(t.error or '')}</td></tr>"
                )
            out.append("</table>")
        else:
            no_jobs = self.tr("No jobs recorded.")
            out.append(f"<p>{_esc(no_jobs)}</p>")
        return "".join(out)

    def _log_html(self, rec: Recording) -> str:
        """The last 200 events as recorded (English, technical; known warnings in the UI language), errors red."""
        out: list[str] = []
        log_title = self.tr("Event log (technical details, as recorded)")
        out.append(f"<h4>{_esc(log_title)}</h4><table cellspacing='0' cellpadding='2'>")
        for ev in self.ctx.store.recordings.events(rec.id)[-200:]:
            color = " style='color:#d9534f'" if ev.level == "error" else ""
            # a warning the pipeline words from the catalogue (a fallback taken...) in the UI's language
            said = parse(ev.message, EVENT_NOTES).say(i18n.current()) if ev.level == "warning" else ev.message
            out.append(
                f"<tr{color}><td>{_esc(date_text(ev.at))}</td><td>{_esc(ev.stage or '')}</td>"
                f"<td>{_esc(said)}</td></tr>"
            )
        out.append("</table>")
        return "".join(out)


def _backend_and_model(backend: str, model: str | None) -> str:
    """'ollama · qwen2.5:7b' once (the backend label may already name the model)."""
    return backend if not model or model in backend else f"{backend} · {model}"
