"""Who said what for one recording: diarize its audio, give every word and segment a speaker, suggest names.

Shared by every face. The `diarize` stage runs between transcribe and summarize when the job (or the `diarize`
setting) asks for it; `diarize_recording` also runs on an existing recording.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from ..engines.diarize import (
    CATALOG,
    Diarization,
    DiarizeOptions,
    available,
    diarize,
    diarize_file,
    similarity,
)
from ..engines.diarize.meeting import diarize_meeting_file
from ..errors import InputError
from ..messages.notice import Notice
from ..progress import CancelToken, ProgressCallback, null_progress
from ..store import Store
from ..transcript import Segment, Transcript
from ..vocab import DiarizeMethod, StageState
from . import stages
from .context import AppContext
from .speaker_words import align, identities

# Cosine similarity above which a saved voice profile is suggested for a speaker. Measured on the synthetic
# dialogues (bench/diarization.py): neural d-vectors of one voice score ~0.97 across recordings, the closest
# other voice ~0.74; basic vectors, scaled by the new recording's statistics, ~0.64 against at most ~0.40.
MATCH_THRESHOLD: dict[str, float] = {DiarizeMethod.NEURAL: 0.85, DiarizeMethod.BASIC: 0.5}
ME_NAME = "Me"  # the microphone's speaker in meeting mode (a saved voice profile may rename it)
ATTENDEE_BONUS = 0.1  # a saved voice whose name is on the meeting's calendar event


def attendee_names(store: Store, rec_id: int) -> list[str]:
    """The attendees of the calendar event the recording belongs to (speaker-name suggestions)."""
    event = store.calendar.event_of(rec_id)
    return list(event.attendees) if event else []


@dataclass(frozen=True)
class Suggestion:
    label: str
    name: str
    score: float


def choose_method(ctx: AppContext, method: str | None) -> str:
    method = method or ctx.settings.diarize_method
    if method == DiarizeMethod.AUTO:
        return (
            DiarizeMethod.NEURAL
            if available(ctx.data_dir / "models", ctx.settings.model_dir)
            else DiarizeMethod.BASIC
        )
    return method


@dataclass(frozen=True)
class Rediarized:
    diarization: Diarization
    index_job: int | None  # the queued job that refreshes the search index (None: the recording had none)


def rediarize(ctx: AppContext, rec_id: int, **kwargs: Any) -> Rediarized:
    """`diarize_recording` on an existing recording, then the search index refreshed through the job queue
    (speaker labels and split segments change the chunks): the caller runs the returned job or lets its queue
    take it. Outside a job only; inside one the index stage follows anyway."""
    from . import runner

    diar = diarize_recording(ctx, rec_id, **kwargs)
    rec = ctx.store.recordings.get(rec_id)
    job = None
    if rec.index_state != "none":
        job = runner.submit(ctx, recording_id=rec_id, stages=["index"])
        ctx.store.recordings.log(rec_id, f"search index refresh queued (job {job})", stage="diarize")
    return Rediarized(diar, job)


def spool_dir(ctx: AppContext) -> Path:
    """Where diarization keeps a file's decoded samples between its passes (engines.pcm_spool): the data
    folder's scratch space, on the library's disk, not /tmp, which may be memory (tmpfs) and 230 MB a
    channel-hour would then sit in RAM."""
    folder = ctx.data_dir / "tmp" / "diarize"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def diarize_recording(
    ctx: AppContext,
    rec_id: int,
    *,
    method: str | None = None,
    num_speakers: int | None = None,
    min_speakers: int | None = None,
    max_speakers: int | None = None,
    model: str | None = None,
    meeting: bool = False,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    job_id: int | None = None,
) -> Diarization:
    """Diarize a transcribed recording and store the result. The count hints: `num_speakers` exact, or
    `min_speakers`/`max_speakers` bounds for the estimate (the GUI's "find speakers again" passes these).
    `meeting`: a two-channel meeting recording, channel 1 the user ("Me"), only channel 2 clustered."""
    store = ctx.store
    rec = store.recordings.get(rec_id)
    if rec.is_document:
        raise InputError.said("document_has_no_speakers", id=rec_id)
    if rec.transcribe_state != StageState.DONE:
        raise InputError.said("not_transcribed_yet", id=rec_id)
    method = choose_method(ctx, method)
    store.recordings.set_stage_state(rec_id, "diarize", StageState.RUNNING)
    t0 = time.monotonic()
    try:
        path = store.library.path(rec.stored_name)
        options = DiarizeOptions(
            method=method,
            num_speakers=num_speakers,
            min_speakers=min_speakers or 1,
            max_speakers=max_speakers or max(8, min_speakers or 1),
            model=model,
            models_dir=ctx.data_dir / "models",
            model_dir=ctx.settings.model_dir,
        )
        spool = spool_dir(ctx)
        if meeting:
            diar = diarize_meeting_file(path, options, progress=progress, cancel=cancel, spool_dir=spool)
        else:
            diar = diarize_file(path, options, progress=progress, cancel=cancel, spool_dir=spool)
    except BaseException:
        store.recordings.set_stage_state(rec_id, "diarize", StageState.FAILED)
        raise
    _store_diarization(store, rec_id, diar, time.monotonic() - t0, requested=num_speakers, job_id=job_id)
    if diar.me is not None:
        store.speakers.rename(rec_id, diar.me, ME_NAME)
    return diar


def _store_diarization(
    store: Store, rec_id: int, diar: Diarization, elapsed: float, *, requested: int | None, job_id: int | None
) -> None:
    """Give the transcript's segments their speakers and save the run in one transaction; corrections made to
    segments that a speaker change now splits cannot follow and are dropped (and the log says how many)."""
    current = store.transcripts.segments(rec_id, include_flagged=True)
    before = identities(current)
    segments = align(current, diar)
    meta: dict[str, Any] = {"label": diar.label, "windows": diar.windows}
    # Overlapped speech as found (None: not looked for, the basic method), kept with the run.
    meta["overlaps"] = [[o.start, o.end] for o in diar.overlaps] if diar.overlaps_checked else None
    if diar.norm is not None:
        meta["norm"] = [diar.norm[0].tolist(), diar.norm[1].tolist()]
    with store.db.tx() as con:
        store.transcripts.replace(con, rec_id, segments)
        store.speakers.save_run(
            con,
            rec_id,
            method=diar.method,
            model=diar.model,
            requested=requested,
            seconds=elapsed,
            speakers=[(s.label, s.talk_time, s.embedding) for s in diar.speakers],
            meta=meta,
        )
        store.recordings.set_stage_state(rec_id, "diarize", StageState.DONE, con)
        lost = store.summaries.remap_corrections(con, rec_id, before, identities(segments))
        store.recordings.log(
            rec_id,
            f"diarized with {diar.label} in {elapsed:.1f} s: {len(diar.speakers)} "
            f"speakers, {len(segments)} segments; {_overlap_note(diar, segments)}"
            + (f"; {lost} corrections of segments now split by speaker dropped" if lost else ""),
            stage="diarize",
            job_id=job_id,
            con=con,
        )


def overlap_notice(diar: Diarization) -> Notice:
    """What faces say about overlapped speech after diarizing, including that it was not looked for."""
    if not diar.overlaps_checked:
        return Notice("overlap_not_checked")
    n = len(diar.overlaps)
    return Notice("overlap_marked_one" if n == 1 else "overlap_marked", {"count": n})


def overlap_note(diar: Diarization) -> str:
    """The same in English, for the recording's event log."""
    return overlap_notice(diar).say("en")


def _overlap_note(diar: Diarization, segments: list[Segment]) -> str:
    marked = sum(s.overlap for s in segments)
    if not diar.overlaps_checked:
        return overlap_note(diar)
    return f"{overlap_note(diar)} ({marked} segment{'' if marked == 1 else 's'})"


def diarize_transcript(
    ctx: AppContext,
    audio: np.ndarray | Path,
    transcript: Transcript,
    *,
    method: str | None = None,
    num_speakers: int | None = None,
    cancel: CancelToken | None = None,
) -> Transcript:
    """A transcript made outside the store (the OpenAI-compatible route) with a speaker on every segment."""
    options = DiarizeOptions(
        method=choose_method(ctx, method),
        num_speakers=num_speakers,
        models_dir=ctx.data_dir / "models",
        model_dir=ctx.settings.model_dir,
    )
    if isinstance(audio, Path):
        # Block by block: memory flat on long uploads.
        diar = diarize_file(audio, options, cancel=cancel, spool_dir=spool_dir(ctx))
    else:
        diar = diarize(audio, options, cancel=cancel)
    scored = list(transcript.segments)  # before align splits them: the parts keep no scores of their own
    return replace(transcript, segments=align(transcript.numbered(), diar), scored=scored)


# --- voice profiles ---------------------------------------------------------------------------------------
def _norm(store: Store, rec_id: int) -> tuple[np.ndarray, np.ndarray] | None:
    run = store.speakers.latest_run(rec_id)
    norm = run.meta.get("norm") if run else None
    return (np.asarray(norm[0], dtype=np.float32), np.asarray(norm[1], dtype=np.float32)) if norm else None


def save_profile(store: Store, rec_id: int, label: str, name: str | None = None) -> str:
    """Save a speaker's voice under its name (or `name`); returns the profile name."""
    run = store.speakers.latest_run(rec_id)
    speaker = next((s for s in store.speakers.list(rec_id) if label in (s.label, s.name)), None)
    if run is None or speaker is None or speaker.embedding is None:
        raise InputError.said("no_such_speaker", id=rec_id, label=repr(label))
    profile = name or speaker.name
    if not profile:
        raise InputError.said("speaker_has_no_name", id=rec_id, label=speaker.label)
    store.speakers.save_profile(profile, run.method, run.model, speaker.embedding, rec_id)
    return profile


def match_threshold(method: str, model: str | None) -> float:
    """The similarity a saved voice needs to be suggested: the speaker model's own, else the method's."""
    entry = CATALOG.get(model or "")
    if method == DiarizeMethod.NEURAL and entry is not None:
        return entry.profile_match
    return MATCH_THRESHOLD.get(method, 0.75)


def suggest_names(store: Store, rec_id: int) -> list[Suggestion]:
    """Saved voices that match this recording's speakers above the threshold; each name and label used once."""
    run = store.speakers.latest_run(rec_id)
    if run is None:
        return []
    norm = _norm(store, rec_id)
    speakers = [s for s in store.speakers.list(rec_id) if s.embedding is not None]
    scored = []
    for prof in store.speakers.profiles(run.model):
        for spk in speakers:
            if spk.embedding is not None and spk.embedding.shape == prof.embedding.shape:
                scored.append((similarity(prof.embedding, spk.embedding, norm), spk.label, prof.name))
    threshold = match_threshold(run.method, run.model)
    # People the calendar says were in the meeting need less acoustic evidence to be named.
    attendees = {n.casefold() for n in attendee_names(store, rec_id)}
    out: list[Suggestion] = []
    for score, label, name in sorted(scored, reverse=True):
        if score < threshold - (ATTENDEE_BONUS if name.casefold() in attendees else 0.0):
            continue
        if any(s.label == label or s.name == name for s in out):
            continue
        out.append(Suggestion(label, name, round(score, 3)))
    return out


def apply_suggestions(store: Store, rec_id: int, suggestions: list[Suggestion]) -> None:
    for s in suggestions:
        store.speakers.rename(rec_id, s.label, s.name)


# --- the pipeline stage -----------------------------------------------------------------------------------
def stage_diarize(run: stages.StageRun) -> None:
    rec = run.ctx.store.recordings.get(run.recording_id)
    if rec.is_document or rec.transcribe_state != "done":
        return
    diarize_recording(
        run.ctx,
        rec.id,
        method=run.options.diarize_method,
        num_speakers=run.options.speakers,
        min_speakers=run.options.min_speakers,
        max_speakers=run.options.max_speakers,
        meeting=bool(run.options.meeting),
        progress=run.progress,
        cancel=run.cancel,
        job_id=run.job.id,
    )


def _wants_diarize(run: stages.StageRun) -> bool:
    diarize = run.options.diarize
    return run.ctx.settings.diarize if diarize is None else diarize


stages.register("diarize", stage_diarize, _wants_diarize)
