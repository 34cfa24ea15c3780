"""Native /api routes: recordings (list, get, upload-and-process, rename, delete, download, export); summaries,
search and ask are in search_routes.py. Files are only ever found through a recording id and the library's stored name.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..engines.kinds import SUPPORTED_EXTENSIONS
from ..errors import InputError, NotFoundError
from ..job_options import MAX_SPEAKERS, JobOptions
from ..pipeline import export
from ..pipeline.intake import take_in
from ..store import ListFilter, Recording
from ..vocab import Task
from .errors import ApiError, not_found
from .openai_audio import check_model_name, probe_upload
from .schemas import (
    DeleteResult,
    IdPath,
    RecordingDetail,
    RecordingOut,
    RecordingPage,
    RenameIn,
    TranscribeIn,
    TranscribeQueued,
    UploadResult,
    multipart_schema,
)
from .state import ApiState, StateDep
from .uploads import Upload, display_name, receive_upload, upload_dir

MAX_NOTES_CHARS = 100_000
ExportFormat = Literal["txt", "srt", "vtt", "json", "md", "html", "docx"]
ExportPart = Literal["all", "minutes", "transcript"]
Kind = Literal["audio", "video", "pdf", "text"]


class UploadForm(BaseModel):
    """Multipart fields of POST /api/recordings (plus the `file` part)."""

    model_config = ConfigDict(extra="forbid")  # a misspelt option is refused, never silently dropped
    language: str | None = Field(default=None, max_length=16, description="auto or a code such as ko, en")
    model: str | None = Field(default=None, max_length=200, description="speech model (default: settings)")
    task: Task | None = None
    force: bool = Field(default=False, description="transcribe again even if already done")
    summarize: bool = Field(default=True, description="make minutes after transcribing (summarize stage)")
    template: str | None = Field(default=None, max_length=100, description="summary template name")
    diarize: bool | None = Field(default=None, description="find who said what (default: settings)")
    speakers: int | None = Field(
        default=None, ge=1, le=MAX_SPEAKERS, description="number of speakers, if known"
    )
    min_speakers: int | None = Field(
        default=None, ge=1, le=MAX_SPEAKERS, description="at least this many speakers (when estimating)"
    )
    max_speakers: int | None = Field(
        default=None, ge=1, le=MAX_SPEAKERS, description="at most this many speakers (when estimating)"
    )
    notes: str | None = Field(
        default=None,
        max_length=MAX_NOTES_CHARS,
        description="your notes, one per line; '[mm:ss] text' ties a line to a moment (the minutes follow them)",
    )

    def job_options(self) -> JobOptions:
        diarize = self.diarize  # speaker counts and bounds imply diarize (JobOptions applies the rule)
        return JobOptions(
            language=self.language or None,
            model=self.model or None,
            task=self.task,
            force=self.force,
            no_summary=not self.summarize,
            template=self.template or None,
            diarize=diarize,
            speakers=self.speakers,
            min_speakers=self.min_speakers,
            max_speakers=self.max_speakers,
        )


def recording_or_404(state: ApiState, rec_id: int, *, include_deleted: bool = False) -> Recording:
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
    try:  # checked before anything is stored; queued on the process's queue, which runs it at once
        intake = take_in(
            state.ctx,
            upload.path,
            form.job_options(),
            name=display_name(upload.filename),
            notes=form.notes,
            enqueue=state.jobs.enqueue,
        )
    except InputError as exc:
        raise ApiError(
            400, f"the uploaded file cannot be processed: {exc.user_text()}", param="file", code=exc.code
        ) from None
    assert intake.recording_id is not None
    return UploadResult(
        job_id=intake.job_id,
        recording_id=intake.recording_id,
        duplicate=intake.duplicate,
        restored=intake.restored,
        state="queued" if intake.job_id is not None else "done",
    )


def _upload_form(upload: Upload) -> UploadForm:
    try:
        form = UploadForm.model_validate({k: v[0] for k, v in upload.fields.items() if v})
    except ValidationError as exc:
        err = exc.errors()[0]
        param = ".".join(str(p) for p in err.get("loc", ())) or None
        if err.get("type") == "extra_forbidden":
            known = ", ".join(["file", *UploadForm.model_fields])
            raise ApiError(
                400,
                f"unknown form field {param!r} (known fields: {known})",
                param=param,
                code="unknown_option",
            ) from None
        raise ApiError(400, f"{param}: {err.get('msg')}", param=param, code="invalid_value") from None
    if form.model:
        check_model_name(form.model)
    form.job_options()  # checked before anything is stored: a bad option never leaves a recording behind
    return form


# --- routes ----------------------------------------------------------------------------------------------------------
router = APIRouter(prefix="/api", tags=["recordings"])


@router.get("/recordings", response_model=RecordingPage, summary="List recordings (paged, filtered)")
def list_recordings(
    state: StateDep,
    offset: int = Query(0, ge=0, le=10_000_000),
    limit: int = Query(50, ge=1, le=500),
    q: str | None = Query(None, max_length=200, description="substring of the title or file name"),
    kind: Kind | None = None,
    language: str | None = Query(None, max_length=16),
    since: float | None = Query(None, description="unix time, inclusive"),
    until: float | None = Query(None, description="unix time, exclusive"),
    trash: bool = Query(False, description="list the trash instead"),
) -> RecordingPage:
    store = state.ctx.store
    flt = ListFilter(
        text=q or None, kind=kind, language=language or None, since=since, until=until, only_deleted=trash
    )
    items = store.recordings.list(flt, offset=offset, limit=limit)
    return RecordingPage(
        items=[_out(x) for x in items], total=store.recordings.count(flt), offset=offset, limit=limit
    )


@router.post(
    "/recordings",
    response_model=UploadResult,
    status_code=202,
    openapi_extra=multipart_schema(UploadForm),
    summary="Upload a file and process it",
)
async def upload_recording(request: Request, state: StateDep) -> UploadResult:
    upload = await receive_upload(
        request,
        upload_dir(state.ctx.data_dir),
        limit=state.config.max_upload_bytes,
        drain=state.config.upload_drain_bytes,
        extensions=SUPPORTED_EXTENSIONS,
    )
    try:
        form = _upload_form(upload)
        return await run_in_threadpool(_import, state, upload, form)
    finally:
        upload.cleanup()


@router.get(
    "/recordings/{rec_id}", response_model=RecordingDetail, summary="One recording with its transcript"
)
def get_recording(rec_id: IdPath, state: StateDep, segments: bool = True) -> RecordingDetail:
    from ..pipeline.recognition import recognition_report

    rec = recording_or_404(state, rec_id)
    segs = [s.to_dict() for s in state.ctx.store.transcripts.segments(rec_id)] if segments else []
    report = recognition_report(state.ctx.store, rec_id).to_dict()
    return RecordingDetail.model_validate({**rec.to_dict(), "segments": segs, "recognition": report})


@router.post(
    "/recordings/{rec_id}/transcribe",
    response_model=TranscribeQueued,
    status_code=202,
    summary="Transcribe again (another model or language); the old transcript stays until the new one is done",
)
def transcribe_again(rec_id: IdPath, state: StateDep, body: TranscribeIn | None = None) -> TranscribeQueued:
    from ..pipeline.recognition import retranscribe

    recording_or_404(state, rec_id)
    body = body or TranscribeIn()
    if body.model:
        check_model_name(body.model)
    job_id = retranscribe(state.ctx, rec_id, model=body.model, language=body.language, queue=state.jobs)
    return TranscribeQueued(job_id=job_id, recording_id=rec_id)


@router.patch("/recordings/{rec_id}", response_model=RecordingOut, summary="Rename")
def rename_recording(rec_id: IdPath, body: RenameIn, state: StateDep) -> RecordingOut:
    recording_or_404(state, rec_id)
    state.ctx.store.recordings.rename(rec_id, body.title)
    return _out(recording_or_404(state, rec_id))


@router.delete(
    "/recordings/{rec_id}",
    response_model=DeleteResult,
    summary="Move to the trash (purge=true: delete for good, with the file)",
)
def delete_recording(rec_id: IdPath, state: StateDep, purge: bool = False) -> DeleteResult:
    if purge:
        recording_or_404(state, rec_id, include_deleted=True)
        state.ctx.store.purge(rec_id)
    else:
        recording_or_404(state, rec_id)
        state.ctx.store.recordings.trash(rec_id)
    return DeleteResult(id=rec_id, purged=purge)


@router.get(
    "/recordings/{rec_id}/file",
    response_class=FileResponse,
    summary="Download the original file",
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_original(rec_id: IdPath, state: StateDep) -> FileResponse:
    rec = recording_or_404(state, rec_id)
    path = state.ctx.store.library.path(rec.stored_name)
    if not path.is_file():
        raise not_found(f"the file of recording {rec_id} is missing from the library")
    return FileResponse(path, filename=display_name(rec.source_name), media_type="application/octet-stream")


@router.get(
    "/recordings/{rec_id}/export",
    response_class=Response,
    summary="Export the minutes and transcript",
    responses={200: {"content": {t.split(";")[0]: {} for t in export.MEDIA_TYPES.values()}}},
)
def export_recording(
    rec_id: IdPath, state: StateDep, format: ExportFormat = "txt", only: ExportPart = "all"
) -> Response:
    rec = recording_or_404(state, rec_id)
    body = export.render_doc(format, export.load_doc(state.ctx.store, rec_id, only=only))
    name = export.export_filename(rec, format)
    return Response(
        body,
        media_type=export.MEDIA_TYPES[format],
        headers={
            "Content-Disposition": export.content_disposition(name),
            "X-Content-Type-Options": "nosniff",
        },
    )
