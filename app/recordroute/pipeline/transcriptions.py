"""Keeping a transcription made outside the job queue (e.g. through the API) in the library."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..progress import CancelToken, ProgressCallback, null_progress
from ..settings import Settings
from ..transcript import Segment, Transcript
from ..vocab import StageState
from .context import AppContext
from .ingest import ingest

if TYPE_CHECKING:
    import numpy as np

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


def transcribe_samples(
    ctx: AppContext,
    model: str,
    samples: np.ndarray,
    options: SttOptions,
    *,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    on_segment: Callable[[Segment], None] | None = None,
) -> Transcript:
    """The one transcription step every face shares (the job stage and `/v1/audio/transcriptions`)."""
    with ctx.busy(ctx.stt_key(model)):  # the context's idle reaper leaves the model alone while it works
        engine = ctx.stt(model)
        # Load here, in the caller's long-lived thread: a CTranslate2 model first loaded inside the engine's
        # short-lived per-call worker thread makes later transcriptions erratically slow (seen 2 s -> 30 s).
        engine.load()
        return engine.transcribe(samples, options, progress=progress, cancel=cancel, on_segment=on_segment)


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
        segments = transcript.numbered()
        with store.db.tx() as con:
            store.transcripts.replace(con, rec.id, segments)
            store.recordings.set_stage_state(rec.id, "transcribe", StageState.DONE, con)
            store.recordings.update(
                rec.id,
                con,
                language=transcript.language,
                stt_model=transcript.model,
                stt_task=task,
                duration=transcript.duration or rec.duration,
            )
            store.recordings.log(
                rec.id,
                f"transcribed through the API with {transcript.model} ({task})",
                stage="transcribe",
                con=con,
            )
    return StoredTranscription(rec.id, duplicate=not result.created)
