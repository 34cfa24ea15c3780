"""Our own errors' details (after `details:` / `자세히:`) in the session's language: an error raised with
`said(key)` reads in Korean in a Korean session and as the same English developer text as before in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordroute.errors import InputError, RecordRouteError
from recordroute.messages import placeholders
from recordroute.messages.detail_texts import DETAILS
from tests.cli.test_cli_korean_words import HANGUL, english_words
from tests.conftest import run_cli


def _env(lang: str) -> dict[str, str]:
    return {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "RECORDROUTE_LANG": lang}


@pytest.mark.parametrize("key", sorted(DETAILS))
def test_every_detail_is_said_in_both_languages_with_its_values(key: str) -> None:
    detail = DETAILS[key]
    texts = [detail.message, *([detail.hint] if detail.hint else [])]
    names = set().union(*(placeholders(t.en) for t in texts))
    for text in texts:
        assert placeholders(text.en) == placeholders(text.ko), key
        assert HANGUL.search(text.ko) and not HANGUL.search(text.en), key
    values = {name: f"v{i}x" for i, name in enumerate(sorted(names))}
    error = InputError.said(key, **values)
    en, ko = error.user_text(), error.user_text("ko")
    assert en == error.user_text("en") and not HANGUL.search(en) and HANGUL.search(ko)
    assert all(v in en and v in ko for v in values.values()), (en, ko)
    for lang, said in (("en", en), ("ko", ko)):
        message = detail.message.say(lang, values)
        assert said == (f"{message} ({detail.hint.say(lang, values)})" if detail.hint else message)


def test_the_english_is_the_developer_text_as_before() -> None:
    bounds = InputError.said("speaker_bounds", low=3, high=2)
    assert str(bounds) == bounds.message == "speaker bounds must satisfy 1 ≤ min ≤ max (got 3 and 2)"
    speaker = RecordRouteError.said("no_such_speaker", id=7, label=repr("S1"))
    assert speaker.user_text() == "recording 7 has no speaker 'S1' (see `recordroute speakers 7`)"
    assert speaker.hint == "see `recordroute speakers 7`" and speaker.code == "error"
    plain = InputError("raw text from elsewhere", hint="a hint")
    assert plain.user_text("ko") == plain.user_text() == "raw text from elsewhere (a hint)"  # no twin: as is


@pytest.mark.parametrize(
    ("args", "english", "korean"),
    [
        (
            ("search", "x", "--since", "2026-13-01"),
            "recordroute: error: invalid date '2026-13-01' (use YYYY-MM-DD, e.g. 2026-11-25)",
            "자세히: 날짜가 아닙니다: '2026-13-01' (YYYY-MM-DD로 쓰세요. 예: 2026-11-25)",
        ),
        (
            ("restore-backup", "/nonexistent/backup.tar.gz", "--data-dir", "{tmp}/new"),
            "recordroute: error: no backup archive at /nonexistent/backup.tar.gz (check the path)",
            "자세히: /nonexistent/backup.tar.gz에 백업 파일이 없습니다 (경로를 확인하세요)",
        ),
        (
            ("process", "/nonexistent/a.wav", "-O", "speakers=abc"),
            "recordroute: error: job option 'speakers' must be a whole number, not 'abc'",
            "자세히: 작업 옵션 'speakers'은(는) 정수여야 합니다. 받은 값: 'abc'",
        ),
    ],
)
def test_a_command_s_details_in_both_languages(
    isolated_env: Path, tmp_path: Path, args: tuple[str, ...], english: str, korean: str
) -> None:
    args = tuple(a.replace("{tmp}", str(tmp_path)) for a in args)
    en = run_cli(*args, env=_env("en"))
    ko = run_cli(*args, env=_env("ko"))
    assert en.returncode == ko.returncode == 1, (en.stderr, ko.stderr)
    assert en.stderr == english + "\n"
    lines = ko.stderr.splitlines()
    assert lines == ["recordroute: 오류: 이 입력은 쓸 수 없습니다.", korean], lines
    typed = {"YYYY-MM-DD", "speakers", "abc"}  # the format to type, the option and the value as given
    assert not set(english_words(lines[1])) - typed
