"""Handlers for each CLI command. Each opens the app context, calls the pipeline/store and prints."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import signal
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError, NotFoundError
from ..inert import for_display, yaml_escapes
from ..job_options import JobOptions
from ..paths import shown
from ..pipeline import export, recognition, recovery, runner
from ..pipeline.context import AppContext
from ..pipeline.intake import take_in
from ..progress import CancelToken
from ..settings import Settings
from ..store import ListFilter, Recording
from . import say
from .progressbar import ProgressBar

_EXTRA: list[Any] = []


def add_extra_commands(sub: argparse._SubParsersAction) -> None:
    """Sub-commands defined in other modules (summaries, search, serve, gui) register here."""
    for add in _EXTRA:
        add(sub)


def extra_command(fn: Any) -> Any:
    _EXTRA.append(fn)
    return fn


def open_context() -> AppContext:
    return AppContext.open(Settings.load())


def out(text: str = "") -> None:
    """Print a line; control characters from titles, transcripts or minutes (ESC first) are replaced, so no
    imported text can move the cursor, recolour or retitle the terminal."""
    sys.stdout.write(for_display(text) + "\n")


def emit_json(obj: Any) -> None:
    # json escapes C0 controls itself; C1 controls (8-bit CSI) are escaped too.
    sys.stdout.write(yaml_escapes(json.dumps(obj, ensure_ascii=False, default=str)) + "\n")
    sys.stdout.flush()


def when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def length(rec: Recording) -> str:
    if rec.duration is not None:
        return export.hms(rec.duration)
    return f"{rec.pages} p." if rec.pages else "-"


@contextlib.contextmanager
def cancel_on_signals() -> Iterator[CancelToken]:
    """Ctrl-C or SIGTERM cancels the running job cleanly (the job ends 'cancelled', nothing half-written)."""
    token = CancelToken()

    def handler(signum: int, _frame: Any) -> None:
        if token.cancelled:  # a second Ctrl-C: give up waiting
            raise KeyboardInterrupt
        token.cancel()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield token
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def job_options(args: argparse.Namespace) -> JobOptions:
    """`process`'s flags over its `--option KEY=VALUE` pairs; an unknown key or a bad value is refused."""
    speakers = getattr(args, "speakers", None)
    bounds = {k: getattr(args, k, None) for k in ("min_speakers", "max_speakers")}
    flags: dict[str, Any] = {
        "language": getattr(args, "language", None) or None,
        "model": getattr(args, "model", None) or None,
        "task": getattr(args, "task", None),
        "template": getattr(args, "template", None) or None,
        "speakers": speakers,
        **bounds,
        "force": getattr(args, "force", False) or None,
        "no_summary": getattr(args, "no_summary", False) or None,
        "diarize": True if getattr(args, "diarize", False) else None,  # speaker hints imply it (JobOptions)
    }
    base = JobOptions.from_text(getattr(args, "option", None) or [])
    return dataclasses.replace(base, **{k: v for k, v in flags.items() if v is not None})


def cmd_process(args: argparse.Namespace) -> int:
    from .process_report import report_process, speaker_model_note, suggest_speakers

    options = job_options(args)  # before the context opens: a typo in an option touches nothing
    ctx = open_context()
    failures = 0
    with cancel_on_signals() as token:
        # Queue the whole batch first: a crash or kill part-way leaves the rest queued, and `retry` finishes it.
        batch: list[tuple[Path, int | None, InputError | None]] = []
        for name in args.files:
            path = Path(name)
            try:  # validated first: bad input never creates a job or a recording
                intake = take_in(ctx, path, options, defer=True)
            except InputError as exc:
                batch.append((path, None, exc))
                continue
            batch.append((path, intake.job_id, None))
        noted = False
        for path, job_id, error in batch:
            if job_id is None:
                failures += 1
                report_process(args, path, None, None, error=error)
                continue
            if token.cancelled:
                ctx.store.jobs.cancel_queued(job_id)
                continue
            bar = None if args.json else ProgressBar(shown(path.name))
            final = runner.run_job(ctx, job_id, listener=bar, cancel=token)
            if bar:
                bar.close()
            failures += final.state != "done"
            report_process(args, path, job_id, final, ctx=ctx)
            if options.diarize and final.state == "done" and final.recording_id and not args.json:
                suggest_speakers(ctx, final.recording_id)
                noted = noted or speaker_model_note(ctx, final.recording_id)  # once per batch
    if failures < len(batch):  # after a first transcription, once: a model that suits the user's languages
        offer = recognition.first_run_notice(ctx.store, ctx.settings)
        if offer is not None:
            print(f"recordroute: {say.label('note')}: {say.render(offer)}", file=sys.stderr)
    return 0 if failures == 0 else 1


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context()
    flt = ListFilter(only_deleted=args.trash)
    recs = ctx.store.recordings.list(flt)
    if args.json:
        emit_json([r.to_dict() for r in recs])
        return 0
    if not recs:
        out(say.text("trash_empty" if args.trash else "list_empty"))
        return 0
    head = say.text("list_header").split("|")
    out(
        f"{say.pad(head[0], 5, right=True)}  {say.pad(head[1], 16)}  {say.pad(head[2], 8, right=True)}  "
        f"{say.pad(head[3], 4)}  {say.pad(head[4], 8)}  {head[5]}"
    )
    for r in recs:
        out(
            f"{r.id:>5}  {when(r.recorded_at or r.imported_at):16}  {length(r):>8}  {r.language or '-':4}  "
            f"{say.pad(say.state(r.transcribe_state), 8)}  {r.title}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ctx = open_context()
    rec = ctx.store.recordings.get(args.id)
    if getattr(args, "summary", False):
        return print_minutes(ctx, rec.id, as_json=args.json)
    segs = ctx.store.transcripts.segments(rec.id, include_flagged=getattr(args, "hidden", False))
    report = recognition.recognition_report(ctx.store, rec.id)
    if args.json:
        data = rec.to_dict()
        data["segments"] = [s.to_dict() for s in segs]
        data["recognition"] = report.to_dict()
        data["events"] = [e.__dict__ for e in ctx.store.recordings.events(rec.id)]
        data["path"] = str(ctx.store.library.path(rec.stored_name))
        emit_json(data)
        return 0
    out(f"# {rec.title}")
    out(
        say.text(
            "show_line",
            id=rec.id,
            kind=say.word(rec.kind),
            length=length(rec),
            language=rec.language or "-",
            imported=when(rec.imported_at),
            model=rec.stt_model or "-",
        )
    )
    out(say.text("show_file", name=rec.source_name, size=f"{rec.size_bytes:,}", hash=rec.content_hash[:12]))
    for notice in report.notices():
        out(f"{say.label('note')}: {say.render(notice)}")
    out()
    doc = export.ExportDoc(rec, segs, None, "transcript")
    out("\n".join(export.transcript_lines(doc)).rstrip())
    return 0


def print_minutes(ctx: AppContext, rec_id: int, *, as_json: bool = False, include_kept: bool = False) -> int:
    """The latest complete minutes, as stored (no LLM call); with `include_kept`, a newer answer kept aside
    (wrong language) instead."""
    summary = ctx.store.summaries.latest(rec_id)
    kept = ctx.store.summaries.kept_aside(rec_id)
    if include_kept and kept is not None and (summary is None or kept.version > summary.version):
        print(say.text("kept_aside", error=kept.error), file=sys.stderr)
        summary = kept
    if summary is None and kept is not None:
        raise NotFoundError(
            f"recording {rec_id} has no accepted minutes: version {kept.version} was kept aside ({kept.error})",
            hint=f"`recordroute summarize {rec_id} --show --include-kept` prints it",
        )
    if summary is None:
        raise NotFoundError(
            f"recording {rec_id} has no minutes yet", hint=f"write them with `recordroute summarize {rec_id}`"
        )
    if as_json:
        emit_json(summary.to_dict())
        return 0
    print(minutes_header(summary.title, summary.backend, summary.version), file=sys.stderr)
    out((summary.markdown or "").rstrip())
    return 0


def minutes_header(title: str | None, backend: str, version: int) -> str:
    return for_display(say.text("minutes_header", title=title, backend=say.word(backend), version=version))


def cmd_export(args: argparse.Namespace) -> int:
    ctx = open_context()
    if getattr(args, "bilingual", None):
        body = export.as_bytes(export.render_bilingual(ctx.store, args.id, args.format, args.bilingual))
    else:
        doc = export.load_doc(ctx.store, args.id, only=args.only, corrected=args.corrected)
        body = export.as_bytes(export.render_doc(args.format, doc))
    if args.output:
        export.write_export(ctx.store, Path(args.output), body)
        print(say.text("wrote", path=args.output), file=sys.stderr)
    elif args.format in export.BINARY and sys.stdout.isatty():
        raise InputError.said("binary_format", format=args.format)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    ctx = open_context()
    rec = ctx.store.recordings.get(args.id, include_deleted=args.purge)
    if args.purge:
        ctx.store.purge(rec.id)
        out(say.text("purged", id=rec.id, title=rec.title))
    else:
        ctx.store.recordings.trash(rec.id)
        out(say.text("trashed", id=rec.id, title=rec.title))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    ctx = open_context()
    ctx.store.recordings.restore(args.id)
    out(say.text("restored", id=args.id))
    return 0


def cmd_jobs(args: argparse.Namespace) -> int:
    ctx = open_context()
    states = None if args.all else ("queued", "running", "failed", "interrupted", "cancelled")
    jobs = ctx.store.jobs.list(states=states)
    if args.json:
        emit_json(
            [
                {
                    **{k: v for k, v in j.__dict__.items() if k != "stages"},
                    "owner": j.owner,
                    "stages": [s.__dict__ for s in j.stages],
                }
                for j in jobs
            ]
        )
        return 0
    if not jobs:
        out(say.text("no_jobs"))
    for j in jobs:
        stage = j.current_stage
        out(
            f"{j.id:>5}  {say.pad(say.state(j.state), 11)}  {say.pad(say.stage(stage.name) if stage else '-', 10)}  "
            f"{say.text('job_recording', id=j.recording_id or '-')}  "
            f"{Path(j.source_path).name if j.source_path else ''}  {j.error or ''}"
            + (f"  [{j.owner}]" if j.owner_pid is not None and not j.owned_by_me() else "")
        )
    unfinished = recovery.summary_notice(recovery.find_unfinished(ctx, repair=False))
    if unfinished is not None:
        out(say.render(unfinished))
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    ctx = open_context()
    ids = args.job or ctx.store.jobs.resumable()
    if not ids:
        out(say.text("nothing_to_resume"))
        return 0
    failures = 0
    with cancel_on_signals() as token:
        for job_id in ids:
            ctx.store.jobs.requeue(job_id)
            if args.job:
                ctx.store.jobs.hand_over(job_id)  # named on the command line: run it here, whoever queued it
            bar = None if args.json else ProgressBar(f"{say.stage('job')} {job_id}")
            final = runner.run_job(ctx, job_id, listener=bar, cancel=token)
            if bar:
                bar.close()
            failures += final.state != "done"
            if args.json:
                emit_json(
                    {
                        "job_id": job_id,
                        "state": final.state,
                        "recording_id": final.recording_id,
                        "error": final.message if final.state != "done" else None,
                    }
                )
            else:
                _say_retried(ctx, job_id, final)
    return 0 if failures == 0 else 1


def _say_retried(ctx: AppContext, job_id: int, final: runner.JobEvent) -> None:
    """`job 3: done`, or the state with why: the English message as before; in Korean the code's sentence, with
    the English message as the details on stderr."""
    line = say.text("job_state", job=job_id, state=say.state(final.state))
    if final.state == "done":
        out(line)
        return
    from .process_report import job_params

    job = ctx.store.jobs.get(job_id)
    if say.language() == "en" or not job.error_code:
        out(f"{line} ({final.message})")
        return
    sentence, *_rest = say.error_lines(job.error_code, "", job_params(ctx, job), job=job_id)
    out(f"{line} ({sentence})")
    print(for_display(f"{say.label('details')}: {final.message}"), file=sys.stderr)
