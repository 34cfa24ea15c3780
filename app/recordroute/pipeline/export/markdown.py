"""Markdown export: title, metadata, the latest complete minutes, then the transcript with timestamps."""

from __future__ import annotations

import html
import re

from ...inert import multi_line, one_line
from ...transcript import Segment, overlap_mark
from .document import ExportDoc
from .plain import hms, speaker_of

_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]#|!"})
_LINK_SYNTAX = str.maketrans({ch: "\\" + ch for ch in "\\[]!"})
_TASK = re.compile(r"^(\s*[-*+] )\[([ xX])\] ")


def escape_markdown(text: str) -> str:
    """One line of literal text: no markup, link, image or HTML of its own."""
    return _no_autolink(html.escape(one_line(text), quote=False).translate(_MD_SPECIAL))


def _no_autolink(text: str) -> str:
    # Viewers turn a bare "https://…" into a live link; "\/" renders as "/" but no longer reads as a URL.
    return text.replace("://", ":\\/\\/")


def _inert_line(line: str) -> str:
    # Links, images, wiki links and embeds all need '[' (and '!' for images): escaped, none of them forms, so
    # nothing is fetched when the note is viewed. A task-list box "- [ ] " keeps working.
    task = _TASK.match(line)
    head, rest = (f"{task.group(1)}[{task.group(2)}] ", line[task.end() :]) if task else ("", line)
    return head + _no_autolink(rest.translate(_LINK_SYNTAX))


def safe_minutes(markdown: str) -> str:
    """The minutes keep their Markdown structure (headings one level down, as they sit under "## Minutes";
    lists, emphasis); raw HTML, links and images in an LLM answer or a copied sentence are made inert."""
    lines = []
    for raw in multi_line(markdown.strip()).splitlines():
        line = _inert_line(html.escape(raw, quote=False))
        if line.startswith("#") and not line.startswith("######"):
            line = "#" + line
        lines.append(line)
    return "\n".join(lines)


def segment_line(seg: Segment, language: str | None = None) -> str:
    text = escape_markdown(seg.text)
    if seg.overlap:
        text += f" _{overlap_mark(language)}_"
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
    return [segment_line(seg, doc.rec.language) for seg in doc.segments]


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
