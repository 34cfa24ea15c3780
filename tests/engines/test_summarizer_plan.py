"""Pure request building: token estimates, chunk planning, budgets, reduce plans, titles, correction requests."""

from __future__ import annotations

import re

import pytest
from tokenizers import Tokenizer
from tokenizers.models import WordLevel
from tokenizers.pre_tokenizers import Whitespace

from recordroute.engines.llm import get_template
from recordroute.engines.llm.chunking import (
    Chunk,
    count_tokens,
    fmt_ts,
    plan_chunks,
    rechunk,
    split_sentences,
)
from recordroute.engines.llm.summarizer import (
    CORRECTION_CHUNK_CHARS,
    Partial,
    build_correction_requests,
    build_map_request,
    build_reduce_request,
    build_title_request,
    clean_title,
    detect_language,
    messages_tokens,
    parse_correction,
    plan_budget,
    reduce_plan,
    wrap_partial,
)
from recordroute.transcript import Segment as Seg
from tests.fakes.fake_ollama import render_chat, tokenize


def facts(n: int, step: float = 10.0) -> list[Seg]:
    return [
        Seg(i * step, i * step + step, f"Fact {i + 1:04d}: the budget line {i + 1} is 8,{i + 1:03d} won.")
        for i in range(n)
    ]


KO = "오늘 회의에서는 3분기 예산 8,421만 원을 검토했습니다. 김 팀장님이 금요일까지 보고서를 준비하기로 했습니다."
SAMPLES = [
    "Fact 0421: the budget line 421 is 8,421 won.",
    KO,
    "I think we should ship v2.3.1 by Friday, right? OK: 42% done; 7 left.",
    "혼합 mixed 텍스트 with 숫자 12,345 and 기호 (괄호) — “따옴표”.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_estimate_is_conservative_against_the_fake_tokenizer(text: str) -> None:
    assert count_tokens(text) >= len(tokenize(text))


def test_count_tokens_uses_a_real_tokenizer_when_given() -> None:
    vocab = {"[UNK]": 0, "hello": 1, "world": 2}
    tok = Tokenizer(WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    assert count_tokens("hello world hello", tok) == 3
    assert count_tokens("a b c d", lambda s: s.split()) == 4
    assert count_tokens("") == 0


def test_timestamps_and_sentences() -> None:
    assert fmt_ts(0) == "[00:00]" and fmt_ts(754.9) == "[12:34]" and fmt_ts(3725) == "[1:02:05]"
    assert split_sentences(KO) == [
        "오늘 회의에서는 3분기 예산 8,421만 원을 검토했습니다.",
        "김 팀장님이 금요일까지 보고서를 준비하기로 했습니다.",
    ]
    assert split_sentences("네 알겠습니다 그럼 진행하죠 다음 안건은요") == [
        "네 알겠습니다",
        "그럼 진행하죠",
        "다음 안건은요",
    ]


def test_plan_chunks_covers_everything_within_budget_with_overlap() -> None:
    segs = facts(300)
    chunks = plan_chunks(segs, 800, overlap_segments=1)
    assert len(chunks) > 5
    for c in chunks:
        assert c.tokens <= 800
        assert count_tokens(c.text) <= 800
        assert all(re.match(r"^\[\d\d:\d\d\] Fact \d{4}:", line) for line in c.text.splitlines())
    for prev, nxt in zip(chunks, chunks[1:], strict=False):
        assert nxt.segments[0] == prev.segments[-1] and nxt.overlap == 1
        assert nxt.start == prev.segments[-1].start
    seen = {s.text for c in chunks for s in c.segments}
    assert seen == {s.text for s in segs}
    assert chunks[3].text.splitlines()[0].startswith(fmt_ts(chunks[3].start))


def test_overlap_zero_and_larger_overlap() -> None:
    segs = facts(100)
    no = plan_chunks(segs, 500, overlap_segments=0)
    assert sum(len(c.segments) for c in no) == 100
    two = plan_chunks(segs, 500, overlap_segments=2)
    assert all(b.segments[:2] == a.segments[-2:] for a, b in zip(two, two[1:], strict=False))


def test_a_segment_longer_than_the_budget_is_split_not_dropped() -> None:
    long_text = " ".join(f"Sentence {i} says the value {i} is important." for i in range(200))
    segs = [Seg(0, 5, "Intro."), Seg(5, 605, long_text), Seg(605, 610, "Outro.")]
    chunks = plan_chunks(segs, 300, overlap_segments=0)
    assert all(c.tokens <= 300 for c in chunks)
    pieces = [s for c in chunks for s in c.segments if s.start >= 5 and s.end <= 605 and s.text != "Intro."]
    assert " ".join(p.text for p in pieces) == long_text
    assert pieces[0].start == 5 and abs(pieces[-1].end - 605) < 1e-6
    assert all(p.text.endswith(".") for p in pieces)  # cut on sentence boundaries
    # No spaces and no sentence ends at all: cut by characters, still nothing lost.
    blob = "가" * 3000
    pieces = [s for c in plan_chunks([Seg(0, 60, blob)], 200) for s in c.segments]
    assert "".join(p.text for p in pieces) == blob


def test_rechunk_halves_a_chunk() -> None:
    chunk = plan_chunks(facts(40), 10_000)[0]
    halves = rechunk(chunk, 2)
    assert len(halves) == 2 and halves[0].segments + halves[1].segments == chunk.segments
    single = plan_chunks([Seg(0, 10, "One. Two. Three. Four.")], 10_000)[0]
    assert [s.text for s in rechunk(single)[0].segments] != [single.segments[0].text]


@pytest.mark.parametrize("num_ctx", [2048, 4096, 8192, 32768])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_budget_keeps_prompt_plus_answer_inside_num_ctx(num_ctx: int, lang: str) -> None:
    tpl = get_template("minutes", lang)
    b = plan_budget(num_ctx, tpl, lang)
    for chunk in plan_chunks(facts(2000), b.map_input):
        msgs = build_map_request(chunk, tpl, lang)
        est = messages_tokens(msgs)
        assert est + b.map_output + b.margin <= num_ctx
        real = len(tokenize(render_chat([m.to_dict() for m in msgs])))
        assert real <= est  # the estimate over-counts the fake server's tokenizer
    # Two answers of the full reserved size always fit one reduce call.
    assert b.reduce_input >= b.map_output + 64


def test_num_ctx_too_small_is_a_clear_error() -> None:
    from recordroute.errors import LLMError

    with pytest.raises(LLMError) as info:
        plan_budget(512, get_template("minutes", "ko"), "ko")
    assert "num_ctx" in info.value.hint


def test_map_and_reduce_requests() -> None:
    tpl = get_template("minutes", "ko")
    chunk = plan_chunks(facts(10, step=100), 10_000)[0]
    sys_msg, user = build_map_request(chunk, tpl, "ko")
    assert sys_msg.role == "system" and "## 4. 실행 항목" in sys_msg.content and "한국어로" in sys_msg.content
    assert "00:00–16:40" in user.content and "<transcript>\n[00:00] Fact 0001" in user.content
    parts = [Partial("- a", 0, 60), Partial("- b", 60, 125)]
    _, ru = build_reduce_request(parts, tpl, "ko")
    assert '<notes part="1" time="00:00–01:00">\n- a\n</notes>' in ru.content
    assert '<notes part="2" time="01:00–02:05">' in ru.content
    # Output language differs from the template's: the instruction names it.
    en = get_template("minutes", "en")
    assert "Write in Japanese" in build_map_request(chunk, en, "ja")[0].content


def test_reduce_plan_groups_consecutive_partials_within_budget() -> None:
    parts = [Partial("- " + "word " * (20 + 7 * i), i * 60, i * 60 + 60) for i in range(30)]
    budget = 600
    groups = reduce_plan(parts, budget)
    assert [i for g in groups for i in g] == list(range(30))
    for g in groups:
        assert sum(count_tokens(wrap_partial(i + 1, parts[i])) + 2 for i in g) <= budget or len(g) == 1
    assert reduce_plan(parts[:3], 10_000) == [[0, 1, 2]]
    huge = [Partial("x " * 5000, 0, 1), Partial("- small", 1, 2)]
    assert reduce_plan(huge, 500) == [[0], [1]]


def test_recursive_reduce_terminates_when_answers_shrink() -> None:
    items = [f"- notes {i} " + "detail " * 60 for i in range(64)]
    budget = 1500
    levels = 0
    while len(groups := reduce_plan(items, budget)) > 1:
        levels += 1
        # A reduce answer is shorter than its input: here half of it, capped.
        items = [" ".join(" ".join(items[i] for i in g).split()[:200]) for g in groups]
        assert levels < 10
    assert levels >= 2 and len(groups) == 1


def test_title_request_and_cleanup() -> None:
    msgs = build_title_request("가" * 10_000, "ko")
    assert msgs[1].content.count("가") == 4000 and "제목" in msgs[0].content
    assert "Japanese" in build_title_request("x", "ja")[0].content
    assert clean_title('Title: "Budget review Q3"\nmore') == "Budget review Q3"
    assert clean_title("## 제목: 3분기 예산 회의") == "3분기 예산 회의"
    assert len(clean_title("w" * 500)) == 80


def test_detect_language() -> None:
    assert detect_language(KO) == "ko" and detect_language("plain English words") == "en"
    assert detect_language("これは日本語のテキストです") == "ja" and detect_language("") == "en"


def test_correction_requests_cover_each_segment_once_with_overlap() -> None:
    segs = [
        Seg(i, i + 1, f"segment {i} talks about ollama and pyside six in some detail here.")
        for i in range(600)
    ]
    vocab = [f"Term{i}" for i in range(40)] + ["Ollama", "PySide6"]
    reqs = build_correction_requests(segs, vocab, budget=3000, language="en")
    assert len(reqs) > 3
    owned = [k for r in reqs for k in r.owned]
    assert owned == [str(i) for i in range(600)]
    for prev, r in zip(reqs, reqs[1:], strict=False):
        context = [k for k in r.keys if k not in r.owned]
        assert context and context == list(
            prev.owned[-len(context) :]
        )  # repeated tail of the previous request
        assert 300 <= sum(len(r.source[k]) for k in context) < 300 + 80
    for r in reqs:
        assert sum(len(t) for t in r.source.values()) <= CORRECTION_CHUNK_CHARS
        system = r.messages[0].content
        assert "Term29" in system and "Term30" not in system  # top 30 terms only
        assert "numbers, units, proper nouns, speaker labels and timestamps" in system


def test_long_segment_gets_sub_markers_and_parse_checks_lengths() -> None:
    long_text = " ".join(f"Sentence number {i} is here." for i in range(2000))
    reqs = build_correction_requests([Seg(0, 1, "short one"), Seg(1, 2, long_text)], [], budget=1000)
    keys = [k for r in reqs for k in r.owned]
    assert keys[0] == "0" and keys[1] == "1.1" and len(keys) > 3
    assert " ".join(r.source[k] for r in reqs for k in r.owned if k.startswith("1.")) == long_text
    req = reqs[0]
    answer = "\n".join(f"[#{k}] {req.source[k]}" for k in req.owned[1:])  # first line missing
    got, warnings = parse_correction(answer, req)
    assert got[req.owned[0]] == req.source[req.owned[0]] and any("missing" in w for w in warnings)
    got, warnings = parse_correction("[#0] x", reqs[0])
    assert got == {k: req.source[k] for k in req.owned} and "length" in warnings[0]


def test_chunk_is_frozen_dataclass() -> None:
    c = Chunk(0, 0.0, 1.0, (), "", 0)
    with pytest.raises(AttributeError):
        c.text = "x"  # type: ignore[misc]
