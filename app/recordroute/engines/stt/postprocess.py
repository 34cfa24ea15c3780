"""Transcript clean-up rules from the original app, as pure functions over segments.

Order (see `postprocess`): merge identical neighbours, drop hallucinations, optionally drop fillers, limit
repetition, normalise text. Every function returns new Segment objects and never mutates its input. When a
rule removes words from a segment it removes the matching timed `words` too, so word timestamps always match
the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ...paths import resource
from .data import Segment

LANGUAGES = ("ko", "en")

MAX_RUN = 2  # the same word or phrase at most this many times in a row
MAX_PHRASE = 4  # longest phrase checked for back-to-back repetition
MAX_TOTAL = 5  # a word at most this many times in one segment
MAX_TOTAL_SHORT = 3  # ... and a word of <= SHORT_LEN characters at most this many times
SHORT_LEN = 2
MIN_RUN_DIGITS = 10  # runs of this many number-only tokens are Whisper counting loops


# --- word lists ----------------------------------------------------------------------------------------------
def _read_list(folder: str, lang: str) -> list[str]:
    path = resource(folder, f"{lang}.txt")
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def hallucination_phrases() -> frozenset[str]:
    """Normalised subtitle-credit phrases from resources/hallucinations/*.txt (ko, en, and the languages
    auto-detect wrongly picks on noise, such as es)."""
    langs = sorted({*LANGUAGES, *(p.stem for p in resource("hallucinations").glob("*.txt"))})
    return frozenset(_norm_phrase(p) for lang in langs for p in _read_list("hallucinations", lang))


@lru_cache(maxsize=1)
def filler_words() -> frozenset[str]:
    """Normalised filler words from resources/fillers/{ko,en}.txt."""
    return frozenset(_key(w) for lang in LANGUAGES for w in _read_list("fillers", lang))


# --- text helpers --------------------------------------------------------------------------------------------
_TRAILING_PUNCT = " \t.,!?;:~…。、，！？"


def _norm_phrase(text: str) -> str:
    """Whitespace collapsed, lower case, trailing punctuation removed: how credit lines are compared."""
    return re.sub(r"\s+", " ", text).strip().lower().rstrip(_TRAILING_PUNCT)


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _key(token: str) -> str:
    """Comparison key of a word: lower case without leading/trailing punctuation ("Hello," == "hello")."""
    token = token.strip().lower()
    start, end = 0, len(token)
    while start < end and _is_punct(token[start]):
        start += 1
    while end > start and _is_punct(token[end - 1]):
        end -= 1
    return token[start:end]


def _weight(text: str) -> int:
    """Letters and digits, counting a Hangul/CJK character as two: one syllable carries about as much as
    two Latin letters, so min_chars=2 drops a stray "a" but keeps a one-syllable Korean answer like "네"."""
    total = 0
    for ch in text:
        if ch.isalnum():
            total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


# --- tokens aligned with timed words ------------------------------------------------------------------------
@dataclass
class _Token:
    key: str
    text_index: int  # index in text.split(), or -1 when text and words do not line up
    word_indices: list[int]


def _tokens(seg: Segment) -> list[_Token]:
    """Whitespace tokens of the segment, each with the indices of its timed words.

    Whisper's words start with a space when they start a new token; a word without one (e.g. "-honor" after
    "re") belongs to the previous token, so "re-honor" is one token with two timed words.
    """
    text_parts = seg.text.split()
    if not seg.words:
        return [_Token(_key(t), i, []) for i, t in enumerate(text_parts)]
    groups: list[list[int]] = []
    for i, w in enumerate(seg.words):
        if not groups or w.word[:1].isspace():
            groups.append([i])
        else:
            groups[-1].append(i)
    aligned = len(groups) == len(text_parts)
    out = []
    for n, g in enumerate(groups):
        word_text = "".join(seg.words[i].word for i in g)
        out.append(_Token(_key(word_text), n if aligned else -1, g))
    return out


def _keep_tokens(seg: Segment, tokens: list[_Token], keep: Sequence[bool]) -> Segment:
    """Segment with only the kept tokens; text and words stay consistent."""
    if all(keep):
        return seg
    kept = [t for t, k in zip(tokens, keep, strict=True) if k]
    words = [seg.words[i] for t in kept for i in t.word_indices]
    if not seg.words or all(t.text_index >= 0 for t in tokens):
        parts = seg.text.split()
        text = " ".join(parts[t.text_index] for t in kept)
    else:  # text and words disagree: the words are the source of truth
        text = "".join(w.word for w in words).strip()
    return replace(seg, text=text, words=words)


# --- 1. merge identical neighbours ---------------------------------------------------------------------------
def merge_identical(segments: Sequence[Segment], gap: float = 0.2) -> list[Segment]:
    """Merge consecutive segments with the same text when the next starts <= `gap` s after the current ends.

    The merged segment spans both; it keeps the first one's words, since its text is said once.
    """
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if prev is not None and _norm_phrase(prev.text) == _norm_phrase(seg.text) and seg.t0 - prev.t1 <= gap:
            out[-1] = replace(prev, end=max(prev.t1, seg.t1))
        else:
            out.append(seg)
    return out


# --- 2. hallucinations ---------------------------------------------------------------------------------------
def is_hallucination(text: str, phrases: Iterable[str] | None = None) -> bool:
    known = hallucination_phrases() if phrases is None else {_norm_phrase(p) for p in phrases}
    return _norm_phrase(text) in known


def drop_hallucinations(
    segments: Sequence[Segment], min_chars: int = 2, phrases: Iterable[str] | None = None
) -> list[Segment]:
    """Drop empty segments, segments with fewer than `min_chars` letters/digits (Hangul counts double) and
    exact subtitle-credit hallucinations ("자막을 사용하였습니다.", "Thanks for watching!")."""
    known = hallucination_phrases() if phrases is None else frozenset(_norm_phrase(p) for p in phrases)
    return [
        s
        for s in segments
        if s.text.strip() and _weight(s.text) >= min_chars and _norm_phrase(s.text) not in known
    ]


# --- 3. fillers ----------------------------------------------------------------------------------------------
def _is_number(key: str) -> bool:
    return bool(re.fullmatch(r"[\d.,]*\d[\d.,]*", key))


def filter_fillers(segments: Sequence[Segment], fillers: Iterable[str] | None = None) -> list[Segment]:
    """Drop segments made only of fillers (음, 어, um, uh...), segments of >= 10 words using <= 2 distinct
    words ("네 네 네 ..."), and remove runs of >= 10 number-only tokens (Whisper's "1 2 3 4 ..." loops)."""
    known = filler_words() if fillers is None else frozenset(_key(f) for f in fillers)
    out: list[Segment] = []
    for seg in segments:
        tokens = _tokens(seg)
        keys = [t.key for t in tokens if t.key]
        if keys and all(k in known for k in keys):
            continue
        if len(keys) >= 10 and len(set(keys)) <= 2:
            continue
        keep = [True] * len(tokens)
        i = 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and _is_number(tokens[j].key):
                j += 1
            if j - i >= MIN_RUN_DIGITS:
                keep[i:j] = [False] * (j - i)
            i = max(j, i + 1)
        seg = _keep_tokens(seg, tokens, keep)
        if seg.text.strip():
            out.append(seg)
    return out


# --- 4. repetition -------------------------------------------------------------------------------------------
def _limit_keys(keys: Sequence[str]) -> list[bool]:
    """Which tokens survive: no word or phrase (<= MAX_PHRASE words) more than MAX_RUN times in a row, no
    word more than MAX_TOTAL times (MAX_TOTAL_SHORT for short words). Punctuation-only tokens always stay."""
    kept: list[int] = []
    for idx in range(len(keys)):
        kept.append(idx)
        for n in range(1, MAX_PHRASE + 1):
            span = n * (MAX_RUN + 1)
            if len(kept) < span:
                break
            tail = [keys[i] for i in kept[-span:]]
            if all(tail) and all(tail[k] == tail[k % n] for k in range(span)):
                del kept[-n:]  # the run's last repetition
                break
    counts: Counter[str] = Counter()
    keep = [False] * len(keys)
    for i in kept:
        k = keys[i]
        if k:
            counts[k] += 1
            cap = MAX_TOTAL_SHORT if len(k) <= SHORT_LEN else MAX_TOTAL
            if counts[k] > cap:
                continue
        keep[i] = True
    return keep


def limit_repetition_text(text: str) -> str:
    """`limit_repetition` for bare text (no timed words)."""
    parts = text.split()
    keep = _limit_keys([_key(p) for p in parts])
    return " ".join(p for p, k in zip(parts, keep, strict=True) if k)


def limit_repetition(segments: Sequence[Segment]) -> list[Segment]:
    """Apply the repetition caps to every segment, dropping the timed words of removed tokens."""
    out = []
    for seg in segments:
        tokens = _tokens(seg)
        out.append(_keep_tokens(seg, tokens, _limit_keys([t.key for t in tokens])))
    return out


# --- 5. normalise --------------------------------------------------------------------------------------------
def normalise_text(text: str) -> str:
    """Runs of 4+ dots become "...", whitespace runs one space, ends stripped."""
    text = re.sub(r"\.{4,}", "...", text)
    return re.sub(r"\s+", " ", text).strip()


def postprocess(segments: Sequence[Segment], *, filler_filter: bool = False) -> list[Segment]:
    """All rules in the original app's order; segments left with no text are dropped at the end."""
    segs = merge_identical(segments)
    segs = drop_hallucinations(segs)
    if filler_filter:
        segs = filter_fillers(segs)
    segs = limit_repetition(segs)
    segs = [replace(s, text=normalise_text(s.text)) for s in segs]
    return [s for s in segs if s.text]
