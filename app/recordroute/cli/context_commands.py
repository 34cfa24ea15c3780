"""`recordroute notes`, `recordroute translate` and `recordroute calendar`: the meeting's context."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError
from ..messages.notice import parse
from ..messages.pipeline_notices import LLM_LINE_NOTES
from ..pipeline.meeting_context import CalendarMatch
from . import say
from .commands import cancel_on_signals, emit_json, extra_command, open_context, out

MAX_NOTES_FILE = 1024 * 1024


@extra_command
def add_context_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("notes", help=say.help_text("notes"))
    c.add_argument("id", type=int, help=say.help_text("notes id"))
    group = c.add_mutually_exclusive_group()
    group.add_argument("--set", metavar="FILE", help=say.help_text("notes --set"))
    group.add_argument("--add", metavar="TEXT", help=say.help_text("notes --add"))
    c.add_argument("--json", action="store_true", help=say.help_text("notes --json"))
    c.set_defaults(func=cmd_notes)

    c = sub.add_parser("translate", help=say.help_text("translate"))
    c.add_argument("id", type=int, help=say.help_text("translate id"))
    c.add_argument("--to", required=True, metavar="LANG", help=say.help_text("translate --to"))
    c.add_argument("--minutes", action="store_true", help=say.help_text("translate --minutes"))
    c.add_argument(
        "--backend", choices=("auto", "ollama", "openai"), help=say.help_text("translate --backend")
    )
    c.add_argument("--model", help=say.help_text("translate --model"))
    c.add_argument("--json", action="store_true", help=say.help_text("translate --json"))
    c.set_defaults(func=cmd_translate)

    c = sub.add_parser("calendar", help=say.help_text("calendar"))
    cal = c.add_subparsers(dest="calendar_command", metavar="SUBCOMMAND", required=True)
    s = cal.add_parser("import", help=say.help_text("calendar import"))
    s.add_argument("file", metavar="FILE.ics", help=say.help_text("calendar import file"))
    s.add_argument("--json", action="store_true", help=say.help_text("calendar import --json"))
    s.set_defaults(func=cmd_calendar_import)
    s = cal.add_parser("sync", help=say.help_text("calendar sync"))
    s.add_argument("--json", action="store_true", help=say.help_text("calendar sync --json"))
    s.set_defaults(func=cmd_calendar_sync)


def read_notes_file(name: str) -> str:
    """A notes file (or stdin), bounded: notes are a page of text, not a document."""
    if name == "-":
        text = sys.stdin.read(MAX_NOTES_FILE + 1)
    else:
        path = Path(name)
        if not path.is_file():
            raise InputError.said("notes_not_a_file", name=path.name)
        if path.stat().st_size > MAX_NOTES_FILE:
            raise InputError.said("notes_too_large", name=path.name)
        text = path.read_bytes().decode("utf-8", errors="replace")
    return text[:MAX_NOTES_FILE]


def cmd_notes(args: argparse.Namespace) -> int:
    from ..engines.notes import format_notes, parse_notes
    from ..pipeline.meeting_context import add_notes, set_notes

    ctx = open_context()
    if args.set is not None:
        notes = set_notes(ctx.store, args.id, read_notes_file(args.set))
        print(say.text("notes_saved", count=len(notes)), file=sys.stderr)
    elif args.add is not None:
        add_notes(ctx.store, args.id, parse_notes(args.add))
    notes = ctx.store.notes.list(ctx.store.recordings.get(args.id).id)
    if args.json:
        emit_json({"recording_id": args.id, "notes": [{"at": n.at, "text": n.text} for n in notes]})
    elif notes:
        out(format_notes(notes))
    else:
        out(say.text("no_notes", id=args.id))
    return 0


def cmd_translate(args: argparse.Namespace) -> int:
    from ..pipeline.translation import translate_minutes, translate_recording

    ctx = open_context()
    with cancel_on_signals() as token:
        if args.minutes:
            rec = translate_minutes(
                ctx, args.id, args.to, backend=args.backend, model=args.model, cancel=token
            )
            if args.json:
                emit_json(rec.to_dict())
            else:
                out(rec.markdown or "")
                line = say.text(
                    "minutes_translated", version=rec.version, language=rec.language, backend=rec.backend
                )
                print(line, file=sys.stderr)
            return 0
        result = translate_recording(
            ctx, args.id, args.to, backend=args.backend, model=args.model, cancel=token
        )
    if args.json:
        emit_json(result.__dict__)
    else:
        out(
            say.text(
                "translated", count=result.lines, id=args.id, language=result.language, backend=result.backend
            )
        )
    for w in result.warnings:
        print(f"{say.label('warning')}: {say.render(parse(w, LLM_LINE_NOTES))}", file=sys.stderr)
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from ..pipeline.meeting_context import import_calendar

    ctx = open_context()
    return _report_calendar(*import_calendar(ctx.store, Path(args.file)), as_json=args.json)


def cmd_calendar_sync(args: argparse.Namespace) -> int:
    from ..pipeline.meeting_context import sync_calendar

    ctx = open_context()
    return _report_calendar(*sync_calendar(ctx.store, ctx.settings), as_json=args.json)


def _report_calendar(count: int, matches: list[CalendarMatch], *, as_json: bool) -> int:
    if as_json:
        emit_json(
            {
                "events": count,
                "matches": [
                    {
                        "recording_id": m.recording_id,
                        "event": m.event.title,
                        "attendees": list(m.event.attendees),
                    }
                    for m in matches
                ],
            }
        )
        return 0
    out(say.text("events_imported", count=count))
    for m in matches:
        who = (
            " " + say.text("event_attendees", names=", ".join(m.event.attendees)) if m.event.attendees else ""
        )
        out(say.text("event_recording", id=m.recording_id, title=m.event.title) + who)
    return 0


@extra_command
def add_recipe_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("recipe", help=say.help_text("recipe"))
    rs = c.add_subparsers(dest="recipe_command", metavar="SUBCOMMAND", required=True)
    s = rs.add_parser("list", help=say.help_text("recipe list"))
    s.add_argument("--json", action="store_true", help=say.help_text("recipe list --json"))
    s.set_defaults(func=cmd_recipe_list)
    s = rs.add_parser("run", help=say.help_text("recipe run"))
    s.add_argument("name", help=say.help_text("recipe run name"))
    s.add_argument("id", type=int, help=say.help_text("recipe run id"))
    s.add_argument("--language", choices=("auto", "ko", "en"), help=say.help_text("recipe run --language"))
    s.add_argument(
        "--backend", choices=("auto", "ollama", "openai"), help=say.help_text("recipe run --backend")
    )
    s.add_argument("--model", help=say.help_text("recipe run --model"))
    s.add_argument("--json", action="store_true", help=say.help_text("recipe run --json"))
    s.set_defaults(func=cmd_recipe_run)
    s = rs.add_parser("show", help=say.help_text("recipe show"))
    s.add_argument("name", help=say.help_text("recipe show name"))
    s.add_argument("id", type=int, help=say.help_text("recipe show id"))
    s.set_defaults(func=cmd_recipe_show)


def cmd_recipe_list(args: argparse.Namespace) -> int:
    from ..pipeline.recipes import recipe_dirs, recipe_list

    ctx = open_context()
    items = recipe_list(ctx.settings)
    if args.json:
        emit_json([{"name": n, "description": d, "description_ko": k} for n, d, k in items])
        return 0
    for name, description, description_ko in items:
        out(f"{name:24} {description_ko if say.language() == 'ko' and description_ko else description}")
    print(say.text("recipes_where", folder=recipe_dirs(ctx.settings)[0]), file=sys.stderr)
    return 0


def cmd_recipe_run(args: argparse.Namespace) -> int:
    from ..pipeline.recipes import run_recipe

    ctx = open_context()
    with cancel_on_signals() as token:
        run = run_recipe(
            ctx,
            args.id,
            args.name,
            language=args.language,
            backend=args.backend,
            model=args.model,
            cancel=token,
        )
    if args.json:
        emit_json(run.__dict__)
    else:
        out(run.markdown or "")
        print(
            say.text("recipe_run", recipe=run.recipe, version=run.version, backend=run.backend),
            file=sys.stderr,
        )
    return 0


def cmd_recipe_show(args: argparse.Namespace) -> int:
    ctx = open_context()
    ctx.store.recordings.get(args.id)
    run = ctx.store.recipes.latest(args.id, args.name)
    if run is None:
        out(say.text("no_recipe_output", name=args.name, id=args.id))
        return 1
    out(run.markdown or "")
    return 0
