"""Native speaker routes: a recording's speakers with talk time and suggested names, and renaming one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path, Request
from starlette.concurrency import run_in_threadpool

from ..errors import NotFoundError
from ..pipeline import diarization
from .errors import not_found
from .schemas import IdPath, SpeakerList, SpeakerOut, SpeakerRenameIn, SpeakerSuggestion

if TYPE_CHECKING:
    from .app import ApiState

LabelPath = Annotated[str, Path(min_length=1, max_length=100)]


def speaker_list(state: ApiState, rec_id: int) -> SpeakerList:
    store = state.ctx.store
    try:
        store.recordings.get(rec_id)
    except NotFoundError as exc:
        raise not_found(str(exc)) from exc
    run = store.speakers.latest_run(rec_id)
    return SpeakerList(
        recording_id=rec_id, method=run.meta.get("label") if run else None,
        speakers=[SpeakerOut.model_validate(s.to_dict()) for s in store.speakers.list(rec_id)],
        suggestions=[SpeakerSuggestion.model_validate(s.__dict__)
                     for s in diarization.suggest_names(store, rec_id)],
    )


def router(state_of: Callable[[Request], ApiState]) -> APIRouter:
    r = APIRouter(prefix="/api", tags=["speakers"])

    @r.get("/recordings/{rec_id}/speakers", response_model=SpeakerList,
           summary="Speakers with talk time, and names suggested by saved voice profiles")
    async def list_speakers(rec_id: IdPath, request: Request) -> SpeakerList:
        return await run_in_threadpool(speaker_list, state_of(request), rec_id)

    @r.patch("/recordings/{rec_id}/speakers/{label}", response_model=SpeakerList, summary="Name a speaker")
    async def rename_speaker(rec_id: IdPath, label: LabelPath, body: SpeakerRenameIn,
                             request: Request) -> SpeakerList:
        state = state_of(request)

        def work() -> SpeakerList:
            try:
                state.ctx.store.speakers.rename(rec_id, label, body.name)
            except NotFoundError as exc:
                raise not_found(exc.user_text()) from exc
            return speaker_list(state, rec_id)

        return await run_in_threadpool(work)

    return r
