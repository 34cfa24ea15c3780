"""What `process` (and `diarize`) print per file after the work: the result line on stdout; errors, warnings and
the speaker notes on stderr, in the user's language (say.py) with the English detail kept."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import RecordRouteError
from ..messages.notice import parse
from ..paths import shown
from ..pipeline import recognition, runner
from ..pipeline.context import AppContext
from ..store import Job, Recording
from . import say
from .commands import emit_json, length, out


def report_process(
    args: argparse.Namespace,
    path: Path,
    job_id: int | None,
    final: runner.JobEvent | None,
    *,
    error: RecordRouteError | None = None,
    ctx: AppContext | None = None,
) -> None:
    rec = ctx.store.recordings.get(final.recording_id) if ctx and final and final.recording_id else None
    duplicate = bool(rec and job_id and ctx and _was_duplicate(ctx, rec, job_id))
    if args.json:
        emit_json(
            {
                "file": shown(str(path)),
                "job_id": job_id,
                "recording_id": rec.id if rec else None,
                "state": final.state if final else "failed",
                "duplicate": duplicate,
                "error": error.user_text()
                if error
                else (final.message if final and final.state != "done" else None),
                "error_code": error.code if error else None,
                "title": rec.title if rec else None,
                "language": rec.language if rec else None,
                "duration": rec.duration if rec else None,
                "recognition": recognition.recognition_report(ctx.store, rec.id).to_dict()
                if rec and ctx
                else None,
            }
        )
        return
    if error is not None:
        # one line a refused file, so a batch of many stays one line each: sentence, then the detail
        sentence, *rest = say.error_lines(error.code, error.user_text(say.language()), error.params)
        line = f"{path}: {say.label('error')}: {sentence}" + (f" ({'; '.join(rest)})" if rest else "")
        print(line, file=sys.stderr)
    elif final is not None and final.state != "done":
        _report_failed(ctx, path, job_id, final)
        if rec:
            out(f"{rec.id}\t{shown(path.name)}\t{say.state(final.state)}")
    elif rec is not None:
        note = " " + say.text("duplicate") if duplicate else ""
        out(f"{rec.id}\t{shown(path.name)}\t{length(rec)}\t{rec.language or '-'}{note}")
        if ctx is not None and job_id is not None:
            _fallback_notes(ctx, rec.id, job_id)
        if ctx is not None:  # speech heard but not recognised reliably: say so, with the way forward
            for notice in recognition.recognition_report(ctx.store, rec.id).notices():
                print(f"{rec.id}: {say.label('warning')}: {say.render(notice)}", file=sys.stderr)


def _fallback_notes(ctx: AppContext, rec_id: int, job_id: int) -> None:
    """A fallback this job took (the remote speech server failed, transcribed here) is said, never silent."""
    from ..pipeline.remote_stt import REMOTE_FALLBACK

    for event in ctx.store.recordings.events(rec_id):
        notice = parse(event.message, (REMOTE_FALLBACK,))
        if event.job_id == job_id and event.level == "warning" and notice.code:
            print(f"{rec_id}: {say.label('warning')}: {say.render(notice)}", file=sys.stderr)


def _report_failed(ctx: AppContext | None, path: Path, job_id: int | None, final: runner.JobEvent) -> None:
    """A job that failed or was cancelled: its code's sentence, the action (`retry` the job), the detail."""
    job = ctx.store.jobs.get(job_id) if ctx is not None and job_id is not None else None
    code = job.error_code if job is not None else None
    params = job_params(ctx, job) if ctx is not None and job is not None else {}
    lines = say.error_lines(code, final.message, params, job=job_id) if code else [final.message]
    print(f"{path}: {say.state(final.state)}: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(line, file=sys.stderr)


def job_params(ctx: AppContext, job: Job) -> dict[str, object]:
    """The parameters of a failed job's sentence: the job keeps only the code, and for a missing model the
    speech model it asked for is the one that was missing."""
    if job.error_code == "model_not_found":
        return {"model": job.options.model or ctx.settings.stt_model}
    return {}


def suggest_speakers(ctx: AppContext, rec_id: int) -> None:
    from ..pipeline.diarization import suggest_names

    for sug in suggest_names(ctx.store, rec_id):
        line = say.notice(
            "speaker_sounds_like", label=sug.label, name=repr(sug.name), score=f"{sug.score:.2f}", id=rec_id
        )
        print(f"{rec_id}: {line}", file=sys.stderr)


def speaker_model_note(ctx: AppContext, rec_id: int) -> bool:
    """One line on stderr after a diarization result that used the bundled d-vector (or no model) while a
    better speaker model can be downloaded: the command, and how to stop being told."""
    from ..pipeline.model_manager import NO_SPEAKER_MODEL, suggest_for_run

    run = ctx.store.speakers.latest_run(rec_id)
    offer = suggest_for_run(ctx.settings, run.method, run.model) if run is not None else None
    if offer is None:
        return False
    used = say.notice("used_no_model" if offer.reason == NO_SPEAKER_MODEL else "used_bundled")
    where = shown(str(ctx.settings.source)) if ctx.settings.source else "settings.toml"
    note = say.notice(
        "speaker_model_note",
        used=used,
        title=offer.title,
        size_mb=offer.size_mb,
        command=offer.command,
        where=where,
    )
    print(f"recordroute: {say.label('note')}: {note}", file=sys.stderr)
    return True


def _was_duplicate(ctx: AppContext, rec: Recording, job_id: int) -> bool:
    # The recording predates this job when another job created it or it was imported before the job.
    job = ctx.store.jobs.get(job_id)
    return rec.imported_at < job.created_at
