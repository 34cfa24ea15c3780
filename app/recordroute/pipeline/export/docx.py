"""DOCX export through python-docx: headings, the minutes, a table of action items, the transcript."""

from __future__ import annotations

import io
import re

from ...transcript import Segment, overlap_mark
from . import minutes as mn
from .document import ExportDoc
from .plain import hms, speaker_of

COLUMN_TITLES = {"owner": "Owner", "task": "Task", "due": "Due", "time": "Time"}
# XML 1.0 forbids most control characters; a transcript with one would make an unreadable file.
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def _minutes(document, markdown: str) -> None:
    in_actions = False
    for block in mn.blocks(markdown):
        text = clean(mn.inline(block.text))
        if block.kind == "heading":
            document.add_heading(mn.section_title(text) or text, level=min(block.level, 3))
            in_actions = mn.is_action_heading(block.text)
            if in_actions:
                _action_table(document, markdown)
        elif in_actions:
            continue  # the action items are in the table
        elif block.kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)


def _action_table(document, markdown: str) -> None:
    items = mn.action_items(markdown)
    if not items:
        return
    table = document.add_table(rows=1, cols=len(mn.COLUMNS))
    table.style = "Table Grid"
    for cell, col in zip(table.rows[0].cells, mn.COLUMNS, strict=True):
        cell.text = COLUMN_TITLES[col]
    for item in items:
        row = table.add_row().cells
        for cell, col in zip(row, mn.COLUMNS, strict=True):
            cell.text = clean(item[col])


def _segment(document, seg: Segment, language: str | None = None) -> None:
    para = document.add_paragraph()
    if seg.start is not None:
        para.add_run(f"[{hms(seg.start)}] ").italic = True
    elif seg.page is not None:
        para.add_run(f"[p. {seg.page}] ").italic = True
    speaker = speaker_of(seg)
    if speaker:
        para.add_run(clean(speaker) + ": ").bold = True
    para.add_run(clean(seg.text))
    if seg.overlap:
        para.add_run(" " + overlap_mark(language)).italic = True


def to_docx(doc: ExportDoc) -> bytes:
    from docx import Document

    document = Document()
    document.core_properties.title = clean(doc.rec.title)[:255]
    document.add_heading(clean(doc.rec.title), level=0)
    meta = document.add_table(rows=0, cols=2)
    for label, value in doc.metadata():
        cells = meta.add_row().cells
        cells[0].text, cells[1].text = label, clean(value)
    if doc.with_minutes:
        document.add_heading("Minutes", level=1)
        if doc.minutes:
            _minutes(document, doc.minutes)
        else:
            document.add_paragraph("No minutes yet.")
    if doc.shown_notes:
        document.add_heading("Notes", level=1)
        for n in doc.shown_notes:
            stamp = f"[{hms(n.at)}] " if n.at is not None else ""
            document.add_paragraph(clean(stamp + n.text), style="List Bullet")
    if doc.with_transcript:
        document.add_heading("Transcript", level=1)
        for seg in doc.segments:
            _segment(document, seg, doc.rec.language)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
