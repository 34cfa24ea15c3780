"""Qt-free helpers behind the HTTP API that other faces may reuse: OpenAI-style transcription output, storing
an ad-hoc transcription as a recording, an escaped HTML export and embedding encodings.
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..store import Recording, Segment, Word
from . import export
from .context import AppContext
from .ingest import ingest

TRANSCRIPTION_FORMATS = ("json", "text", "srt", "vtt", "verbose_json")
EXPORT_FORMATS = (*export.FORMATS, "html")
EXPORT_MEDIA_TYPES = {**export.MEDIA_TYPES, "html": "text/html; charset=utf-8"}


# --- transcription results in OpenAI's shapes ---------------------------------------------------------------
def store_segments(transcript: Any) -> list[Segment]:
    """engines.stt Transcript segments -> store Segments (what the exporters take)."""
    return [
        Segment(idx=i, text=s.text, start=s.start, end=s.end,
                words=[Word(w.start, w.end, w.word, w.probability) for w in s.words])
        for i, s in enumerate(transcript.segments)
    ]


def transcript_text(transcript: Any) -> str:
    return " ".join(s.text.strip() for s in transcript.segments if s.text.strip())


def verbose_json(transcript: Any, *, words: bool, segments: bool = True, translation: bool = False,
                 temperature: float = 0.0) -> dict[str, Any]:
    """OpenAI's verbose_json: text, language, duration, segments (and words when asked for)."""
    out: dict[str, Any] = {
        "task": "translate" if translation else "transcribe",
        "language": transcript.language,
        "duration": round(float(transcript.duration), 3),
        "text": transcript_text(transcript),
    }
    if segments:
        out["segments"] = [
            {
                "id": i, "seek": int(round(s.start * 100)), "start": round(s.start, 3), "end": round(s.end, 3),
                "text": s.text, "tokens": [], "temperature": temperature,
                # faster-whisper's per-segment scores are not kept by the engine; neutral values keep the shape.
                "avg_logprob": 0.0, "compression_ratio": 1.0, "no_speech_prob": 0.0,
            }
            for i, s in enumerate(transcript.segments)
        ]
    if words and not translation:
        out["words"] = [
            {"word": w.word.strip(), "start": round(w.start, 3), "end": round(w.end, 3)}
            for s in transcript.segments for w in s.words
        ]
    out["usage"] = {"type": "duration", "seconds": round(float(transcript.duration), 3)}
    return out


def format_transcription(transcript: Any, response_format: str, *, words: bool = False, segments: bool = True,
                         translation: bool = False, temperature: float = 0.0) -> tuple[str, str]:
    """(body, media type) of a transcription in one of OpenAI's response formats."""
    if response_format == "json":
        body: dict[str, Any] = {"text": transcript_text(transcript)}
        if not translation:
            body["usage"] = {"type": "duration", "seconds": round(float(transcript.duration), 3)}
        return json.dumps(body, ensure_ascii=False), "application/json"
    if response_format == "verbose_json":
        data = verbose_json(transcript, words=words, segments=segments, translation=translation,
                            temperature=temperature)
        return json.dumps(data, ensure_ascii=False), "application/json"
    if response_format == "text":
        return transcript_text(transcript) + "\n", "text/plain; charset=utf-8"
    if response_format == "srt":
        return export.to_srt(store_segments(transcript)), "text/plain; charset=utf-8"
    if response_format == "vtt":
        return export.to_vtt(store_segments(transcript)), "text/vtt; charset=utf-8"
    raise ValueError(f"unknown response_format {response_format!r}; use one of {', '.join(TRANSCRIPTION_FORMATS)}")


# --- keeping an API transcription in the library ------------------------------------------------------------
@dataclass(frozen=True)
class StoredTranscription:
    recording_id: int
    duplicate: bool


def store_transcription(ctx: AppContext, path: Path, transcript: Any, *, title: str, source_name: str,
                        task: str = "transcribe") -> StoredTranscription:
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
                rec.id, con, transcribe_state="done", language=transcript.language, stt_model=transcript.model,
                stt_task=task, duration=transcript.duration or rec.duration,
            )
            store.recordings.log(rec.id, f"transcribed through the API with {transcript.model} ({task})",
                                 stage="transcribe", con=con)
    return StoredTranscription(rec.id, duplicate=not result.created)


# --- exports -------------------------------------------------------------------------------------------------
def to_html(rec: Recording, segments: Sequence[Segment]) -> str:
    """A standalone HTML transcript. Every piece of user text is escaped; no scripts, no remote content."""
    esc = html.escape
    rows = []
    for seg in segments:
        if seg.start is not None:
            when = f"{export.hms(seg.start)} – {export.hms(seg.end)}"
        elif seg.page is not None:
            when = f"p. {seg.page}"
        else:
            when = ""
        rows.append(f'<p><span class="t">{esc(when)}</span> {esc(seg.text)}</p>')
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{esc(rec.title)}</title>"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}.t{color:#666}</style></head>"
        f"<body><h1>{esc(rec.title)}</h1>\n" + "\n".join(rows) + "\n</body></html>\n"
    )


def render_export(fmt: str, rec: Recording, segments: Sequence[Segment]) -> str:
    if fmt == "html":
        return to_html(rec, segments)
    return export.render(fmt, rec, segments)


def export_filename(rec: Recording, fmt: str) -> str:
    """A download name from the title, reduced to safe characters (it only goes into a header)."""
    stem = "".join(c if c.isalnum() or c in " -_." else "_" for c in rec.title).strip(" .") or f"recording-{rec.id}"
    return f"{stem[:100]}.{fmt}"


# --- embeddings ---------------------------------------------------------------------------------------------
def embedding_base64(vector: np.ndarray) -> str:
    """OpenAI's base64 encoding: the raw little-endian float32 bytes."""
    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def count_tokens(embedder: Any, texts: list[str]) -> int:
    """Prompt tokens as the embedder's tokenizer counts them (a word count when it cannot)."""
    counter = getattr(embedder, "tokenize_lengths", None)
    if counter is not None:
        return int(sum(counter(texts)))
    return sum(len(t.split()) for t in texts)
