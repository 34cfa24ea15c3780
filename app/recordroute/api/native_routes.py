"""Native /api routes: recordings (list, get, upload-and-process, rename, delete, download, export), summaries,
search and ask. Files are only ever found through a recording id and the library's stored name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..engines.kinds import SUPPORTED_EXTENSIONS
from ..errors import InputError, NotFoundError
from ..pipeline import export, runner
from ..pipeline.ingest import ingest, inspect
from ..progress import CancelToken
from ..store import ListFilter, Recording
from .errors import ApiError, not_found
from .openai_audio import check_model_name, probe_upload
from .schemas import (
    AskIn,
    AskOut,
    DeleteResult,
    IdPath,
    RecordingDetail,
    RecordingOut,
    RecordingPage,
    RenameIn,
    SearchHitOut,
    SearchResult,
    SimilarOut,
    SummarizeIn,
    SummaryOut,
    UploadResult,
    multipart_schema,
)
from .serving import StreamResult
from .sse import first_then_rest, sse_json
from .uploads import Upload, display_name, receive_upload, upload_dir

if TYPE_CHECKING:
    from .app import ApiState

ExportFormat = Literal["txt", "srt", "vtt", "json", "md", "html"]
Kind = Literal["audio", "video", "pdf", "text"]


class UploadForm(BaseModel):
    """Multipart fields of POST /api/recordings (plus the `file` part)."""

    model_config = ConfigDict(extra="ignore")
    language: str | None = Field(default=None, max_length=16, description="auto or a code such as ko, en")
    model: str | None = Field(default=None, max_length=200, description="speech model (default: settings)")
    task: Literal["transcribe", "translate"] | None = None
    force: bool = Field(default=False, description="transcribe again even if already done")
    summarize: bool = Field(default=True, description="make minutes after transcribing (summarize stage)")
    template: str | None = Field(default=None, max_length=100, description="summary template name")


def _recording(state: ApiState, rec_id: int, *, include_deleted: bool = False) -> Recording:
    try:
        return state.ctx.store.recordings.get(rec_id, include_deleted=include_deleted)
    except NotFoundError:
        raise not_found(f"no recording with id {rec_id}") from None


def _out(rec: Recording) -> RecordingOut:
    return RecordingOut.model_validate(rec.to_dict())


# --- upload-and-process -------------------------------------------------------------------------------------
def _import(state: ApiState, upload: Upload, form: UploadForm) -> UploadResult:
    """Validate, import into the library (duplicates detected by content hash) and queue processing."""
    assert upload.path is not None
    if upload.path.suffix == "":
        ext = probe_upload(upload.path)  # no usable extension: only real audio/video is accepted
        target = upload.path.with_suffix("." + ext)
        upload.path.rename(target)
        upload.path = target
    try:
        inspect(upload.path)  # content check before anything is stored
    except InputError as exc:
        raise ApiError(400, f"the uploaded file cannot be processed: {exc.user_text()}", param="file",
                       code=exc.code) from None
    ctx = state.ctx
    result = ingest(ctx.store, upload.path)
    rec = result.recording
    if result.created:
        name = display_name(upload.filename)
        ctx.store.recordings.update(rec.id, title=Path(name).stem or name, source_name=name)
    options: dict[str, Any] = {k: v for k, v in (("language", form.language), ("model", form.model),
                                                 ("task", form.task)) if v}
    if form.force:
        options["force"] = True
    if not form.summarize:
        options["no_summary"] = True
    if form.template:
        options["template"] = form.template
    finished = rec.transcribe_state == "done" and not form.force and (form.task in (None, rec.stt_task))
    if result.duplicate and finished:
        return UploadResult(job_id=None, recording_id=rec.id, duplicate=True, restored=result.restored,
                            state="done")
    if state.jobs is not None:
        job_id = state.jobs.enqueue(recording_id=rec.id, options=options)
    else:  # another face (the GUI) runs the persistent queue
        job_id = runner.submit(ctx, recording_id=rec.id, options=options)
    return UploadResult(job_id=job_id, recording_id=rec.id, duplicate=result.duplicate,
                        restored=result.restored, state="queued")


def _upload_form(upload: Upload) -> UploadForm:
    try:
        form = UploadForm.model_validate({k: v[0] for k, v in upload.fields.items() if v})
    except ValidationError as exc:
        err = exc.errors()[0]
        param = ".".join(str(p) for p in err.get("loc", ())) or None
        raise ApiError(400, f"{param}: {err.get('msg')}", param=param, code="invalid_value") from None
    if form.model:
        check_model_name(form.model)
    return form


# --- summaries, similar and ask -----------------------------------------------------------------------------
def _summary_out(rec: Any) -> SummaryOut:
    fields = {k: getattr(rec, k, None) for k in SummaryOut.model_fields}
    fields["markdown"] = fields.get("markdown") or ""
    return SummaryOut.model_validate(fields)


def _latest_summary(state: ApiState, rec_id: int) -> SummaryOut:
    _recording(state, rec_id)
    latest = state.ctx.store.summaries.latest(rec_id)
    if latest is None:
        raise not_found(f"recording {rec_id} has no summary yet (POST to this URL makes one)")
    return _summary_out(latest)


def _summarize(state: ApiState, rec_id: int, body: SummarizeIn) -> SummaryOut:
    from ..pipeline import summaries

    _recording(state, rec_id)
    record = summaries.summarize_recording(state.ctx, rec_id, template=body.template, language=body.language,
                                           model=body.model)
    return _summary_out(record)


def _ask_fn() -> Callable[..., Any]:
    from ..pipeline.ask import ask

    return ask


def _answer(answer: Any) -> AskOut:
    cites = [
        {k: getattr(c, k, None) for k in ("n", "recording_id", "title", "start", "page", "label")}
        for c in getattr(answer, "citations", [])
    ]
    for c in cites:
        c["label"] = c.get("label") or ""
    return AskOut(text=answer.text, citations=cites, backend=getattr(answer, "backend_label", "") or "",
                  found=bool(getattr(answer, "found", True)))


# --- router ----------------------------------------------------------------------------------------------------------
def router(state_of: Callable[[Request], ApiState]) -> APIRouter:
    r = APIRouter(prefix="/api", tags=["recordings"])

    @r.get("/recordings", response_model=RecordingPage, summary="List recordings (paged, filtered)")
    def list_recordings(
        request: Request,
        offset: int = Query(0, ge=0, le=10_000_000), limit: int = Query(50, ge=1, le=500),
        q: str | None = Query(None, max_length=200, description="substring of the title or file name"),
        kind: Kind | None = None, language: str | None = Query(None, max_length=16),
        since: float | None = Query(None, description="unix time, inclusive"),
        until: float | None = Query(None, description="unix time, exclusive"),
        trash: bool = Query(False, description="list the trash instead"),
    ) -> RecordingPage:
        store = state_of(request).ctx.store
        flt = ListFilter(text=q or None, kind=kind, language=language or None, since=since, until=until,
                         only_deleted=trash)
        items = store.recordings.list(flt, offset=offset, limit=limit)
        return RecordingPage(items=[_out(x) for x in items], total=store.recordings.count(flt), offset=offset,
                             limit=limit)

    @r.post("/recordings", response_model=UploadResult, status_code=202,
            openapi_extra=multipart_schema(UploadForm), summary="Upload a file and process it")
    async def upload_recording(request: Request) -> UploadResult:
        state = state_of(request)
        upload = await receive_upload(request, upload_dir(state.ctx.data_dir), limit=state.config.max_upload_bytes,
                                      drain=state.config.upload_drain_bytes, extensions=SUPPORTED_EXTENSIONS)
        try:
            form = _upload_form(upload)
            return await run_in_threadpool(_import, state, upload, form)
        finally:
            upload.cleanup()

    @r.get("/recordings/{rec_id}", response_model=RecordingDetail, summary="One recording with its transcript")
    def get_recording(rec_id: IdPath, request: Request, segments: bool = True) -> RecordingDetail:
        state = state_of(request)
        rec = _recording(state, rec_id)
        segs = [s.to_dict() for s in state.ctx.store.transcripts.segments(rec_id)] if segments else []
        return RecordingDetail.model_validate({**rec.to_dict(), "segments": segs})

    @r.patch("/recordings/{rec_id}", response_model=RecordingOut, summary="Rename")
    def rename_recording(rec_id: IdPath, body: RenameIn, request: Request) -> RecordingOut:
        state = state_of(request)
        _recording(state, rec_id)
        state.ctx.store.recordings.rename(rec_id, body.title)
        return _out(_recording(state, rec_id))

    @r.delete("/recordings/{rec_id}", response_model=DeleteResult,
              summary="Move to the trash (purge=true: delete for good, with the file)")
    def delete_recording(rec_id: IdPath, request: Request, purge: bool = False) -> DeleteResult:
        state = state_of(request)
        if purge:
            _recording(state, rec_id, include_deleted=True)
            state.ctx.store.purge(rec_id)
        else:
            _recording(state, rec_id)
            state.ctx.store.recordings.trash(rec_id)
        return DeleteResult(id=rec_id, purged=purge)

    @r.get("/recordings/{rec_id}/file", response_class=FileResponse, summary="Download the original file",
           responses={200: {"content": {"application/octet-stream": {}}}})
    def download_original(rec_id: IdPath, request: Request) -> FileResponse:
        state = state_of(request)
        rec = _recording(state, rec_id)
        path = state.ctx.store.library.path(rec.stored_name)
        if not path.is_file():
            raise not_found(f"the file of recording {rec_id} is missing from the library")
        return FileResponse(path, filename=display_name(rec.source_name),
                            media_type="application/octet-stream")

    @r.get("/recordings/{rec_id}/export", response_class=Response, summary="Export the transcript",
           responses={200: {"content": {t.split(";")[0]: {} for t in export.MEDIA_TYPES.values()}}})
    def export_recording(rec_id: IdPath, request: Request, format: ExportFormat = "txt") -> Response:
        state = state_of(request)
        rec = _recording(state, rec_id)
        body = export.render(format, rec, state.ctx.store.transcripts.segments(rec_id))
        name = export.export_filename(rec, format)
        return Response(body, media_type=export.MEDIA_TYPES[format],
                        headers={"Content-Disposition": f'attachment; filename="{name}"',
                                 "X-Content-Type-Options": "nosniff"})

    @r.get("/recordings/{rec_id}/summary", response_model=SummaryOut, summary="The latest summary")
    def get_summary(rec_id: IdPath, request: Request) -> SummaryOut:
        return _latest_summary(state_of(request), rec_id)

    @r.post("/recordings/{rec_id}/summary", response_model=SummaryOut, summary="Summarize again (new version)")
    async def make_summary(rec_id: IdPath, request: Request, body: SummarizeIn | None = None) -> SummaryOut:
        state = state_of(request)
        if body is not None and body.model:
            check_model_name(body.model)
        return await state.serving.pool("llm").run(_summarize, state, rec_id, body or SummarizeIn())

    @r.get("/search", response_model=SearchResult, summary="Search every transcript")
    def search(
        request: Request, q: str = Query(..., min_length=1, max_length=500),
        mode: Literal["hybrid", "keyword", "semantic"] = "hybrid", kind: Kind | None = None,
        language: str | None = Query(None, max_length=16), since: float | None = None, until: float | None = None,
        limit: int = Query(20, ge=1, le=200),
    ) -> SearchResult:
        from ..pipeline.search import search as run_search

        hits = run_search(state_of(request).ctx, q, mode=mode, kind=kind, language=language or None, since=since,
                          until=until, limit=limit)
        return SearchResult(query=q, mode=mode, hits=[SearchHitOut.model_validate(h.to_dict()) for h in hits])

    @r.get("/recordings/{rec_id}/similar", response_model=list[SimilarOut],
           summary="Recordings most similar to this one (chunk-level)")
    def similar_recordings(rec_id: IdPath, request: Request, limit: int = Query(5, ge=1, le=50)) -> list[SimilarOut]:
        from ..pipeline.search import similar

        state = state_of(request)
        _recording(state, rec_id)
        return [SimilarOut.model_validate(s.to_dict()) for s in similar(state.ctx, rec_id, limit=limit)]

    @r.post("/ask", response_model=AskOut, summary="Ask a question over the archive (SSE when stream=true)",
            responses={200: {"content": {"text/event-stream": {}}}})
    async def ask(body: AskIn, request: Request) -> Response | AskOut:
        state = state_of(request)
        fn = _ask_fn()
        pool = state.serving.pool("llm")
        if not body.stream:
            return _answer(await pool.run(lambda: fn(state.ctx, body.question)))

        def work(emit: Callable[[Any], None], cancel: CancelToken) -> Any:
            return fn(state.ctx, body.question, on_token=emit, cancel=cancel)

        items = await first_then_rest(pool.stream(work))
        return StreamingResponse(_ask_events(items), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})

    return r


async def _ask_events(items: AsyncIterator[Any]) -> AsyncIterator[bytes]:
    async for item in items:
        if isinstance(item, StreamResult):
            yield sse_json(_answer(item.value).model_dump(), event="answer")
        else:
            yield sse_json({"delta": item}, event="token")
