"""The word table beside FTS5: counts that follow the index, and searches that check very common terms on the
ranked rows instead of ranking on them, with the same hits as the plain query."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from recordroute.store import Segment, Store, fts_words
from recordroute.store.fts import query_terms
from tests.helpers.library import add_segments, older_library

TEXTS = [
    "We reviewed the budget for the new office.",
    "Café owners don't like the résumé format; naïve déjà vu.",
    "올해 예산과 일정을 검토했습니다. The budget is 3,400 dollars.",
    "다음 주까지 예산을 확정합니다",
    "snake_case and kebab-case, CamelCase and ÉCOLE",
    "日本語のテキストと中文 mixed with 한국어 단어",
    "Straße, ﬁne ligatures, full-width ＡＢＣ, and ½ numbers 2nd",
    "예산 예산 예산",
    "예산 산과 (a phrase of bigrams across two words: FTS5 matches 예산과 here, so must the check)",
]


_add = add_segments


def _table(con: sqlite3.Connection) -> dict[tuple[str, str], int]:
    return {(r[0], r[1]): r[2] for r in con.execute("SELECT col, word, docs FROM fts_words")}


def _vocabulary(con: sqlite3.Connection) -> dict[tuple[str, str], int]:
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, segments_fts, col)")
    return {(r[0], r[1]): r[2] for r in con.execute("SELECT col, term, doc FROM temp.v")}


def test_word_table_follows_the_index_through_inserts_edits_and_deletes(tmp_path: Path) -> None:
    store = Store(tmp_path)
    con = store.db.connection()
    first = _add(store, "one", TEXTS, flagged={1})
    second = _add(store, "two", list(reversed(TEXTS)))
    assert _table(con) == _vocabulary(con)
    store.transcripts.edit(first, 1, "the flagged one, now trusted: 예산안")  # was flagged: no FTS row before
    store.transcripts.edit(second, 0, "replaced text entirely")
    assert _table(con) == _vocabulary(con)
    with store.db.tx() as tx:
        store.transcripts.replace(tx, second, [Segment(idx=0, text="only the budget", start=0.0, end=1.0)])
    assert _table(con) == _vocabulary(con)
    with store.db.tx() as tx:
        store.transcripts.delete(tx, first)
        store.transcripts.delete(tx, second)
    assert _table(con) == {} == _vocabulary(con)


def test_migration_fills_the_table_from_the_index(tmp_path: Path) -> None:
    older_library(tmp_path, TEXTS, version=8)
    store = Store(tmp_path)
    con = store.db.connection()
    assert _table(con) == _vocabulary(con) and len(_table(con)) > 40
    store.recordings.trash(1)
    store.purge(1)
    assert _table(con) == {}


@pytest.mark.parametrize(
    "query",
    [
        "the",
        "budg",
        "예산",
        "예산을",
        "예산과",
        "과",
        "산",
        "cafe",
        "café",
        "resume",
        "日本",
        "ab",
        "2",
        "kebab",
        "fine",
        "strasse",
    ],
)
def test_the_row_check_agrees_with_fts5(tmp_path: Path, query: str) -> None:
    store = Store(tmp_path)
    _add(store, "one", TEXTS)
    con = store.db.connection()
    (term,) = query_terms(query)
    by_fts = {
        r[0] for r in con.execute("SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?", (term.expr,))
    }
    texts = dict(con.execute("SELECT id, text FROM segments").fetchall())
    by_check = {rowid for rowid, text in texts.items() if fts_words.holds(term, text)}
    assert by_check == by_fts, query


def test_a_common_term_is_checked_not_ranked_with_the_same_hits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library where "the" is in most rows: with the threshold lowered to this library's size, "예산 the"
    ranks on 예산 and checks "the"; the hits are exactly the rows holding both."""
    rng = random.Random(7)
    fillers = ["the plan", "the team", "a note", "schedule", "the the", "review"]
    texts = []
    for i in range(400):
        words = [rng.choice(fillers) for _ in range(rng.randint(1, 4))]
        if i % 15 == 0:
            words.append(rng.choice(["예산을", "예산과", "올해 예산"]))
        rng.shuffle(words)
        texts.append(" ".join(words))
    store = Store(tmp_path)
    rid = _add(store, "big", texts)
    con = store.db.connection()
    monkeypatch.setattr(fts_words, "COMMON_DOCS", 50)  # the library is small: lower the bar
    split = fts_words.plan(con, query_terms("예산 the"))
    assert [t.text for t in split.ranked] == ["예산"] and [t.text for t in split.checked] == ["the"]
    both = {
        r[0]
        for r in con.execute(
            "SELECT s.idx FROM segments_fts f JOIN segments s ON s.id = f.rowid WHERE segments_fts MATCH ?",
            ('grams : "예산" AND text : "the"*',),
        )
    }
    assert 10 < len(both) < 27
    hits = store.transcripts.search("예산 the", limit=100)
    assert {h.segment_idx for h in hits} == both and {h.recording_id for h in hits} == {rid}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    top = store.transcripts.search("예산 the", limit=5)
    assert len(top) == 5 and {h.segment_idx for h in top} <= both
    # Two terms of similar frequency rank together, as before.
    assert fts_words.plan(con, query_terms("the plan")).checked == []
