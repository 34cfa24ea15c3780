"""BM25 for one very common term, computed in bulk beside FTS5, with the same scores FTS5 gives.

Why: FTS5 ranks a match row by row, and for each row its bm25 looks up the row's length in
`segments_fts_docsize`, about 1 µs a row: a Korean word in 40k of 2M segments took 55 ms to rank, against 10 ms
to find. Here the term's instances come from FTS5's own index in one aggregate (an `fts5vocab` instance table),
the lengths from `fts_lengths` (one blob of 4096 uint32 totals per block of segment ids, read in bulk), and FTS5's
bm25 formula runs in numpy: 16 ms for the same word, with the same scores and the same order. A phrase (a word
with its particle) takes its rows from FTS5's match and its counts from its rarest bigram (`_phrase`).

`fts_lengths` is kept by `Transcripts` in the transaction that writes the FTS rows; it copies FTS5's own
per-row totals (`segments_fts_docsize`), so the lengths are the tokenizer's, not a guess. A deleted row's length
stays behind, harmless: only live rows have instances. A row whose length is missing, or counts that disagree
with the index, make `rank` give up (with a warning), and the caller ranks with FTS5 as before.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Iterable, Sequence

import numpy as np

from .fts import QueryTerm, bigrams

log = logging.getLogger(__name__)

BLOCK_BITS = 12  # 4096 segment ids a block: 16 KB, so a recording's rows touch one or two blocks
BLOCK = 1 << BLOCK_BITS
# From this many matching rows a single ranked term is ranked here. FTS5 spends ~1.4 ms per 1,000 rows on a word,
# ~3.6 on a phrase (a word + particle); here a fixed ~5 ms reads the length blocks of 2M segments, then ~0.5 ms per
# 1,000. Measured at 2M segments (CPU ms, load 2.4): a word in 40k rows 65 -> 27, a phrase in 5.8k 21 -> 15.
BULK_DOCS = 5_000
K1, B = 1.2, 0.75  # FTS5's bm25 constants
_INSTANCES = "temp.segments_fts_instances"


def varints(blob: bytes) -> list[int]:
    """The SQLite varints FTS5 packs its sizes and totals in."""
    out: list[int] = []
    value = 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            out.append(value)
            value = 0
    return out


def record_lengths(con: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Copy the FTS rows' totals of `ids` (just written) into their blocks. Call inside the writer's transaction."""
    wanted = sorted(set(ids))
    sizes: list[tuple[int, bytes]] = []
    for at in range(0, len(wanted), 500):  # well under SQLite's bound on bound parameters
        part = wanted[at : at + 500]
        marks = ",".join("?" * len(part))
        sizes += con.execute(
            f"SELECT id, sz FROM segments_fts_docsize WHERE id IN ({marks})", part
        ).fetchall()
    _write(con, ((int(i), sum(varints(sz))) for i, sz in sizes))


def fill_all(con: sqlite3.Connection) -> None:
    """Every live row's length, from FTS5's own sizes (the migration that adds the table)."""
    con.execute("DELETE FROM fts_lengths")
    block, lens = -1, np.zeros(BLOCK, dtype="<u4")
    # In id order, one block at a time: a library of 2M segments is never held whole (3.4 s there).
    for row_id, size in con.execute("SELECT id, sz FROM segments_fts_docsize ORDER BY id"):
        if row_id >> BLOCK_BITS != block:
            if block >= 0:
                con.execute("INSERT INTO fts_lengths (block, lens) VALUES (?, ?)", (block, lens.tobytes()))
            block, lens = row_id >> BLOCK_BITS, np.zeros(BLOCK, dtype="<u4")
        lens[row_id & (BLOCK - 1)] = min(sum(varints(size)), 0xFFFFFFFF)
    if block >= 0:
        con.execute("INSERT INTO fts_lengths (block, lens) VALUES (?, ?)", (block, lens.tobytes()))


def _write(con: sqlite3.Connection, lengths: Iterable[tuple[int, int]]) -> None:
    by_block: dict[int, list[tuple[int, int]]] = {}
    for row_id, n in lengths:
        by_block.setdefault(row_id >> BLOCK_BITS, []).append((row_id & (BLOCK - 1), n))
    for block, items in by_block.items():
        row = con.execute("SELECT lens FROM fts_lengths WHERE block = ?", (block,)).fetchone()
        lens = np.frombuffer(row[0], dtype="<u4").copy() if row else np.zeros(BLOCK, dtype="<u4")
        for offset, n in items:
            lens[offset] = min(n, 0xFFFFFFFF)
        con.execute("INSERT OR REPLACE INTO fts_lengths (block, lens) VALUES (?, ?)", (block, lens.tobytes()))


class Ranking:
    """Every row holding the term, best first as FTS5 orders them (rank ascending, then rowid)."""

    def __init__(self, ids: np.ndarray, ranks: np.ndarray) -> None:
        self.ids = ids
        self.ranks = ranks  # FTS5's `rank`: minus the bm25 score

    def __len__(self) -> int:
        return int(self.ids.size)

    def top(self, n: int) -> list[tuple[int, float]]:
        """The best `n` (id, rank) pairs; only the rows that can be among them are sorted."""
        if n < self.ids.size:
            cut = np.partition(self.ranks, n - 1)[n - 1]
            pick = np.nonzero(self.ranks <= cut)[0]
        else:
            pick = np.arange(self.ids.size)
        order = pick[np.lexsort((self.ids[pick], self.ranks[pick]))][:n]
        return list(zip(self.ids[order].tolist(), self.ranks[order].tolist(), strict=True))


def fts5_ranking(con: sqlite3.Connection, match: str) -> Ranking:
    """Every row FTS5 matches, with FTS5's own rank: for a search that will page through the ranking (it checks
    a common term on the rows), so a wider page does not rank everything again."""
    rows = con.execute("SELECT rowid, rank FROM segments_fts WHERE segments_fts MATCH ?", (match,)).fetchall()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    return Ranking(ids, np.array([r[1] for r in rows], dtype=np.float64))


def rank(con: sqlite3.Connection, term: QueryTerm) -> Ranking | None:
    """FTS5's ranking of `term` alone, or None when a matching row has no recorded length (rank with FTS5)."""
    con.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_INSTANCES} USING fts5vocab(main, segments_fts, instance)"
    )
    own = not con.in_transaction
    if own:
        con.execute("BEGIN")  # one snapshot for the instances, the lengths and the totals
    try:
        matches = _matches(con, term)
        if matches is not None and matches[0].size == 0:
            return Ranking(matches[0], np.zeros(0))
        lengths = _lengths(con, matches[0]) if matches is not None else None
        data = con.execute("SELECT block FROM segments_fts_data WHERE id = 1").fetchone()
    finally:
        if own:
            con.execute("COMMIT")
    if matches is None or lengths is None or data is None or not lengths.all():
        log.warning(
            "search: no bulk ranking for %r (lengths missing or not as indexed), ranked by FTS5 instead",
            term.text,
        )
        return None
    ids, freq = matches
    totals = varints(data[0])
    return Ranking(ids, -_bm25(freq, lengths, rows=totals[0], tokens=sum(totals[1:])))


def _bm25(freq: np.ndarray, lengths: np.ndarray, *, rows: int, tokens: int) -> np.ndarray:
    """fts5_aux.c's bm25 for one phrase, in its order of operations (so the scores are FTS5's to the bit)."""
    idf = math.log((rows - freq.size + 0.5) / (freq.size + 0.5))
    idf = idf if idf > 0 else 1e-6
    avgdl = tokens / rows
    f = freq.astype(np.float64)
    return idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * lengths.astype(np.float64) / avgdl)))


def _matches(con: sqlite3.Connection, term: QueryTerm) -> tuple[np.ndarray, np.ndarray] | None:
    """(row ids, phrase count in each) of the rows FTS5 would match `term` in."""
    if term.prefix:  # every word that starts with it, as a prefix query reads them
        where = "term >= ? AND term < ?"
        return _counted(_numbers(con, "doc", where, [term.column, term.text, term.text + "\U0010ffff"]))
    grams = term.grams()
    if len(grams) == 1:
        return _counted(_numbers(con, "doc", "term = ?", [term.column, grams[0]]))
    return _phrase(con, term, grams)


def _phrase(
    con: sqlite3.Connection, term: QueryTerm, grams: list[str]
) -> tuple[np.ndarray, np.ndarray] | None:
    """A phrase (a Korean word with its particle): the rows FTS5 matches it in, and in each the count of its
    rarest bigram, which is the phrase's count wherever that bigram is there once. Rows that hold it more
    often are counted on their text, which the grams column was made from. None: the two disagree."""
    found = con.execute(
        "SELECT group_concat(rowid) FROM segments_fts WHERE segments_fts MATCH ?", (term.expr,)
    ).fetchone()[0]
    ids = np.unique(_parsed(found))
    if ids.size == 0:
        return ids, np.zeros(0, dtype=np.int64)
    marks = ",".join("?" * len(grams))
    counts = dict(
        con.execute(
            f"SELECT word, docs FROM fts_words WHERE col = 'grams' AND word IN ({marks})", grams
        ).fetchall()
    )
    rare = min(grams, key=lambda g: counts.get(g, 0))
    docs, freq = _counted(_numbers(con, "doc", "term = ?", [term.column, rare]))
    at = np.minimum(np.searchsorted(docs, ids), max(docs.size - 1, 0))
    if docs.size == 0 or not np.array_equal(docs[at], ids):
        return None
    freq = freq[at]
    several = np.nonzero(freq > 1)[0]
    for at_row in range(0, several.size, 500):
        part = several[at_row : at_row + 500]
        rows = con.execute(
            f"SELECT id, text FROM segments WHERE id IN ({','.join('?' * part.size)})", ids[part].tolist()
        ).fetchall()
        texts = {int(i): text for i, text in rows}
        for k in part:
            freq[k] = phrase_count(texts.get(int(ids[k]), ""), grams)
    if several.size and not freq[several].all():
        return None
    return ids, freq


def phrase_count(text: str, grams: list[str]) -> int:
    """How often the bigrams `grams` stand in a row in `text`'s bigram column."""
    seq = bigrams(text).split()
    n = len(grams)
    return sum(1 for i in range(len(seq) - n + 1) if seq[i : i + n] == grams)


def _numbers(con: sqlite3.Connection, what: str, where: str, args: Sequence[object]) -> np.ndarray:
    # One aggregate string instead of a Python row per instance: 40k instances cost 7 ms, not 15.
    sql = f"SELECT group_concat(CASE WHEN col = ? THEN {what} END) FROM {_INSTANCES} WHERE {where}"
    return _parsed(con.execute(sql, args).fetchone()[0])


def _parsed(text: str | None) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.array(text.split(","), dtype=np.int64)


def _counted(docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ids, counts = np.unique(docs, return_counts=True)
    return ids.astype(np.int64), counts


def _lengths(con: sqlite3.Connection, ids: np.ndarray) -> np.ndarray | None:
    """The recorded lengths of `ids` (sorted), from the blocks that hold them."""
    blocks = np.unique(ids >> BLOCK_BITS)
    lo, hi = int(blocks[0]), int(blocks[-1])
    rows = con.execute("SELECT block, lens FROM fts_lengths WHERE block BETWEEN ? AND ?", (lo, hi)).fetchall()
    table = np.zeros((hi - lo + 1) * BLOCK, dtype="<u4")
    for block, blob in rows:
        if len(blob) != BLOCK * 4:
            return None
        start = (int(block) - lo) * BLOCK
        table[start : start + BLOCK] = np.frombuffer(blob, dtype="<u4")
    return table[ids - lo * BLOCK]
