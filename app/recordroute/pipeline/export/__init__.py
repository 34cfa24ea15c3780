"""Exports (txt, srt, vtt, json, md, html, docx), shared by the CLI, GUI and API.

One exporter per format; md, html, docx and json carry the latest complete minutes as well as the transcript,
and `only` ("minutes" or "transcript") narrows any of them.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from pathlib import Path

from ...errors import InputError
from ...paths import shown
from ...safepaths import check_output
from ...store import Recording, Store
from ...store.files import atomic_write_bytes
from ...transcript import Segment
from .bilingual import to_bilingual_srt, to_bilingual_vtt
from .document import PARTS, ExportDoc, check_only, load_doc
from .docx import to_docx
from .html import to_html
from .markdown import escape_markdown, to_markdown, transcript_lines
from .minutes import action_items
from .plain import clock, hms, mmss, speaker_of, to_json, to_srt, to_txt, to_vtt

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "PARTS",
    "ExportDoc",
    "action_items",
    "check_only",
    "clock",
    "escape_markdown",
    "export_filename",
    "export_transcript",
    "hms",
    "load_doc",
    "mmss",
    "render",
    "render_bilingual",
    "render_doc",
    "speaker_of",
    "to_docx",
    "to_html",
    "to_json",
    "to_markdown",
    "to_srt",
    "to_txt",
    "to_vtt",
    "transcript_lines",
    "as_bytes",
    "BINARY",
]

FORMATS = ("txt", "srt", "vtt", "json", "md", "html", "docx")
MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "srt": "application/x-subrip; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
BINARY = frozenset({"docx"})


def _minutes_text(doc: ExportDoc) -> str:
    return (doc.minutes or "").strip() + "\n"


def render_doc(fmt: str, doc: ExportDoc) -> str | bytes:
    """One export as text (bytes for docx). Subtitle and txt formats with only="minutes" give the minutes."""
    if fmt == "md":
        return to_markdown(doc)
    if fmt == "html":
        return to_html(doc)
    if fmt == "docx":
        return to_docx(doc)
    if fmt == "json":
        notes = [{"at": n.at, "text": n.text} for n in doc.shown_notes]
        return to_json(doc.rec, doc.segments if doc.with_transcript else [], doc.minutes_json(), notes)
    if fmt in ("txt", "srt", "vtt"):
        if doc.only == "minutes":
            return _minutes_text(doc)
        return {"txt": to_txt, "srt": to_srt, "vtt": to_vtt}[fmt](doc.segments, doc.rec.language)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render(
    fmt: str,
    rec: Recording,
    segments: Sequence[Segment],
    *,
    store: Store | None = None,
    only: str | None = None,
) -> str | bytes:
    """Render given segments; the minutes come from `store` when one is passed."""
    summary = store.summaries.latest(rec.id) if store is not None else None
    return render_doc(fmt, ExportDoc(rec, list(segments), summary, check_only(only)))


def render_bilingual(store: Store, rec_id: int, fmt: str, language: str) -> str:
    """srt or vtt with the original line and its stored translation into `language` in every cue."""
    from ..translation import translation_pairs

    if fmt not in ("srt", "vtt"):
        raise InputError.said("bilingual_needs_subtitles")
    pairs = translation_pairs(store, rec_id, language)
    return to_bilingual_srt(pairs) if fmt == "srt" else to_bilingual_vtt(pairs)


def as_bytes(body: str | bytes) -> bytes:
    return body if isinstance(body, bytes) else body.encode("utf-8")


def export_filename(rec: Recording, fmt: str) -> str:
    """A download name from the title, reduced to safe characters (it only goes into a header)."""
    stem = (
        "".join(c if c.isalnum() or c in " -_." else "_" for c in shown(rec.title)).strip(" .")
        or f"recording-{rec.id}"
    )
    return f"{stem[:100]}.{fmt}"


def content_disposition(filename: str) -> str:
    """An `attachment` header value for any file name: an ASCII `filename` for old clients and the exact name
    as RFC 5987 `filename*` (a Korean title is not Latin-1, and a header must be)."""
    fallback = "".join(c if " " <= c < "\x7f" and c not in '"\\' else "_" for c in filename)
    encoded = urllib.parse.quote(filename, safe="")
    if fallback == filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"


def export_transcript(
    store: Store,
    rec_id: int,
    path: Path,
    fmt: str = "txt",
    *,
    only: str | None = None,
    corrected: bool = False,
) -> Path:
    """Write an export; the file's extension wins over `fmt` when it names a known format. A path inside the
    data folder is refused (it could replace the database or an original)."""
    suffix = path.suffix.lstrip(".").lower()
    if suffix in FORMATS:
        fmt = suffix
    elif fmt in FORMATS:
        path = path.with_suffix(f".{fmt}")
    path = check_output(path, store.data_dir, what="the export file")
    doc = load_doc(store, rec_id, only=only, corrected=corrected)
    atomic_write_bytes(path, as_bytes(render_doc(fmt, doc)))
    return path


def write_export(store: Store, path: Path, body: bytes) -> Path:
    """Write rendered export bytes to a path the user gave (never inside the data folder)."""
    path = check_output(path, store.data_dir, what="the export file")
    atomic_write_bytes(path, body)
    return path
