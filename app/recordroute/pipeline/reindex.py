"""A re-index that survives interruption: recordings are marked in the DB and done one at a time, so a kill or
Ctrl-C leaves the finished ones searchable and the next run (or the queued "reindex" job) resumes the rest.

The same marks let the v7 migration make an upgraded library searchable by itself: it marks the recordings
that were never chunked and queues one "reindex" job that any RecordRoute running jobs takes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..errors import NotFoundError
from ..progress import CancelToken, Progress, ProgressCallback, null_progress
from . import stages

if TYPE_CHECKING:
    from ..engines.embed import Embedder
    from ..store import Job
    from .context import AppContext
    from .indexing import SemanticIndex

log = logging.getLogger(__name__)


def start_reindex(sem: SemanticIndex, emb: Embedder) -> bool:
    """Mark every transcribed recording for `emb` (False: a run for it was under way and is resumed)."""
    started = sem.ctx.store.chunks.start_reindex(emb.name)
    if not started:
        log.info("resuming the interrupted re-index with %s", emb.name)
    return started


def queue_reindex(ctx: AppContext) -> int:
    """The explicit, queued model switch (or full re-index): mark every recording for the settings' model and
    queue one "reindex" job nobody owns, so the open window or `serve` runs it (or `recordroute retry`)."""
    from .indexing import semantic_index

    start_reindex(semantic_index(ctx), semantic_index(ctx).configured())
    queued = [j.id for j in ctx.store.jobs.list(states=("queued",), limit=10_000) if _is_library_job(j)]
    if queued:
        return queued[0]
    return ctx.store.jobs.create(["reindex"], owned=False)


def resume_reindex(
    sem: SemanticIndex, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None
) -> int:
    """Chunk and embed every marked recording, one committed recording at a time; returns how many."""
    store = sem.ctx.store
    pending = store.chunks.pending_reindex()
    emb = sem.target()
    for n, rec_id in enumerate(pending):
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            rec = store.recordings.get(rec_id, include_deleted=True)
        except NotFoundError:
            continue  # purged meanwhile: its mark went with it
        title = rec.title
        if rec.transcribe_state == "done":
            sem.index_recording(rec_id, _part(progress, n, len(pending), title), cancel)
        else:
            with store.db.tx() as con:
                store.chunks.clear_pending(con, rec_id)
        progress(Progress("reindex", (n + 1) / len(pending), f"indexed {title}"))
    if not store.chunks.pending_reindex():
        store.chunks.finish_reindex(emb.name, emb.dim)
    return len(pending)


def _part(progress: ProgressCallback, n: int, total: int, title: str) -> ProgressCallback:
    def report(p: Progress) -> None:
        progress(Progress("reindex", (n + p.fraction) / max(1, total), f"{title}: {p.message}", None))

    return report


def stage_reindex(run: stages.StageRun) -> None:
    from .indexing import semantic_index

    resume_reindex(semantic_index(run.ctx), run.progress, run.cancel)


stages.register("reindex", stage_reindex, standalone=True)


def finish_library_jobs(
    ctx: AppContext, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None
) -> int:
    """Finish the library's pending indexing here and now (a CLI search on an upgraded library with no app
    open): runs the queued "reindex" jobs nobody owns, unless another live process is running one."""
    from . import runner
    from .indexing import semantic_index

    jobs = ctx.store.jobs
    mine = [j for j in jobs.list(states=("queued", "running"), limit=10_000) if _is_library_job(j)]
    if any(j.state == "running" for j in mine):
        return 0  # another RecordRoute is on it
    for job in mine:
        runner.run_job(
            ctx,
            job.id,
            listener=lambda e: progress(Progress(e.stage or "reindex", e.fraction, e.message, e.eta)),
            cancel=cancel,
        )
    if ctx.store.chunks.pending_reindex():
        return resume_reindex(semantic_index(ctx), progress, cancel)
    return len(mine)


def _is_library_job(job: Job) -> bool:
    return (
        job.recording_id is None and job.source_path is None and [s.name for s in job.stages] == ["reindex"]
    )
