"""The package type-checks under mypy with the settings in pyproject.toml (as tests/test_lint.py runs ruff)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_mypy_clean() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (it comes with the test extra)")
    res = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "app/recordroute"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr
