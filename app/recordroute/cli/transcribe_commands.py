"""`recordroute transcribe ID`: transcribe an existing recording again (another model or language)."""

from __future__ import annotations

import argparse
import sys

from ..pipeline import recognition, runner
from . import say
from .commands import cancel_on_signals, emit_json, extra_command, open_context, out
from .progressbar import ProgressBar


@extra_command
def add_transcribe_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "transcribe",
        help=say.help_text("transcribe"),
    )
    c.add_argument("id", type=int, help=say.help_text("transcribe id"))
    c.add_argument("--model", "-m", help=say.help_text("transcribe --model"))
    c.add_argument("--language", "-l", help=say.help_text("transcribe --language"))
    c.add_argument("--json", action="store_true", help=say.help_text("transcribe --json"))
    c.set_defaults(func=cmd_transcribe)


def cmd_transcribe(args: argparse.Namespace) -> int:
    ctx = open_context()
    job_id = recognition.retranscribe(ctx, args.id, model=args.model, language=args.language)
    bar = None if args.json else ProgressBar(f"{say.stage('transcribe')} {args.id}")
    with cancel_on_signals() as token:
        final = runner.run_job(ctx, job_id, listener=bar, cancel=token)
    if bar:
        bar.close()
    report = recognition.recognition_report(ctx.store, args.id)
    rec = ctx.store.recordings.get(args.id)
    if args.json:
        emit_json(
            {
                "job_id": job_id,
                "recording_id": args.id,
                "state": final.state,
                "error": final.message if final.state != "done" else None,
                "model": rec.stt_model,
                "language": rec.language,
                "recognition": report.to_dict(),
            }
        )
    elif final.state == "done":
        segments = len(ctx.store.transcripts.segments(args.id))
        out(
            say.text(
                "transcribed_again", id=args.id, model=rec.stt_model, language=rec.language, count=segments
            )
        )
        for notice in report.notices():
            print(f"recordroute: {say.label('warning')}: {say.render(notice)}", file=sys.stderr)
    else:
        job = ctx.store.jobs.get(job_id)
        say.print_error(job.error_code, f"job {job_id} {final.state}: {final.message}", job=job_id)
        print(say.notice("transcript_kept", model=rec.stt_model), file=sys.stderr)
    return 0 if final.state == "done" else 1
