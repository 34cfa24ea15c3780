"""Stage functions: each takes the context, the job and a reporter, and commits its result in one transaction.

Stages join the chain through `register()`, so the runner never names them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RecordRouteError
from ..job_options import JobOptions
from ..progress import CancelToken, ProgressCallback
from ..settings import Settings
from ..store import Job, Recording
from ..vocab import StageState
from .context import AppContext
from .ingest import ingest


@dataclass
class StageRun:
    """What a stage gets: the job, where to report, the cancel token and a scratch dict shared by stages."""

    ctx: AppContext
    job: Job
    progress: ProgressCallback
    cancel: CancelToken
    scratch: dict[str, Any] = field(default_factory=dict)
    text: Callable[[str], None] | None = (
        None  # streams the stage's text so far (e.g. the minutes) to listeners
    )

    @property
    def recording_id(self) -> int:
        if self.job.recording_id is None:
            raise RecordRouteError("the job has no recording yet (ingest did not run)")
        return self.job.recording_id

    @property
    def options(self) -> JobOptions:
        return self.job.options


StageFn = Callable[[StageRun], None]
_REGISTRY: dict[str, StageFn] = {}
# Whether a stage applies to a job: e.g. summarize is skipped with --no-summary.
_APPLIES: dict[str, Callable[[StageRun], bool]] = {}


_STANDALONE: set[str] = set()  # stages of their own jobs (e.g. "reindex"), never in a file's default chain


def register(
    name: str, fn: StageFn, applies: Callable[[StageRun], bool] | None = None, *, standalone: bool = False
) -> None:
    _REGISTRY[name] = fn
    if applies is not None:
        _APPLIES[name] = applies
    if standalone:
        _STANDALONE.add(name)


def get(name: str) -> StageFn:
    return _REGISTRY[name]


def applies(name: str, run: StageRun) -> bool:
    check = _APPLIES.get(name)
    return True if check is None else check(run)


ORDER = ("ingest", "transcribe", "diarize", "summarize", "index")


def default_stages() -> list[str]:
    known = [name for name in ORDER if name in _REGISTRY]
    return known + [name for name in _REGISTRY if name not in ORDER and name not in _STANDALONE]


# --- ingest -----------------------------------------------------------------------------------------------
def stage_ingest(run: StageRun) -> None:
    if run.job.recording_id is not None:  # resumed job: ingest already committed
        return
    if not run.job.source_path:
        raise RecordRouteError("the job has neither a file nor a recording")
    result = ingest(run.ctx.store, Path(run.job.source_path), progress=run.progress, cancel=run.cancel)
    run.ctx.store.jobs.set_recording(run.job.id, result.recording.id)
    run.job.recording_id = result.recording.id
    run.scratch["ingest"] = result


# --- transcribe -------------------------------------------------------------------------------------------
def already_done(rec: Recording, options: JobOptions, settings: Settings) -> bool:
    """The one "skip if already done" rule (intake and the stage): transcribed with the task asked for (the
    job's, else the settings'), and no `force`."""
    task = options.task or settings.stt_task
    return rec.transcribe_state == StageState.DONE and not options.force and rec.stt_task == task


def stage_transcribe(run: StageRun) -> None:
    from . import remote_stt
    from .recognition import RECOVERED_SECONDS, SPEECH_SECONDS, recognition_report
    from .transcriptions import save_transcript, store_segments, stt_options, transcribe_summary

    store = run.ctx.store
    rec = store.recordings.get(run.recording_id)
    if rec.is_document:
        return  # a document's text was stored at ingest
    settings = run.ctx.settings
    task = run.options.task or settings.stt_task
    language = run.options.language or settings.stt_language
    model = run.options.model or settings.stt_model
    if already_done(rec, run.options, settings):
        return  # duplicate import of a finished recording: nothing to redo
    # Transcribing again: the old version stays "done" (and shown) until the new one is complete.
    again = rec.transcribe_state == StageState.DONE
    if not again:
        store.recordings.set_stage_state(rec.id, "transcribe", StageState.RUNNING)

    t0 = time.monotonic()
    options = stt_options(settings, language=language, task=task)
    # Here, or on the configured remote server (with its fallback): pipeline/remote_stt.py
    transcript, audio_duration = remote_stt.transcribe(
        run, store.library.path(rec.stored_name), model, options
    )
    segments = store_segments(transcript)
    elapsed = time.monotonic() - t0
    with store.db.tx() as con:
        save_transcript(
            store,
            con,
            rec.id,
            segments,
            transcript,
            task=task,
            duration=audio_duration or rec.duration,
            meta={
                **rec.meta,
                SPEECH_SECONDS: transcript.speech_seconds,
                RECOVERED_SECONDS: round(transcript.recovered_seconds, 1),
            },
        )
        if again:  # corrections and speakers belonged to the old segments
            store.summaries.drop_corrections(con, rec.id)
            if rec.diarize_state == StageState.DONE:
                store.recordings.set_stage_state(rec.id, "diarize", StageState.NONE, con)
        store.recordings.log(
            rec.id,
            transcribe_summary(transcript, elapsed, task),
            stage="transcribe",
            job_id=run.job.id,
            con=con,
        )
    report = recognition_report(store, rec.id)
    if report.poor or report.hidden.segments:  # one event each, so a face can word each in its language
        for line in report.messages():
            store.recordings.log(rec.id, line, level="warning", stage="transcribe")


register("ingest", stage_ingest)
register("transcribe", stage_transcribe)
