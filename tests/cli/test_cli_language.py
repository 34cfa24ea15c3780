"""The command line speaks the user's language: Korean from the locale or the `ui_language` setting, English
otherwise; each error prints its sentence, the action as a command, and the English details last."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recordroute.errors import InputError
from recordroute.messages import error_text
from recordroute.messages.cli_texts import LABELS
from recordroute.messages.notices import CLI_ACTIONS, NOTICES
from tests.conftest import SPEECH_WAV, run_cli

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _locale(lang: str, **extra: str) -> dict[str, str]:
    # every variable the choice reads, so the developer's own locale never leaks in
    return {"LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "RECORDROUTE_LANG": "", **extra}


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def _settings(isolated_env: Path, ui_language: str) -> None:
    config = isolated_env.parent / "config" / "settings.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f'ui_language = "{ui_language}"\n', encoding="utf-8")


def test_missing_model_in_korean_has_sentence_action_and_korean_details(isolated_env: Path) -> None:
    res = run_cli("models", "use", "nosuch-model", env=_locale("ko_KR.UTF-8"))
    assert res.returncode == 1, res.stderr
    lines = _lines(res.stderr)
    entry = error_text("model_not_found")
    assert lines[0] == f"recordroute: 오류: {entry.say('ko', {'model': 'nosuch-model'})}"
    assert HANGUL.search(lines[0]) and "nosuch-model" in lines[0]
    action = CLI_ACTIONS[(entry.action, "model")].say("ko", {"model": "nosuch-model"})
    assert lines[1] == action and "recordroute models download nosuch-model" in action
    # our own detail, in the session's language too (messages/detail_*.py); English keeps its developer text
    assert lines[-1].startswith("자세히: ") and "'nosuch-model'" in lines[-1]
    assert HANGUL.search(lines[-1].removeprefix("자세히: ")) and "no model called" not in lines[-1]
    assert len(lines) == 3
    en = _lines(run_cli("models", "use", "nosuch-model", env=_locale("C.UTF-8")).stderr)
    assert "no model called 'nosuch-model'" in en[-1] and not HANGUL.search("\n".join(en))


def test_missing_model_in_a_process_job_names_the_job_s_model(isolated_env: Path) -> None:
    res = run_cli("process", SPEECH_WAV, "--model", "nosuch", "--no-summary", env=_locale("ko_KR.UTF-8"))
    assert res.returncode == 1, res.stderr
    lines = [line for line in _lines(res.stderr) if not line.endswith("...")]
    assert lines[0].endswith(f"실패: {error_text('model_not_found').say('ko', {'model': 'nosuch'})}"), lines
    assert "recordroute models download nosuch" in lines[1] and HANGUL.search(lines[1])
    assert lines[2].startswith("자세히: speech model 'nosuch' was not found")


def test_missing_file_in_korean_then_in_english_by_default(isolated_env: Path, tmp_path: Path) -> None:
    missing = tmp_path / "gone.wav"
    ko = run_cli("process", str(missing), env=_locale("ko_KR.UTF-8"))
    en = run_cli("process", str(missing), env=_locale("C.UTF-8"))
    assert ko.returncode == en.returncode == 1
    for res, lang in ((ko, "ko"), (en, "en")):
        (line,) = _lines(res.stderr)  # one line a refused file, so a batch stays readable
        error, details = LABELS["error"].get(lang), LABELS["details"].get(lang)
        assert line.startswith(f"{missing}: {error}: {error_text('not_found').get(lang)} ({details}: ")
        detail = line.split(f"{details}:")[1]
        assert str(missing) in detail
        # the detail is in the session's language too
        assert ("file not found" in detail) == (lang == "en") and bool(HANGUL.search(detail)) == (
            lang == "ko"
        )
    assert HANGUL.search(ko.stderr) and not HANGUL.search(en.stderr)


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        ("ko", _locale("en_US.UTF-8"), "ko"),  # the setting names a language: it wins over the locale
        ("en", _locale("ko_KR.UTF-8"), "en"),
        ("system", _locale("en_US.UTF-8", LC_ALL="ko_KR.UTF-8"), "ko"),  # LC_ALL before LANG
        ("system", _locale("ko_KR.UTF-8", LC_MESSAGES="de_DE.UTF-8"), "en"),
        (
            "system",
            _locale("ko_KR.UTF-8", RECORDROUTE_LANG="en"),
            "en",
        ),  # the override, for scripts and tests
    ],
)
def test_language_comes_from_the_setting_then_the_locale(
    isolated_env: Path, setting: str, env: dict[str, str], expected: str
) -> None:
    _settings(isolated_env, setting)
    res = run_cli("show", "99", env=env)
    assert res.returncode == 1, res.stderr
    lines = _lines(res.stderr)
    error, details = LABELS["error"].get(expected), LABELS["details"].get(expected)
    assert lines[0] == f"recordroute: {error}: {error_text('not_found').get(expected)}"
    assert lines[-1] == f"{details}: no recording with id 99 (`recordroute list` shows the ids)"


def test_korean_notice_and_action_for_settings(isolated_env: Path) -> None:
    res = run_cli("diarize", "1", "--min-speakers", "0", env=_locale("ko_KR.UTF-8"))
    assert res.returncode == 2
    assert _lines(res.stderr) == [
        f"recordroute: 오류: {NOTICES['at_least_one'].say('ko', {'flag': 'min-speakers'})}"
    ]
    broken = isolated_env.parent / "config" / "settings.toml"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text("no_such_key = 1\n", encoding="utf-8")
    res = run_cli("list", env=_locale("ko_KR.UTF-8"))
    lines = _lines(res.stderr)
    assert res.returncode == 1 and lines[0] == f"recordroute: 오류: {error_text('settings').get('ko')}"
    assert HANGUL.search(lines[1]) and str(broken) in lines[1]  # the file to fix, named in the action
    assert "'no_such_key'" in lines[-1] and HANGUL.search(
        lines[-1].removeprefix("자세히: ")
    )  # detail in Korean


def test_a_bad_argument_keeps_its_own_words(isolated_env: Path) -> None:
    """The general code (bad_input) has no sentence better than the detail: English prints that one line as
    before; Korean leads with a Korean sentence, then the same detail in Korean (our own message)."""
    en = run_cli("search", "x", "--since", "2020", env=_locale("C.UTF-8"))
    ko = run_cli("search", "x", "--since", "2020", env=_locale("ko_KR.UTF-8"))
    assert en.returncode == ko.returncode == 1
    (line,) = _lines(en.stderr)
    assert line.startswith("recordroute: error: invalid date '2020'")
    lead, details = _lines(ko.stderr)
    assert lead == f"recordroute: 오류: {NOTICES['generic_bad_input'].get('ko')}"
    said = InputError.said("invalid_date", value="'2020'")
    assert line == f"recordroute: error: {said.user_text()}"
    assert details == f"자세히: {said.user_text('ko')}" and HANGUL.search(details) and "'2020'" in details
