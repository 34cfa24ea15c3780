"""Unit tests of the transcript clean-up rules, English and Korean."""

from __future__ import annotations

from recordroute.engines.stt.data import Segment, Word
from recordroute.engines.stt.postprocess import (
    drop_hallucinations,
    filler_words,
    filter_fillers,
    hallucination_phrases,
    is_hallucination,
    limit_repetition,
    limit_repetition_text,
    merge_identical,
    normalise_text,
    postprocess,
)


def seg(text: str, start: float = 0.0, end: float = 1.0, *, timed: bool = False) -> Segment:
    """A segment; with `timed`, one Whisper-style word (leading space) per token spread over the span."""
    words: list[Word] = []
    if timed:
        parts = text.split()
        step = (end - start) / max(1, len(parts))
        words = [Word(start + i * step, start + (i + 1) * step, " " + p, 0.9) for i, p in enumerate(parts)]
    return Segment(start, end, text, words)


def words_text(s: Segment) -> str:
    return "".join(w.word for w in s.words).strip()


# --- merge_identical -----------------------------------------------------------------------------------------
def test_merge_identical_within_gap() -> None:
    out = merge_identical([seg("Hello there.", 0, 1), seg("Hello there.", 1.15, 2), seg("Next.", 2.1, 3)])
    assert [(s.text, s.start, s.end) for s in out] == [("Hello there.", 0, 2), ("Next.", 2.1, 3)]


def test_merge_identical_respects_gap_and_difference() -> None:
    far = merge_identical([seg("네 알겠습니다.", 0, 1), seg("네 알겠습니다.", 1.5, 2)])
    assert len(far) == 2  # 0.5 s apart: said twice
    different = merge_identical([seg("좋아요.", 0, 1), seg("좋습니다.", 1.0, 2)])
    assert len(different) == 2


def test_merge_identical_chain_korean_keeps_first_words() -> None:
    segs = [seg("자막 테스트", i, i + 1, timed=True) for i in range(3)]
    out = merge_identical(segs)
    assert len(out) == 1
    assert (out[0].start, out[0].end) == (0, 3)
    assert words_text(out[0]) == "자막 테스트"  # the text is said once, so its words appear once
    assert segs[0].end == 1  # inputs untouched


def test_merge_identical_empty() -> None:
    assert merge_identical([]) == []


# --- drop_hallucinations -------------------------------------------------------------------------------------
def test_hallucination_lists_loaded_from_resources() -> None:
    phrases = hallucination_phrases()
    assert "이 영상은 자막을 사용하였습니다" in phrases
    assert "subtitles by the amara.org community" in phrases
    assert "thank you" not in phrases  # real meetings say it


def test_drop_korean_subtitle_credits() -> None:
    segs = [
        seg("이 영상은 자막을 사용하였습니다."),
        seg("자막을  사용하였습니다"),  # spacing and missing period normalised
        seg("이 영상은 자막을 사용합니다!"),
        seg("자막을 사용합니다."),
        seg("오늘 회의를 시작하겠습니다."),
    ]
    assert [s.text for s in drop_hallucinations(segs)] == ["오늘 회의를 시작하겠습니다."]


def test_drop_english_credits_case_and_punctuation() -> None:
    segs = [
        seg("THANKS FOR WATCHING"),
        seg("Thank you for watching!!"),
        seg("  Subtitles   by the Amara.org community "),
        seg("Please subscribe."),
        seg("Thanks for watching the demo with us."),  # longer: real speech, kept
    ]
    assert [s.text for s in drop_hallucinations(segs)] == ["Thanks for watching the demo with us."]


def test_drop_empty_and_too_short() -> None:
    segs = [seg(""), seg("   "), seg("..."), seg("♪"), seg("a"), seg("OK"), seg("네"), seg("7")]
    assert [s.text for s in drop_hallucinations(segs)] == ["OK", "네"]
    assert [s.text for s in drop_hallucinations([seg("OK"), seg("네")], min_chars=3)] == []


def test_is_hallucination_with_custom_list() -> None:
    assert is_hallucination("Copyright MBC.", phrases=["copyright mbc"])
    assert not is_hallucination("Copyright MBC was mentioned", phrases=["copyright mbc"])


# --- filter_fillers ------------------------------------------------------------------------------------------
def test_filler_list_has_both_languages() -> None:
    assert {"음", "어", "네", "예", "um", "uh", "hmm"} <= filler_words()


def test_filter_single_fillers_korean_and_english() -> None:
    segs = [
        seg("음."),
        seg("어..."),
        seg("네"),
        seg("Um,"),
        seg("Uh."),
        seg("음, 그러니까 예산은요."),
        seg("Hmm"),
    ]
    assert [s.text for s in filter_fillers(segs)] == ["음, 그러니까 예산은요."]


def test_filter_all_filler_segment() -> None:
    assert filter_fillers([seg("음 어 그"), seg("uh, um")]) == []


def test_filter_low_variety_loops() -> None:
    loop = seg(" ".join(["좋아", "그래"] * 6))  # 12 words, 2 distinct
    short = seg("네 네 좋아요")
    varied = seg("one two three four five six seven eight nine ten")
    out = filter_fillers([loop, short, varied])
    assert [s.text for s in out] == ["네 네 좋아요", varied.text]


def test_filter_digit_runs_removed_with_their_words() -> None:
    digits = " ".join(str(i) for i in range(1, 13))
    s = seg(f"번호는 {digits} 입니다", 0, 7, timed=True)
    out = filter_fillers([s])
    assert [x.text for x in out] == ["번호는 입니다"]
    assert words_text(out[0]) == "번호는 입니다"
    short_run = seg("call 1 2 3 now")
    assert filter_fillers([short_run])[0].text == "call 1 2 3 now"
    only_digits = seg(" ".join(f"{i},000" for i in range(1, 11)))
    assert filter_fillers([only_digits]) == []


# --- limit_repetition ----------------------------------------------------------------------------------------
def test_same_word_at_most_twice_in_a_row() -> None:
    assert limit_repetition_text("no no no no stop") == "no no stop"
    assert limit_repetition_text("Yes, yes. YES! yes") == "Yes, yes."
    assert limit_repetition_text("정말 정말 정말 좋아요") == "정말 정말 좋아요"


def test_phrase_at_most_twice_in_a_row() -> None:
    assert limit_repetition_text("thank you thank you thank you thank you") == "thank you thank you"
    korean = " ".join(["도둑의 수요일을"] * 8)
    assert limit_repetition_text(korean) == "도둑의 수요일을 도둑의 수요일을"
    four = "see you in the " * 4 + "end"
    assert limit_repetition_text(four) == "see you in the see you in the end"


def test_word_total_caps() -> None:
    # "budget" (6 chars) at most 5 times in a segment, none of them adjacent.
    text = " ".join(f"budget item{i}" for i in range(7))
    assert limit_repetition_text(text).split().count("budget") == 5
    # words of <= 2 characters at most 3 times.
    assert limit_repetition_text("it is it was it will it") == "it is it was it will"
    assert limit_repetition_text("그 사람 그 회의 그 자료 그 결론") == "그 사람 그 회의 그 자료 결론"


def test_normal_sentence_untouched() -> None:
    text = "Sarah will send the updated schedule by Friday, and Michael will prepare a short report."
    assert limit_repetition_text(text) == text


def test_limit_repetition_keeps_word_timestamps_consistent() -> None:
    s = seg("we will we will we will rock", 0.0, 7.0, timed=True)
    (out,) = limit_repetition([s])
    assert out.text == "we will we will rock"
    assert words_text(out) == out.text
    assert [w.start for w in out.words] == [0.0, 1.0, 2.0, 3.0, 6.0]
    assert s.text == "we will we will we will rock"  # input untouched


def test_limit_repetition_groups_subword_pieces() -> None:
    # Whisper splits "re-honor" into " re" + "-honor": one text token, two timed words.
    words = [Word(0, 1, " re", 0.9), Word(1, 2, "-honor", 0.9)]
    words += [Word(2 + i, 3 + i, " go", 0.9) for i in range(4)]
    s = Segment(0, 6, "re-honor go go go go", words)
    (out,) = limit_repetition([s])
    assert out.text == "re-honor go go"
    assert [w.word for w in out.words] == [" re", "-honor", " go", " go"]


# --- normalise_text ------------------------------------------------------------------------------------------
def test_normalise_text() -> None:
    assert normalise_text("  Wait....  what..... ok...\n\tyes ") == "Wait... what... ok... yes"
    assert normalise_text("음..........   그래서") == "음... 그래서"
    assert normalise_text("a.. b") == "a.. b"


# --- the whole chain -----------------------------------------------------------------------------------------
def test_postprocess_order_and_filler_switch() -> None:
    segs = [
        seg("회의를 시작합니다", 0, 1, timed=True),
        seg("회의를 시작합니다", 1.1, 2, timed=True),
        seg("자막을 사용하였습니다.", 2, 3),
        seg("음.", 3, 4),
        seg("좋아요 좋아요 좋아요 좋아요 그래요.....", 4, 5, timed=True),
        seg("", 5, 6),
    ]
    out = postprocess(segs)
    assert [s.text for s in out] == ["회의를 시작합니다", "음.", "좋아요 좋아요 그래요..."]
    assert (out[0].start, out[0].end) == (0, 2)
    assert words_text(out[2]) == "좋아요 좋아요 그래요....."  # timed words keep Whisper's own text
    with_fillers = postprocess(segs, filler_filter=True)
    assert [s.text for s in with_fillers] == ["회의를 시작합니다", "좋아요 좋아요 그래요..."]


def test_postprocess_drops_segments_emptied_by_rules() -> None:
    digits = seg(" ".join(str(i) for i in range(20)), 0, 5, timed=True)
    assert postprocess([digits], filler_filter=True) == []
    assert postprocess([digits]) != []  # the digit rule belongs to the optional filter
