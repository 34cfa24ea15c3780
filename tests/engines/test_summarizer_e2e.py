"""Map -> recursive reduce -> title through OllamaBackend and the real `ollama` client against the fake server.

Coverage is checked from what the fake server's "model" actually saw after its front-truncation.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from recordroute.engines.llm import (
    OllamaBackend,
    OpenAIBackend,
    correct_transcript,
    get_template,
    summarize,
)
from recordroute.errors import Cancelled, LLMError
from recordroute.progress import CancelToken, Progress
from recordroute.transcript import Segment as Seg
from tests.fakes.fake_ollama import FakeOllama, FakeRequest
from tests.fakes.fake_openai import FakeOpenAI
from tests.fakes.responders import default_responder, fact_ids, split_seen

MODEL = "qwen2.5:7b-instruct"
FACT_LINE = re.compile(r"Fact (\d{4}): the budget line (\d+) is 8,(\d{3}) won\.")


def transcript(minutes: int, lang: str = "en") -> list[Seg]:
    """One numbered fact every 10 s."""
    out = []
    for i in range(minutes * 6):
        n = i + 1
        text = (
            f"Fact {n:04d}: the budget line {n} is 8,{n % 1000:03d} won."
            if lang == "en"
            else f"사실 {n:04d}: 예산 항목 {n}번은 8,{n % 1000:03d}원입니다."
        )
        out.append(Seg(i * 10.0, i * 10.0 + 10.0, text))
    return out


def kind(req: FakeRequest) -> str:
    text = req.user_seen
    if "<transcript>" in text:
        return "map"
    if "<notes part=" in text:
        return "reduce"
    return "title" if "<text>" in text else "other"


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    with FakeOllama(models={MODEL: {}}, num_ctx_default=2048) as f:
        yield f


def test_90_minutes_at_8k_every_fact_reaches_a_map_call_and_the_final_merge(fake: FakeOllama) -> None:
    segs = transcript(90)
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    streamed: list[str] = []
    reports: list[Progress] = []
    result = summarize(
        segs,
        backend=backend,
        template=get_template("minutes", "en"),
        language="en",
        on_token=streamed.append,
        progress=reports.append,
    )
    reqs = fake.requests
    assert all(r.num_ctx == 8192 and not r.truncated and not r.context_shift for r in reqs)
    maps = [r for r in reqs if kind(r) == "map"]
    reduces = [r for r in reqs if kind(r) == "reduce"]
    assert len(maps) >= 3 and len(reduces) >= 1 and kind(reqs[-1]) == "title"
    # Every fact, as a complete sentence, was seen by some map call after the server's truncation.
    seen_facts = {int(m.group(1)) for r in maps for m in FACT_LINE.finditer(r.user_seen)}
    assert seen_facts == set(range(1, 541))
    # The final merge saw every partial: each map answer is inside its input, verbatim.
    final = reduces[-1]
    for r in maps:
        assert r.response.strip() in final.user_seen
    assert fact_ids(final.user_seen)["Fact"] == set(range(1, 541))
    assert "- Facts 0001–0540" in result.markdown and result.markdown.count("\n## ") == 5
    assert "".join(streamed) == final.response == result.markdown
    assert result.llm_calls == len(reqs) and len(result.chunks) == len(maps) == len(result.partials)
    assert result.title == "Review of Facts 0001–0540 and more"
    assert result.backend_label == f"ollama · {MODEL}" and result.model == MODEL and result.language == "en"
    fractions = [p.fraction for p in reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def bulky_responder(model: str, seen: Any, options: dict[str, Any]) -> str:
    """Map answers are long (so merges must recurse); merges keep only the part tags they saw."""
    _, text = split_seen(seen)
    if "<transcript>" in text:
        ids = fact_ids(text)["Fact"]
        return f"TAG{min(ids):04d}-{max(ids):04d}\n" + "detail words " * 70
    if "<notes part=" in text:
        return "\n".join(sorted(set(re.findall(r"TAG\d{4}-\d{4}", text))))
    return "A title"


def test_small_context_recurses_and_every_part_reaches_the_final_input(fake: FakeOllama) -> None:
    fake.responder = bulky_responder
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=2048)
    result = summarize(transcript(90), backend=backend, template=get_template("minutes", "en"), language="en")
    reqs = fake.requests
    assert all(not r.truncated and not r.context_shift for r in reqs)
    maps = [r for r in reqs if kind(r) == "map"]
    reduces = [r for r in reqs if kind(r) == "reduce"]
    assert result.reduce_levels >= 1 and len(reduces) > 2
    tags = [r.response.split("\n")[0] for r in maps]
    final = reduces[-1]
    assert all(tag in final.user_seen for tag in tags)
    covered = set()
    for tag in tags:
        a, b = map(int, tag[3:].split("-"))
        covered |= set(range(a, b + 1))
    assert covered == set(range(1, 541))
    assert result.markdown == final.response


def echo_facts(model: str, seen: Any, options: dict[str, Any]) -> str:
    """Map answers as long as their input (forces the length limit); everything else as usual."""
    _, text = split_seen(seen)
    if "<transcript>" in text:
        return "\n".join(f"- {m.group(0)}" for m in FACT_LINE.finditer(text))
    return default_responder(model, seen, options)


def test_truncated_map_answers_are_retried_in_halves_never_dropped(fake: FakeOllama) -> None:
    fake.responder = echo_facts
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    result = summarize(transcript(45), backend=backend, template=get_template("minutes", "en"), language="en")
    assert any(r.done_reason == "length" for r in fake.requests)
    assert result.warnings and "halves" in result.warnings[0]
    assert {s.text for c in result.chunks for s in c.segments} == {s.text for s in transcript(45)}
    assert "- Facts 0001–0270" in result.markdown


def test_short_transcript_is_one_streamed_call_plus_title(fake: FakeOllama) -> None:
    streamed: list[str] = []
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    result = summarize(
        transcript(2, "ko"), backend=backend, template=get_template("minutes", "ko"), on_token=streamed.append
    )
    assert result.language == "ko" and result.llm_calls == 2 and len(fake.requests) == 2
    assert "".join(streamed) == result.markdown and "## 2. 핵심 내용\n- 사실s 0001–0012" in result.markdown
    assert "한국어로" in fake.requests[0].system_seen


def test_korean_estimate_keeps_prompts_whole_at_4k(fake: FakeOllama) -> None:
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=4096)
    result = summarize(transcript(30, "ko"), backend=backend, template=get_template("minutes", "ko"))
    assert all(not r.truncated for r in fake.requests)
    assert fact_ids(result.markdown)["사실"] == set(range(1, 181))


def test_cancel_stops_between_calls(fake: FakeOllama) -> None:
    cancel = CancelToken()
    fake.token_delay = 0.002

    def progress(p: Progress) -> None:
        if "part 3" in p.message:
            threading.Timer(0.01, cancel.cancel).start()

    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=4096)
    with pytest.raises(Cancelled):
        summarize(
            transcript(60),
            backend=backend,
            template=get_template("minutes", "en"),
            progress=progress,
            cancel=cancel,
        )
    deadline = time.monotonic() + 2
    while len(fake.requests) < 3 and time.monotonic() < deadline:  # the server records a call when it ends
        time.sleep(0.01)
    assert not any(kind(r) == "reduce" for r in fake.requests)
    assert 3 <= len(fake.requests) <= 4  # stopped at the third map call or the one after it


def test_a_failing_call_fails_the_summary(fake: FakeOllama) -> None:
    fake.error_after_chunks = 1
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    with pytest.raises(LLMError):
        summarize(transcript(10), backend=backend, template=get_template("minutes", "en"))


def test_openai_compatible_backend_runs_the_same_pipeline() -> None:
    with FakeOpenAI(models=["m"]) as oa:
        backend = OpenAIBackend("m", base_url=oa.url, num_ctx=4096)
        result = summarize(transcript(20), backend=backend, template=get_template("minutes", "en"))
        assert "- Facts 0001–0120" in result.markdown and result.backend_label == "openai · m"
        assert len(oa.requests) == result.llm_calls >= 3


def test_correct_transcript_keeps_alignment_and_spellings(fake: FakeOllama) -> None:
    segs = [
        Seg(i, i + 1, f"line {i}: we run ollama with pyside6 and whisper, version {i}.") for i in range(400)
    ]
    segs[5] = Seg(5, 6, "")
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=2048)
    warnings: list[str] = []
    fixed = correct_transcript(
        segs, backend=backend, vocabulary=["Ollama", "PySide6"], language="en", warnings=warnings
    )
    assert len(fixed) == 400 and fixed[5] == ""
    assert fixed[7] == "line 7: we run Ollama with PySide6 and whisper, version 7."
    assert all(f"version {i}." in fixed[i] for i in range(400) if i != 5)
    assert len(fake.requests) > 3 and all(not r.truncated for r in fake.requests) and not warnings


def test_correction_with_a_missing_line_keeps_the_original(fake: FakeOllama) -> None:
    def drop_line_3(model: str, seen: Any, options: dict[str, Any]) -> str:
        out = default_responder(model, seen, options)
        return "\n".join(ln for ln in out.splitlines() if not ln.startswith("[#3]")).upper()

    fake.responder = drop_line_3
    segs = [Seg(i, i + 1, f"sentence number {i} is long enough to check") for i in range(6)]
    warnings: list[str] = []
    fixed = correct_transcript(segs, backend=OllamaBackend(MODEL, host=fake.url), warnings=warnings)
    assert fixed[3] == segs[3].text and fixed[2] == segs[2].text.upper()
    assert any("line 3" in w for w in warnings)


def test_model_with_a_smaller_trained_context_is_budgeted_to_it() -> None:
    with FakeOllama(models={"small:1b": {"context_length": 4096}}) as fake:
        backend = OllamaBackend("small:1b", host=fake.url, num_ctx=8192)
        result = summarize(
            transcript(60), backend=backend, template=get_template("minutes", "en"), language="en"
        )
        assert {r.num_ctx for r in fake.requests} == {4096}
        assert all(r.options["num_ctx"] == 4096 and not r.truncated for r in fake.requests)
        assert "- Facts 0001–0360" in result.markdown


def test_auto_language_picks_the_template_written_in_it(fake: FakeOllama) -> None:
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    result = summarize(transcript(5, "ko"), backend=backend, template=get_template("minutes", "en"))
    assert result.language == "ko" and "## 2. 핵심 내용" in result.markdown
    assert "## 2. 핵심 내용" in fake.requests[0].system_seen


def test_think_blocks_are_removed_from_answers(fake: FakeOllama) -> None:
    fake.responder = lambda m, seen, o: "<think>\nlet me see\n</think>\n" + default_responder(m, seen, o)
    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    result = summarize(transcript(2), backend=backend, template=get_template("minutes", "en"), language="en")
    assert "<think>" not in result.markdown and result.markdown.startswith("## 1. Main topics")
    assert "think" not in result.title


def test_a_final_merge_that_hits_the_limit_is_redone_in_two_steps(fake: FakeOllama) -> None:
    def rambling_final(model: str, seen: Any, options: dict[str, Any]) -> str:
        _, text = split_seen(seen)
        if text.count("<notes part=") > 2:
            return "padding " * 9000  # longer than any answer room: done_reason "length"
        return default_responder(model, seen, options)

    fake.responder = rambling_final
    shown: list[str] = []
    resets: list[int] = []

    def on_reset() -> None:
        resets.append(len(shown))
        shown.clear()

    backend = OllamaBackend(MODEL, host=fake.url, num_ctx=8192)
    result = summarize(
        transcript(90),
        backend=backend,
        template=get_template("minutes", "en"),
        language="en",
        on_token=shown.append,
        on_reset=on_reset,
    )
    assert len(resets) == 1 and resets[0] > 0  # tokens of the failed answer had been shown, then withdrawn
    assert "".join(shown) == result.markdown and "- Facts 0001–0540" in result.markdown
    assert result.reduce_levels == 1 and any("two steps" in w for w in result.warnings)
    assert [r.done_reason for r in fake.requests if kind(r) == "reduce"] == ["length", "stop", "stop", "stop"]
