"""OpenAI's wire formats: transcription responses (json, text, srt, vtt, verbose_json, diarized_json), base64 embeddings
and prompt-token counts."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..pipeline import export
from ..transcript import Segment, Transcript

TRANSCRIPTION_FORMATS = ("json", "text", "srt", "vtt", "verbose_json", "diarized_json")


def transcript_text(transcript: Transcript) -> str:
    return " ".join(s.text.strip() for s in transcript.segments if s.text.strip())


def _scored(segment: Segment, scored: Sequence[Segment]) -> Segment:
    """The segment carrying Whisper's scores: itself, or (after diarization split it) the engine segment
    around its midpoint."""
    if segment.avg_logprob is not None or not scored:
        return segment
    mid = ((segment.t0 or 0.0) + (segment.t1 or 0.0)) / 2
    return min(scored, key=lambda s: 0.0 if s.t0 <= mid <= s.t1 else min(abs(s.t0 - mid), abs(s.t1 - mid)))


def segment_scores(segment: Segment, scored: Sequence[Segment], temperature: float) -> dict[str, float]:
    """Whisper's own avg_logprob, compression_ratio and no_speech_prob for one segment (what clients filter
    hallucinations on), and the temperature that decoded it."""
    src = _scored(segment, scored)

    def score(name: str, default: float) -> float:
        value = getattr(src, name, None)
        return round(float(default if value is None else value), 6)

    return {
        "temperature": score("temperature", temperature),
        "avg_logprob": score("avg_logprob", 0.0),
        "compression_ratio": score("compression_ratio", 1.0),
        "no_speech_prob": score("no_speech_prob", 0.0),
    }


def speaker_names(
    segments: Sequence[Segment], names: Sequence[str], fallback: str = "label"
) -> dict[str, str]:
    """Speaker label -> what a response shows: the client's known_speaker_names in order of first appearance,
    then letters (fallback "letter") or the labels themselves."""
    out: dict[str, str] = {}
    for s in segments:
        label = s.speaker or "?"
        if label not in out:
            n = len(out)
            out[label] = names[n] if n < len(names) else (_letter(n) if fallback == "letter" else label)
    return out


def verbose_json(
    transcript: Transcript,
    *,
    words: bool,
    segments: bool = True,
    translation: bool = False,
    temperature: float = 0.0,
    names: Sequence[str] = (),
) -> dict[str, Any]:
    """OpenAI's verbose_json: text, language, duration, segments (and words when asked for). A translation
    reports task "translate" and language "english", as the reference does. Diarized, each segment and word
    also carries its speaker and `overlap` (our extension: two people spoke at once there)."""
    out: dict[str, Any] = {
        "task": "translate" if translation else "transcribe",
        "language": "english" if translation else transcript.language,
        "duration": round(float(transcript.duration), 3),
        "text": transcript_text(transcript),
    }
    if segments or translation:  # a translation has no word timestamps: its segments always come back
        scored = transcript.scored
        shown = speaker_names(transcript.segments, names)
        out["segments"] = [
            {
                "id": i,
                "seek": int(round(s.t0 * 100)),
                "start": round(s.t0, 3),
                "end": round(s.t1, 3),
                "text": s.text,
                "tokens": [],
            }
            | segment_scores(s, scored, temperature)
            | ({"speaker": shown[s.speaker], "overlap": s.overlap} if s.speaker else {})
            for i, s in enumerate(transcript.segments)
        ]
    if words and not translation:
        shown = speaker_names(transcript.segments, names)
        out["words"] = [
            {"word": w.word.strip(), "start": round(w.start, 3), "end": round(w.end, 3)}
            | ({"speaker": shown[s.speaker], "overlap": w.overlap} if s.speaker else {})
            for s in transcript.segments
            for w in s.words
        ]
    out["usage"] = {"type": "duration", "seconds": round(float(transcript.duration), 3)}
    return out


def diarized_segments(transcript: Transcript, names: Sequence[str] = ()) -> list[dict[str, Any]]:
    """diarized_json's segments (also the streamed `transcript.text.segment` events): `speaker` is a known
    speaker name or A, B, … in order of first appearance."""
    shown = speaker_names(transcript.segments, names, fallback="letter")
    return [
        {
            "type": "transcript.text.segment",
            "id": f"seg_{i}",
            "start": round(s.t0, 3),
            "end": round(s.t1, 3),
            "text": s.text.strip(),
            "speaker": shown[s.speaker or "?"],
            # Our extension (clients that do not know it ignore it): two people spoke at once here.
            "overlap": s.overlap,
        }
        for i, s in enumerate(transcript.segments)
    ]


def diarized_json(transcript: Transcript, names: Sequence[str] = ()) -> dict[str, Any]:
    """OpenAI's diarized_json: task, duration, text, the segments with their speakers, usage."""
    segments = diarized_segments(transcript, names)
    return {
        "task": transcript.task,
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
    names: Sequence[str] = (),
) -> tuple[str, str]:
    """(body, media type) of a transcription in one of OpenAI's response formats."""
    if response_format == "json":
        body: dict[str, Any] = {"text": transcript_text(transcript)}
        if not translation:
            body["usage"] = {"type": "duration", "seconds": round(float(transcript.duration), 3)}
        return json.dumps(body, ensure_ascii=False), "application/json"
    if response_format == "verbose_json":
        data = verbose_json(
            transcript,
            words=words,
            segments=segments,
            translation=translation,
            temperature=temperature,
            names=names,
        )
        return json.dumps(data, ensure_ascii=False), "application/json"
    if response_format == "diarized_json":
        return json.dumps(diarized_json(transcript, names), ensure_ascii=False), "application/json"
    if response_format == "text":
        return transcript_text(transcript) + "\n", "text/plain; charset=utf-8"
    if response_format == "srt":
        return export.to_srt(transcript.numbered(), transcript.language), "text/plain; charset=utf-8"
    if response_format == "vtt":
        return export.to_vtt(transcript.numbered(), transcript.language), "text/vtt; charset=utf-8"
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
