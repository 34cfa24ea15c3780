"""The no-LLM fallback: ranking, cue detection, the six sections and the label; backend selection."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from recordroute.engines.llm import (
    EXTRACTIVE_LABEL,
    ExtractiveBackend,
    GenOptions,
    OllamaBackend,
    OpenAIBackend,
    build_map_request,
    get_template,
    make_backend,
    plan_chunks,
    select_backend,
    summarize,
)
from recordroute.engines.llm.extractive import terms, textrank
from recordroute.settings import Settings
from recordroute.transcript import Segment as Seg
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.fake_openai import FakeOpenAI

EN = [
    "Good morning everyone, let's review the Q3 marketing budget today.",
    "The marketing budget for Q3 is 120 thousand dollars in total.",
    "Most of the marketing budget goes to online campaigns and the Q3 launch event.",
    "We decided to move the launch event to October.",
    "Alice will send the revised budget to finance by Friday.",
    "There is a risk that the venue costs go over budget.",
    "Bob needs to follow up with the venue about the deposit.",
    "Lunch was nice, by the way.",
    "The next meeting is scheduled for next Tuesday at 10.",
]
KO = [
    "오늘은 3분기 마케팅 예산을 검토하겠습니다.",
    "3분기 마케팅 예산은 총 1억 2천만 원입니다.",
    "마케팅 예산 대부분은 온라인 캠페인과 출시 행사에 쓰입니다.",
    "출시 행사는 10월로 옮기기로 결정했습니다.",
    "김민수 님이 금요일까지 수정 예산안을 재무팀에 보내기로 했습니다.",
    "행사장 비용이 예산을 넘을 위험이 있습니다.",
    "박지영 님이 계약금 문제를 행사장과 확인해야 합니다.",
    "다음 회의는 다음 주 화요일 10시입니다.",
]


def segs(lines: list[str]) -> list[Seg]:
    return [Seg(i * 30.0, i * 30.0 + 30.0, t) for i, t in enumerate(lines)]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_hangul_bigrams_and_centrality() -> None:
    assert terms("예산안을 검토") == ["예산", "산안", "안을", "검토"]
    scores = textrank(EN)
    assert scores.shape == (len(EN),) and np.isclose(scores.sum(), 1.0)
    assert int(np.argmin(scores)) == EN.index("Lunch was nice, by the way.")


@pytest.mark.parametrize(("lang", "lines"), [("en", EN), ("ko", KO)])
def test_six_sections_label_and_cues(lang: str, lines: list[str]) -> None:
    tpl = get_template("minutes", lang)
    md = ExtractiveBackend().summarize_segments(segs(lines), tpl, lang)
    assert md.startswith(f"> {EXTRACTIVE_LABEL}")
    heads = [ln for ln in md.splitlines() if ln.startswith("## ")]
    assert heads == tpl.headings()
    body = {h: md.split(h)[1].split("\n## ")[0] for h in heads}
    decisions, actions, risks, nxt = (body[h] for h in heads[2:])
    if lang == "en":
        assert "move the launch event to October" in decisions
        assert "Owner: Alice" in actions and "Due: Friday" in actions and "Time: [02:00]" in actions
        assert "Bob needs to follow up" in actions
        assert "over budget" in risks and "next Tuesday" in nxt
    else:
        assert "10월로 옮기기로 결정" in decisions
        assert "담당: 김민수" in actions and "기한: 금요일까지" in actions and "시점: [02:00]" in actions
        assert "확인해야" in actions and "위험" in risks and "다음 회의" in nxt
    assert all(ln.startswith(("- ", "## ", "> ")) for ln in md.splitlines() if ln)


def test_summarize_with_no_server_at_all_falls_back_to_extractive() -> None:
    settings = Settings(ollama_host=f"http://127.0.0.1:{closed_port()}")
    backend = select_backend(settings)
    assert isinstance(backend, ExtractiveBackend) and backend.label == "extractive (no LLM)"
    assert "cannot reach Ollama" in backend.reason
    result = summarize(segs(KO), backend=backend, template=get_template("minutes", "ko"))
    assert result.backend_label == "extractive (no LLM)" and result.llm_calls == 0 and result.language == "ko"
    assert result.markdown.startswith("> extractive (no LLM)") and result.markdown.count("\n## ") == 6
    assert result.title


def test_generate_on_a_built_prompt_answers_in_the_templates_sections() -> None:
    tpl = get_template("minutes", "en")
    chunk = plan_chunks(segs(EN), 10_000)[0]
    res = ExtractiveBackend().generate(build_map_request(chunk, tpl, "en"), options=GenOptions())
    assert res.text.count("\n## ") == 6 and "Owner: Alice" in res.text and res.backend == "extractive"


def test_auto_selection_order() -> None:
    dead = f"http://127.0.0.1:{closed_port()}"
    with FakeOllama(models=["qwen2.5:7b-instruct"]) as fake:
        chosen = select_backend(Settings(ollama_host=fake.url))
        assert isinstance(chosen, OllamaBackend) and chosen.num_ctx == 8192
        missing = select_backend(Settings(ollama_host=fake.url, llm_model="other:1b"))
        assert isinstance(missing, ExtractiveBackend) and "ollama pull other:1b" in missing.reason
    with FakeOpenAI(models=["qwen2.5:7b-instruct"]) as oa:
        chosen = select_backend(Settings(ollama_host=dead, openai_base_url=oa.url))
        assert isinstance(chosen, OpenAIBackend)
    # The default (unconfigured) OpenAI URL is not probed.
    assert isinstance(select_backend(Settings(ollama_host=dead)), ExtractiveBackend)
    explicit = select_backend(Settings(llm_backend="ollama", ollama_host=dead))
    assert isinstance(explicit, OllamaBackend)  # explicit choice: no probing, errors surface on use
    assert isinstance(make_backend("extractive"), ExtractiveBackend)
    with pytest.raises(ValueError):
        make_backend("gpt")
