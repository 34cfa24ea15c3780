"""`recordroute models ...` (speech, embedding and speaker models) and `recordroute llm pull|models|delete` (Ollama)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from ..engines.models import SPEAKER, SPEECH
from ..pipeline import model_manager as mm
from ..pipeline.runner import JobEvent
from ..progress import CancelToken, Progress, ProgressCallback
from ..settings import Settings
from ..vocab import JobState
from . import say
from .commands import cancel_on_signals, emit_json, extra_command, open_context, out
from .progressbar import ProgressBar

KINDS = ("speech", "embedding", "speaker")
T = TypeVar("T")


@extra_command
def add_models_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("models", help=say.help_text("models"))
    msub = c.add_subparsers(dest="models_command", metavar="SUBCOMMAND", required=True)

    s = msub.add_parser("list", help=say.help_text("models list"))
    s.add_argument("--kind", choices=KINDS, help=say.help_text("models list --kind"))
    s.add_argument("--json", action="store_true", help=say.help_text("models list --json"))
    s.set_defaults(func=cmd_list)

    s = msub.add_parser(
        "download",
        help=say.help_text("models download"),
    )
    s.add_argument(
        "name",
        metavar="NAME_OR_REPO_ID",
        help=say.help_text("models download name"),
    )
    s.add_argument("--kind", choices=KINDS, help=say.help_text("models download --kind"))
    s.add_argument("--force", action="store_true", help=say.help_text("models download --force"))
    s.add_argument("--json", action="store_true", help=say.help_text("models download --json"))
    s.set_defaults(func=cmd_download)

    s = msub.add_parser("import", help=say.help_text("models import"))
    s.add_argument("path", metavar="PATH", help=say.help_text("models import path"))
    s.add_argument("--name", help=say.help_text("models import --name"))
    s.add_argument("--force", action="store_true", help=say.help_text("models import --force"))
    s.add_argument("--json", action="store_true", help=say.help_text("models import --json"))
    s.set_defaults(func=cmd_import)

    s = msub.add_parser("export", help=say.help_text("models export"))
    s.add_argument("name", metavar="NAME", help=say.help_text("models export name"))
    s.add_argument("path", metavar="PATH", help=say.help_text("models export path"))
    s.add_argument("--kind", choices=KINDS, help=say.help_text("models export --kind"))
    s.set_defaults(func=cmd_export)

    s = msub.add_parser("verify", help=say.help_text("models verify"))
    s.add_argument("name", metavar="NAME", nargs="?", help=say.help_text("models verify name"))
    s.add_argument("--kind", choices=KINDS, help=say.help_text("models verify --kind"))
    s.add_argument("--json", action="store_true", help=say.help_text("models verify --json"))
    s.set_defaults(func=cmd_verify)

    s = msub.add_parser("delete", help=say.help_text("models delete"))
    s.add_argument("name", metavar="NAME", help=say.help_text("models delete name"))
    s.add_argument("--kind", choices=KINDS, help=say.help_text("models delete --kind"))
    s.add_argument("--yes", "-y", action="store_true", help=say.help_text("models delete --yes"))
    s.set_defaults(func=cmd_delete)

    s = msub.add_parser("use", help=say.help_text("models use"))
    s.add_argument("name", metavar="NAME", help=say.help_text("models use name"))
    s.add_argument("--kind", choices=KINDS, help=say.help_text("models use --kind"))
    s.set_defaults(func=cmd_use)


def add_llm_model_commands(llm_sub: argparse._SubParsersAction) -> None:
    """`llm models|pull|delete`, added to the `llm` command by llm_commands."""
    s = llm_sub.add_parser("models", help=say.help_text("llm models"))
    s.add_argument("--json", action="store_true", help=say.help_text("llm models --json"))
    s.set_defaults(func=cmd_llm_models)
    s = llm_sub.add_parser("pull", help=say.help_text("llm pull"))
    s.add_argument("name", metavar="NAME", help=say.help_text("llm pull name"))
    s.set_defaults(func=cmd_llm_pull)
    s = llm_sub.add_parser("delete", help=say.help_text("llm delete"))
    s.add_argument("name", metavar="NAME", help=say.help_text("llm delete name"))
    s.add_argument("--yes", "-y", action="store_true", help=say.help_text("llm delete --yes"))
    s.set_defaults(func=cmd_llm_delete)


# --- helpers -------------------------------------------------------------------------------------------------
def _mb(n: int) -> str:
    if not n:
        return "-"
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else say.word("never")


def _with_bar(label: str, quiet: bool, call: Callable[[ProgressCallback, CancelToken], T]) -> T:
    """Runs `call(progress, cancel)` under a terminal progress bar (none with --json); Ctrl+C cancels it."""
    bar = None if quiet else ProgressBar(label, message_width=30)

    def report(p: Progress) -> None:
        if bar is not None:
            bar(JobEvent(0, JobState.RUNNING, p.stage, p.fraction, p.eta, p.message))

    with cancel_on_signals() as token:
        try:
            return call(report, token)
        finally:
            if bar is not None:
                bar.close()


def _settings() -> Settings:
    return Settings.load()


# --- models --------------------------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    settings = _settings()
    rows = mm.list_models(settings, args.kind)
    disk = mm.manager_for(settings).disk_usage()
    offer = mm.suggest_speaker_model(settings) if args.kind in (None, SPEAKER) else None
    speech = mm.suggest_speech_model(settings) if args.kind in (None, SPEECH) else None
    if args.json:
        emit_json(
            {
                "models": [{**s.to_dict(), "in_use": used} for s, used in rows],
                "disk": disk,
                "suggestions": {
                    "speaker": offer.to_dict() if offer else None,
                    "speech": speech.to_dict() if speech else None,
                },
            }
        )
        return 0
    _print_models(rows)
    by_source = {k: v for k, v in disk.items() if k != "free"}
    out("")
    out(
        say.text(
            "models_footer",
            disk=", ".join(f"{say.word(k)} {_mb(v)}" for k, v in by_source.items()),
            free=_mb(disk["free"]),
        )
    )
    if speech is not None:  # the welcome screen's and the API's speech offer, by the same rule
        language = say.language_name(speech.language, speech.code)
        out(
            say.text(
                "speech_suggested",
                name=speech.name,
                size_mb=speech.size_mb,
                language=language,
                command=speech.command,
            )
        )
    if offer is not None:  # the same offer as the welcome screen's and the API's suggestions
        than = say.text("than_no_model" if offer.reason == mm.NO_SPEAKER_MODEL else "than_bundled")
        out(
            say.text(
                "speaker_suggested",
                name=offer.name,
                title=offer.title,
                size_mb=offer.size_mb,
                than=than,
                command=offer.command,
            )
        )
    return 0


def _print_models(rows: list[tuple[mm.ModelState, bool]]) -> None:
    """The table of `models list`: kind, name, in use, source, size, last verified, note (in the user's
    language; the model's own note from messages/model_notes.py)."""
    head = say.text("models_header").split("|")
    out(
        f"{say.pad(head[0], 10)} {say.pad(head[1], 38)} {'':1} {say.pad(head[2], 11)} "
        f"{say.pad(head[3], 9, right=True)}  {say.pad(head[4], 16)} {head[5]}"
    )
    for s, used in rows:
        mark = "*" if used else ""
        size = _mb(s.size) if s.present else f"({_mb(s.download_size)})"
        korean = " · " + say.text("korean_ok") if s.korean else ""
        out(
            f"{say.pad(say.word(s.kind), 10)} {s.name:<38} {mark:1} {say.pad(say.word(s.source or 'absent'), 11)} "
            f"{size:>9}  {say.pad(_when(s.verified_at) if s.present else '', 16)} "
            f"{say.model_note(s.name, s.note)}{korean}"
        )


def cmd_download(args: argparse.Namespace) -> int:
    settings = _settings()
    state = _with_bar(
        args.name,
        args.json,
        lambda report, token: mm.download(
            settings, args.name, kind=args.kind, force=args.force, progress=report, cancel=token
        ),
    )
    if args.json:
        emit_json(state.to_dict())
    else:
        source = say.word(state.source or "absent")
        out(
            say.text(
                "model_downloaded", name=state.name, source=source, path=state.path, size=_mb(state.size)
            )
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    settings = _settings()
    state = _with_bar(
        Path(args.path).name,
        args.json,
        lambda report, token: mm.import_pack(
            settings, Path(args.path), name=args.name, force=args.force, progress=report, cancel=token
        ),
    )
    if args.json:
        emit_json(state.to_dict())
    else:
        kind = say.word(state.kind)
        out(say.text("model_imported", name=state.name, kind=kind, path=state.path, size=_mb(state.size)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    settings = _settings()
    path = _with_bar(
        args.name,
        False,
        lambda report, token: mm.export_pack(
            settings, args.name, Path(args.path), kind=args.kind, progress=report, cancel=token
        ),
    )
    out(say.text("model_written", name=args.name, path=path, size=_mb(path.stat().st_size)))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    settings = _settings()
    reports = _with_bar(
        say.stage("verify"),
        args.json,
        lambda report, token: mm.verify(settings, args.name, kind=args.kind, progress=report, cancel=token),
    )
    if args.json:
        emit_json(
            [
                {
                    "kind": r.state.kind,
                    "name": r.state.name,
                    "ok": r.ok,
                    "method": r.method,
                    "problems": r.problems,
                    "path": r.state.path,
                }
                for r in reports
            ]
        )
    else:
        for r in reports:
            status = (
                say.text("verify_ok")
                if r.ok
                else say.text("verify_failed_line", problems="; ".join(r.problems))
            )
            out(f"{say.pad(say.word(r.state.kind), 10)} {r.state.name:<38} {r.method:<7} {status}")
    bad = [r for r in reports if not r.ok]
    if bad:
        print(
            f"recordroute: {say.label('error')}: {say.notice('verify_failed', count=len(bad))}",
            file=sys.stderr,
        )
    return 1 if bad else 0


def cmd_delete(args: argparse.Namespace) -> int:
    ctx = open_context()
    state = mm.delete(ctx, args.name, kind=args.kind, yes=args.yes)
    out(say.text("model_deleted", name=state.name, size=_mb(state.size)))
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    state, note = mm.use(_settings(), args.name, kind=args.kind)
    out(say.text("model_default", name=state.name, kind=say.word(state.kind)))
    if note:
        print(f"{say.label('note')}: {say.render(mm.use_notice(note))}", file=sys.stderr)
    return 0


# --- Ollama --------------------------------------------------------------------------------------------------
def cmd_llm_models(args: argparse.Namespace) -> int:
    from ..engines.models import ollama as om

    settings = _settings()
    models = om.list_models(settings.ollama_host)
    best = om.recommend(models)
    if args.json:
        emit_json(
            {
                "models": [m.to_dict() for m in models],
                "recommended": best.name if best else None,
                "in_use": settings.llm_model,
            }
        )
        return 0
    for m in models:
        mark = "*" if m.name == settings.llm_model else ""
        out(
            f"{m.name:<32} {mark:1} {_mb(m.size):>9} {m.parameter_size:>7} ctx {m.context_length or '?':>7}  "
            f"{say.llm_reason(m)}"
        )
    out("")
    out(say.text("llm_recommended", name=best.name) if best is not None else say.text("llm_none_suits"))
    return 0


def cmd_llm_pull(args: argparse.Namespace) -> int:
    from ..engines.models import ollama as om

    settings = _settings()
    _with_bar(
        args.name,
        False,
        lambda report, token: om.pull_model(settings.ollama_host, args.name, progress=report, cancel=token),
    )
    out(say.text("llm_pulled", name=args.name, server=settings.ollama_host))
    return 0


def cmd_llm_delete(args: argparse.Namespace) -> int:
    from ..engines.models import ollama as om

    settings = _settings()
    if args.name == settings.llm_model and not args.yes:
        line = say.notice("llm_model_in_use", model=args.name)
        print(f"recordroute: {say.label('error')}: {line}", file=sys.stderr)
        return 1
    om.delete_model(settings.ollama_host, args.name)
    out(say.text("llm_deleted", name=args.name))
    return 0
