"""Standalone HTML export: every piece of user and LLM text is escaped; no scripts, no remote content."""

from __future__ import annotations

import html

from ...transcript import Segment, overlap_mark
from . import minutes as mn
from .document import ExportDoc
from .plain import hms, speaker_of

_STYLE = (
    "body{font-family:sans-serif;max-width:50em;margin:2em auto}.t{color:#666}.s{font-weight:bold}.o{color:#666;font-style:italic}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
)


def minutes_html(markdown: str) -> str:
    esc = html.escape
    out: list[str] = []
    in_list = False
    for block in mn.blocks(markdown):
        if block.kind == "bullet" and not in_list:
            out.append("<ul>")
            in_list = True
        elif block.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        text = esc(mn.inline(block.text))
        if block.kind == "heading":
            level = min(block.level + 1, 6)  # the document's own h1/h2 sit above the minutes
            out.append(f"<h{level}>{text}</h{level}>")
        elif block.kind == "bullet":
            out.append(f"<li>{text}</li>")
        else:
            out.append(f"<p>{text}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def segment_html(seg: Segment, language: str | None = None) -> str:
    esc = html.escape
    if seg.start is not None:
        when = f"{hms(seg.start)} – {hms(seg.end)}"
    elif seg.page is not None:
        when = f"p. {seg.page}"
    else:
        when = ""
    speaker = speaker_of(seg)
    who = f'<span class="s">{esc(speaker)}:</span> ' if speaker else ""
    mark = f' <span class="o">{esc(overlap_mark(language))}</span>' if seg.overlap else ""
    return f'<p><span class="t">{esc(when)}</span> {who}{esc(seg.text)}{mark}</p>'


def to_html(doc: ExportDoc) -> str:
    esc = html.escape
    body = [f"<h1>{esc(doc.rec.title)}</h1>", "<table>"]
    body += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in doc.metadata()]
    body.append("</table>")
    if doc.with_minutes:
        body.append("<h2>Minutes</h2>")
        body.append(minutes_html(doc.minutes) if doc.minutes else "<p><em>No minutes yet.</em></p>")
    if doc.shown_notes:
        body.append("<h2>Notes</h2><ul>")
        body += [
            f'<li><span class="t">{esc(hms(n.at)) if n.at is not None else ""}</span> {esc(n.text)}</li>'
            for n in doc.shown_notes
        ]
        body.append("</ul>")
    if doc.with_transcript:
        body.append("<h2>Transcript</h2>")
        body += [segment_html(seg, doc.rec.language) for seg in doc.segments]
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{esc(doc.rec.title)}</title><style>{_STYLE}</style></head>"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
