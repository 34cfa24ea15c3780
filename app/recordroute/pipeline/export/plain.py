"""Time formats and the plain transcript exports (txt, srt, vtt, json)."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from ...inert import one_line
from ...store import Recording
from ...transcript import Segment, overlap_mark


def clock(seconds: float | None, *, sep: str = ",", hours: bool = True) -> str:
    ms = int(round((seconds or 0.0) * 1000))
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}" if hours else f"{m:02d}:{s:02d}{sep}{ms:03d}"


def hms(seconds: float | None) -> str:
    total = int(seconds or 0)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def mmss(seconds: float | None) -> str:
    total = int(seconds or 0)
    return f"{total // 60:02d}:{total % 60:02d}" if total < 3600 else hms(total)


def speaker_of(seg: Segment) -> str | None:
    """What faces show for the segment's speaker (the user's name for the label, else the label), if any."""
    return seg.speaker_name or seg.speaker or None


def cue_text(text: str) -> str:
    # A blank line ends a cue and "-->" starts a timing line: neither may appear inside cue text.
    return " ".join(one_line(text).replace("-->", "→").split())


def marked(seg: Segment, text: str, language: str | None) -> str:
    """`text`, followed by the overlapped-speech marker when two people spoke at once in the segment."""
    return f"{text} {overlap_mark(language)}" if seg.overlap else text


def _spoken(seg: Segment, text: str, language: str | None = None) -> str:
    """`Name: text` when the segment has a speaker (diarized recordings), else the text alone; marked when
    it holds overlapped speech."""
    speaker = speaker_of(seg)
    text = marked(seg, text, language)
    return f"{speaker}: {text}" if speaker else text


def _timed(
    segments: Sequence[Segment], *, voice: bool = False, language: str | None = None
) -> list[tuple[float, float, str]]:
    out = []
    last_end = 0.0
    for seg in segments:
        text = cue_text(seg.text)
        if not text:
            continue
        text = marked(seg, text, language)
        start = max(seg.start if seg.start is not None else last_end, 0.0)
        end = seg.end if seg.end is not None else start + 2.0
        end = max(end, start + 0.001)
        speaker = speaker_of(seg)
        if voice:  # WebVTT cue text is markup: '<' and '&' are escaped with or without a voice tag
            text = html.escape(text, quote=False)
        if speaker:  # WebVTT has a voice tag for it; SRT gets the name as text
            name = cue_text(speaker)
            text = f"<v {html.escape(name)}>{text}" if voice else f"{name}: {text}"
        out.append((start, end, text))
        last_end = end
    return out


def to_srt(segments: Sequence[Segment], language: str | None = None) -> str:
    timed = _timed(segments, language=language)
    blocks = [f"{i}\n{clock(s)} --> {clock(e)}\n{t}\n" for i, (s, e, t) in enumerate(timed, start=1)]
    return "\n".join(blocks)


def to_vtt(segments: Sequence[Segment], language: str | None = None) -> str:
    timed = _timed(segments, voice=True, language=language)
    cues = [f"{clock(s, sep='.')} --> {clock(e, sep='.')}\n{t}\n" for s, e, t in timed]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_txt(segments: Sequence[Segment], language: str | None = None) -> str:
    return "\n".join(_spoken(seg, seg.text, language) for seg in segments if seg.text.strip()) + "\n"


def to_json(
    rec: Recording,
    segments: Sequence[Segment],
    minutes: dict[str, Any] | None = None,
    notes: list[dict[str, Any]] | None = None,
) -> str:
    doc: dict[str, Any] = {
        "recording": {
            k: getattr(rec, k)
            for k in (
                "id",
                "title",
                "kind",
                "source_name",
                "duration",
                "pages",
                "language",
                "stt_model",
                "stt_task",
                "imported_at",
                "recorded_at",
                "content_hash",
            )
        },
        "segments": [s.to_dict() for s in segments],
    }
    if minutes is not None:
        doc["minutes"] = minutes
    if notes:
        doc["notes"] = notes
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
