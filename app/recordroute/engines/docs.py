"""Extract text from text files and PDFs into page/paragraph segments.

Text files are decoded by `text_encoding.decode_text_bytes`, the app's single text-encoding routine.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    CorruptDocumentError,
    EmptyFileError,
    EncryptedPdfError,
    FileNotFound,
    InputError,
    NoTextLayerError,
    TextDecodeError,
    TooLargeError,
    UnsupportedFileError,
)
from ..progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from ..transcript import Segment
from .text_encoding import CONTROL_CHARS, decode_text_bytes

log = logging.getLogger(__name__)

TEXT_EXTENSIONS: frozenset[str] = frozenset({"txt", "md", "markdown", "text", "srt", "vtt", "csv", "log"})
PDF_EXTENSIONS: frozenset[str] = frozenset({"pdf"})
MAX_SEGMENT_CHARS = 1500
# A text file past this is not notes but a dump: indexing it would take hours and hold GBs of memory.
MAX_TEXT_BYTES = 16 * 1024 * 1024


@dataclass
class Document:
    kind: str  # "pdf" | "text"
    segments: list[Segment] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None
    title: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)


# --- normalisation and splitting -------------------------------------------------------------------------
_HSPACE = re.compile(r"[^\S\n]+")
_PARA_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])[\"'”’)\]]*\s+|\n")


def normalize_text(text: str) -> str:
    """Unix newlines, no NULs/control chars, single spaces, trimmed lines, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = CONTROL_CHARS.sub(" ", text)
    lines = [_HSPACE.sub(" ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _split_long(paragraph: str, limit: int = MAX_SEGMENT_CHARS) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        pieces.append(paragraph[start : match.end()])
        start = match.end()
    pieces.append(paragraph[start:])
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        while len(piece) > limit:  # one endless sentence: cut at the last space before the limit
            cut = piece.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            if current:
                chunks.append(current)
                current = ""
            chunks.append(piece[:cut])
            piece = piece[cut:]
        if current and len(current) + len(piece) > limit:
            chunks.append(current)
            current = ""
        current += piece
    if current:
        chunks.append(current)
    return [c.strip() for c in chunks if c.strip()]


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs of normalised text, long ones cut at sentence ends (~1500 chars)."""
    out: list[str] = []
    for para in _PARA_BREAK.split(normalize_text(text)):
        if para.strip():
            out.extend(_split_long(para.strip()))
    return out


# --- extraction ------------------------------------------------------------------------------------------
def _read_bytes(path: Path, limit: int = -1) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit)
    except FileNotFoundError:
        raise FileNotFound.said("file_not_found_at", name=path.name, path=path) from None
    except IsADirectoryError:
        raise InputError.said("is_a_folder", name=path.name) from None
    except OSError as exc:
        raise InputError.said("cannot_read_file", name=path.name, reason=exc.strerror) from exc
    if not data:
        raise EmptyFileError.said("file_is_empty", name=path.name)
    return data


def _report(progress: ProgressCallback | None, fraction: float, eta: EtaEstimator, message: str = "") -> None:
    if progress is not None:
        progress(Progress(stage="extract", fraction=fraction, message=message, eta=eta.eta(fraction)))


def extract_text_file(
    path: Path, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> Document:
    eta = EtaEstimator()
    _report(progress, 0.0, eta)
    with contextlib.suppress(OSError):  # unreadable files are reported by _read_bytes
        if (size := path.stat().st_size) > MAX_TEXT_BYTES:
            raise TooLargeError.said(
                "text_file_too_large",
                name=path.name,
                size=f"{size / 1024**2:.0f}",
                most=MAX_TEXT_BYTES // 1024**2,
            )
    try:
        text, encoding = decode_text_bytes(_read_bytes(path))
    except TextDecodeError as exc:
        raise TextDecodeError.said("text_file_problem", name=path.name, problem=exc.message_twin()) from exc
    if cancel is not None:
        cancel.raise_if_cancelled()
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise EmptyFileError.said("text_only_whitespace", name=path.name)
    title = None
    if path.suffix.lower() in (".md", ".markdown"):
        heading = re.search(r"^#\s+(.+)$", normalize_text(text), flags=re.MULTILINE)
        title = heading.group(1).strip() if heading else None
    segments = [Segment(idx=i, text=p) for i, p in enumerate(paragraphs)]
    _report(progress, 1.0, eta)
    return Document(kind="text", segments=segments, pages=None, encoding=encoding, title=title)


def extract_pdf(
    path: Path, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> Document:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    if b"%PDF" not in _read_bytes(path, 1024):
        raise CorruptDocumentError.said("not_a_pdf", name=path.name)
    eta = EtaEstimator()
    _report(progress, 0.0, eta)
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                # Owner-password-only PDFs (empty user password) open in every viewer; so must they here.
                ok = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except DependencyError as exc:
                raise EncryptedPdfError.said("pdf_needs_cryptography", name=path.name) from exc
            if not ok:
                raise EncryptedPdfError.said("pdf_password_protected", name=path.name)
        n_pages = len(reader.pages)
        raw_title = reader.metadata.title if reader.metadata else None
    except EncryptedPdfError:
        raise
    except Exception as exc:  # pypdf raises many types on malformed input; all mean "damaged"
        raise CorruptDocumentError.said(
            "pdf_unreadable", name=path.name, reason=exc or type(exc).__name__
        ) from exc
    segments: list[Segment] = []
    failed = 0
    for number in range(1, n_pages + 1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            text = normalize_text(reader.pages[number - 1].extract_text() or "")
        except Exception as exc:  # one broken page should not lose the whole document
            failed += 1
            log.warning("%s: page %d could not be read: %s", path.name, number, exc)
            text = ""
        if text:
            segments.append(Segment(idx=len(segments), text=text, page=number))
        _report(progress, number / n_pages, eta, f"page {number}/{n_pages}")
    if n_pages and failed == n_pages:
        raise CorruptDocumentError.said("pdf_no_page_readable", name=path.name, count=n_pages)
    if not segments:
        raise NoTextLayerError.said("pdf_no_text_layer", name=path.name)
    title = str(raw_title).strip() if raw_title else None
    if title and title.lower() in ("untitled", "unknown"):
        title = None
    return Document(kind="pdf", segments=segments, pages=n_pages, encoding=None, title=title or None)


def extract(
    path: Path, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> Document:
    """Text file → paragraph segments; PDF → one segment per page that has text (page numbers kept)."""
    path = Path(path)
    ext = path.suffix.lower().lstrip(".")
    if ext in PDF_EXTENSIONS:
        return extract_pdf(path, progress=progress, cancel=cancel)
    if ext in TEXT_EXTENSIONS:
        return extract_text_file(path, progress=progress, cancel=cancel)
    raise UnsupportedFileError(f"{path.name}: .{ext or '(none)'} is not a document type")


def detect_language(text: str) -> str:
    """ "ko", "ja", "zh" or "en" from the script mix (the transcript's own language for "auto")."""
    hangul = kana = han = latin = 0
    for ch in text[:20000]:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3 or 0x3130 <= o <= 0x318F:
            hangul += 1
        elif 0x3040 <= o <= 0x30FF:
            kana += 1
        elif 0x4E00 <= o <= 0x9FFF:
            han += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    letters = hangul + kana + han + latin
    if not letters:
        return "en"
    if hangul / letters > 0.2:
        return "ko"
    if kana / letters > 0.1:
        return "ja"
    if han / letters > 0.3:
        return "zh"
    return "en"
