"""The command line's own words (messages/cli_texts.py), the models' notes and Ollama reasons
(messages/model_notes.py) and the pipeline's newer notice codes: both languages, the same parameters, the
English the engines and the API keep, and the Korean the window already shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recordroute.messages import Text, placeholders
from recordroute.messages.cli_texts import CLI_TEXTS, LABELS, STAGES, STATES, WORDS
from recordroute.messages.model_notes import MODEL_NOTES, OLLAMA_FAMILIES, OLLAMA_PARTS
from recordroute.messages.notice import Notice, parse
from recordroute.messages.pipeline_notices import LLM_LINE_NOTES, PIPELINE_NOTICES

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Entries with nothing to translate: a format of parameters only, an acronym.
NO_WORDS = {"cli recovered", "word pdf", "cli check_api"}


def _all() -> list[tuple[str, Text]]:
    tables = {
        "cli": CLI_TEXTS,
        "label": LABELS,
        "state": STATES,
        "stage": STAGES,
        "word": WORDS,
        "note": MODEL_NOTES,
        "family": OLLAMA_FAMILIES,
        "part": OLLAMA_PARTS,
    }
    return [(f"{name} {key}", text) for name, table in tables.items() for key, text in table.items()]


@pytest.mark.parametrize(("key", "text"), _all(), ids=lambda v: v if isinstance(v, str) else "")
def test_both_languages_are_there_with_the_same_parameters(key: str, text: Text) -> None:
    assert text.en.strip() and text.ko.strip(), key
    assert not HANGUL.search(text.en), key
    assert bool(HANGUL.search(text.ko)) is (key not in NO_WORDS), key
    assert placeholders(text.en) == placeholders(text.ko), key
    assert text.en == text.en.strip() and text.ko == text.ko.strip(), key  # fill() strips a leading blank


def test_parameters_are_filled_in_both_languages() -> None:
    params = {"id": 7, "title": "주간 회의", "count": 3, "job": 12, "state": "done"}
    assert CLI_TEXTS["purged"].say("en", params) == "deleted recording 7 (주간 회의) permanently"
    assert CLI_TEXTS["purged"].say("ko", params) == "녹음 7(주간 회의)을(를) 완전히 지웠습니다"
    assert CLI_TEXTS["job_state"].say("ko", {"job": 12, "state": STATES["failed"].ko}) == "작업 12: 실패"
    assert CLI_TEXTS["reindexed"].say("ko", {"count": 3, "model": "e5", "dim": 384}) == (
        "녹음 3개를 e5(384차원)로 다시 색인했습니다"
    )
    header = CLI_TEXTS["list_header"]
    assert len(header.en.split("|")) == len(header.ko.split("|")) == 6  # the columns the table pads


def test_every_state_and_stage_the_pipeline_stores_has_a_word() -> None:
    from recordroute.pipeline import stages
    from recordroute.vocab import JobState, StageState

    assert {str(s) for s in JobState} | {str(s) for s in StageState} <= set(STATES)
    assert set(stages.default_stages()) <= set(STAGES)
    assert all(STATES[k].en == k for k in STATES)  # the English is the stored value (--json keeps it)


def _window_korean() -> dict[str, str]:
    """The Korean of the window's "Labels" strings (resources/i18n/recordroute_ko.ts)."""
    root = ET.parse(ROOT / "resources" / "i18n" / "recordroute_ko.ts").getroot()
    found: dict[str, str] = {}
    for context in root:
        if context.findtext("name") == "Labels":
            for m in context.findall("message"):
                found[m.findtext("source") or ""] = m.findtext("translation") or ""
    return found


def test_model_notes_are_the_engines_english_and_the_window_s_korean() -> None:
    from recordroute.engines.models.catalog import CATALOG
    from recordroute.engines.models.speakers import speaker_models

    window = _window_korean()
    engines = {e.name: e.note for e in CATALOG} | {m.name: m.note for m in speaker_models()}
    assert {k: v.en for k, v in MODEL_NOTES.items()} == engines
    for name, text in MODEL_NOTES.items():
        assert window[text.en] == text.ko, name


def test_ollama_reasons_are_the_engine_s_english_and_the_window_s_korean() -> None:
    from recordroute.engines.models.ollama import EMBEDDING_FAMILY, FAMILIES, OllamaModel, score

    window = _window_korean()
    assert {marker: text for marker, _q, text in FAMILIES} == {
        k: v.en for k, v in OLLAMA_FAMILIES.items() if k not in (EMBEDDING_FAMILY, "")
    }
    for text in OLLAMA_FAMILIES.values():
        assert window[text.en] == text.ko
    model = OllamaModel("qwen2.5:7b-instruct", family="qwen2", parameter_size="7.6B", context_length=32768)
    _points, reason = score(model)
    parts = [
        OLLAMA_FAMILIES["qwen2.5"].en,
        OLLAMA_PARTS["parameters"].say("en", {"size": "7.6"}),
        OLLAMA_PARTS["context"].say("en", {"tokens": 32768}),
    ]
    assert reason == "; ".join(parts)  # the CLI builds the Korean from the same parts


def _request(source: dict[str, str]) -> object:
    from recordroute.engines.llm.summarizer import CorrectionRequest

    keys = tuple(source)
    return CorrectionRequest([], keys, keys, source, {k: int(k) for k in keys})


def test_correction_and_translation_warnings_are_read_back_in_korean() -> None:
    from recordroute.engines.llm.summarizer import parse_correction

    long = "this line is long enough to be checked for its length"
    request = _request({"3": long, "4": "second line of the transcript here", "5": "a third line"})
    answer = f"[#3] {long[:10]}\n[#4] second line of the transcript here, fixed"
    _got, warnings = parse_correction(answer, request)  # type: ignore[arg-type]
    notices = [parse(w, LLM_LINE_NOTES) for w in warnings]
    assert [n.code for n in notices] == ["line_length_changed", "line_missing_corrected"], warnings
    assert [n.english() for n in notices] == warnings  # the API and the stored meta keep the English
    ratio = f"{len(long[:10].strip()) / len(long):.2f}"  # the answer is stripped
    assert notices[0].say("ko") == f"3번 줄의 길이가 {ratio}배로 바뀌어 원문을 두었습니다"
    assert notices[1].say("ko") == "5번 줄이 교정한 글에 없어 원문을 두었습니다"

    request = _request({"1": "a" * 40, "2": "b" * 40})
    _got, warnings = parse_correction("[#1] a\n[#2] b", request)  # type: ignore[arg-type]
    (notice,) = [parse(w, LLM_LINE_NOTES) for w in warnings]
    assert notice.code == "lines_length_changed" and notice.english() == warnings[0]
    assert notice.say("ko").startswith("1–2번 줄을 교정하니 길이가 0.03배로")


def test_a_transcript_not_corrected_without_an_llm_is_said_in_korean() -> None:
    from recordroute.engines.llm.correction import correct_transcript
    from recordroute.engines.llm.extractive import ExtractiveBackend
    from recordroute.transcript import Segment

    warnings: list[str] = []
    correct_transcript([Segment(0.0, 1.0, "hello")], backend=ExtractiveBackend(), warnings=warnings)
    (notice,) = [parse(w, LLM_LINE_NOTES) for w in warnings]
    assert notice.code == "correction_no_llm" and notice.english() == warnings[0]
    assert notice.say("ko") == PIPELINE_NOTICES["correction_no_llm"].ko


def test_the_context_retry_note_is_read_back() -> None:
    english = (
        "the server's context is 2048 tokens, smaller than the 8192 planned for; planned again for 2048 and "
        "retried"
    )
    notice = parse(english, LLM_LINE_NOTES)
    assert notice.code == "llm_context_retried" and notice.english() == english
    assert "2048토큰" in notice.say("ko") and "8192토큰" in notice.say("ko")


def test_overlap_and_match_count_lines_keep_their_english() -> None:
    from types import SimpleNamespace

    from recordroute.pipeline.diarization import overlap_note, overlap_notice
    from recordroute.pipeline.search_notes import match_count_line, match_count_notice

    unchecked = SimpleNamespace(overlaps_checked=False, overlaps=[])
    two = SimpleNamespace(overlaps_checked=True, overlaps=[(0, 1), (2, 3)])
    assert overlap_note(unchecked) == (  # type: ignore[arg-type]
        "overlapped speech not looked for (the basic method's turn changes are too coarse)"
    )
    assert overlap_note(two) == "2 stretches of overlapped speech marked"  # type: ignore[arg-type]
    assert overlap_notice(two).say("ko") == "겹쳐 말한 부분 2곳을 표시했습니다"  # type: ignore[arg-type]
    assert [match_count_line(n) for n in (0, 1, 2)] == [
        "no matches",
        "1 matching result",
        "2 matching results",
    ]
    assert match_count_notice(2).say("ko") == "찾은 결과 2개"
    assert Notice("matches_one", {"count": 1}).say("ko") == "찾은 결과 1개"


def test_every_fixed_progress_message_of_the_jobs_has_a_code() -> None:
    """The running job's step the window and the terminal show: each literal the engines and stages report has
    its notice code (messages/pipeline_notices.py PROGRESS_NOTES), so a Korean user reads it in Korean."""
    from recordroute.messages.pipeline_notices import PROGRESS_NOTES

    literal = re.compile(
        r'Progress\(\s*"(?:ingest|transcribe|diarize|summarize|translate|correct)",[^"()]*"([^"]+)"'
    )
    report = re.compile(r'\.report\([^,"]+,\s*"([^"]+)"\)')  # the summarizer's run.report(fraction, text)
    found = set()
    for folder in ("engines/stt", "engines/diarize", "engines/llm", "pipeline"):
        for path in (ROOT / "app" / "recordroute" / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            found |= set(literal.findall(source)) | set(report.findall(source))
    assert {"loading the speech model", "hashing", "clustering", "summarizing", "merging the notes"} <= found
    for message in found - {m for m in found if "{" in m}:  # f-strings: their filled forms are below
        assert parse(message, PROGRESS_NOTES).code, message
    for english, code in (
        ("reading part 3 of 9", "progress_reading_part"),
        ("translating part 1 of 2", "progress_translating_part"),
        ("merging notes, level 2", "progress_merging_level"),
        ("sending to groq · whisper-large-v3", "progress_sending"),
        ("4 speakers", "progress_speakers"),
    ):
        notice = parse(english, PROGRESS_NOTES)
        assert notice.code == code and notice.english() == english and HANGUL.search(notice.say("ko"))
