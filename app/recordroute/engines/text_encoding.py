"""Decode user text of unknown encoding.

`decode_text_bytes` is the app's single text-encoding routine: every face and layer that reads user text
goes through it, so a CP949 note or a UTF-16 export reads the same everywhere.
"""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer

from ..errors import EmptyFileError, TextDecodeError

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
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_NUL_PADDING = re.compile(rb"\x00{8,}")


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    text = text[:_SAMPLE_CHARS]
    bad = len(CONTROL_CHARS.findall(text))
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
        raise EmptyFileError.said("text_is_empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            unit = 4 if "32" in encoding else 2 if "16" in encoding else 1
            body = body[: len(body) - len(body) % unit]  # a save cut off mid-character loses that character
            try:
                return body.decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError as exc:
                raise TextDecodeError.said("text_marker_not_valid", encoding=encoding) from exc
    utf16 = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is NUL-riddled but valid UTF-8
    if utf16 is not None:
        return utf16
    cleaned = _NUL_PADDING.sub(b"", data)  # crash-padded logs end in NUL blocks; keep the text before them
    if not cleaned or len(_CONTROL_BYTES.findall(cleaned)) > max(2, len(cleaned) // 50):
        raise TextDecodeError.said("binary_not_text")
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
    raise TextDecodeError.said("unknown_text_encoding")
