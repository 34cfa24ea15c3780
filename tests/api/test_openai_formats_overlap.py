"""Overlapped speech reaches OpenAI-format clients: diarized segments and words carry `overlap`."""

from __future__ import annotations

from recordroute.api.openai_formats import diarized_json, verbose_json
from recordroute.transcript import Segment, Transcript, Word


def _diarized() -> Transcript:
    """Two turns; the second starts over the first's last word (as `pipeline.speaker_words.align` marks it)."""
    first = Segment(
        0.0,
        2.0,
        "How long will it take?",
        [
            Word(0.0, 0.9, " How long", speaker="S1"),
            Word(0.9, 2.0, " will it take?", speaker="S1", overlap=True),
        ],
        speaker="S1",
        overlap=True,
    )
    second = Segment(
        1.8, 3.0, "About a week.", [Word(1.8, 3.0, " About a week.", speaker="S2")], speaker="S2"
    )
    return Transcript([first, second], "en", 0.99, 3.0, "base", "transcribe")


def test_diarized_json_marks_the_overlapped_segment() -> None:
    segs = diarized_json(_diarized())["segments"]
    assert [(s["speaker"], s["overlap"]) for s in segs] == [("A", True), ("B", False)]


def test_verbose_json_marks_segments_and_words() -> None:
    out = verbose_json(_diarized(), words=True)
    assert [(s["speaker"], s["overlap"]) for s in out["segments"]] == [("S1", True), ("S2", False)]
    assert [(w["speaker"], w["overlap"]) for w in out["words"]] == [
        ("S1", False),
        ("S1", True),
        ("S2", False),
    ]


def test_undiarized_verbose_json_keeps_openais_shape() -> None:
    plain = Transcript(
        [Segment(0.0, 1.0, "Hello.", [Word(0.0, 1.0, " Hello.")])], "en", 0.9, 1.0, "base", "transcribe"
    )
    out = verbose_json(plain, words=True)
    assert "overlap" not in out["segments"][0] and "speaker" not in out["segments"][0]
    assert set(out["words"][0]) == {"word", "start", "end"}
