"""/api/admin/models: the model manager over HTTP. The inventory, downloads in the background (progress over
SSE), delete and verify.

Models are addressed by catalogue name or hub repository id, matched against the catalogue and the registry;
no file path (nor download URL) is ever built from a request, and importing from a path is not offered over HTTP.
Speaker models (type "speaker") come from their release URL in the catalogue, or the mirror the server's
RECORDROUTE_SPEAKER_MODEL_ENDPOINT names.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..engines.models import EMBEDDING, SPEAKER, SPEECH
from ..pipeline import model_manager
from ..pipeline.model_downloads import TERMINAL, DownloadTask
from .errors import ApiError, not_found
from .sse import sse_json
from .state import StateDep

# A catalogue name or a hub repository id (owner/name): letters, digits, '.', '_', '-' only.
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?$")
KEEPALIVE_SECONDS = 15.0
_KINDS = {"stt": SPEECH, "speech": SPEECH, "embedding": EMBEDDING, "speaker": SPEAKER}
Kind = Literal["stt", "speech", "embedding", "speaker"]


class ModelRef(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="catalogue name (e.g. small) or repo id")
    type: Kind | None = None


class DownloadRequest(ModelRef):
    force: bool = Field(False, description="download again even when the model is already here")


class DeleteRequest(ModelRef):
    confirm: bool = Field(False, description="delete even the model in use or a folder you placed yourself")


class DownloadOut(BaseModel):
    id: int
    name: str
    kind: str | None
    state: Literal["running", "done", "failed", "cancelled"]
    done: int
    total: int
    rate: float
    eta: float | None
    fraction: float
    message: str
    error: str
    error_code: str
    model: dict[str, Any] | None
    started: float
    finished: float | None


class InventoryItem(BaseModel):
    kind: str
    name: str
    present: bool
    source: str | None
    size: int
    repo: str
    download_size: int
    languages: str
    note: str
    verified_at: float | None
    in_use: bool
    deletable: bool


class SpeakerSuggestionOut(BaseModel):
    name: str = Field(description="the speaker model to download")
    title: str = Field(description="what people call it, e.g. 3D-Speaker CAM++")
    type: Literal["speaker"] = "speaker"
    size: int = Field(description="download size in bytes")
    reason: Literal["better_than_bundled", "no_speaker_model"] = Field(
        description="better_than_bundled: diarization uses the bundled d-vector now; no_speaker_model: no neural "
        "model is here, so speakers are found with the basic method"
    )
    command: str = Field(description="the CLI command that downloads it")


class SpeechSuggestionOut(BaseModel):
    name: str = Field(description="the speech model to download, e.g. small")
    type: Literal["speech"] = "speech"
    size: int = Field(description="download size in bytes")
    language: str = Field(description="the user's language it transcribes better, in English (Korean)")
    command: str = Field(description="the CLI command that downloads it")


class SuggestionsOut(BaseModel):
    speech: SpeechSuggestionOut | None = Field(
        description="a speech model better for the user's languages (the settings' languages and speech "
        "language; download it with POST /download); null when the models here suit them already or the user "
        "turned the suggestion off (setting speech_offer_dismissed)",
    )
    speaker: SpeakerSuggestionOut | None = Field(
        description="a speaker model that finds speakers better on noisy and phone audio (download it with POST "
        "/download, the name and type as given); null when none would help, it is here already, downloads are "
        "off (HF_HUB_OFFLINE), the basic method is chosen, or the user turned the suggestion off "
        "(setting speaker_offer_dismissed)"
    )


class VerifyOut(BaseModel):
    kind: str
    name: str
    ok: bool
    method: str
    problems: list[str]
    verified_at: float | None


class DeleteOut(BaseModel):
    kind: str
    name: str
    deleted: bool


def _kind(ref: ModelRef) -> str | None:
    return _KINDS[ref.type] if ref.type else None


def _checked(name: str) -> str:
    """Names are names, never paths (no '..', no leading '/', no backslashes)."""
    name = name.strip()
    if not _NAME.match(name) or ".." in name:
        raise ApiError(
            400,
            f"invalid model name {name!r}: use a catalogue name or a repository id (owner/name)",
            param="name",
            code="invalid_model",
        )
    return name


def _out(task: DownloadTask) -> dict[str, Any]:
    return DownloadOut(**task.snapshot()).model_dump()


router = APIRouter(prefix="/api/admin/models", tags=["admin"])
TaskId = Annotated[int, Path(ge=1, le=2**31)]
_SSE_DOC: dict[int | str, dict[str, Any]] = {200: {"content": {"text/event-stream": {}}}}


@router.get(
    "/inventory",
    response_model=list[InventoryItem],
    summary="Every speech, embedding and speaker model: present or downloadable, size, source, in use "
    "(for speakers: the one diarization uses)",
)
def inventory(state: StateDep, type: Annotated[Kind | None, Query()] = None) -> list[InventoryItem]:
    rows = model_manager.list_models(state.ctx.settings, _KINDS[type] if type else None)
    return [
        InventoryItem(
            kind=s.kind,
            name=s.name,
            present=s.present,
            source=s.source,
            size=s.size,
            repo=s.repo,
            download_size=s.download_size,
            languages=s.languages,
            note=s.note,
            verified_at=s.verified_at,
            in_use=used,
            deletable=s.present and s.source != "bundled",
        )
        for s, used in rows
    ]


@router.get(
    "/suggestions",
    response_model=SuggestionsOut,
    summary="Models worth downloading here: a speech model better for the user's languages and the speaker "
    "model offered over the bundled d-vector (each null when none is offered)",
)
def suggestions(state: StateDep) -> SuggestionsOut:
    settings = state.ctx.settings
    offer = model_manager.suggest_speaker_model(settings)
    speaker = SpeakerSuggestionOut.model_validate(offer.to_dict()) if offer else None
    better = model_manager.suggest_speech_model(settings)
    speech = SpeechSuggestionOut.model_validate(better.to_dict()) if better else None
    return SuggestionsOut(speech=speech, speaker=speaker)


@router.post(
    "/download",
    response_model=DownloadOut,
    status_code=202,
    summary="Download a model in the background; follow it at /downloads/{id}/events",
)
def download(body: DownloadRequest, state: StateDep) -> dict[str, Any]:
    name = _checked(body.name)
    kind = _kind(body)
    if not model_manager.is_downloadable(name, kind) and ("/" not in name or kind == SPEAKER):
        raise ApiError(
            422,
            f"'{name}' is not a downloadable model in the catalogue; pass a catalogue name "
            "(see GET /api/admin/models/inventory) or a hub repository id (owner/name)",
            param="name",
            code="unknown_model",
        )
    task = state.downloads.start(state.ctx.settings, name, kind=kind, force=body.force)
    return _out(task)


@router.get("/downloads", response_model=list[DownloadOut], summary="Model downloads of this server")
def downloads(state: StateDep) -> list[dict[str, Any]]:
    return [_out(t) for t in state.downloads.list()]


def _task(state: StateDep, task_id: int) -> DownloadTask:
    task = state.downloads.get(task_id)
    if task is None:
        raise not_found(f"no model download {task_id}")
    return task


@router.get("/downloads/{task_id}", response_model=DownloadOut, summary="One model download")
def download_status(task_id: TaskId, state: StateDep) -> dict[str, Any]:
    return _out(_task(state, task_id))


@router.post("/downloads/{task_id}/cancel", response_model=DownloadOut, summary="Cancel a model download")
def cancel_download(task_id: TaskId, state: StateDep) -> dict[str, Any]:
    task = _task(state, task_id)
    state.downloads.cancel(task_id)
    return _out(task)


@router.get(
    "/downloads/{task_id}/events",
    response_class=StreamingResponse,
    responses=_SSE_DOC,
    summary="Progress of one model download until it ends (SSE `download` events)",
)
async def download_events(task_id: TaskId, request: Request, state: StateDep) -> StreamingResponse:
    task = _task(state, task_id)
    return StreamingResponse(
        _stream(request, state, task),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _stream(request: Request, state: StateDep, task: DownloadTask) -> AsyncIterator[bytes]:
    loop = asyncio.get_running_loop()
    q: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=1000)

    def listener(t: DownloadTask) -> None:
        snap = _out(t)
        with contextlib.suppress(RuntimeError):  # the loop is closed
            loop.call_soon_threadsafe(_offer, q, snap)

    state.downloads.add_listener(listener, task.id)
    try:
        yield sse_json(_out(task), event="download")  # after subscribing, so nothing falls in between
        if task.state in TERMINAL:
            return
        while True:
            try:
                snap = await asyncio.wait_for(q.get(), timeout=KEEPALIVE_SECONDS)
            except TimeoutError:
                if await request.is_disconnected():
                    return
                yield b": keep-alive\n\n"
                continue
            yield sse_json(snap, event="download")
            if snap["state"] in TERMINAL:
                return
    finally:
        state.downloads.remove_listener(listener)


def _offer(q: asyncio.Queue[dict[str, Any]], snap: dict[str, Any]) -> None:
    if q.full():
        if snap["state"] == "running":
            return  # a stalled client loses progress ticks, never the ending
        with contextlib.suppress(asyncio.QueueEmpty):
            q.get_nowait()
    q.put_nowait(snap)


@router.post(
    "/delete",
    response_model=DeleteOut,
    summary="Delete a downloaded or imported model (bundled ones cannot be deleted)",
)
def delete(body: DeleteRequest, state: StateDep) -> DeleteOut:
    name = _checked(body.name)
    try:
        gone = model_manager.delete(state.ctx, name, kind=_kind(body), yes=body.confirm)
    except model_manager.ConfirmationNeeded as exc:
        raise ApiError(
            409,
            f'{exc.message}; send "confirm": true to delete it anyway',
            param="confirm",
            code="confirmation_needed",
        ) from None
    state.serving.embed_cache.clear()
    return DeleteOut(kind=gone.kind, name=gone.name, deleted=True)


@router.post(
    "/verify",
    response_model=list[VerifyOut],
    summary="Check a model: SHA-256 sums for downloaded ones, a real load for the others",
)
async def verify(body: ModelRef, state: StateDep) -> list[VerifyOut]:
    name = _checked(body.name)
    reports = await run_in_threadpool(model_manager.verify, state.ctx.settings, name, kind=_kind(body))
    return [
        VerifyOut(
            kind=r.state.kind,
            name=r.state.name,
            ok=r.ok,
            method=r.method,
            problems=r.problems,
            verified_at=r.state.verified_at,
        )
        for r in reports
    ]
