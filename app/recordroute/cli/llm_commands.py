"""`recordroute summarize` and `recordroute llm status` (llm models/pull/delete: see models_commands)."""

from __future__ import annotations

import argparse
import sys

from ..messages.notice import parse
from ..messages.pipeline_notices import LLM_LINE_NOTES
from . import say
from .commands import (
    cancel_on_signals,
    emit_json,
    extra_command,
    minutes_header,
    open_context,
    out,
    print_minutes,
)
from .models_commands import add_llm_model_commands


@extra_command
def add_llm_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("summarize", help=say.help_text("summarize"))
    c.add_argument("id", type=int, help=say.help_text("summarize id"))
    c.add_argument("--template", "-t", help=say.help_text("summarize --template"))
    c.add_argument("--language", choices=("auto", "ko", "en"), help=say.help_text("summarize --language"))
    c.add_argument(
        "--backend",
        choices=("auto", "ollama", "openai", "extractive"),
        help=say.help_text("summarize --backend"),
    )
    c.add_argument("--model", help=say.help_text("summarize --model"))
    c.add_argument("--json", action="store_true", help=say.help_text("summarize --json"))
    c.add_argument("--show", action="store_true", help=say.help_text("summarize --show"))
    c.add_argument(
        "--include-kept",
        action="store_true",
        help=say.help_text("summarize --include-kept"),
    )
    c.set_defaults(func=cmd_summarize)

    c = sub.add_parser(
        "correct",
        help=say.help_text("correct"),
    )
    c.add_argument("id", type=int, help=say.help_text("correct id"))
    c.add_argument("--backend", choices=("auto", "ollama", "openai"), help=say.help_text("correct --backend"))
    c.add_argument("--model", help=say.help_text("correct --model"))
    c.add_argument("--json", action="store_true", help=say.help_text("correct --json"))
    c.set_defaults(func=cmd_correct)

    c = sub.add_parser("llm", help=say.help_text("llm"))
    llm_sub = c.add_subparsers(dest="llm_command", metavar="SUBCOMMAND", required=True)
    s = llm_sub.add_parser("status", help=say.help_text("llm status"))
    s.add_argument(
        "--backend",
        choices=("auto", "ollama", "openai", "extractive"),
        help=say.help_text("llm status --backend"),
    )
    s.add_argument("--json", action="store_true", help=say.help_text("llm status --json"))
    s.set_defaults(func=cmd_llm_status)
    add_llm_model_commands(llm_sub)


def cmd_summarize(args: argparse.Namespace) -> int:
    from ..messages.notice import parse
    from ..pipeline.summaries import summarize_recording, summary_notices

    ctx = open_context()
    if args.show:
        ctx.store.recordings.get(args.id)
        return print_minutes(ctx, args.id, as_json=args.json, include_kept=args.include_kept)
    stream = sys.stdout if not args.json else sys.stderr

    def on_token(text: str) -> None:
        stream.write(text)
        stream.flush()

    def on_reset() -> None:
        stream.write("\n[the answer hit the length limit; merging again in parts]\n")

    with cancel_on_signals() as token:
        record = summarize_recording(
            ctx,
            args.id,
            template=args.template,
            language=args.language,
            backend=args.backend,
            model=args.model,
            on_token=on_token,
            on_reset=on_reset,
            cancel=token,
        )
    stream.write("\n")
    notices = summary_notices(record)
    if args.json:
        emit_json({**record.to_dict(), "warnings": [n.english() for n in notices]})
    elif record.state == "complete":
        print(minutes_header(record.title, record.backend, record.version), file=sys.stderr)
    if record.state == "complete":
        for notice in notices:
            print(f"recordroute: {say.label('warning')}: {say.render(notice)}", file=sys.stderr)
    else:
        reason = say.render(parse(record.error or ""))
        line = say.notice("minutes_not_accepted", reason=reason, version=record.version, id=args.id)
        print(f"recordroute: {say.label('error')}: {line}", file=sys.stderr)
        return 1
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from ..pipeline.summaries import correct_recording

    ctx = open_context()
    with cancel_on_signals() as token:
        changed, warnings = correct_recording(
            ctx, args.id, backend=args.backend, model=args.model, cancel=token
        )
    if args.json:
        emit_json(
            {
                "recording_id": args.id,
                "changed": {str(k): v for k, v in changed.items()},
                "warnings": warnings,
            }
        )
        return 0
    out(say.text("corrected", count=len(changed), id=args.id))
    for w in warnings:
        print(f"{say.label('warning')}: {say.render(parse(w, LLM_LINE_NOTES))}", file=sys.stderr)
    return 0


def cmd_llm_status(args: argparse.Namespace) -> int:
    from ..pipeline.summaries import llm_context_status, llm_status

    ctx = open_context()
    llm, health = llm_status(ctx, args.backend)
    context = llm_context_status(llm, health.ok or bool(health.models))
    if args.json:
        emit_json(
            {
                "backend": llm.name,
                "label": llm.label,
                "model": llm.model,
                "reachable": health.ok,
                "detail": health.detail,
                "models": health.models,
                "context": context,
            }
        )
        return 0 if health.ok else 1
    out(say.text("status_backend", value=say.word(llm.label)))
    out(say.text("status_reachable", value=say.word("yes" if health.ok else "no"), detail=health.detail))
    out(say.text("status_models", value=", ".join(health.models) if health.models else "-"))
    if context is not None:
        out(say.text("status_context", value=context["text"]))
    _search_model_status(ctx)
    return 0 if health.ok else 1


def _search_model_status(ctx) -> None:
    """The semantic-search model next to the LLM, with the note when it is English-only."""
    from ..pipeline.indexing import semantic_index
    from ..pipeline.search_notes import semantic_model_notice

    emb = semantic_index(ctx).embedder()
    scope = say.text("multilingual" if getattr(emb, "multilingual", False) else "english_only")
    out(say.text("status_search", name=emb.name, scope=scope))
    note = semantic_model_notice(ctx)
    if note is not None:
        out(say.text("status_note", value=say.render(note)))
