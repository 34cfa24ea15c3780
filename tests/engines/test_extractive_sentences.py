"""Extractive minutes from whole sentences: segments cut mid-sentence are joined before ranking, so key points,
actions and the title are never fragments (English and Korean)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recordroute.engines.llm.extractive import extractive_markdown, extractive_title
from recordroute.engines.llm.sentences import Sentence, join_sentences
from recordroute.engines.llm.templates import get_template
from recordroute.engines.stt.data import Word
from recordroute.transcript import Segment

ROOT = Path(__file__).resolve().parents[2]
# The fixture's speech as Whisper cuts it: windows end mid-sentence.
EN = [
    Segment(0.0, 4.5, "Good morning everyone, thanks for joining the weekly planning meeting."),
    Segment(
        4.5, 11.0, "Today we need to review the budget for the new office, decide who will lead the customer"
    ),
    Segment(
        11.0,
        17.0,
        "survey, and agree on a release date for the mobile application. Sarah will send the updated",
    ),
    Segment(
        17.0,
        24.0,
        "schedule by Friday, and Michael will prepare a short report about the server costs before our next meeting.",
    ),
    Segment(
        24.0,
        30.0,
        "If anyone has questions about the travel policy, please write them down and we will answer",
    ),
    Segment(30.0, 32.0, "them at the end."),
]
KO = [
    Segment(0.0, 5.0, "오늘 회의에서는 다음 분기 예산과 출시 일정에 대해"),
    Segment(5.0, 9.0, "논의하겠습니다. 먼저 지난 분기 실적을"),
    Segment(9.0, 12.0, "보겠습니다. 김민수 님이 금요일까지 수정 예산안을 재무팀에"),
    Segment(12.0, 15.0, "보내기로 했습니다. 행사장 비용이 예산을 넘을 위험이 있습니다"),
    Segment(15.5, 19.0, "박지영 님이 계약금 문제를 행사장과 확인해야 합니다."),
]
_ENDS = re.compile(r"([.!?。…]|니다|어요|아요|해요|에요|예요|네요|군요|세요|까요|래요|죠)[\"”’)]*$")


def _bullets(markdown: str, heading: str) -> list[str]:
    lines = markdown.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("## ") and heading in line)
    out = []
    for line in lines[at + 1 :]:
        if line.startswith("## "):
            break
        if line.startswith("- "):
            out.append(line)
    return out


def _key_text(line: str) -> str:
    return re.sub(r"^- \[\d{2}:\d{2}(?::\d{2})?\] ", "", line).strip("“” ")


def test_sentences_are_joined_across_segments() -> None:
    sents = join_sentences(EN)
    assert [s.text for s in sents][1] == (
        "Today we need to review the budget for the new office, decide who will lead the customer survey, and "
        "agree on a release date for the mobile application."
    )
    assert sents[1].start == 4.5 and 11.0 < sents[2].start < 17.0  # a sentence starts where its first word is
    assert all(s.complete for s in sents) and len(sents) == 4


def test_korean_sentences_are_joined_across_segments() -> None:
    sents = [s.text for s in join_sentences(KO)]
    assert sents[0] == "오늘 회의에서는 다음 분기 예산과 출시 일정에 대해 논의하겠습니다."
    assert sents[2] == "김민수 님이 금요일까지 수정 예산안을 재무팀에 보내기로 했습니다."
    assert sents[3] == "행사장 비용이 예산을 넘을 위험이 있습니다"  # a sentence-final ending, no full stop
    assert all(Sentence(0, 0, s).complete for s in sents)


def test_word_pauses_and_speakers_end_unpunctuated_sentences() -> None:
    words = [Word(0.0, 0.4, " so", 0.9), Word(0.5, 0.9, " the", 0.9), Word(1.0, 1.5, " budget", 0.9)]
    words += [Word(3.5, 3.9, " next", 0.9), Word(4.0, 4.6, " topic", 0.9)]
    seg = Segment(0.0, 4.6, "so the budget next topic", words)
    assert [s.text for s in join_sentences([seg])] == ["so the budget", "next topic"]
    a = Segment(0.0, 2.0, "we could move it", speaker="S1")
    b = Segment(2.1, 3.0, "no we cannot.", speaker="S2")
    assert [(s.text, s.speaker) for s in join_sentences([a, b])] == [
        ("we could move it", "S1"),
        ("no we cannot.", "S2"),
    ]


@pytest.mark.parametrize("lang,segs", [("en", EN), ("ko", KO)])
def test_key_points_and_actions_are_whole_sentences(lang: str, segs: list[Segment]) -> None:
    md = extractive_markdown(segs, get_template("minutes", lang).sections, lang)
    sources = [s.text for s in segs]
    points = [_key_text(b) for b in _bullets(md, "2.")]
    assert points
    for point in points:
        # ends like a sentence, unless the source itself ended there without punctuation
        assert _ENDS.search(point) or any(src.endswith(point[-12:]) for src in sources), point
        assert point not in ("decide who will lead the customer", "the server costs before our next meeting.")
    actions = [b for b in md.splitlines() if "Task:" in b or "할 일:" in b]
    assert actions and all("…" not in a for a in actions)


def test_title_is_a_complete_phrase() -> None:
    assert extractive_title(EN) == "Weekly planning meeting"
    assert extractive_title(KO) == "다음 분기 예산과 출시 일정"
    # no named subject: a short whole sentence, else the strongest keywords as a phrase
    plain = [
        Segment(0.0, 3.0, "Budget numbers look fine."),
        Segment(3.0, 6.0, "The budget numbers need one more check."),
    ]
    assert extractive_title(plain) in ("Budget numbers look fine", "The budget numbers need one more check")
    long = [Segment(0.0, 9.0, "x" * 10 + " budget " + "numbers " * 20 + "are here")]
    title = extractive_title(long)
    assert title and not title.endswith(("the", "our", "a")) and len(title) <= 70


@pytest.mark.slow
def test_the_bundled_sample_gives_whole_sentence_minutes() -> None:
    from recordroute.engines.audio import decode
    from recordroute.engines.stt import SttEngine, SttOptions

    audio = decode(ROOT / "resources" / "samples" / "sample_meeting_en.mp3")
    transcript = SttEngine("tiny.en").transcribe(audio.samples, SttOptions(language="en"))
    segs = transcript.segments
    md = extractive_markdown(segs, get_template("minutes", "en").sections, "en")
    for point in (_key_text(b) for b in _bullets(md, "2.")):
        assert _ENDS.search(point) or any(s.text.rstrip().endswith(point[-12:]) for s in segs), point
    title = extractive_title(segs)
    assert title and title[0].isupper() and not re.search(r"\b(the|our|a|an|of|to|and)$", title), title
