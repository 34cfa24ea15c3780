"""A word table kept beside the FTS5 index: how many segments hold each word, per column.

Why: FTS5 ranks with BM25, and BM25 counts every row of each query term to weigh it. A word in a third of a
large library (an English "the" beside a Korean word) makes a query read that word's whole row list, and a
prefix query (`the*`) merges every matching word's list first: 200+ ms at 2M segments. With the table, a search
knows which of its terms are that common before it runs, ranks on the rarer terms and checks the common ones on
the candidate rows only (the "common terms" design of Lucene's cutoff frequency). The counts need only be close:
they choose the plan, never the hits.

Kept in the same transaction as `segments_fts`, by `Transcripts`. The migration fills it from FTS5's own
vocabulary; after that, words are counted with `tokens()`, which follows the `unicode61 remove_diacritics 2`
tokenizer (letters and digits, lower case, accents removed).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .fts import CJK_RUN, QueryTerm, bigrams, fold

COLUMN_TEXT = "text"
COLUMN_GRAMS = "grams"

# A term this common is a filter, not a ranking term, when the query has a rarer one. Measured at 2M segments: ANDing
# a prefix term of 100k rows costs 12-17 ms over the rarer term alone, one of 800k rows 90-110 ms; below 100k the
# plain query costs less than ranking the wider top the check needs.
COMMON_DOCS = 100_000
# ... and only if it is this many times commoner than the rarest term (two similar terms rank together).
COMMON_RATIO = 8

_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """The words FTS5's unicode61 tokenizer (remove_diacritics 2) makes of `text`, in order."""
    return _WORD.findall(fold(text))


def segment_words(texts: Iterable[str]) -> Counter[tuple[str, str]]:
    """(column, word) -> number of the texts that hold it, as the FTS rows of these texts index them."""
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        counts.update({(COLUMN_TEXT, w) for w in tokens(text)})
        counts.update({(COLUMN_GRAMS, g) for g in bigrams(text).split()})
    return counts


def add(con: sqlite3.Connection, counts: Counter[tuple[str, str]], sign: int) -> None:
    """Add (`sign` 1) or remove (-1) the counts of indexed texts. Call inside the caller's transaction."""
    if not counts:
        return
    con.executemany(
        "INSERT INTO fts_words (col, word, docs) VALUES (?, ?, ?) "
        "ON CONFLICT (col, word) DO UPDATE SET docs = docs + excluded.docs",
        [(col, word, sign * n) for (col, word), n in counts.items()],
    )
    if sign < 0:
        con.executemany(
            "DELETE FROM fts_words WHERE col = ? AND word = ? AND docs <= 0", [key for key in counts]
        )


def term_docs(con: sqlite3.Connection, term: QueryTerm) -> int:
    """About how many segments match `term` (an upper bound for a phrase: its rarest bigram)."""
    if term.column == COLUMN_GRAMS and not term.prefix:
        grams = term.grams()
        marks = ",".join("?" * len(grams))
        row = con.execute(
            f"SELECT MIN(docs), COUNT(*) FROM fts_words WHERE col = 'grams' AND word IN ({marks})", grams
        ).fetchone()
        return 0 if row[1] < len(set(grams)) else int(row[0])
    # A prefix: every word that starts with it (words beyond the prefix range sort after `prefix + U+10FFFF`).
    row = con.execute(
        "SELECT COALESCE(SUM(docs), 0) FROM fts_words WHERE col = ? AND word >= ? AND word < ?",
        (term.column, term.text, term.text + "\U0010ffff"),
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class SearchPlan:
    """Terms FTS5 ranks on, and terms only checked on the rows it ranked (empty: the plain query)."""

    ranked: list[QueryTerm]
    checked: list[QueryTerm]
    pass_rate: float = 1.0  # the share of ranked rows expected to hold every checked term
    ranked_docs: int = 0  # about how many rows the ranked term matches, when it is the only one

    def match(self) -> str:
        return " AND ".join(t.expr for t in self.ranked)


def plan(con: sqlite3.Connection, terms: Sequence[QueryTerm]) -> SearchPlan:
    """Split the query's terms: the rarest always ranks; a term that is common, and much commoner than the
    rarest, is checked on the ranked rows instead."""
    docs = [term_docs(con, t) for t in terms]
    if len(terms) < 2:
        return SearchPlan(list(terms), [], ranked_docs=sum(docs))
    rarest = min(docs)
    ranked: list[QueryTerm] = []
    checked: list[QueryTerm] = []
    # The highest segment id bounds the row count from above (cheap), so the pass rate errs low: a wider first top.
    rows = max(int(con.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0]), 1)
    pass_rate = 1.0
    for term, n in zip(terms, docs, strict=True):
        common = n >= COMMON_DOCS and n >= COMMON_RATIO * max(rarest, 1)
        (checked if common else ranked).append(term)
        if common:
            pass_rate *= min(n / rows, 1.0)
    ranked_docs = sum(n for t, n in zip(terms, docs, strict=True) if t in ranked) if len(ranked) == 1 else 0
    return SearchPlan(ranked, checked, pass_rate, ranked_docs)


def holds(term: QueryTerm, text: str) -> bool:
    """Whether FTS5 would match `term` in a row indexed from `text`."""
    if term.column == COLUMN_TEXT:
        if not text.isascii() and term.text.isascii():
            # Hangul beside Latin words: folding it (decomposed to jamo and back) was most of a check's time.
            # Each CJK character becomes one letter, so word starts stay where they were.
            text = CJK_RUN.sub(lambda m: "x" * len(m.group()), text)
        folded = text.lower() if text.isascii() else fold(text)
        return _word_start(term.text).search(folded) is not None
    if term.text[:2] not in text:
        return False  # quick: every match holds the term's first bigram (or its one syllable)
    grams = bigrams(text).split()
    if term.prefix:
        return any(g.startswith(term.text) for g in grams)
    want = term.grams()
    return any(grams[i : i + len(want)] == want for i in range(len(grams) - len(want) + 1))


@functools.lru_cache(maxsize=256)
def _word_start(prefix: str) -> re.Pattern[str]:
    # The prefix at the start of a word: not after a letter or digit (the tokenizer's word characters).
    return re.compile(r"(?<![^\W_])" + re.escape(prefix))
