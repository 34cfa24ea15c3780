"""Keeping a transcription made outside the job queue (e.g. through the API) in the library."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..progress import CancelToken, Progress, ProgressCallback, null_progress
from ..settings import Settings
from ..store import HiddenSpeech, Store
from ..transcript import Segment, Transcript
from ..vocab import StageState
from .context import AppContext
from .ingest import ingest

if TYPE_CHECKING:
    from ..engines.stt import SttOptions


def stt_options(settings: Settings, *, language: str | None, task: str, **overrides: Any) -> SttOptions:
    """The speech options every face uses: the settings (vocabulary, languages, VAD, batching...), the job's or
    request's language and task, and any request-level `overrides` (prompt, temperature, word timestamps)."""
    from ..engines.stt import SttOptions

    return SttOptions(
        language=language,  # SttOptions reads "auto" as no language forced
        task=task,
        vad=settings.stt_vad,
        vocabulary=list(settings.vocabulary),
        filler_filter=settings.stt_filler_filter,
        languages=list(settings.languages),
        mixed_ko_en=settings.mixed_ko_en,
        batch_size=settings.stt_batch_size,
        batch_min_seconds=settings.stt_batch_min_seconds,
        **overrides,
    )


def transcribe_media(
    ctx: AppContext,
    model: str,
    media: Path,
    options: SttOptions,
    *,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    on_segment: Callable[[Segment], None] | None = None,
) -> Transcript:
    """The one transcription step every face shares (the job stage and `/v1/audio/transcriptions`): the file
    decoded and transcribed block by block (engines.audio_stream), so memory stays flat on long files. Decode progress shows until the first block is handed on, then transcription's."""
    from ..engines.audio import probe
    from ..engines.audio_stream import Block, blocks
    from ..engines.stt.streamed import transcribe_blocks

    duration = probe(media).duration
    started = False

    def decode_progress(p: Progress) -> None:
        if not started:
            progress(p)

    def first_seen(block: Block) -> Block:
        nonlocal started
        started = True
        return block

    with ctx.busy(ctx.stt_key(model)):  # the idle reaper leaves a model alone while it works
        engine = ctx.stt(model)
        # Load here, in the caller's long-lived thread: a CTranslate2 model first loaded inside the engine's
        # short-lived per-call worker thread makes later transcriptions erratically slow (seen 2 s -> 30 s).
        engine.load()
        return transcribe_blocks(
            engine,
            (first_seen(b) for b in blocks(media, progress=decode_progress, cancel=cancel)),
            options,
            duration=duration,
            progress=progress,
            cancel=cancel,
            on_segment=on_segment,
        )


def store_segments(transcript: Transcript) -> list[Segment]:
    """What the library stores of a transcript: its segments, the flagged ones included, numbered in time order."""
    segments = transcript.all_segments()
    for i, s in enumerate(segments):
        s.idx = i
    return segments


def save_transcript(
    store: Store,
    con: sqlite3.Connection,
    rec_id: int,
    segments: list[Segment],
    transcript: Transcript,
    *,
    task: str,
    duration: float | None,
    **fields: Any,
) -> None:
    """A transcription's segments in place of the recording's, the stage done, and what the recording learns
    from it (language, model, task, duration, `fields`), in the caller's transaction."""
    store.transcripts.replace(con, rec_id, segments)
    store.recordings.set_stage_state(rec_id, "transcribe", StageState.DONE, con)
    store.recordings.update(
        rec_id,
        con,
        language=transcript.language,
        stt_model=transcript.model,
        stt_task=task,
        duration=duration,
        **fields,
    )


def transcribe_summary(transcript: Transcript, seconds: float, task: str) -> str:
    """The event-log line of a transcription: what ran, what came out, what was hidden or dropped."""
    visible = len(transcript.segments)
    flagged = transcript.flagged
    line = (
        f"transcribed {transcript.duration:.1f} s with {transcript.model} ({task}, language "
        f"{transcript.language}) in {seconds:.1f} s: {visible} segments"
    )
    if flagged:
        hidden = HiddenSpeech(len(flagged), transcript.flagged_seconds)
        line += f"; {hidden.sentence()}"
    if transcript.dropped:
        line += f" ({transcript.dropped} segments over non-speech or looping dropped)"
    return line


@dataclass(frozen=True)
class StoredTranscription:
    recording_id: int
    duplicate: bool


def store_transcription(
    ctx: AppContext,
    path: Path,
    transcript: Transcript,
    *,
    title: str,
    source_name: str,
    task: str = "transcribe",
) -> StoredTranscription:
    """Import `path` into the library and save `transcript` as its transcript (no second transcription).

    A file already in the library keeps its existing transcript unless it has none yet.
    """
    store = ctx.store
    result = ingest(store, path)
    rec = result.recording
    if result.created:
        store.recordings.update(rec.id, title=title, source_name=source_name)
    if result.created or rec.transcribe_state != StageState.DONE:
        segments = store_segments(transcript)
        duration = transcript.duration or rec.duration
        with store.db.tx() as con:
            save_transcript(store, con, rec.id, segments, transcript, task=task, duration=duration)
            store.recordings.log(
                rec.id,
                f"transcribed through the API with {transcript.model} ({task})",
                stage="transcribe",
                con=con,
            )
    return StoredTranscription(rec.id, duplicate=not result.created)
