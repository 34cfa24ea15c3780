"""Keeping a transcription made outside the job queue (e.g. through the API) in the library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..settings import Settings
from ..store import HiddenSpeech, Segment, Word
from .context import AppContext
from .ingest import ingest

if TYPE_CHECKING:
    from ..engines.stt import SttOptions


def stt_options(settings: Settings, *, language: str | None, task: str, **overrides: Any) -> SttOptions:
    """The speech options every face uses: the settings (vocabulary, languages, VAD, batching...), the job's or
    request's language and task, and any request-level `overrides` (prompt, temperature, word timestamps)."""
    from ..engines.stt import SttOptions

    return SttOptions(
        language=None if language in (None, "", "auto") else language,
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


def store_segments(transcript: Any) -> list[Segment]:
    """engines.stt Transcript segments, the flagged ones included, -> store Segments in time order."""
    segments = transcript.all_segments() if hasattr(transcript, "all_segments") else transcript.segments
    return [
        Segment(
            idx=i,
            text=s.text,
            start=s.start,
            end=s.end,
            words=[Word(w.start, w.end, w.word, w.probability) for w in s.words],
            confidence=getattr(s, "confidence", None),
            flag=getattr(s, "flag", None),
        )
        for i, s in enumerate(segments)
    ]


def transcribe_summary(transcript: Any, seconds: float, task: str) -> str:
    """The event-log line of a transcription: what ran, what came out, what was hidden or dropped."""
    visible = len(transcript.segments)
    flagged = getattr(transcript, "flagged", [])
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
    ctx: AppContext, path: Path, transcript: Any, *, title: str, source_name: str, task: str = "transcribe"
) -> StoredTranscription:
    """Import `path` into the library and save `transcript` as its transcript (no second transcription).

    A file already in the library keeps its existing transcript unless it has none yet.
    """
    store = ctx.store
    result = ingest(store, path)
    rec = result.recording
    if result.created:
        store.recordings.update(rec.id, title=title, source_name=source_name)
    if result.created or rec.transcribe_state != "done":
        segments = store_segments(transcript)
        with store.db.tx() as con:
            store.transcripts.replace(con, rec.id, segments)
            store.recordings.update(
                rec.id,
                con,
                transcribe_state="done",
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
