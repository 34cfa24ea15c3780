"""Every case of the hostile-input corpus for issue 23's surfaces is handled (the same cases the reliability
report prints, one line each)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.hostile.surfaces import CASES, SurfaceCase, run_case

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks, FIFOs and /dev/zero")


def _param(case: SurfaceCase) -> object:
    marks = [pytest.mark.slow] if case.slow else []
    return pytest.param(case, id=f"{case.defect:02d}-{case.run.__name__}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_surface_case(case: SurfaceCase, tmp_path: Path, isolated_env: Path) -> None:
    outcome = run_case(case, tmp_path)
    assert outcome.ok, outcome.message
    assert outcome.message and "\n" not in outcome.message
