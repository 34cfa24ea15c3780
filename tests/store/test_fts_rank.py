"""BM25 in bulk for a very common term (`store/fts_rank.py`): the same scores and order as FTS5's own ranking,
through inserts, edits, deletes and the migration, and a plain FTS5 ranking when a length is missing."""

from __future__ import annotations

import logging
import random
import sqlite3
from pathlib import Path

import pytest

from recordroute.store import Segment, Store, fts_rank, fts_words, transcripts
from recordroute.store.fts import QueryTerm, query_terms
from tests.helpers.library import add_segments, older_library

KOREAN = [
    "예산을",
    "예산과",
    "올해 예산",
    "예산안",
    "보고서를",
    "보고했다",
    "서버",
    "서버가",
    "일정은",
    "산과 들",
]
ENGLISH = ["the plan", "budget", "budgets", "the team", "review", "server", "schedule", "résumé", "notes"]


def _texts(rng: random.Random, n: int) -> list[str]:
    """Sentences of varied length and repeats, so lengths and counts differ from row to row."""
    out = []
    for _ in range(n):
        words = [rng.choice(KOREAN + ENGLISH) for _ in range(rng.randint(1, 9))]
        if rng.random() < 0.2:
            words += [rng.choice(KOREAN)] * rng.randint(2, 3)  # a word said several times
        out.append(" ".join(words))
    return out


_add = add_segments


def _fts5(con: sqlite3.Connection, term: QueryTerm, n: int) -> list[tuple[int, float]]:
    rows = con.execute(
        "SELECT rowid, rank FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rank, rowid LIMIT ?",
        (term.expr, n),
    )
    return [(int(r[0]), float(r[1])) for r in rows]


TERMS = ["예산", "보고서", "서버가", "산", "예", "budget", "the", "resume", "server", "산과"]


def _agrees(con: sqlite3.Connection, words: list[str] = TERMS) -> int:
    """Bulk and FTS5 rankings of each term, compared in full; returns how many rows they ranked."""
    ranked = 0
    for word in words:
        (term,) = query_terms(word)
        bulk = fts_rank.rank(con, term)
        assert bulk is not None
        expected = _fts5(con, term, 100_000)
        got = bulk.top(100_000)
        assert len(got) == len(expected) == len(bulk), word
        assert [i for i, _ in got] == [i for i, _ in expected], word
        assert max((abs(a[1] - b[1]) for a, b in zip(got, expected, strict=True)), default=0) < 1e-12
        # A short top is the head of the full order (ties broken by row id, as FTS5 does).
        assert bulk.top(7) == got[:7]
        ranked += len(got)
    return ranked


def test_bulk_ranking_equals_fts5_through_inserts_edits_and_deletes(tmp_path: Path) -> None:
    rng = random.Random(3)
    store = Store(tmp_path)
    con = store.db.connection()
    first = _add(store, "one", _texts(rng, 700))
    second = _add(store, "two", _texts(rng, 500))
    assert _agrees(con) > 2000
    store.transcripts.edit(first, 3, "예산 예산 예산 the budget review")
    store.transcripts.edit(second, 0, "서버가 멈췄다")
    with store.db.tx() as tx:
        store.transcripts.delete(tx, first)
    third = _add(store, "three", _texts(rng, 300))  # may reuse the freed row ids: their lengths are rewritten
    assert _agrees(con) > 800
    with store.db.tx() as tx:
        store.transcripts.replace(tx, third, [Segment(idx=0, text="예산 보고서", start=0.0, end=1.0)])
    assert _agrees(con, ["예산", "보고서"]) > 100


def test_search_gives_the_same_hits_ranked_in_bulk_or_by_fts5(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(11)
    store = Store(tmp_path)
    kept = _add(store, "kept", _texts(rng, 600))
    trashed = _add(store, "trashed", _texts(rng, 400))
    store.recordings.trash(trashed)
    queries = ["예산", "보고서", "서버", "예산 the", "budget", "산", "없는말"]
    for query in queries:
        for limit in (3, 10, 200):
            monkeypatch.setattr(fts_rank, "BULK_DOCS", 10**9)
            plain = store.transcripts.search(query, limit=limit)
            monkeypatch.setattr(fts_rank, "BULK_DOCS", 0)
            bulk = store.transcripts.search(query, limit=limit)
            assert [(h.recording_id, h.segment_idx, h.score) for h in bulk] == [
                (h.recording_id, h.segment_idx, h.score) for h in plain
            ], query
            assert all(h.recording_id == kept for h in bulk)
    assert len(store.transcripts.search("예산", limit=200)) == 200


def test_the_migration_fills_the_lengths_of_an_older_library(tmp_path: Path) -> None:
    texts = _texts(random.Random(5), 300)
    older_library(tmp_path, texts, version=12, first_id=9000)
    store = Store(tmp_path)  # migrates to the current version
    assert _agrees(store.db.connection()) > 500


def test_a_missing_length_falls_back_to_fts5_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = Store(tmp_path)
    _add(store, "one", _texts(random.Random(8), 400))
    con = store.db.connection()
    (term,) = query_terms("예산")
    monkeypatch.setattr(fts_rank, "BULK_DOCS", 10**9)
    plain = store.transcripts.search("예산", limit=20)
    with store.db.tx() as tx:
        tx.execute("DELETE FROM fts_lengths")
    with caplog.at_level(logging.WARNING, logger="recordroute.store.fts_rank"):
        assert fts_rank.rank(con, term) is None
    assert "ranked by FTS5 instead" in caplog.text
    monkeypatch.setattr(fts_rank, "BULK_DOCS", 0)
    assert [(h.segment_idx, h.score) for h in store.transcripts.search("예산", limit=20)] == [
        (h.segment_idx, h.score) for h in plain
    ]


def test_sizes_are_read_as_sqlite_varints() -> None:
    assert fts_rank.varints(bytes([0x0B, 0x00, 0x81, 0x00, 0xFA, 0x89, 0x00])) == [11, 0, 128, 2_000_000]


@pytest.mark.parametrize("bulk", [False, True])
def test_a_wider_page_of_a_checked_search_has_the_hits_of_one_wide_ranking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk: bool
) -> None:
    """ "예산 the": 예산 ranks and "the" (in most rows) is checked. The best-ranked 예산 rows are short ones
    without "the", so the first page falls short and the search pages further through the same ranking; its
    hits are those of one ranking wide enough from the start."""
    rng = random.Random(4)
    texts = [" ".join(rng.choice(["the plan", "the team", "review"]) for _ in range(3)) for _ in range(3000)]
    texts += ["예산"] * 300 + ["예산 " + " ".join(["the notes"] * rng.randint(1, 6)) for _ in range(60)]
    store = Store(tmp_path)
    _add(store, "big", texts)
    con = store.db.connection()
    monkeypatch.setattr(fts_words, "COMMON_DOCS", 50)
    monkeypatch.setattr(fts_rank, "BULK_DOCS", 0 if bulk else 10**9)
    assert [t.text for t in fts_words.plan(con, query_terms("예산 the")).checked] == ["the"]
    pages: list[int] = []
    real = fts_rank.fts5_ranking
    monkeypatch.setattr(fts_rank, "fts5_ranking", lambda c, m: pages.append(1) or real(c, m))
    paged = store.transcripts.search("예산 the", limit=40)
    assert bool(pages) != bulk  # FTS5 ranked everything once only when the bulk ranking was not there
    monkeypatch.setattr(transcripts, "TOP_MARGIN", 10_000)  # one page wide enough from the start
    wide = store.transcripts.search("예산 the", limit=40)
    assert [(h.segment_idx, h.score) for h in paged] == [(h.segment_idx, h.score) for h in wide]
    assert len(paged) == 40 and all("the" in h.text and "예산" in h.text for h in paged)


def test_a_phrase_is_counted_as_fts5_counts_it_on_the_bigram_column() -> None:
    (term,) = query_terms("서버가")
    assert fts_rank.phrase_count("버가 서버가 서버가서버가", term.grams()) == 3
    assert fts_rank.phrase_count("서버 가", term.grams()) == 0
