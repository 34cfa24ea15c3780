"""Korean-aware full-text helpers for SQLite FTS5.

Design: FTS5's unicode61 tokenizer splits on whitespace, so a Korean word keeps its particle attached
(`예산과`, `예산을`) and the query `예산` would not match. The trigram tokenizer cannot match 2-syllable words.
So every indexed text gets a second column of overlapping character bigrams for Hangul/CJK runs
(`예산과` → `예산 산과`), and a Hangul query term becomes a phrase of its bigrams (`"예산"`), which matches any
word containing it. Latin terms use prefix queries (`budget*`) on the normal column. A 1-syllable Hangul term is a
prefix query on the bigram column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CJK = r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff"
CJK_RUN = re.compile(f"[{_CJK}]+")
_TERM = re.compile(rf"[{_CJK}]+|[^\W_]+", re.UNICODE)


def bigrams(text: str) -> str:
    """Space-joined bigrams of every CJK run in `text` (single characters kept as they are)."""
    out: list[str] = []
    for run in CJK_RUN.findall(text):
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(out)


def is_cjk(term: str) -> bool:
    return bool(CJK_RUN.fullmatch(term))


@dataclass(frozen=True)
class QueryTerm:
    """One term of a keyword query: `text` lower-cased, searched in `column` ("text" or "grams")."""

    text: str
    column: str
    prefix: bool
    expr: str  # its FTS5 MATCH expression, every user character inside quotes

    def grams(self) -> list[str]:
        return [self.text[i : i + 2] for i in range(len(self.text) - 1)]


def query_terms(query: str) -> list[QueryTerm]:
    """The terms of free user text, in order. A Hangul term is a phrase of its bigrams (a prefix on the bigram
    column when it is one syllable); any other term is a prefix on the text column."""
    out: list[QueryTerm] = []
    for term in _TERM.findall(query.lower()):
        if is_cjk(term):
            if len(term) == 1:
                out.append(QueryTerm(term, "grams", True, f'grams : "{term}"*'))
            else:
                grams = " ".join(term[i : i + 2] for i in range(len(term) - 1))
                out.append(QueryTerm(term, "grams", False, f'grams : "{grams}"'))
        else:
            out.append(QueryTerm(fold(term), "text", True, f'text : "{term}"*'))
    return out


def build_match(query: str) -> str | None:
    """Turn free user text into a safe FTS5 MATCH expression (AND of terms), or None if nothing to search.

    User input never reaches FTS5 syntax directly: every term is quoted, so `"`, `*`, `NEAR`, `-` are inert.
    """
    terms = query_terms(query)
    return " AND ".join(t.expr for t in terms) if terms else None


def fold(text: str) -> str:
    """Lower case without accents, as the unicode61 tokenizer (remove_diacritics 2) folds words (NFC again
    after, so Hangul syllables stay whole)."""
    folded = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in folded if unicodedata.category(ch) != "Mn"))


# Function words are not worth marking in a semantic hit's snippet (keyword hits need every term anyway).
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "we",
        "were",
        "will",
        "with",
        "you",
        "your",
        "what",
        "who",
        "when",
        "where",
        "why",
        "how",
        "do",
        "does",
        "did",
    ]
)


def highlight_terms(query: str) -> list[str]:
    """Terms to highlight in snippets (lowercased, function words left out)."""
    return [t for t in _TERM.findall(query.lower()) if t and t not in _STOP]


def make_snippet(text: str, query: str, *, width: int = 160, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of `text` around the first match, matches wrapped in `mark`. Substring based so Korean
    particles and prefixes are highlighted the same way the index matched them."""
    text = " ".join(text.split())
    terms = sorted(set(highlight_terms(query)), key=len, reverse=True)
    lower = text.lower()
    first = min((p for p in (lower.find(t) for t in terms) if p >= 0), default=0)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    window = text[start:end]
    if terms:
        # Latin terms matched as prefixes, so the whole word is marked; CJK terms are marked where they occur.
        alts = [re.escape(t) if is_cjk(t) else rf"\b{re.escape(t)}\w*" for t in terms]
        pattern = re.compile("|".join(alts), re.IGNORECASE)
        window = pattern.sub(lambda m: f"{mark[0]}{m.group(0)}{mark[1]}", window)
    return ("…" if start > 0 else "") + window + ("…" if end < len(text) else "")
