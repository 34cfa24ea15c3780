"""Native /api routes over the archive: summaries (latest, make another), search, similar recordings and ask."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse

from ..progress import CancelToken
from .errors import not_found
from .native_routes import Kind, recording_or_404
from .openai_audio import check_model_name
from .schemas import (
    AskIn,
    AskOut,
    CitationOut,
    IdPath,
    SearchHitOut,
    SearchResult,
    SimilarOut,
    SummarizeIn,
    SummaryOut,
)
from .serving import StreamResult
from .sse import first_then_rest, sse_json
from .state import ApiState, StateDep

if TYPE_CHECKING:
    from ..pipeline.ask import Answer


def _summary_out(rec: Any) -> SummaryOut:
    from ..pipeline.summaries import summary_warnings

    fields = {k: getattr(rec, k, None) for k in SummaryOut.model_fields}
    fields["markdown"] = fields.get("markdown") or ""
    fields["warnings"] = summary_warnings(rec)
    return SummaryOut.model_validate(fields)


def _latest_summary(state: ApiState, rec_id: int) -> SummaryOut:
    recording_or_404(state, rec_id)
    latest = state.ctx.store.summaries.latest(rec_id)
    if latest is None:
        raise not_found(f"recording {rec_id} has no summary yet (POST to this URL makes one)")
    return _summary_out(latest)


def _summarize(state: ApiState, rec_id: int, body: SummarizeIn) -> SummaryOut:
    from ..pipeline import summaries

    recording_or_404(state, rec_id)
    record = summaries.summarize_recording(
        state.ctx, rec_id, template=body.template, language=body.language, model=body.model
    )
    return _summary_out(record)


def _ask_fn() -> Callable[..., Any]:
    from ..pipeline.ask import ask

    return ask


def _answer(answer: Answer) -> AskOut:
    cites = [
        CitationOut(
            n=c.n,
            recording_id=c.recording_id,
            title=c.title,
            start=c.start,
            page=c.page,
            label=c.label or "",
        )
        for c in answer.citations
    ]
    return AskOut(
        text=answer.text,
        citations=cites,
        backend=answer.backend_label or "",
        found=answer.found,
    )


# --- routes ----------------------------------------------------------------------------------------------------------
router = APIRouter(prefix="/api", tags=["recordings"])


@router.get("/recordings/{rec_id}/summary", response_model=SummaryOut, summary="The latest summary")
def get_summary(rec_id: IdPath, state: StateDep) -> SummaryOut:
    return _latest_summary(state, rec_id)


@router.post(
    "/recordings/{rec_id}/summary", response_model=SummaryOut, summary="Summarize again (new version)"
)
async def make_summary(rec_id: IdPath, state: StateDep, body: SummarizeIn | None = None) -> SummaryOut:
    if body is not None and body.model:
        check_model_name(body.model)
    return await state.serving.pool("llm").run(_summarize, state, rec_id, body or SummarizeIn())


@router.get("/search", response_model=SearchResult, summary="Search every transcript")
def search(
    state: StateDep,
    q: str = Query(..., min_length=1, max_length=500),
    mode: Literal["hybrid", "keyword", "semantic"] = "hybrid",
    kind: Kind | None = None,
    language: str | None = Query(None, max_length=16),
    since: float | None = None,
    until: float | None = None,
    limit: int = Query(20, ge=1, le=200),
) -> SearchResult:
    from ..pipeline.search import search as run_search

    hits = run_search(
        state.ctx, q, mode=mode, kind=kind, language=language or None, since=since, until=until, limit=limit
    )
    from ..pipeline.search_notes import semantic_model_note

    note = semantic_model_note(state.ctx) if mode != "keyword" else None
    return SearchResult(
        query=q, mode=mode, hits=[SearchHitOut.model_validate(h.to_dict()) for h in hits], note=note
    )


@router.get(
    "/recordings/{rec_id}/similar",
    response_model=list[SimilarOut],
    summary="Recordings most similar to this one (chunk-level)",
)
def similar_recordings(
    rec_id: IdPath, state: StateDep, limit: int = Query(5, ge=1, le=50)
) -> list[SimilarOut]:
    from ..pipeline.search import similar

    recording_or_404(state, rec_id)
    return [SimilarOut.model_validate(s.to_dict()) for s in similar(state.ctx, rec_id, limit=limit)]


@router.post(
    "/ask",
    response_model=AskOut,
    summary="Ask a question over the archive (SSE when stream=true)",
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def ask(body: AskIn, state: StateDep) -> Response | AskOut:
    fn = _ask_fn()
    pool = state.serving.pool("llm")
    if not body.stream:
        return _answer(await pool.run(lambda: fn(state.ctx, body.question)))

    def work(emit: Callable[[Any], None], cancel: CancelToken) -> Any:
        return fn(state.ctx, body.question, on_token=emit, cancel=cancel)

    items = await first_then_rest(pool.stream(work))
    return StreamingResponse(
        _ask_events(items), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


async def _ask_events(items: AsyncIterator[Any]) -> AsyncIterator[bytes]:
    async for item in items:
        if isinstance(item, StreamResult):
            yield sse_json(_answer(item.value).model_dump(), event="answer")
        else:
            yield sse_json({"delta": item}, event="token")
