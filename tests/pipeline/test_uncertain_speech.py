"""Uncertain speech is kept and marked, never silently dropped: flagged segments stay in the database with their
reason and confidence, out of search, chunks, exports and minutes' input, and are counted for the user; the
way forward names a larger model for the language."""

from __future__ import annotations

from typing import Any

from recordroute.pipeline import export, recognition
from recordroute.pipeline.indexing import make_chunks
from recordroute.pipeline.speaker_words import identities
from recordroute.store import Segment, Store

GUESS = "average log-probability -1.25 < -1.0 (a guess)"


def _recording(
    store: Store,
    segments: list[Segment],
    *,
    language: str = "ko",
    speech: float | None = None,
    recovered: float | None = None,
) -> int:
    meta: dict[str, float] = {recognition.SPEECH_SECONDS: speech} if speech is not None else {}
    if recovered is not None:
        meta[recognition.RECOVERED_SECONDS] = recovered
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash=f"h{len(segments)}{language}{speech}",
            kind="audio",
            source_name="meeting.wav",
            stored_name="xx/meeting.wav",
            size_bytes=1,
            title="meeting",
            language=language,
            stt_model="base",
            transcribe_state="done",
            duration=60.0,
            meta=meta,
        )
        store.transcripts.replace(con, rid, segments)
    return rid


def _mixed() -> list[Segment]:
    return [
        Segment(idx=0, text="예산 회의를 시작하겠습니다.", start=0.0, end=4.0, confidence=0.81),
        Segment(idx=1, text="아닌툴 쇠고불가리식무", start=4.0, end=9.0, confidence=0.29, flag=GUESS),
        Segment(idx=2, text="다음 분기 일정입니다.", start=9.0, end=12.0, confidence=0.77),
        Segment(idx=3, text="나이선 놈 아새뇵룸", start=12.0, end=19.0, confidence=0.29, flag=GUESS),
    ]


def test_flagged_segments_are_kept_but_hidden_everywhere(ctx: Any) -> None:
    store = ctx.store
    rid = _recording(store, _mixed())
    shown = store.transcripts.segments(rid)
    assert [s.idx for s in shown] == [0, 2] and all(s.flag is None for s in shown)
    everything = store.transcripts.segments(rid, include_flagged=True)
    assert [(s.idx, s.flag, s.confidence) for s in everything][1] == (1, GUESS, 0.29)
    # search, chunks and exports see only the trusted text
    assert store.transcripts.search("쇠고불가리식무") == []
    assert store.transcripts.search("예산")
    chunk_text = " ".join(c.text for c in make_chunks("audio", store.transcripts.segments(rid)))
    assert "쇠고" not in chunk_text and "예산" in chunk_text
    for fmt in ("txt", "md", "srt", "json"):
        body = export.render_doc(fmt, export.load_doc(store, rid))
        text = body if isinstance(body, str) else body.decode()
        assert "쇠고" not in text and "나이선" not in text and "예산" in text, fmt
    hidden = store.transcripts.hidden(rid)
    assert (hidden.segments, hidden.seconds) == (2, 12.0)
    assert hidden.sentence() == "12 s of speech not recognised reliably: 2 segments hidden"


def test_an_edited_flagged_segment_is_trusted_and_searchable(ctx: Any) -> None:
    store = ctx.store
    rid = _recording(store, _mixed())
    store.transcripts.edit(rid, 1, "예비비 논의")
    assert [s.idx for s in store.transcripts.segments(rid)] == [0, 1, 2]
    assert store.transcripts.search("예비비")[0].segment_idx == 1
    assert store.transcripts.hidden(rid).segments == 1


def test_report_names_hidden_speech_and_a_korean_capable_model(ctx: Any) -> None:
    store = ctx.store
    rid = _recording(store, _mixed(), speech=19.0)
    report = recognition.recognition_report(store, rid)
    assert report.hidden.segments == 2 and report.recognised_seconds == 7.0
    assert report.poor  # 19 s of speech detected, 7 s recognised
    assert report.suggestion is not None and report.suggestion.name == "small"
    lines = report.messages()
    assert lines[0] == "12 s of speech not recognised reliably: 2 segments hidden"
    assert any(
        "'small'" in line and "484 MB" in line and f"transcribe {rid} --model small" in line for line in lines
    )
    assert report.to_dict()["hidden_segments"] == 2


def test_nothing_is_said_when_recognition_went_well(ctx: Any) -> None:
    store = ctx.store
    segs = [Segment(idx=0, text="budget review", start=0.0, end=10.0)]
    rid = _recording(store, segs, language="en", speech=11.0)
    report = recognition.recognition_report(store, rid)
    assert not report.poor and report.messages() == [] and report.suggestion is None


def test_recovered_speech_counts_as_recognised_and_is_told_both_ways(ctx: Any) -> None:
    # 19 s of speech; the 8 s at 4-12 came only from gap recovery (engines/stt/recovery.py): not poor
    segs = [
        Segment(idx=0, text="예산 회의를 시작하겠습니다.", start=0.0, end=4.0),
        Segment(idx=1, text="다음 분기 일정입니다.", start=4.0, end=12.0),
        Segment(idx=2, text="질문 있으신가요?", start=12.0, end=18.0),
    ]
    rid = _recording(ctx.store, segs, speech=19.0, recovered=8.0)
    report = recognition.recognition_report(ctx.store, rid)
    assert not report.poor and report.recognised_seconds == 18.0 and report.recovered_seconds == 8.0
    (notice,) = report.notices()
    assert notice.code == "speech_recovered"
    assert notice.english() == "8 s of speech the first pass skipped was recognised on a second pass"
    assert notice.say("ko") == "첫 번째 인식에서 빠진 말 8초를 다시 인식해 채웠습니다"
    assert report.to_dict()["recovered_seconds"] == 8.0
    none = recognition.recognition_report(
        ctx.store, _recording(ctx.store, segs[:1], speech=4.0, recovered=0.0)
    )
    assert none.notices() == []


def test_an_empty_transcript_over_detected_speech_is_poor() -> None:
    from recordroute.engines.stt.speech import poorly_recognised

    assert poorly_recognised(16.6, 0.0)
    assert not poorly_recognised(3.0, 0.0)  # too little speech to say
    assert not poorly_recognised(None, 0.0)  # not measured (older transcripts)
    assert not poorly_recognised(30.0, 24.0)


def test_model_ladder_per_language() -> None:
    pick = recognition.suggest_model
    assert pick("ko", "base").name == "small"  # type: ignore[union-attr]
    assert pick("ko", "tiny.en").name == "small"  # type: ignore[union-attr]
    assert pick("ko", "small").name == "medium"  # type: ignore[union-attr]
    assert pick("en", "tiny").name == "base"  # type: ignore[union-attr]
    assert pick("ko", "large-v3") is None


def test_first_run_offer_is_made_once(ctx: Any, downloads_allowed: None) -> None:
    first = recognition.first_run_offer(ctx.store, ctx.settings)
    assert first is not None and "'small'" in first and "MB" in first and "Korean" in first
    assert recognition.first_run_offer(ctx.store, ctx.settings) is None


def test_identities_follow_source_segments() -> None:
    segs = [
        Segment(idx=0, text="a", source_idx=0),
        Segment(idx=1, text="b", source_idx=1),
        Segment(idx=2, text="c", source_idx=1),
        Segment(idx=3, text="d", source_idx=2),
    ]
    assert identities(segs) == {0: (0, 0), 1: (1, 0), 2: (1, 1), 3: (2, 0)}


def test_corrections_follow_renumbered_segments(ctx: Any) -> None:
    store = ctx.store
    rid = _recording(store, [Segment(idx=i, text=t) for i, t in enumerate(["a", "b", "c"])])
    store.summaries.save_corrections(rid, {0: "A", 1: "B", 2: "C"}, "m")
    old = {0: (0, 0), 1: (1, 0), 2: (2, 0)}
    new = {0: (0, 0), 1: (1, 0), 2: (1, 1), 3: (2, 0)}  # segment 1 split in two by speaker
    with store.db.tx() as con:
        lost = store.summaries.remap_corrections(con, rid, old, new)
    assert lost == 1 and store.summaries.corrections(rid) == {0: "A", 3: "C"}


def test_guards_drop_non_speech_and_loops_but_flag_unsure_speech() -> None:
    from recordroute.engines.stt.guards import DecodeStats, counting_run, judge
    from recordroute.engines.stt.speech import is_speech

    assert judge(DecodeStats(1.4, -0.3, 0.1)) is None  # trusted
    assert judge(DecodeStats(3.1, -0.3, 0.1))[0] == "drop"  # type: ignore[index]  # a repetition loop
    assert judge(DecodeStats(1.4, -0.9, 0.8))[0] == "drop"  # type: ignore[index]  # text over non-speech
    assert judge(DecodeStats(1.4, -1.2, 0.9))[0] == "drop"  # type: ignore[index]  # ... however unsure
    verdict = judge(DecodeStats(1.4, -1.25, 0.2))  # speech-like, recognised too poorly to show
    assert verdict is not None and verdict[0] == "flag" and "-1.25" in verdict[1]
    assert counting_run("1, 2, 3, 4, 5, 6, 7, 8, 9, 10") and not counting_run("we met 3 times in 4 weeks")
    assert not counting_run("2019 2020 2021 2022 2023")  # years are not a counting loop
    regions = [(0.0, 2.0), (5.0, 9.0)]
    assert is_speech(regions, 5.5, 8.0) and not is_speech(regions, 2.5, 4.9)
