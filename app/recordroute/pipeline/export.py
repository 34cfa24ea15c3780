"""Transcript exports (txt, srt, vtt, json, md, html), shared by the CLI, GUI and API."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..store import Recording, Segment, Store
from ..store.files import atomic_write_text

FORMATS = ("txt", "srt", "vtt", "json", "md", "html")
MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "srt": "application/x-subrip; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


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


def _cue_text(text: str) -> str:
    # A blank line ends a cue and "-->" starts a timing line: neither may appear inside cue text.
    return " ".join(text.replace("-->", "→").split())


def _spoken(seg: Segment, text: str) -> str:
    """`Name: text` when the segment has a speaker (diarized recordings), else the text alone."""
    return f"{seg.speaker_name}: {text}" if seg.speaker_name else text


def _timed(segments: Sequence[Segment], *, voice: bool = False) -> list[tuple[float, float, str]]:
    out = []
    last_end = 0.0
    for seg in segments:
        text = _cue_text(seg.text)
        if not text:
            continue
        start = max(seg.start if seg.start is not None else last_end, 0.0)
        end = seg.end if seg.end is not None else start + 2.0
        end = max(end, start + 0.001)
        if seg.speaker_name:
            name = _cue_text(seg.speaker_name)
            text = f"<v {html.escape(name)}>{html.escape(text, quote=False)}" if voice else f"{name}: {text}"
        out.append((start, end, text))
        last_end = end
    return out


def to_srt(segments: Sequence[Segment]) -> str:
    blocks = [
        f"{i}\n{clock(s)} --> {clock(e)}\n{t}\n" for i, (s, e, t) in enumerate(_timed(segments), start=1)
    ]
    return "\n".join(blocks)


def to_vtt(segments: Sequence[Segment]) -> str:
    cues = [f"{clock(s, sep='.')} --> {clock(e, sep='.')}\n{t}\n" for s, e, t in _timed(segments, voice=True)]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_txt(segments: Sequence[Segment]) -> str:
    return "\n".join(_spoken(seg, seg.text) for seg in segments if seg.text.strip()) + "\n"


def to_markdown(rec: Recording, segments: Sequence[Segment]) -> str:
    """`# <title>` then one line per segment: `[HH:MM:SS - HH:MM:SS] text` (or `[p. N]` for documents).

    Text is escaped so a transcript can never inject markup into a viewer that renders the Markdown.
    """
    lines = [f"# {escape_markdown(rec.title)}", ""]
    for seg in segments:
        text = escape_markdown(seg.text)
        if seg.speaker_name:
            text = f"**{escape_markdown(seg.speaker_name)}:** {text}"
        if seg.start is not None:
            lines.append(f"[{hms(seg.start)} - {hms(seg.end)}] {text}")
        elif seg.page is not None:
            lines.append(f"[p. {seg.page}] {text}")
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


def escape_markdown(text: str) -> str:
    escaped = html.escape(text, quote=False)
    for ch in "\\`*_[]#|":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def to_json(rec: Recording, segments: Sequence[Segment]) -> str:
    doc: dict[str, Any] = {
        "recording": {
            k: getattr(rec, k)
            for k in ("id", "title", "kind", "source_name", "duration", "pages", "language", "stt_model",
                      "stt_task", "imported_at", "recorded_at", "content_hash")
        },
        "segments": [s.to_dict() for s in segments],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_html(rec: Recording, segments: Sequence[Segment]) -> str:
    """A standalone HTML transcript. Every piece of user text is escaped; no scripts, no remote content."""
    esc = html.escape
    rows = []
    for seg in segments:
        if seg.start is not None:
            when = f"{hms(seg.start)} – {hms(seg.end)}"
        elif seg.page is not None:
            when = f"p. {seg.page}"
        else:
            when = ""
        who = f'<b class="s">{esc(seg.speaker_name)}:</b> ' if seg.speaker_name else ""
        rows.append(f'<p><span class="t">{esc(when)}</span> {who}{esc(seg.text)}</p>')
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{esc(rec.title)}</title>"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}.t{color:#666}</style></head>"
        f"<body><h1>{esc(rec.title)}</h1>\n" + "\n".join(rows) + "\n</body></html>\n"
    )


def render(fmt: str, rec: Recording, segments: Sequence[Segment]) -> str:
    if fmt == "srt":
        return to_srt(segments)
    if fmt == "vtt":
        return to_vtt(segments)
    if fmt == "txt":
        return to_txt(segments)
    if fmt == "md":
        return to_markdown(rec, segments)
    if fmt == "json":
        return to_json(rec, segments)
    if fmt == "html":
        return to_html(rec, segments)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def export_filename(rec: Recording, fmt: str) -> str:
    """A download name from the title, reduced to safe characters (it only goes into a header)."""
    stem = "".join(c if c.isalnum() or c in " -_." else "_" for c in rec.title).strip(" .") or f"recording-{rec.id}"
    return f"{stem[:100]}.{fmt}"


def export_transcript(store: Store, rec_id: int, path: Path, fmt: str = "txt") -> Path:
    """Write a transcript export; the file's extension wins over `fmt` when it names a known format."""
    suffix = path.suffix.lstrip(".").lower()
    if suffix in FORMATS:
        fmt = suffix
    elif fmt in FORMATS:
        path = path.with_suffix(f".{fmt}")
    rec = store.recordings.get(rec_id)
    atomic_write_text(path, render(fmt, rec, store.transcripts.segments(rec_id)))
    return path
