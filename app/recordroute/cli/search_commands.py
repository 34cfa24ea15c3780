"""`recordroute search`, `similar`, `ask` and `reindex`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from ..errors import InputError
from ..pipeline import export
from ..pipeline.runner import JobEvent
from ..vocab import JobState
from . import say
from .commands import cancel_on_signals, emit_json, extra_command, open_context, out
from .progressbar import ProgressBar


def parse_date(text: str, *, end: bool = False) -> float:
    """YYYY-MM-DD (local time). `end` gives the start of the next day, so --until includes that day."""
    try:
        day = datetime.strptime(text, "%Y-%m-%d")
    except ValueError as exc:
        raise InputError.said("invalid_date", value=repr(text)) from exc
    return (day + timedelta(days=1) if end else day).timestamp()


@extra_command
def add_search_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("search", help=say.help_text("search"))
    c.add_argument("query", help=say.help_text("search query"))
    c.add_argument(
        "--mode",
        choices=("hybrid", "keyword", "semantic"),
        default="hybrid",
        help=say.help_text("search --mode"),
    )
    c.add_argument("--since", help=say.help_text("search --since"))
    c.add_argument("--until", help=say.help_text("search --until"))
    c.add_argument("--kind", choices=("audio", "video", "pdf", "text"), help=say.help_text("search --kind"))
    c.add_argument("--language", help=say.help_text("search --language"))
    c.add_argument("--limit", type=int, default=10, help=say.help_text("search --limit"))
    c.add_argument("--json", action="store_true", help=say.help_text("search --json"))
    c.set_defaults(func=cmd_search)

    c = sub.add_parser("similar", help=say.help_text("similar"))
    c.add_argument("id", type=int, help=say.help_text("similar id"))
    c.add_argument("--limit", type=int, default=5, help=say.help_text("similar --limit"))
    c.add_argument("--json", action="store_true", help=say.help_text("similar --json"))
    c.set_defaults(func=cmd_similar)

    c = sub.add_parser("ask", help=say.help_text("ask"))
    c.add_argument("question", help=say.help_text("ask question"))
    c.add_argument(
        "--backend", choices=("auto", "ollama", "openai", "extractive"), help=say.help_text("ask --backend")
    )
    c.add_argument("--model", help=say.help_text("ask --model"))
    c.add_argument("--json", action="store_true", help=say.help_text("ask --json"))
    c.set_defaults(func=cmd_ask)

    c = sub.add_parser("reindex", help=say.help_text("reindex"))
    c.add_argument("--json", action="store_true", help=say.help_text("reindex --json"))
    c.add_argument(
        "--queue",
        action="store_true",
        help=say.help_text("reindex --queue"),
    )
    c.set_defaults(func=cmd_reindex)


def _where(hit_start: float | None, page: int | None) -> str:
    if hit_start is not None:
        return export.mmss(hit_start)
    return say.text("page", page=page) if page else "-"


def _maybe_reindex(ctx, json_mode: bool) -> None:
    from ..pipeline.reindex import finish_library_jobs

    pending = ctx.store.chunks.pending_reindex()
    if pending:
        print(say.notice("reindex_first", count=len(pending)), file=sys.stderr)
        bar = None if json_mode else ProgressBar(say.stage("reindex"))
        with cancel_on_signals() as token:
            finish_library_jobs(ctx, _bar_progress(bar), token)
        if bar:
            bar.close()


def _bar_progress(bar: ProgressBar | None):
    def report(p) -> None:
        if bar:
            bar(JobEvent(0, JobState.RUNNING, p.stage, p.fraction, p.eta, p.message or p.stage))

    return report


def cmd_search(args: argparse.Namespace) -> int:
    from ..pipeline.search import search
    from ..pipeline.search_notes import match_count_notice, semantic_model_notice

    ctx = open_context()
    if args.mode != "keyword":
        _maybe_reindex(ctx, args.json)
    hits = search(
        ctx,
        args.query,
        mode=args.mode,
        since=parse_date(args.since) if args.since else None,
        until=parse_date(args.until, end=True) if args.until else None,
        kind=args.kind,
        language=args.language,
        limit=args.limit,
    )
    note = semantic_model_notice(ctx) if args.mode != "keyword" else None
    if note is not None:
        print(f"{say.label('note')}: {say.render(note)}", file=sys.stderr)
    if args.json:
        emit_json([h.to_dict() for h in hits])
        return 0
    for h in hits:
        who = f"{h.speaker}: " if h.speaker else ""
        out(
            f"{h.recording_id:>5}  {_where(h.start, h.page):>8}  {h.score:6.3f}  {h.title}\n       {who}{h.snippet}"
        )
    out(say.render(match_count_notice(len(hits))))
    return 0


def cmd_similar(args: argparse.Namespace) -> int:
    from ..pipeline.search import similar

    ctx = open_context()
    _maybe_reindex(ctx, args.json)
    items = similar(ctx, args.id, limit=args.limit)
    if args.json:
        emit_json([s.to_dict() for s in items])
        return 0
    if not items:
        out(say.text("no_similar"))
    for s in items:
        out(f"{s.recording_id:>5}  {s.score:5.3f}  {s.title}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from ..pipeline.ask import ask

    ctx = open_context()
    _maybe_reindex(ctx, args.json)
    with cancel_on_signals() as token:
        answer = ask(ctx, args.question, backend=args.backend, model=args.model, cancel=token)
    if args.json:
        emit_json(answer.to_dict())
        return 0
    out(answer.text)
    if answer.citations:
        out("\n" + say.text("sources"))
        for c in answer.citations:
            out(f"  {c.label}  {say.text('source_recording', id=c.recording_id)}")
    print(say.text("answered_by", backend=say.word(answer.backend_label)), file=sys.stderr)
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    from ..pipeline.indexing import semantic_index

    ctx = open_context()
    if args.queue:
        from ..pipeline.reindex import queue_reindex

        job_id = queue_reindex(ctx)
        if args.json:
            emit_json({"job_id": job_id, "queued": True})
        else:
            out(say.text("reindex_queued", job=job_id))
        return 0
    bar = None if args.json else ProgressBar(say.stage("reindex"))
    with cancel_on_signals() as token:
        count = semantic_index(ctx).reindex_all(progress=_bar_progress(bar), cancel=token, rechunk=True)
    if bar:
        bar.close()
    emb = semantic_index(ctx).embedder()
    if args.json:
        emit_json(
            {
                "recordings": count,
                "model": emb.name,
                "dim": emb.dim,
                "chunks": len(semantic_index(ctx).index()),
            }
        )
    else:
        out(say.text("reindexed", count=count, model=emb.name, dim=emb.dim))
    return 0
