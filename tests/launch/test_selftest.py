"""`recordroute --self-test`: the installers' end-to-end check, run here from source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli

LINE = re.compile(r"^(ok  |FAIL)  (\w+)\s+(\d+\.\d\d) s  (.+)$")


def _checks(stdout: str) -> dict[str, tuple[str, str]]:
    return {m[2]: (m[1].strip(), m[4]) for m in map(LINE.match, stdout.splitlines()) if m}


@pytest.mark.slow
def test_self_test_passes_and_leaves_the_library_alone(isolated_env: Path) -> None:
    res = run_cli("--self-test", "--model", "tiny.en", timeout=600)
    assert res.returncode == 0, res.stdout + res.stderr
    checks = _checks(res.stdout)
    assert set(checks) == {"transcribe", "search", "api", "window"}
    assert all(state == "ok" for state, _ in checks.values())
    assert "language en" in checks["transcribe"][1]
    assert "self-test passed: 4 checks" in res.stdout
    assert not isolated_env.exists()  # the test's own data dir stands in for the user's library


def test_self_test_reports_each_failure_and_exits_1() -> None:
    res = run_cli("self-test", "--model", "no-such-model", "--skip-gui", timeout=300)
    assert res.returncode == 1
    checks = _checks(res.stdout)
    assert checks["transcribe"][0] == "FAIL" and "no-such-model" in checks["transcribe"][1]
    assert checks["search"][0] == "FAIL"
    assert checks["api"][0] == "ok"
    assert "self-test FAILED: 2 of 3 checks" in res.stdout


def test_self_test_speaks_korean_in_a_korean_session() -> None:
    from tests.cli.test_cli_korean_words import HANGUL, english_words

    env = {"RECORDROUTE_LANG": "ko", "LANG": "C.UTF-8", "LC_ALL": ""}
    res = run_cli("self-test", "--model", "no-such-model", "--skip-gui", env=env, timeout=300)
    assert res.returncode == 1
    lines = res.stdout.splitlines()
    assert lines[0].startswith("RecordRoute 자체 점검(소스에서 실행, 모델: ")
    checks = {line.split()[1]: line for line in lines[1:-1]}
    assert set(checks) == {"전사", "검색", "API"}, lines
    assert checks["전사"].startswith("실패  전사") and "초  자세히: " in checks["전사"]
    assert checks["API"].startswith("정상  API") and "토큰 없이 401, 토큰으로 200" in checks["API"]
    assert re.fullmatch(r"자체 점검 실패: 검사 3개 중 2개 실패, \d+\.\d초", lines[-1]), lines[-1]
    # the failures' details are the exceptions' English text, after `자세히:`; the rest is Korean
    said = [line.split("자세히:")[0] for line in lines[1:]]
    for line in said:
        assert HANGUL.search(line) and not set(english_words(line)) - {"API"}, line
