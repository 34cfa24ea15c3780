"""`recordroute diarize`, `recordroute speakers` and `recordroute profiles`: who said what."""

from __future__ import annotations

import argparse
import sys

from ..pipeline import diarization, runner
from ..pipeline.context import AppContext
from ..pipeline.export import hms
from ..pipeline.meeting_context import speaker_suggestions
from ..pipeline.runner import JobEvent
from ..progress import Progress
from ..vocab import DiarizeMethod, JobState
from . import say
from .commands import cancel_on_signals, emit_json, extra_command, open_context, out
from .process_report import speaker_model_note
from .progressbar import ProgressBar


@extra_command
def add_speaker_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("diarize", help=say.help_text("diarize"))
    c.add_argument("id", type=int, help=say.help_text("diarize id"))
    c.add_argument("--speakers", type=int, metavar="N", help=say.help_text("diarize --speakers"))
    c.add_argument("--min-speakers", type=int, metavar="N", help=say.help_text("diarize --min-speakers"))
    c.add_argument("--max-speakers", type=int, metavar="N", help=say.help_text("diarize --max-speakers"))
    c.add_argument(
        "--method",
        choices=tuple(DiarizeMethod),
        help=say.help_text("diarize --method"),
    )
    c.add_argument("--model", help=say.help_text("diarize --model"))
    c.add_argument("--accept", action="store_true", help=say.help_text("diarize --accept"))
    c.add_argument("--json", action="store_true", help=say.help_text("diarize --json"))
    c.set_defaults(func=cmd_diarize)

    c = sub.add_parser("speakers", help=say.help_text("speakers"))
    c.add_argument("id", type=int, help=say.help_text("speakers id"))
    c.add_argument("--rename", nargs=2, metavar=("LABEL", "NAME"), help=say.help_text("speakers --rename"))
    c.add_argument("--save-profile", metavar="LABEL", help=say.help_text("speakers --save-profile"))
    c.add_argument("--accept", action="store_true", help=say.help_text("speakers --accept"))
    c.add_argument("--json", action="store_true", help=say.help_text("speakers --json"))
    c.set_defaults(func=cmd_speakers)

    c = sub.add_parser("profiles", help=say.help_text("profiles"))
    p_sub = c.add_subparsers(dest="profiles_command", metavar="SUBCOMMAND", required=True)
    s = p_sub.add_parser("list", help=say.help_text("profiles list"))
    s.add_argument("--json", action="store_true", help=say.help_text("profiles list --json"))
    s.set_defaults(func=cmd_profiles_list)
    s = p_sub.add_parser("delete", help=say.help_text("profiles delete"))
    s.add_argument("name", help=say.help_text("profiles delete name"))
    s.set_defaults(func=cmd_profiles_delete)


def cmd_diarize(args: argparse.Namespace) -> int:
    ctx = open_context()
    for flag in ("speakers", "min_speakers", "max_speakers"):
        if getattr(args, flag) is not None and getattr(args, flag) < 1:
            print(
                f"recordroute: {say.label('error')}: {say.notice('at_least_one', flag=flag.replace('_', '-'))}",
                file=sys.stderr,
            )
            return 2
    bar = None if args.json else ProgressBar(f"{say.stage('diarize')} {args.id}")

    def report(p: Progress) -> None:
        if bar is not None:
            bar(JobEvent(0, JobState.RUNNING, "diarize", p.fraction, p.eta, p.message or p.stage, args.id))

    with cancel_on_signals() as token:
        done = diarization.rediarize(
            ctx,
            args.id,
            method=args.method,
            num_speakers=args.speakers,
            min_speakers=args.min_speakers,
            max_speakers=args.max_speakers,
            model=args.model,
            progress=report,
            cancel=token,
        )
        if bar:
            bar.close()
        if done.index_job is not None:
            final = runner.run_job(ctx, done.index_job, cancel=token)
            if final.state != "done":
                line = say.notice("index_not_refreshed", reason=final.message, job=done.index_job)
                print(f"recordroute: {say.label('warning')}: {line}", file=sys.stderr)
    diar = done.diarization
    if not args.json:
        overlap = say.render(diarization.overlap_notice(diar))
        out(
            say.text(
                "speakers_found", count=len(diar.speakers), label=say.method(diar.label), overlap=overlap
            )
        )
    code = _print_speakers(ctx, args.id, args.json, args.accept)
    speaker_model_note(ctx, args.id)  # stderr: the JSON on stdout stays whole
    return code


def cmd_speakers(args: argparse.Namespace) -> int:
    ctx = open_context()
    store = ctx.store
    store.recordings.get(args.id)
    if args.rename:
        store.speakers.rename(args.id, args.rename[0], args.rename[1])
    if args.save_profile:
        name = diarization.save_profile(store, args.id, args.save_profile)
        if not args.json:
            out(say.text("profile_saved", name=repr(name)))
    return _print_speakers(ctx, args.id, args.json, args.accept)


def _print_speakers(ctx: AppContext, rec_id: int, as_json: bool, accept: bool) -> int:
    store = ctx.store
    suggestions = diarization.suggest_names(store, rec_id)
    if accept and suggestions:
        diarization.apply_suggestions(store, rec_id, suggestions)
        suggestions = []
    speakers = store.speakers.list(rec_id)
    run = store.speakers.latest_run(rec_id)
    if as_json:
        emit_json(
            {
                "recording_id": rec_id,
                "method": run.meta.get("label") if run else None,
                "speakers": [s.to_dict() for s in speakers],
                "suggestions": [s.__dict__ for s in suggestions],
                "attendees": speaker_suggestions(store, rec_id),
            }
        )
        return 0
    if not speakers:
        out(say.text("no_speakers", id=rec_id))
        return 0
    total = sum(s.talk_time for s in speakers) or 1.0
    head = say.text("speakers_header").split("|")
    method = say.method(run.meta.get("label", run.method)) if run else ""
    out(
        f"{say.pad(head[0], 6)}  {say.pad(head[1], 8, right=True)}  {say.pad(head[2], 5, right=True)}  "
        f"{head[3]}   [{method}]"
    )
    for s in speakers:
        out(f"{s.label:6}  {hms(s.talk_time):>8}  {100 * s.talk_time / total:4.0f}%  {s.name or '-'}")
    for sug in suggestions:
        line = say.notice(
            "speaker_sounds_like", label=sug.label, name=repr(sug.name), score=f"{sug.score:.2f}", id=rec_id
        )
        out(f"{say.label('suggestion')}: {line}")
    attendees = speaker_suggestions(store, rec_id)
    if attendees:
        out(say.text("attendees", names=", ".join(attendees), id=rec_id))
    return 0


def cmd_profiles_list(args: argparse.Namespace) -> int:
    profiles = open_context().store.speakers.profiles()
    if args.json:
        emit_json(
            [
                {
                    "name": p.name,
                    "method": p.method,
                    "model": p.model,
                    "recording_id": p.source_recording_id,
                    "created_at": p.created_at,
                }
                for p in profiles
            ]
        )
        return 0
    if not profiles:
        out(say.text("no_profiles"))
    for p in profiles:
        out(
            say.text(
                "profile_line", name=p.name, method=p.method, model=p.model, id=p.source_recording_id or "-"
            )
        )
    return 0


def cmd_profiles_delete(args: argparse.Namespace) -> int:
    n = open_context().store.speakers.delete_profile(args.name)
    out(say.text("profile_deleted" if n == 1 else "profiles_deleted", count=n, name=repr(args.name)))
    return 0
