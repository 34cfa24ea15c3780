"""Extract text from text files and PDFs into page/paragraph segments.

`decode_text_bytes` is the app's single text-encoding routine: every face and layer that reads user text
goes through it, so a CP949 note or a UTF-16 export reads the same everywhere.
"""

from __future__ import annotations

import contextlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

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

log = logging.getLogger(__name__)

TEXT_EXTENSIONS: frozenset[str] = frozenset({"txt", "md", "markdown", "text", "srt", "vtt", "csv", "log"})
PDF_EXTENSIONS: frozenset[str] = frozenset({"pdf"})
MAX_SEGMENT_CHARS = 1500
# A text file past this is not notes but a dump: indexing it would take hours and hold GBs of memory.
MAX_TEXT_BYTES = 16 * 1024 * 1024
_SAMPLE_CHARS = 200_000  # encoding heuristics look at this much; the whole file must still decode strictly

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Single-byte encodings for non-Latin scripts: when charset-normalizer picks one of these it is usually right.
_NON_LATIN_SINGLE_BYTE = frozenset(
    {
        "cp1251",
        "koi8_r",
        "koi8_u",
        "mac_cyrillic",
        "iso8859_5",
        "cp866",
        "cp855",
        "cp1253",
        "iso8859_7",
        "cp1255",
        "iso8859_8",
        "cp1256",
        "iso8859_6",
        "cp874",
        "tis_620",
    }
)
_MULTI_BYTE = frozenset(
    {
        "gb18030",
        "gb2312",
        "gbk",
        "big5",
        "big5hkscs",
        "cp950",
        "shift_jis",
        "cp932",
        "euc_jp",
        "euc_jis_2004",
        "iso2022_jp",
        "cp949",
        "euc_kr",
        "johab",
    }
)
# Superscripts ¹²³ are left out on purpose: they are what Polish ą/ł look like when cp1250 is read as cp1252.
_CP1252_PUNCT = frozenset("“”‘’‚„–—…€«»‹›°§©®™·•¡¿£¥¢¦¨¬¯±´µ¶¸×÷ªº½¼¾\u00a0")
# Particles, endings and the commonest syllables of Korean prose (~30% of syllables in ordinary text).
_FREQUENT_HANGUL = frozenset(
    "이다는의에고하가을를지서기리로으사도한수자니시대인있어나정해요게습것들위전보주제아였원적일상장라과부와은면만회"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_NUL_PADDING = re.compile(rb"\x00{8,}")


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


# --- encodings -------------------------------------------------------------------------------------------
def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    text = text[:_SAMPLE_CHARS]
    bad = len(_CONTROL.findall(text))
    bad += sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return bad <= max(1, len(text) // 200)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """ASCII-heavy UTF-16 shows NULs in every other byte: (text, encoding), or None without the pattern."""
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if max(even, odd) < 0.1 or min(even, odd) > max(even, odd) / 5:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _looks_like_text(text) else None


def _korean_cp949(data: bytes) -> str | None:
    """CP949 text that reads as Korean: mostly KS X 1001 Hangul, with Korean's frequent syllables.

    charset-normalizer sometimes calls short Korean notes Japanese or Chinese. GBK Chinese also decodes as
    CP949 Hangul, but as rare syllables, without the particles and endings every Korean sentence has.
    """
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text[:_SAMPLE_CHARS] if ord(ch) > 127]
    if not non_ascii:
        return None
    common_hangul = sum(
        1 for ch in non_ascii if 0xAC00 <= ord(ch) <= 0xD7A3 and 0xB0 <= ch.encode("cp949")[0] <= 0xC8
    )
    if common_hangul / len(non_ascii) < 0.6:
        return None
    syllables = [ch for ch in non_ascii if 0xAC00 <= ord(ch) <= 0xD7A3]
    if len(syllables) >= 10 and sum(ch in _FREQUENT_HANGUL for ch in syllables) / len(syllables) < 0.15:
        return None
    return text if _looks_like_text(text) else None


def _plausible_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for ch in text[:_SAMPLE_CHARS]:
        if ord(ch) > 127 and ch not in _CP1252_PUNCT and not (ch.isalpha() and ord(ch) < 0x0180):
            return None
    return text if _looks_like_text(text) else None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut mid-character (copied with head -c, an interrupted save) is still UTF-8.
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8", errors="strict") + "\ufffd"
        return None


def decode_text_bytes(data: bytes) -> tuple[str, str]:
    """Decode user text of unknown encoding; returns (text, Python codec name).

    Order: BOM, BOM-less UTF-16 (NUL pattern), binary check, UTF-8, Korean CP949, then charset-normalizer
    with a CP1252 preference for Western text. Stray NUL bytes are dropped; nothing else is normalised.
    """
    if not data:
        raise EmptyFileError("the text is empty (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            unit = 4 if "32" in encoding else 2 if "16" in encoding else 1
            body = body[: len(body) - len(body) % unit]  # a save cut off mid-character loses that character
            try:
                return body.decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError as exc:
                raise TextDecodeError(
                    f"the text starts with a {encoding} marker but is not valid {encoding}"
                ) from exc
    utf16 = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is NUL-riddled but valid UTF-8
    if utf16 is not None:
        return utf16
    cleaned = _NUL_PADDING.sub(b"", data)  # crash-padded logs end in NUL blocks; keep the text before them
    if not cleaned or len(_CONTROL_BYTES.findall(cleaned)) > max(2, len(cleaned) // 50):
        raise TextDecodeError("this is binary data, not text")
    cleaned = cleaned.replace(b"\x00", b"")
    text = _decode_utf8(cleaned)
    if text is not None:
        return text, "utf-8"
    korean = _korean_cp949(cleaned)
    if korean is not None:
        return korean, "cp949"
    return _decode_single_or_cjk(cleaned)


def _decode_single_or_cjk(data: bytes) -> tuple[str, str]:
    # Without a BOM or NUL pattern, charset-normalizer's UTF-16/32 guesses are noise; Korean was already
    # tried (and rejected) by _korean_cp949, which knows Korean better than its guess does.
    skip = ("utf_16", "utf_32", "cp949", "euc_kr", "johab")
    matches = [m for m in charset_normalizer.from_bytes(data) if not m.encoding.startswith(skip)]
    best = matches[0] if matches else None
    if best is not None and best.encoding in _MULTI_BYTE | _NON_LATIN_SINGLE_BYTE:
        text = str(best)
        letters = [ch for ch in text if ord(ch) > 127]
        if letters and sum(ch.isalpha() for ch in letters) / len(letters) > 0.7:
            return text, best.encoding
    # Western text: charset-normalizer often says cp1250 for French/German; cp1252 round-trips it exactly.
    western = _plausible_cp1252(data)
    if western is not None:
        return western, "cp1252"
    if best is not None and _looks_like_text(str(best)):
        return str(best), best.encoding
    raise TextDecodeError("the text encoding could not be recognised")


# --- normalisation and splitting -------------------------------------------------------------------------
_HSPACE = re.compile(r"[^\S\n]+")
_PARA_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])[\"'”’)\]]*\s+|\n")


def normalize_text(text: str) -> str:
    """Unix newlines, no NULs/control chars, single spaces, trimmed lines, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = _CONTROL.sub(" ", text)
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
        raise FileNotFound(f"{path.name}: file not found ({path})") from None
    except IsADirectoryError:
        raise InputError(f"{path.name}: is a folder, not a file", hint="pick a file inside it") from None
    except OSError as exc:
        raise InputError(
            f"{path.name}: cannot read the file ({exc.strerror})", hint="check permissions"
        ) from exc
    if not data:
        raise EmptyFileError(f"{path.name}: the file is empty (0 bytes)")
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
            raise TooLargeError(
                f"{path.name}: the text file is {size / 1024**2:.0f} MB; text files up to "
                f"{MAX_TEXT_BYTES // 1024**2} MB are supported"
            )
    try:
        text, encoding = decode_text_bytes(_read_bytes(path))
    except TextDecodeError as exc:
        raise TextDecodeError(f"{path.name}: {exc.message}") from exc
    if cancel is not None:
        cancel.raise_if_cancelled()
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise EmptyFileError(f"{path.name}: the file holds only whitespace")
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
        raise CorruptDocumentError(f"{path.name}: not a PDF (no %PDF header)")
    eta = EtaEstimator()
    _report(progress, 0.0, eta)
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                # Owner-password-only PDFs (empty user password) open in every viewer; so must they here.
                ok = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except DependencyError as exc:
                raise EncryptedPdfError(
                    f"{path.name}: uses AES encryption, which needs the 'cryptography' package to read"
                ) from exc
            if not ok:
                raise EncryptedPdfError(f"{path.name}: the PDF is password-protected")
        n_pages = len(reader.pages)
        raw_title = reader.metadata.title if reader.metadata else None
    except EncryptedPdfError:
        raise
    except Exception as exc:  # pypdf raises many types on malformed input; all mean "damaged"
        raise CorruptDocumentError(
            f"{path.name}: the PDF cannot be read ({exc or type(exc).__name__})"
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
        raise CorruptDocumentError(f"{path.name}: none of the {n_pages} pages could be read")
    if not segments:
        raise NoTextLayerError(f"{path.name}: no page has selectable text")
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
