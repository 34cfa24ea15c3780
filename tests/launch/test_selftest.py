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
