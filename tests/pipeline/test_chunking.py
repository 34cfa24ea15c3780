"""Passage chunking for embeddings: segment boundaries, overlap, coverage, pages."""

from __future__ import annotations

import random

import pytest

from recordroute.pipeline.chunking import Chunk, chunk_document, chunk_transcript
from recordroute.transcript import Segment
from recordroute.transcript import Segment as Seg


def DocSeg(index: int, text: str, page: int | None) -> Segment:
    return Segment(text=text, idx=index, page=page)


def _speech(durations: list[float]) -> list[Seg]:
    out, t = [], 0.0
    for i, d in enumerate(durations):
        out.append(Seg(t, t + d, f"w{i}"))
        t += d + 0.2  # a short pause between segments
    return out


def _check_transcript(segs: list[Seg], chunks: list[Chunk], *, max_s: float = 60.0) -> None:
    assert [c.index for c in chunks] == list(range(len(chunks)))
    covered = set()
    for c in chunks:
        assert c.page is None
        assert c.start == segs[c.seg_from].start and c.end == segs[c.seg_to].end  # on segment boundaries
        assert c.text == " ".join(s.text for s in segs[c.seg_from : c.seg_to + 1])
        if c.seg_to > c.seg_from:  # a lone overlong segment may exceed max_s; windows never do
            assert c.end - c.start <= max_s
        covered.update(range(c.seg_from, c.seg_to + 1))
    assert covered == set(range(len(segs)))  # every segment is in at least one chunk
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert a.seg_from < b.seg_from <= a.seg_to + 1  # moves forward, no gap


def test_regular_speech_gets_45s_windows_with_10s_overlap() -> None:
    segs = _speech([4.0] * 150)  # ~10 minutes
    chunks = chunk_transcript(segs)
    _check_transcript(segs, chunks)
    for c in chunks[:-1]:
        assert 30.0 <= c.end - c.start <= 60.0
        assert abs((c.end - c.start) - 45.0) <= 4.5
    for a, b in zip(chunks, chunks[1:], strict=False):
        overlap = a.end - b.start
        assert 5.0 <= overlap <= 15.0, overlap
    assert chunks[-1].end == segs[-1].end


def test_random_segment_lengths_keep_invariants() -> None:
    rnd = random.Random(5)
    for _ in range(50):
        segs = _speech([rnd.uniform(0.5, 20.0) for _ in range(rnd.randint(1, 120))])
        _check_transcript(segs, chunk_transcript(segs))


def test_short_and_edge_cases() -> None:
    assert chunk_transcript([]) == []
    one = [Seg(0.0, 3.0, " hello ")]
    assert chunk_transcript(one) == [Chunk(0, "hello", 0.0, 3.0, None, 0, 0)]
    # 50 s fits in one chunk; a 70 s recording does not leave a tiny tail chunk.
    assert len(chunk_transcript(_speech([5.0] * 10))) == 1
    tail = chunk_transcript(_speech([5.0] * 14))
    assert len(tail) == 2 and tail[1].end - tail[1].start >= 30.0
    # A single 90 s segment (no boundary inside) becomes its own chunk, neighbours still overlap.
    segs = _speech([10.0, 90.0, 10.0, 10.0])
    chunks = chunk_transcript(segs)
    _check_transcript(segs, chunks)
    assert any(c.seg_from == c.seg_to == 1 for c in chunks)
    # Missing times borrow the previous end; empty texts are skipped in the text, not in coverage.
    odd = [Seg(0.0, 5.0, "a"), Seg(None, None, ""), Seg(6.0, 8.0, "b")]
    assert chunk_transcript(odd) == [Chunk(0, "a b", 0.0, 8.0, None, 0, 2)]
    with pytest.raises(ValueError):
        chunk_transcript(one, min_s=50, target_s=45)


def test_documents_keep_pages_and_overlap() -> None:
    long_para = " ".join(f"Sentence {i} explains one more detail of the quarterly plan." for i in range(60))
    segs = [
        DocSeg(0, "Introduction to the plan.", 1),
        DocSeg(1, long_para, 1),
        DocSeg(2, "Page two starts here. It is short.", 2),
        DocSeg(3, "", 2),
        DocSeg(4, "A second paragraph on page two.", 2),
        DocSeg(5, "Text files have no pages.", None),
    ]
    chunks = chunk_document(segs, max_chars=400, overlap_chars=80)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        assert len(c.text) <= 400 and c.start is None and c.end is None
        pages = {segs[p].page for p in range(c.seg_from, c.seg_to + 1) if segs[p].text}
        assert pages == {c.page}  # never across pages
    assert [c.page for c in chunks if c.seg_to >= 2] == [2, None]
    page1 = [c for c in chunks if c.page == 1]
    assert page1[0].text.startswith("Introduction to the plan.\n\nSentence 0 ")
    for a, b in zip(page1, page1[1:], strict=False):  # long paragraph split on sentences, with overlap
        assert a.text.rstrip().endswith(".") and b.text[:1].isupper()
        assert b.text.split(". ")[0] in a.text  # b opens with a's last sentence(s)
    joined = " ".join(c.text for c in page1)
    assert all(f"Sentence {i} explains" in joined for i in range(60))
    p2 = [c for c in chunks if c.page == 2]
    assert p2[0].text == "Page two starts here. It is short.\n\nA second paragraph on page two."
    assert (p2[0].seg_from, p2[0].seg_to) == (2, 4)


def test_document_without_spaces_is_hard_cut() -> None:
    chunks = chunk_document([DocSeg(0, "가" * 3000, 1)], max_chars=1200, overlap_chars=150)
    assert all(len(c.text) <= 1200 for c in chunks)
    assert "".join(c.text for c in chunks).count("가") >= 3000
    assert chunk_document([]) == [] and chunk_document([DocSeg(0, "  ", 1)]) == []
