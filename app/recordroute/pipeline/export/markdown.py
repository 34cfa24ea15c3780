"""Markdown export: title, metadata, the latest complete minutes, then the transcript with timestamps."""

from __future__ import annotations

import html

from ...transcript import Segment
from .document import ExportDoc
from .plain import hms, speaker_of

_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]#|"})


def escape_markdown(text: str) -> str:
    return html.escape(text, quote=False).translate(_MD_SPECIAL)


def safe_minutes(markdown: str) -> str:
    """The minutes keep their Markdown structure, one heading level down (they sit under "## Minutes");
    raw HTML in an LLM answer is neutralised."""
    lines = []
    for line in html.escape(markdown.strip(), quote=False).splitlines():
        if line.startswith("#") and not line.startswith("######"):
            line = "#" + line
        lines.append(line)
    return "\n".join(lines)


def segment_line(seg: Segment) -> str:
    text = escape_markdown(seg.text)
    speaker = speaker_of(seg)
    if speaker:
        text = f"**{escape_markdown(speaker)}:** {text}"
    if seg.start is not None:
        return f"[{hms(seg.start)} - {hms(seg.end)}] {text}"
    if seg.page is not None:
        return f"[p. {seg.page}] {text}"
    return text


def _stamp(at: float | None) -> str:
    return f"[{hms(at)}] " if at is not None else ""


def transcript_lines(doc: ExportDoc) -> list[str]:
    return [segment_line(seg) for seg in doc.segments]


def to_markdown(doc: ExportDoc) -> str:
    """Text is escaped so a transcript can never inject markup into a viewer that renders the Markdown."""
    lines = [f"# {escape_markdown(doc.rec.title)}", ""]
    lines += [f"- **{label}:** {escape_markdown(value)}" for label, value in doc.metadata()]
    if doc.with_minutes:
        lines += ["", "## Minutes", ""]
        lines.append(safe_minutes(doc.minutes) if doc.minutes else "_No minutes yet._")
    if doc.shown_notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {_stamp(n.at)}{escape_markdown(n.text)}" for n in doc.shown_notes]
    if doc.with_transcript:
        lines += ["", "## Transcript", ""]
        lines += transcript_lines(doc)
    return "\n".join(lines) + "\n"
