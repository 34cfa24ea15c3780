"""Gap recovery's planning as pure functions: which speech counts as skipped, and which recovered text repeats
what is there already (engines/stt/recovery.py). The decoding itself: test_stt_recovery.py (real models)."""

from __future__ import annotations

import numpy as np

from recordroute.engines.stt.collect import Run
from recordroute.engines.stt.data import Segment, Word
from recordroute.engines.stt.recovery import (
    MIN_GAP_SECONDS,
    OUTRO_FLAG,
    SPLIT_ABOVE,
    WORD_SLACK,
    find_gaps,
    gap_kwargs,
    is_duplicate,
    merge,
    split,
)


def said(start: float, text: str, step: float = 0.4) -> Segment:
    words = [Word(start + i * step, start + (i + 1) * step, " " + w) for i, w in enumerate(text.split())]
    return Segment(start, words[-1].end, text, words)


def test_speech_no_word_covers_is_a_gap() -> None:
    # Whisper's segment claims 0-10 s but its words stop at 1.2 s: the rest of the region was skipped
    first = said(0.5, "hello there")
    first.end = 10.0
    gaps = find_gaps([(0.0, 10.0), (12.0, 13.0)], [first])
    assert gaps == [(1.3 + WORD_SLACK, 10.0), (12.0, 13.0)]


def test_covered_speech_and_short_leftovers_are_no_gap() -> None:
    seg = said(1.0, "one two three four five")  # words 1.0-3.0 s
    assert find_gaps([(0.6, 3.4)], [seg]) == []  # the VAD's padding either side is under the minimum
    assert find_gaps([(0.0, 3.0 + WORD_SLACK + MIN_GAP_SECONDS - 0.01)], [seg]) == []
    assert find_gaps([], [seg]) == []


def test_segment_without_words_covers_its_span() -> None:
    assert find_gaps([(0.0, 5.0)], [Segment(0.0, 5.0, "untimed words")]) == []


def test_repeats_are_left_out() -> None:
    there = [said(0.0, "the meeting starts at three"), said(6.0, "please review the document")]
    assert is_duplicate(said(2.4, "at three"), there)  # text inside a neighbour's
    assert is_duplicate(Segment(0.5, 1.5, "something else"), there)  # time mostly taken
    assert is_duplicate(Segment(3.0, 4.0, " ...  "), there)  # no words at all
    assert not is_duplicate(said(3.0, "in the large room"), there)
    assert not is_duplicate(said(20.0, "the meeting"), there)  # far away: said again, not repeated


def test_merge_keeps_time_order_flags_and_counts_visible_seconds() -> None:
    run = Run(raw=[said(0.0, "first words"), said(10.0, "last words")])
    extra = Run(raw=[said(4.0, "recovered middle part")], regions=[(0.0, 11.0)], gaps=[(2.0, 9.0)])
    extra.flagged = [Segment(7.0, 8.0, "unsure", flag="a guess")]
    extra.raw.append(said(0.3, "first words"))  # a repeat of the first pass
    seconds = merge(run, extra)
    assert [s.text for s in run.raw] == ["first words", "recovered middle part", "last words"]
    assert [s.text for s in run.flagged] == ["unsure"]
    assert abs(seconds - 1.2) < 1e-9 and run.gaps == [(2.0, 9.0)] and run.regions == [(0.0, 11.0)]


def test_gap_kwargs_decode_the_gap_alone() -> None:
    kwargs = gap_kwargs({"language": None, "vad_filter": True, "condition_on_previous_text": True}, "ko")
    assert kwargs == {"language": "ko", "vad_filter": False, "condition_on_previous_text": False}


def test_a_long_gap_is_cut_at_quiet_moments() -> None:
    rng = np.random.default_rng(1)
    audio = rng.normal(0.0, 0.2, 30 * 16_000).astype(np.float32)
    audio[int(7.5 * 16_000) : int(7.7 * 16_000)] = 0.0  # a pause inside the first piece's search range
    pieces = split(audio, (1.0, 29.0), max_seconds=10.0)
    assert pieces[0][0] == 1.0 and pieces[-1][1] == 29.0
    assert all(b - a <= 10.0 for a, b in pieces) and len(pieces) >= 3
    assert 7.5 <= pieces[0][1] <= 7.7  # cut in the pause
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))
    assert split(audio, (1.0, 5.0)) == [(1.0, 5.0)]
    assert split(audio, (1.0, 1.0 + SPLIT_ABOVE)) == [(1.0, 1.0 + SPLIT_ABOVE)]  # not a whole window: whole


def test_a_recovered_outro_is_kept_hidden() -> None:
    run = Run(raw=[said(0.0, "today's weather is really good")])
    outro = said(8.0, "please give me a thumbs up and subscribe to my channel")
    extra = Run(raw=[outro, said(14.0, "시청해 주셔서 감사합니다 다음 영상에서 만나요")])
    assert merge(run, extra) == 0.0
    assert [s.text for s in run.raw] == ["today's weather is really good"]
    assert [s.flag for s in run.flagged] == [OUTRO_FLAG, OUTRO_FLAG]
