"""Reading the archive for outside assistants (the MCP face) and anything else that wants plain, cited records:
recordings, transcript pages, latest minutes, speakers, search / ask / similar with `recordroute://` links.

Everything returns JSON-ready dicts; every passage carries a link that opens the desktop app at that moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, PathNotAllowed
from ..job_options import JobOptions
from ..store import ListFilter, Recording, SearchHit
from .allowed_paths import allowed_file
from .context import AppContext
from .intake import take_in
from .links import recording_link

MAX_PAGE = 500  # segments in one transcript page
MAX_LIST = 200


def _bounded(value: int, low: int, high: int) -> int:
    return max(low, min(high, int(value)))


def recording_summary(rec: Recording) -> dict[str, Any]:
    return {
        "id": rec.id,
        "title": rec.title,
        "kind": rec.kind,
        "source_name": rec.source_name,
        "language": rec.language,
        "duration": rec.duration,
        "pages": rec.pages,
        "recorded_at": rec.recorded_at,
        "imported_at": rec.imported_at,
        "states": {
            "transcribe": rec.transcribe_state,
            "summarize": rec.summarize_state,
            "index": rec.index_state,
            "diarize": rec.diarize_state,
        },
        "link": recording_link(rec.id),
    }


def list_recordings(
    ctx: AppContext,
    *,
    text: str | None = None,
    kind: str | None = None,
    language: str | None = None,
    since: float | None = None,
    until: float | None = None,
    offset: int = 0,
    limit: int = 50,
) -> dict[str, Any]:
    flt = ListFilter(text=text or None, kind=kind, language=language, since=since, until=until)
    limit = _bounded(limit, 1, MAX_LIST)
    offset = max(0, int(offset))
    items = ctx.store.recordings.list(flt, offset=offset, limit=limit)
    total = ctx.store.recordings.count(flt)
    return {
        "items": [recording_summary(r) for r in items],
        "total": total,
        "offset": offset,
        "next_offset": offset + len(items) if offset + len(items) < total else None,
    }


def get_recording(ctx: AppContext, rec_id: int) -> dict[str, Any]:
    """One recording (NotFoundError when absent or in the trash), with its speakers and whether minutes exist."""
    store = ctx.store
    rec = store.recordings.get(rec_id)
    latest = store.summaries.latest(rec_id)
    return {
        **recording_summary(rec),
        "segment_count": len(store.transcripts.segments(rec_id)),
        "speakers": speakers(ctx, rec_id),
        "minutes": None if latest is None else {"version": latest.version, "title": latest.title},
    }


def transcript_page(ctx: AppContext, rec_id: int, *, offset: int = 0, limit: int = 100) -> dict[str, Any]:
    """Segments [offset, offset+limit) with speaker names, overlap marks, times and a link to each moment."""
    store = ctx.store
    rec = store.recordings.get(rec_id)
    segments = store.transcripts.segments(rec_id)
    offset = max(0, int(offset))
    limit = _bounded(limit, 1, MAX_PAGE)
    page = segments[offset : offset + limit]
    return {
        "recording_id": rec.id,
        "title": rec.title,
        "total": len(segments),
        "offset": offset,
        "next_offset": offset + len(page) if offset + len(page) < len(segments) else None,
        "segments": [
            {
                "idx": s.idx,
                "start": s.start,
                "end": s.end,
                "page": s.page,
                "speaker": s.speaker_name or s.speaker,
                "overlap": s.overlap,  # two speakers at once somewhere in it (diarized recordings)
                "text": s.text,
                "link": recording_link(rec.id, s.start),
            }
            for s in page
        ],
    }


def latest_minutes(ctx: AppContext, rec_id: int) -> dict[str, Any] | None:
    """The newest complete minutes (markdown and parsed action items), or None when there are none yet."""
    from .export import action_items

    store = ctx.store
    rec = store.recordings.get(rec_id)
    latest = store.summaries.latest(rec_id)
    if latest is None:
        return None
    markdown = latest.markdown or ""
    return {
        "recording_id": rec.id,
        "title": latest.title or rec.title,
        "version": latest.version,
        "template": latest.template,
        "language": latest.language,
        "backend": latest.backend,
        "extractive": latest.extractive,
        "markdown": markdown,
        "action_items": action_items(markdown),
        "link": recording_link(rec.id),
    }


def speakers(ctx: AppContext, rec_id: int) -> list[dict[str, Any]]:
    return [row.to_dict() for row in ctx.store.speakers.list(rec_id)]


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    return {
        "recording_id": hit.recording_id,
        "title": hit.title,
        "kind": hit.kind,
        "start": hit.start,
        "end": hit.end,
        "page": hit.page,
        "speaker": hit.speaker,
        "text": hit.text,
        "snippet": hit.snippet,
        "score": round(float(hit.score), 6),
        "link": recording_link(hit.recording_id, hit.start),
    }


def search(
    ctx: AppContext,
    query: str,
    *,
    mode: str = "hybrid",
    kind: str | None = None,
    language: str | None = None,
    since: float | None = None,
    until: float | None = None,
    limit: int = 10,
) -> dict[str, Any]:
    from .search import search as run_search

    hits = run_search(
        ctx,
        query,
        mode=mode,
        kind=kind,
        language=language,
        since=since,
        until=until,
        limit=_bounded(limit, 1, 100),
    )
    return {"query": query, "mode": mode, "hits": [hit_dict(h) for h in hits]}


def ask(ctx: AppContext, question: str, *, limit: int = 8) -> dict[str, Any]:
    """An answer written only from the archive, each [n] mapped to a citation with a link to its moment."""
    from .ask import ask as run_ask

    answer = run_ask(ctx, question, limit=_bounded(limit, 1, 20))
    return {
        "text": answer.text,
        "found": answer.found,
        "backend": answer.backend_label,
        "warnings": list(answer.warnings),
        "citations": [
            {**c.to_dict(), "link": recording_link(c.recording_id, c.start)} for c in answer.citations
        ],
    }


def similar(ctx: AppContext, rec_id: int, *, limit: int = 5) -> list[dict[str, Any]]:
    from .search import similar as run_similar

    return [
        {**s.to_dict(), "link": recording_link(s.recording_id)}
        for s in run_similar(ctx, rec_id, limit=_bounded(limit, 1, 50))
    ]


def process_allowed_file(
    ctx: AppContext, enqueue: Any, raw_path: str, folders: Sequence[str], *, options: JobOptions | None = None
) -> dict[str, Any]:
    """Queue a file an outside client named, when it is a plain file under an allowed folder.

    `enqueue(path, options=...)` is the process's one way to start work (its job queue's `enqueue`).
    """
    path = allowed_file(raw_path, folders)
    try:  # refuse what cannot be processed before a job exists
        job_id = take_in(ctx, Path(path), options, defer=True, enqueue=enqueue).job_id
    except InputError as exc:
        raise PathNotAllowed(f"{raw_path!r} cannot be processed: {exc.user_text()}") from None
    return {"job_id": job_id, "path": str(path), "state": "queued"}


def job_status(ctx: AppContext, job_id: int) -> dict[str, Any]:
    job = ctx.store.jobs.get(job_id)
    stage = job.current_stage
    return {
        "job_id": job.id,
        "state": job.state,
        "stage": stage.name if stage else None,
        "progress": stage.progress if stage else None,
        "recording_id": job.recording_id,
        "error": job.error,
        "link": recording_link(job.recording_id) if job.recording_id else None,
    }
