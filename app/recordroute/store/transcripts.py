"""Transcript segments and their FTS5 index, always changed together in one transaction."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence

from ..errors import NotFoundError
from ..vocab import StageState
from . import fts_rank, fts_words
from .chunks import bump_generation
from .db import Database, inserted_id
from .filters import filter_conditions
from .fts import QueryTerm, bigrams, make_snippet, query_terms
from .models import HiddenSpeech, SearchHit, Segment, Word, segment_from_row
from .stage_state import write_stage_state

TOP_MARGIN = 10  # rows ranked beyond `limit`, so a trashed or filtered-out hit rarely needs a second pass
MAX_FIRST_TOP = 2_000  # the widest first pass; wider ones come only when it falls short


class Transcripts:
    def __init__(self, db: Database) -> None:
        self.db = db

    def replace(self, con: sqlite3.Connection, rec_id: int, segments: Sequence[Segment]) -> None:
        """Swap a recording's segments for new ones. Call inside the caller's transaction."""
        self._delete(con, rec_id)
        # Stored translations are line for line with the old segments: they no longer line up.
        dropped = con.execute("DELETE FROM translations WHERE recording_id = ?", (rec_id,)).rowcount
        if dropped:
            con.execute(
                "INSERT INTO events (recording_id, at, level, stage, message) "
                "VALUES (?, strftime('%s','now'), 'info', 'translate', ?)",
                (rec_id, "the transcript changed: its translations were removed (translate it again)"),
            )
        bump_generation(con)
        indexed: list[str] = []
        indexed_ids: list[int] = []
        for seg in segments:
            words = json.dumps([_word_dict(w) for w in seg.words]) if seg.words else None
            cur = con.execute(
                "INSERT INTO segments (recording_id, idx, start, end, page, text, words, speaker, confidence, "
                "flag, source_idx, overlap) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    rec_id,
                    seg.idx,
                    seg.start,
                    seg.end,
                    seg.page,
                    seg.text,
                    words,
                    seg.speaker,
                    seg.confidence,
                    seg.flag,
                    seg.idx if seg.source_idx is None else seg.source_idx,
                    int(seg.overlap),
                ),
            )
            if seg.flag is not None:
                continue  # untrusted text: kept for the transcript view, never searchable
            con.execute(
                "INSERT INTO segments_fts (rowid, text, grams, recording_id) VALUES (?, ?, ?, ?)",
                (cur.lastrowid, seg.text, bigrams(seg.text), rec_id),
            )
            indexed.append(seg.text)
            indexed_ids.append(inserted_id(cur))
        fts_words.add(con, fts_words.segment_words(indexed), 1)
        fts_rank.record_lengths(con, indexed_ids)

    def delete(self, con: sqlite3.Connection, rec_id: int) -> None:
        self._delete(con, rec_id)

    @staticmethod
    def _delete(con: sqlite3.Connection, rec_id: int) -> None:
        indexed = [
            r[0]
            for r in con.execute(
                "SELECT text FROM segments WHERE recording_id = ? AND flag IS NULL", (rec_id,)
            )
        ]
        fts_words.add(con, fts_words.segment_words(indexed), -1)
        # By rowid: `recording_id` is UNINDEXED in FTS5, so filtering on it would read every FTS row.
        con.execute(
            "DELETE FROM segments_fts WHERE rowid IN (SELECT id FROM segments WHERE recording_id = ?)",
            (rec_id,),
        )
        con.execute("DELETE FROM segments WHERE recording_id = ?", (rec_id,))

    def segments(self, rec_id: int, *, include_flagged: bool = False) -> list[Segment]:
        """The recording's segments in order; flagged (untrusted) ones only with `include_flagged` (the
        transcript view and re-diarization, which must keep them)."""
        hidden = "" if include_flagged else " AND s.flag IS NULL"
        rows = self.db.connection().execute(
            "SELECT s.*, sp.name AS speaker_name FROM segments s LEFT JOIN speakers sp "
            "ON sp.recording_id = s.recording_id AND sp.label = s.speaker "
            f"WHERE s.recording_id = ?{hidden} ORDER BY s.idx",
            (rec_id,),
        )
        return [segment_from_row(r) for r in rows]

    def hidden(self, rec_id: int) -> HiddenSpeech:
        """How much speech was kept hidden as not recognised reliably."""
        row = (
            self.db.connection()
            .execute(
                "SELECT COUNT(*), COALESCE(SUM(MAX(0, COALESCE(end, 0) - COALESCE(start, 0))), 0) FROM segments "
                "WHERE recording_id = ? AND flag IS NOT NULL",
                (rec_id,),
            )
            .fetchone()
        )
        return HiddenSpeech(int(row[0]), float(row[1]))

    def edit(self, rec_id: int, idx: int, text: str) -> None:
        """Change one segment's text; the FTS row follows in the same transaction."""
        text = " ".join(text.split())
        with self.db.tx() as con:
            row = con.execute(
                "SELECT id, text, flag FROM segments WHERE recording_id = ? AND idx = ?", (rec_id, idx)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"recording {rec_id} has no segment {idx}")
            # The user's own text is trusted: an edited segment leaves the hidden ones
            con.execute(
                "UPDATE segments SET text = ?, words = NULL, flag = NULL WHERE id = ?", (text, row["id"])
            )
            con.execute("DELETE FROM segments_fts WHERE rowid = ?", (row["id"],))
            con.execute(
                "INSERT INTO segments_fts (rowid, text, grams, recording_id) VALUES (?, ?, ?, ?)",
                (row["id"], text, bigrams(text), rec_id),
            )
            fts_rank.record_lengths(con, [row["id"]])
            if row["flag"] is None:
                fts_words.add(con, fts_words.segment_words([row["text"]]), -1)
            fts_words.add(con, fts_words.segment_words([text]), 1)
            bump_generation(con)
            # Its search chunks now hold the old wording: flag them for a re-index (the GUI offers one).
            write_stage_state(con, rec_id, "index", StageState.STALE, only_from=StageState.DONE)
            con.execute(
                "INSERT INTO events (recording_id, at, level, stage, message) "
                "VALUES (?, strftime('%s','now'), 'info', 'edit', ?)",
                (rec_id, f"segment {idx} edited"),
            )

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        kind: str | None = None,
        since: float | None = None,
        until: float | None = None,
        language: str | None = None,
        snippets: bool = True,
    ) -> list[SearchHit]:
        """BM25 keyword search over every live recording's segments (`snippets` False: the caller makes
        snippets for the hits it keeps). Every term must match; a very common one beside a rarer one is checked
        on the rows the rarer ones rank, not ranked itself (`fts_words`)."""
        terms = query_terms(query)
        if not terms:
            return []
        conds, args = filter_conditions(alias="r", kind=kind, language=language, since=since, until=until)
        con = self.db.connection()
        split = fts_words.plan(con, terms)
        # Checked (very common) terms hold on a share of the ranked rows: rank a top wide enough for that share,
        # three times over, because the best-ranked rows are short ones, less likely to hold a second word.
        width = 1 if not split.checked else 3 / split.pass_rate
        fetch = min(math.ceil((limit + TOP_MARGIN) * width), MAX_FIRST_TOP)
        ranking = _ranking(con, split)
        while True:
            rows = self._top_ranked(split.match(), conds, args, fetch, ranking)
            kept = [row for row in rows if row["allowed"] and _holds_all(split.checked, row["text"])][:limit]
            # Filters, the trash and checked terms are applied after ranking: when they removed too many of the
            # best rows and FTS5 had more to give, rank a wider top again.
            if len(kept) >= limit or len(rows) < fetch:
                break
            fetch *= 4
            if ranking is None and split.checked:  # rank every match once, then page through it
                ranking = fts_rank.fts5_ranking(con, split.match())
        return [
            SearchHit(
                recording_id=row["recording_id"],
                title=row["title"],
                segment_idx=row["idx"],
                text=row["text"],
                snippet=make_snippet(row["text"], query) if snippets else "",
                score=-float(row["rank"]),
                start=row["start"],
                end=row["end"],
                page=row["page"],
                kind=row["kind"],
                speaker=row["speaker"],
            )
            for row in kept
        ]

    def _top_ranked(
        self, match: str, conds: list[str], args: list[object], fetch: int, ranking: fts_rank.Ranking | None
    ) -> list[sqlite3.Row]:
        """The `fetch` best segments by BM25, ranked before any join (joining every match first made a common
        Korean word take 113 ms at 2M segments instead of 50), each with `allowed`: whether its recording
        passes the filters. `ranking`: the whole ranking, made once (`_ranking`); None: FTS5 ranks here."""
        allowed = " AND ".join(conds) if conds else "1"
        if ranking is None:
            top = (
                "SELECT rowid AS id, rank FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rank LIMIT ?"
            )
            first: list[object] = [match, fetch]
        else:
            top = "SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS rank FROM json_each(?)"
            first = [json.dumps(ranking.top(fetch))]
        sql = (
            f"WITH top AS ({top}) "
            "SELECT s.recording_id, s.idx, s.start, s.end, s.page, s.text, r.title, r.kind, "
            f"COALESCE(sp.name, s.speaker) AS speaker, top.rank AS rank, ({allowed}) AS allowed FROM top "
            "JOIN segments s ON s.id = top.id JOIN recordings r ON r.id = s.recording_id "
            "LEFT JOIN speakers sp ON sp.recording_id = s.recording_id AND sp.label = s.speaker "
            "ORDER BY top.rank, s.id"
        )
        return list(self.db.connection().execute(sql, [*first, *args]))


def _ranking(con: sqlite3.Connection, split: fts_words.SearchPlan) -> fts_rank.Ranking | None:
    """The whole ranking, when it pays to make it at once: a single ranked term in many rows, ranked in bulk
    (`fts_rank`). None: FTS5 ranks the top it is asked for."""
    if len(split.ranked) == 1 and split.ranked_docs >= fts_rank.BULK_DOCS:
        bulk = fts_rank.rank(con, split.ranked[0])
        if bulk is not None:
            return bulk
    return None


def _holds_all(terms: Sequence[QueryTerm], text: str) -> bool:
    return all(fts_words.holds(term, text) for term in terms)


def _word_dict(word: Word) -> dict:
    data = dict(word.__dict__)
    if data.get("speaker") is None:
        data.pop("speaker", None)  # undiarized words stay as they were stored before v5
    if not data.get("overlap"):
        data.pop("overlap", None)  # only overlapped words carry the mark
    return data
