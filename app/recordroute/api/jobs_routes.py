"""Jobs: list, get, cancel, and progress as Server-Sent Events (all jobs, or one job until it ends)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..errors import NotFoundError
from ..pipeline.runner import JobEvent
from ..store import Job
from ..vocab import FINISHED_JOB_STATES, JobState
from .errors import not_found
from .schemas import MAX_ID, CancelResult, IdPath, JobEventOut, JobList, JobOut, StageOut
from .sse import sse_json
from .state import ApiState, StateDep

TERMINAL = FINISHED_JOB_STATES
KEEPALIVE_SECONDS = 15.0


def job_out(job: Job) -> JobOut:
    return JobOut(
        id=job.id,
        state=job.state,
        recording_id=job.recording_id,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
        error=job.error,
        error_code=job.error_code,
        attempts=job.attempts,
        owner=job.owner,
        owner_pid=job.owner_pid,
        runner_pid=job.pid,
        cancel_requested=job.cancel_requested,
        stages=[
            StageOut(
                name=s.name, state=s.state, progress=s.progress, eta=s.eta, error=s.error, seconds=s.seconds
            )
            for s in job.stages
        ],
    )


def snapshot(job: Job) -> JobEventOut:
    """The job's current state as an event (sent first, so a late subscriber is never blind)."""
    stage = job.current_stage
    return JobEventOut(
        job_id=job.id,
        state=job.state,
        stage=stage.name if stage else "",
        fraction=stage.progress if stage else 0.0,
        eta=stage.eta if stage else None,
        message=job.error or "",
        recording_id=job.recording_id,
        partial=None,
    )


def _event_out(e: JobEvent) -> JobEventOut:
    return JobEventOut(
        job_id=e.job_id,
        state=e.state,
        stage=e.stage,
        fraction=e.fraction,
        eta=e.eta,
        message=e.message,
        recording_id=e.recording_id,
        partial=e.partial,
    )


def _get_job(state: ApiState, job_id: int) -> Job:
    try:
        return state.ctx.store.jobs.get(job_id)
    except NotFoundError:
        raise not_found(f"no job with id {job_id}") from None


async def _stream(
    request: Request, state: ApiState, job_id: int | None, timeout: float | None
) -> AsyncIterator[bytes]:
    loop = asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    with state.events.subscribe(job_id) as q:  # before the snapshot, so no event falls in between
        if job_id is not None:
            job = await run_in_threadpool(_get_job, state, job_id)
            yield sse_json(snapshot(job).model_dump(), event="job")
            if job.state in TERMINAL:
                return
        else:
            yield b": connected\n\n"
        while True:
            wait = KEEPALIVE_SECONDS if deadline is None else min(KEEPALIVE_SECONDS, deadline - loop.time())
            if wait <= 0:
                return
            try:
                event = await asyncio.wait_for(q.get(), timeout=wait)
            except TimeoutError:
                if await request.is_disconnected():
                    return
                yield b": keep-alive\n\n"
                continue
            if event is None:  # the server is stopping
                return
            yield sse_json(_event_out(event).model_dump(), event="job")
            if job_id is not None and event.state in TERMINAL:
                return


router = APIRouter(prefix="/api/jobs", tags=["jobs"])
_SSE_DOC: dict[int | str, dict[str, Any]] = {200: {"content": {"text/event-stream": {}}}}
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
Timeout = Annotated[
    float | None, Query(gt=0, le=86_400, description="close the stream after this many seconds")
]


@router.get("", response_model=JobList, summary="List jobs (newest queue positions last)")
def list_jobs(
    api: StateDep,
    state: Annotated[list[JobState] | None, Query()] = None,
    recording_id: int | None = Query(None, ge=1, le=MAX_ID),
    limit: int = Query(200, ge=1, le=1000),
) -> JobList:
    jobs = api.ctx.store.jobs.list(states=state or None, recording_id=recording_id, limit=limit)
    return JobList(items=[job_out(j) for j in jobs])


@router.get(
    "/events",
    response_class=StreamingResponse,
    responses=_SSE_DOC,
    summary="Progress of every job (SSE `job` events)",
)
async def all_events(request: Request, state: StateDep, timeout: Timeout = None) -> StreamingResponse:
    return StreamingResponse(
        _stream(request, state, None, timeout), media_type="text/event-stream", headers=_SSE_HEADERS
    )


@router.get("/{job_id}", response_model=JobOut, summary="One job with its stages")
def get_job(job_id: IdPath, state: StateDep) -> JobOut:
    return job_out(_get_job(state, job_id))


@router.post("/{job_id}/cancel", response_model=CancelResult, summary="Cancel a queued or running job")
def cancel_job(job_id: IdPath, state: StateDep) -> CancelResult:
    _get_job(state, job_id)
    return CancelResult(id=job_id, cancelled=state.jobs.cancel(job_id))


@router.get(
    "/{job_id}/events",
    response_class=StreamingResponse,
    responses=_SSE_DOC,
    summary="Progress of one job until it ends (SSE `job` events)",
)
async def job_events(
    job_id: IdPath, request: Request, state: StateDep, timeout: Timeout = None
) -> StreamingResponse:
    await run_in_threadpool(_get_job, state, job_id)  # 404 before the stream starts
    return StreamingResponse(
        _stream(request, state, job_id, timeout), media_type="text/event-stream", headers=_SSE_HEADERS
    )
