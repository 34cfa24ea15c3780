"""Minutes in the language asked for: an LLM that answers Korean minutes in English is asked once more,
insisting; if it still answers in English the result is kept aside as a language mismatch, never stored as
the complete minutes. Real pipeline and store; the fake Ollama over HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from recordroute.engines.llm.language_check import STRONGER, language_mismatch, script_share
from recordroute.pipeline.summaries import summarize_recording
from recordroute.store import Segment
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.responders import default_responder, split_seen

MODEL = "qwen2.5:7b-instruct"
ENGLISH = (
    "## 1. Main topics\n- The team reviewed the budget items for the next quarter.\n"
    "## 2. Key points\n- Every budget line was checked and the totals were confirmed by finance."
)


def english_always(model: str, seen: Any, options: dict[str, Any]) -> str:
    system, _ = split_seen(seen)
    return "Title: Budget review" if "제목" in system and "##" not in system else ENGLISH


def english_until_insisted(model: str, seen: Any, options: dict[str, Any]) -> str:
    system, text = split_seen(seen)
    if STRONGER["ko"] in system or STRONGER["ko"] in text:
        return default_responder(model, seen, options)
    return english_always(model, seen, options)


def _korean_meeting(ctx) -> int:
    segs = [
        Segment(
            idx=i,
            text=f"사실 {i:04d} 예산 항목은 {i * 7}원이고 다음 분기에 다시 검토합니다.",
            start=i * 10.0,
            end=i * 10.0 + 9.0,
        )
        for i in range(30)
    ]
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash="ko-meeting",
            kind="audio",
            source_name="m.wav",
            stored_name="h/m.wav",
            size_bytes=1,
            title="회의",
            duration=300.0,
            transcribe_state="done",
            language="ko",
        )
        ctx.store.transcripts.replace(con, rid, segs)
    return rid


def _run(ctx, responder) -> tuple[Any, FakeOllama, int]:
    with FakeOllama(models={MODEL: {"context_length": 32768}}, responder=responder) as fake:
        ctx.settings.ollama_host = fake.url
        ctx.settings.llm_backend = "ollama"
        ctx.settings.llm_model = MODEL
        rid = _korean_meeting(ctx)
        rec = summarize_recording(ctx, rid, language="ko")
        return rec, fake, rid


def test_script_share_counts_words_not_letters() -> None:
    mixed = "## 1. 주요 주제\n- Q3 release 전에 API 배포 일정과 deadline 을 확정했습니다."
    assert script_share(mixed, "ko") >= 0.5 and language_mismatch(mixed, "ko") is None
    assert language_mismatch(ENGLISH, "ko") is not None and language_mismatch(ENGLISH, "en") is None
    assert language_mismatch("회의에서 예산을 검토했습니다.", "en") is not None
    assert language_mismatch(ENGLISH, "ja") is None  # no check for scripts it does not know


def test_korean_answer_is_complete_without_a_retry(ctx) -> None:
    rec, fake, rid = _run(ctx, default_responder)
    assert rec.state == "complete" and language_mismatch(rec.markdown, "ko") is None
    assert not any(STRONGER["ko"] in str(r.messages_sent) for r in fake.requests)
    assert ctx.store.recordings.get(rid).summarize_state == "done"


def test_english_answer_is_retried_once_and_then_accepted_in_korean(ctx) -> None:
    rec, fake, rid = _run(ctx, english_until_insisted)
    assert rec.state == "complete" and script_share(rec.markdown, "ko") >= 0.3
    assert any(STRONGER["ko"] in str(r.messages_sent) for r in fake.requests)
    assert ctx.store.summaries.latest(rid).id == rec.id


def test_english_twice_is_kept_aside_as_a_language_mismatch(ctx) -> None:
    rec, fake, rid = _run(ctx, english_always)
    assert rec.state == "failed" and rec.error.startswith("language mismatch")
    assert rec.markdown == ENGLISH  # nothing lost: the answer is kept with the version
    assert ctx.store.summaries.latest(rid) is None  # ... but it is not the minutes shown
    assert ctx.store.recordings.get(rid).summarize_state == "language_mismatch"
    insisted = [r for r in fake.requests if STRONGER["ko"] in str(r.messages_sent)]
    assert insisted and len(insisted) < len(fake.requests)  # exactly one more pass, which insisted
    assert any("language mismatch" in e.message for e in ctx.store.recordings.events(rid))


@pytest.mark.parametrize("language", ["ko", "en"])
def test_stronger_instruction_exists(language: str) -> None:
    assert STRONGER[language].strip()
