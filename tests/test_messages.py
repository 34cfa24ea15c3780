"""The Qt-free catalogue of sentences (recordroute.messages): complete in both languages, the same parameters in
both, every error code covered, and the language chosen from the setting and the locale."""

from __future__ import annotations

import re

import pytest

from recordroute.messages import ACTIONS, ERROR_TEXTS, Text, choose_language, error_text, fill, placeholders
from recordroute.messages.notice import Notice, parse
from recordroute.messages.notices import CLI_ACTIONS, NOTICES
from recordroute.messages.pipeline_notices import (
    AND,
    CAPTURE_NOTES,
    LLM_LINE_NOTES,
    PARSED,
    PIPELINE_NOTICES,
    PROGRESS_NOTES,
    SEARCH_NOTES,
    WATCH_NOTES,
)
from tests.helpers.error_codes import error_codes

READ_BACK = PARSED + SEARCH_NOTES + CAPTURE_NOTES + WATCH_NOTES + LLM_LINE_NOTES + PROGRESS_NOTES
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _all_texts() -> list[tuple[str, Text]]:
    return [
        *((f"error {k}", t) for k, t in ERROR_TEXTS.items()),
        *((f"action {k}", t) for k, t in CLI_ACTIONS.items()),
        *((f"notice {k}", t) for k, t in NOTICES.items()),
        *((f"pipeline {k}", t) for k, t in PIPELINE_NOTICES.items()),
        ("pipeline and", AND),
    ]


@pytest.mark.parametrize(("key", "text"), _all_texts(), ids=lambda v: v if isinstance(v, str) else "")
def test_both_languages_are_there_with_the_same_parameters(key: str, text: Text) -> None:
    assert text.en.strip() and text.ko.strip(), key
    assert HANGUL.search(text.ko) and not HANGUL.search(text.en), key
    assert placeholders(text.en) == placeholders(text.ko), key
    assert "%1" not in text.en + text.ko, key  # Qt's placeholders stay in the window's own strings


def test_every_error_code_has_an_entry_and_every_action_a_command() -> None:
    codes = error_codes()
    assert codes <= set(ERROR_TEXTS), sorted(codes - set(ERROR_TEXTS))
    used = {entry.action for entry in ERROR_TEXTS.values()} - {""}
    assert used <= set(ACTIONS) and all((action, "") in CLI_ACTIONS for action in ACTIONS)
    assert error_text("no-such-code") == error_text(None) == ERROR_TEXTS["error"]


def test_parameters_are_filled_as_the_window_always_did() -> None:
    missing = ERROR_TEXTS["model_not_found"]
    assert missing.say("en", {"model": "small"}) == "The model small is not on this computer."
    assert missing.say("ko", {"model": "small"}).startswith("small ")
    assert missing.say("en") == "The model is not on this computer."  # no name known: the blank goes
    down = ERROR_TEXTS["llm_unavailable"]
    # the sentence's own parameter first, the error's main parameter when it is missing
    assert "http://h:1" in down.say("en", {"model": "m", "server": "http://h:1"})
    assert fill("at {server}.", {"path": "/x"}) == "at /x."


def test_a_korean_particle_goes_with_its_missing_blank() -> None:
    down = ERROR_TEXTS["llm_unavailable"]
    assert down.say("ko", {"server": "http://h:1"}).startswith("http://h:1의 LLM 서버가")
    assert down.say("ko") == "LLM 서버가 응답하지 않습니다."  # not "의 LLM 서버가 …"
    assert fill("함께 추가한 {name}과(와) 내용이 같습니다.", {}) == "함께 추가한 내용이 같습니다."
    assert fill("함께 추가한 {name}과(와) 내용이 같습니다.", {"name": "a.wav"}).startswith(
        "함께 추가한 a.wav과(와)"
    )


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        (None, {}, "en"),
        ("system", {"LANG": "ko_KR.UTF-8"}, "ko"),
        ("system", {"LANG": "ko_KR.UTF-8", "LC_ALL": "C"}, "en"),
        ("system", {"LANG": "en_US.UTF-8", "LC_MESSAGES": "ko_KR"}, "ko"),
        ("system", {"LC_ALL": "", "LANG": "ko"}, "ko"),  # empty variables count as unset
        ("ko", {"LANG": "en_US.UTF-8"}, "ko"),
        ("en", {"LC_ALL": "ko_KR.UTF-8"}, "en"),
        ("en", {"RECORDROUTE_LANG": "KO"}, "ko"),
        ("system", {"RECORDROUTE_LANG": "fr", "LANG": "ko_KR"}, "ko"),  # an unknown override is ignored
    ],
)
def test_language_choice(setting: str | None, env: dict[str, str], expected: str) -> None:
    assert choose_language(setting, env) == expected


def test_a_pipeline_notice_says_itself_in_both_languages_and_survives_json() -> None:
    cause = Notice("llm_ollama_no_model", {"server": "http://h:1", "model": "m:1b"})
    notice = Notice(
        "summary_fallback", {"headline": [cause, Notice("llm_openai_down", {"server": "http://o"})]}
    )
    english = notice.english()
    assert english == (
        "Ollama at http://h:1 does not have the model 'm:1b' and the OpenAI-compatible server at http://o "
        "does not answer: extractive minutes written instead"
    )
    korean = notice.say("ko")
    assert HANGUL.search(korean) and "http://h:1" in korean and "m:1b" in korean and " 그리고 " in korean
    assert "does not" not in korean
    back = Notice.from_dict(notice.to_dict())
    assert back == notice and back is not None and back.say("ko") == korean
    assert Notice.from_dict({"code": "gone_in_a_later_version", "text": "as stored"}).say("ko") == "as stored"  # type: ignore[union-attr]
    assert Notice.from_dict("not a notice") is None


@pytest.mark.parametrize("code", READ_BACK)
def test_stored_english_lines_are_read_back_as_their_notice(code: str) -> None:
    params = {name: f"<{name}>" for name in placeholders(PIPELINE_NOTICES[code].en)}
    english = Notice(code, params).english()
    parsed = parse(english, READ_BACK)
    assert parsed.code == code and parsed.english() == english
    assert parsed.say("ko") == PIPELINE_NOTICES[code].say("ko", params)


def test_a_line_no_code_matches_stays_as_it_is_in_every_language() -> None:
    line = "something the summarizer said that has no code"
    assert parse(line) == Notice.plain(line)
    assert parse(line).say("ko") == parse(line).english() == line


def test_the_english_only_search_note_of_the_engines_is_read_back() -> None:
    from types import SimpleNamespace

    from recordroute.engines.embed import multilingual_note

    note = multilingual_note(SimpleNamespace(multilingual=False, name="all-MiniLM-L6-v2"))
    assert note is not None
    notice = parse(note, SEARCH_NOTES)
    assert notice.code == "search_english_only" and notice.english() == note
    assert HANGUL.search(notice.say("ko")) and "all-MiniLM-L6-v2" in notice.say("ko")
