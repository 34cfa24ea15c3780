"""Translation with the LLM: every segment kept with its times, bilingual subtitles, translated minutes."""

from __future__ import annotations

import srt

from recordroute.errors import LLMError
from recordroute.pipeline import export
from recordroute.pipeline.summaries import summarize_recording
from recordroute.pipeline.translation import translate_minutes, translate_recording, translation_pairs
from tests.context.helpers import add_recording, translating_responder
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"


def _korean_meeting(minutes: int) -> list[tuple[float, float, str]]:
    return [
        (i * 10.0, i * 10.0 + 9.5, f"{i}번 안건: 다음 분기 예산은 {i * 3}만 원으로 정했습니다.")
        for i in range(minutes * 6)
    ]


def _use(ctx, fake: FakeOllama, num_ctx: int = 8192) -> None:
    ctx.settings.ollama_host = fake.url
    ctx.settings.llm_backend = "ollama"
    ctx.settings.llm_model = MODEL
    ctx.settings.llm_num_ctx = num_ctx


def test_a_90_minute_transcript_keeps_every_segment_and_its_times(ctx) -> None:
    with FakeOllama(models={MODEL: {"context_length": 8192}}, responder=translating_responder()) as fake:
        _use(ctx, fake, 4096)
        rid = add_recording(ctx, _korean_meeting(90), language="ko")
        result = translate_recording(ctx, rid, "en")
        calls = len(fake.requests)
    original = ctx.store.transcripts.segments(rid)
    pairs = translation_pairs(ctx.store, rid, "en")
    assert result.lines == len(original) == len(pairs) == 540 and not result.warnings
    assert calls > 5  # map-reduce sized to the context, not one giant prompt
    for seg, (same, text) in zip(original, pairs, strict=True):
        assert (same.start, same.end, same.idx) == (seg.start, seg.end, seg.idx)
        assert text == f"EN: {' '.join(seg.text.split())}"
    cues = list(srt.parse(export.render_bilingual(ctx.store, rid, "srt", "en")))
    assert len(cues) == 540
    assert cues[17].content.splitlines() == [original[17].text, pairs[17][1]]
    assert cues[17].start.total_seconds() == original[17].start
    vtt = export.render_bilingual(ctx.store, rid, "vtt", "en")
    assert vtt.startswith("WEBVTT") and vtt.count(" --> ") == 540


def test_lines_the_model_skips_are_asked_for_again(ctx) -> None:
    responder = translating_responder(drop_once={3, 7})
    with FakeOllama(models={MODEL: {"context_length": 8192}}, responder=responder) as fake:
        _use(ctx, fake)
        rid = add_recording(ctx, _korean_meeting(2), language="ko")
        result = translate_recording(ctx, rid, "en")
    lines = ctx.store.translations.get(rid, "en")
    assert len(lines) == 12 and lines[3].startswith("EN:") and lines[7].startswith("EN:")
    assert not result.warnings


def test_a_failed_translation_keeps_the_previous_one(ctx) -> None:
    with FakeOllama(models={MODEL: {"context_length": 8192}}, responder=translating_responder("v1")) as fake:
        _use(ctx, fake)
        rid = add_recording(ctx, _korean_meeting(2), language="ko")
        translate_recording(ctx, rid, "en")
        fake.error_after_chunks = 1
        try:
            translate_recording(ctx, rid, "en")
        except LLMError:
            pass
        else:
            raise AssertionError("the failing server should fail the translation")
    assert all(t.startswith("v1") for t in ctx.store.translations.get(rid, "en").values())


def test_minutes_are_translated_into_a_new_version(ctx) -> None:
    with FakeOllama(
        models={MODEL: {"context_length": 32768}}, responder=translating_responder("KO:")
    ) as fake:
        _use(ctx, fake)
        rid = add_recording(ctx, [(i * 10.0, i * 10.0 + 9, f"Fact {i:04d}: the budget.") for i in range(12)])
        first = summarize_recording(ctx, rid, language="en")
        translated = translate_minutes(ctx, rid, "ko")
    assert translated.version == first.version + 1 and translated.language == "ko"
    src = (first.markdown or "").splitlines()
    out = (translated.markdown or "").splitlines()
    assert len(out) == len(src)
    assert all(b == a or b == f"KO: {' '.join(a.split())}" for a, b in zip(src, out, strict=True))
    assert translated.meta["translated_from"] == first.version


def test_no_llm_is_a_clear_error(ctx) -> None:
    ctx.settings.llm_backend = "extractive"
    rid = add_recording(ctx, _korean_meeting(1), language="ko")
    try:
        translate_recording(ctx, rid, "en")
    except LLMError as exc:
        assert "needs an LLM" in exc.user_text()
    else:
        raise AssertionError("translation without an LLM must fail clearly")


def test_a_new_transcript_drops_translations_that_no_longer_line_up(ctx) -> None:
    from recordroute.store import Segment

    with FakeOllama(models={MODEL: {"context_length": 8192}}, responder=translating_responder()) as fake:
        _use(ctx, fake)
        rid = add_recording(ctx, _korean_meeting(1), language="ko")
        translate_recording(ctx, rid, "en")
    assert ctx.store.translations.languages(rid) == ["en"]
    with ctx.store.db.tx() as con:  # transcribed again (or split by speaker): new segments
        ctx.store.transcripts.replace(con, rid, [Segment(idx=0, text="새 전사", start=0.0, end=2.0)])
    assert ctx.store.translations.languages(rid) == []
    assert any("translations were removed" in e.message for e in ctx.store.recordings.events(rid))
