"""Keeps the rest of the library in step with jobs and edits (a collaborator of MainWindow):

- minutes streamed by a queued job's summarize stage appear in the open viewer's Summary tab;
- after a transcript edit, that recording is re-indexed through the job queue (with progress in the Jobs panel),
  so semantic search finds the new wording;
- when a vault folder is set, every finished job updates that recording's note (pipeline.vault).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ..pipeline.context import AppContext
from ..pipeline.vault import export_vault
from .job_workers import JobController, JobEvent, run_task
from .viewer import ViewerPane

REINDEX_DELAY_MS = 1500  # a burst of edits becomes one re-index


class LiveSync(QObject):
    def __init__(
        self,
        ctx: AppContext,
        controller: JobController,
        viewer: ViewerPane,
        show_status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.viewer = viewer
        self.show_status = show_status
        self.pending: set[int] = set()
        self.reindex_jobs: dict[int, int] = {}  # job id -> recording id
        self._timer = QTimer(self, singleShot=True, interval=REINDEX_DELAY_MS)
        self._timer.timeout.connect(self.flush_reindex)
        controller.jobEvent.connect(self._on_event)
        controller.jobFinished.connect(self._on_finished)
        viewer.transcript.model.edited.connect(self._on_edit)

    def _on_event(self, event: JobEvent) -> None:
        if event.partial is not None and event.recording_id is not None:
            self.viewer.summary.show_partial(event.recording_id, event.partial)

    def _on_edit(self, _row: int) -> None:
        rec = self.viewer.rec
        if rec is not None:
            self.pending.add(rec.id)
            self._timer.start()

    def flush_reindex(self) -> list[int]:
        """Queue one index job per edited recording; returns the job ids."""
        self._timer.stop()
        jobs = []
        for rec_id in sorted(self.pending):
            job_id = self.controller.enqueue_recording(rec_id, stages=["index"])
            self.reindex_jobs[job_id] = rec_id
            jobs.append(job_id)
        self.pending.clear()
        if jobs:
            self.show_status(self.tr("Updating the search index for the edited transcript…"))
        return jobs

    def _on_finished(self, event: JobEvent) -> None:
        if self.reindex_jobs.pop(event.job_id, None) is not None and event.state == "done":
            self.show_status(self.tr("Search index updated"))
        folder = self.ctx.settings.vault_dir.strip()
        if folder and event.state == "done" and event.recording_id is not None:
            run_task(
                export_vault,
                self.ctx.store,
                Path(folder).expanduser(),
                [event.recording_id],
                owner=self,
                on_result=self._vault_done,
                on_error=self._vault_failed,
            )

    def _vault_done(self, result: Any) -> None:
        for path in getattr(result, "beside", []):
            self.show_status(
                self.tr("You edited a vault note; the new version is beside it: %1").replace("%1", str(path))
            )

    def _vault_failed(self, text: str) -> None:
        self.show_status(self.tr("The vault could not be updated: %1").replace("%1", text))
