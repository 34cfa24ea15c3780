"""OpenAI's wire formats: transcription responses (json, text, srt, vtt, verbose_json, diarized_json), base64 embeddings
and prompt-token counts."""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np

from ..pipeline import export
from ..transcript import Transcript
from ..vocab import Task

TRANSCRIPTION_FORMATS = ("json", "text", "srt", "vtt", "verbose_json", "diarized_json")


def transcript_text(transcript: Transcript) -> str:
    return " ".join(s.text.strip() for s in transcript.segments if s.text.strip())


def verbose_json(
    transcript: Transcript,
    *,
    words: bool,
    segments: bool = True,
    translation: bool = False,
    temperature: float = 0.0,
) -> dict[str, Any]:
    """OpenAI's verbose_json: text, language, duration, segments (and words when asked for)."""
    out: dict[str, Any] = {
        "task": Task.TRANSLATE if translation else Task.TRANSCRIBE,
        "language": transcript.language,
        "duration": round(float(transcript.duration), 3),
        "text": transcript_text(transcript),
    }
    if segments:
        out["segments"] = [
            {
                "id": i,
                "seek": int(round(s.t0 * 100)),
                "start": round(s.t0, 3),
                "end": round(s.t1, 3),
                "text": s.text,
                "tokens": [],
                "temperature": temperature,
                # faster-whisper's per-segment scores are not kept by the engine; neutral values keep the shape.
                "avg_logprob": 0.0,
                "compression_ratio": 1.0,
                "no_speech_prob": 0.0,
            }
            | ({"speaker": s.speaker} if s.speaker else {})
            for i, s in enumerate(transcript.segments)
        ]
    if words and not translation:
        out["words"] = [
            {"word": w.word.strip(), "start": round(w.start, 3), "end": round(w.end, 3)}
            for s in transcript.segments
            for w in s.words
        ]
    out["usage"] = {"type": "duration", "seconds": round(float(transcript.duration), 3)}
    return out


def diarized_json(transcript: Transcript) -> dict[str, Any]:
    """OpenAI's diarized_json: segments with `speaker` (A, B, … in order of first appearance), start, end, text."""
    letters: dict[str, str] = {}
    segments = []
    for i, s in enumerate(transcript.segments):
        label = s.speaker or "?"
        speaker = letters.setdefault(label, _letter(len(letters)))
        segments.append(
            {
                "type": "transcript.text.segment",
                "id": f"seg_{i}",
                "start": round(s.t0, 3),
                "end": round(s.t1, 3),
                "text": s.text.strip(),
                "speaker": speaker,
            }
        )
    return {
        "task": "transcribe",
        "duration": round(float(transcript.duration), 3),
        "text": transcript_text(transcript),
        "segments": segments,
        "usage": {"type": "duration", "seconds": round(float(transcript.duration), 3)},
    }


def _letter(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else f"S{n + 1}"


def format_transcription(
    transcript: Transcript,
    response_format: str,
    *,
    words: bool = False,
    segments: bool = True,
    translation: bool = False,
    temperature: float = 0.0,
) -> tuple[str, str]:
    """(body, media type) of a transcription in one of OpenAI's response formats."""
    if response_format == "json":
        body: dict[str, Any] = {"text": transcript_text(transcript)}
        if not translation:
            body["usage"] = {"type": "duration", "seconds": round(float(transcript.duration), 3)}
        return json.dumps(body, ensure_ascii=False), "application/json"
    if response_format == "verbose_json":
        data = verbose_json(
            transcript, words=words, segments=segments, translation=translation, temperature=temperature
        )
        return json.dumps(data, ensure_ascii=False), "application/json"
    if response_format == "diarized_json":
        return json.dumps(diarized_json(transcript), ensure_ascii=False), "application/json"
    if response_format == "text":
        return transcript_text(transcript) + "\n", "text/plain; charset=utf-8"
    if response_format == "srt":
        return export.to_srt(transcript.numbered()), "text/plain; charset=utf-8"
    if response_format == "vtt":
        return export.to_vtt(transcript.numbered()), "text/vtt; charset=utf-8"
    raise ValueError(
        f"unknown response_format {response_format!r}; use one of {', '.join(TRANSCRIPTION_FORMATS)}"
    )


def embedding_base64(vector: np.ndarray) -> str:
    """OpenAI's base64 encoding: the raw little-endian float32 bytes."""
    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def count_tokens(embedder: Any, texts: list[str]) -> int:
    """Prompt tokens as the embedder's tokenizer counts them (a word count when it cannot)."""
    counter = getattr(embedder, "tokenize_lengths", None)
    if counter is not None:
        return int(sum(counter(texts)))
    return sum(len(t.split()) for t in texts)
