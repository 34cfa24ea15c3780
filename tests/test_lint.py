"""The code base stays ruff-clean and the layers stay face-free (the design card's seams)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

PKG = ROOT / "app" / "recordroute"


def test_ruff_clean() -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    res = subprocess.run([ruff, "check", "app", "tests", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize("layer", ["engines", "store", "pipeline"])
def test_lower_layers_import_no_face(layer: str) -> None:
    bad = re.compile(r"^\s*(from|import)\s+(PySide6|fastapi|uvicorn|starlette)\b|^\s*from\s+\.\.(gui|api|cli)\b",
                     re.M)
    offenders = [str(p.relative_to(ROOT)) for p in (PKG / layer).rglob("*.py") if bad.search(p.read_text())]
    assert offenders == []


@pytest.mark.parametrize(("face", "others"), [("cli", ("gui", "api")), ("gui", ("cli", "api")),
                                              ("api", ("cli", "gui"))])
def test_faces_do_not_import_each_other(face: str, others: tuple[str, ...]) -> None:
    pattern = re.compile(r"^\s*from\s+\.\.(" + "|".join(others) + r")\b", re.M)
    offenders = [str(p.relative_to(ROOT)) for p in (PKG / face).rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


def test_faces_import_modules_directly() -> None:
    lookup = re.compile(r"\bimportlib\b|\bfind_spec\b|__import__\(")
    offenders = [str(p.relative_to(ROOT)) for face in ("gui", "api", "cli") for p in (PKG / face).rglob("*.py")
                 if lookup.search(p.read_text())]
    assert offenders == []


def test_gui_presenters_need_no_qt() -> None:
    assert not re.search(r"^\s*(from|import)\s+PySide6\b", (PKG / "gui" / "presenters.py").read_text(), re.M)
