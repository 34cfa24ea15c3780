"""Native speaker routes: a recording's speakers with talk time and suggested names, and renaming one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from starlette.concurrency import run_in_threadpool

from ..errors import NotFoundError
from ..pipeline import diarization
from ..pipeline.meeting_context import speaker_suggestions
from .errors import not_found
from .schemas import IdPath, SpeakerList, SpeakerOut, SpeakerRenameIn, SpeakerSuggestion
from .state import ApiState, StateDep

LabelPath = Annotated[str, Path(min_length=1, max_length=100)]

router = APIRouter(prefix="/api", tags=["speakers"])


def speaker_list(state: ApiState, rec_id: int) -> SpeakerList:
    store = state.ctx.store
    try:
        store.recordings.get(rec_id)
    except NotFoundError as exc:
        raise not_found(str(exc)) from exc
    run = store.speakers.latest_run(rec_id)
    return SpeakerList(
        recording_id=rec_id,
        method=run.meta.get("label") if run else None,
        speakers=[SpeakerOut.model_validate(s.to_dict()) for s in store.speakers.list(rec_id)],
        suggestions=[
            SpeakerSuggestion.model_validate(s.__dict__) for s in diarization.suggest_names(store, rec_id)
        ],
        attendees=speaker_suggestions(store, rec_id),
    )


def _rename(state: ApiState, rec_id: int, label: str, name: str) -> SpeakerList:
    try:
        state.ctx.store.speakers.rename(rec_id, label, name)
    except NotFoundError as exc:
        raise not_found(exc.user_text()) from exc
    return speaker_list(state, rec_id)


@router.get(
    "/recordings/{rec_id}/speakers",
    response_model=SpeakerList,
    summary="Speakers with talk time, and names suggested by saved voice profiles",
)
async def list_speakers(rec_id: IdPath, state: StateDep) -> SpeakerList:
    return await run_in_threadpool(speaker_list, state, rec_id)


@router.patch("/recordings/{rec_id}/speakers/{label}", response_model=SpeakerList, summary="Name a speaker")
async def rename_speaker(
    rec_id: IdPath, label: LabelPath, body: SpeakerRenameIn, state: StateDep
) -> SpeakerList:
    return await run_in_threadpool(_rename, state, rec_id, label, body.name)
