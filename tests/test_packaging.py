"""A regular (non-editable) install finds its resources: prompts, translations, lists, the sample."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

from packaging.requirements import Requirement

from tests.conftest import ROOT


def test_wheel_install_carries_resources(tmp_path: Path) -> None:
    # Build the wheel with this interpreter (the test extra brings setuptools and wheel; no build isolation, so
    # nothing is downloaded), then install it into a bare venv with that venv's own pip. The outer environment's
    # editable install, which the rest of the suite runs from, is never touched.
    dist = tmp_path / "dist"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(dist.glob("recordroute-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    clean_env = {
        k: v for k, v in os.environ.items() if k != "PYTHONPATH"
    }  # only the venv decides what imports
    res = subprocess.run(
        [str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        env=clean_env,
    )
    assert res.returncode == 0, res.stderr
    # Dependencies come from the outer environment, appended after the venv's own site-packages (a plain path
    # line: the outer editable install's .pth is not processed, so the wheel's copy is the one imported).
    site = next((env_dir / "lib").glob("python3*/site-packages"))
    outer = next(p for p in map(Path, sys.path) if p.name == "site-packages" and (p / "numpy").is_dir())
    (site / "zz_outer.pth").write_text(f"{outer}\n", encoding="utf-8")
    probe = (
        "import recordroute, sys; from recordroute.paths import resources_dir as r; "
        "from recordroute.engines.llm import load_templates; "
        "assert recordroute.__file__.startswith(sys.prefix), recordroute.__file__; "
        "print(r()); print(sorted(load_templates()))"
    )
    out = subprocess.run(
        [str(py), "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120, env=clean_env
    )
    assert out.returncode == 0, out.stderr
    where, templates = out.stdout.strip().splitlines()
    assert where.startswith(str(env_dir)) and (Path(where) / "i18n" / "recordroute_ko.qm").is_file()
    assert "minutes.ko" in templates and "standup.en" in templates
    assert (Path(where) / "samples" / "sample_meeting_en.mp3").is_file()
    assert (Path(where) / "recipes" / "follow-up-email.md").is_file()


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_constraints_pin_every_dependency() -> None:
    """README command 2 installs with packaging/constraints.txt: every direct dependency must be pinned there,
    or a fresh machine silently resolves versions CI never ran."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    reqs += [Requirement(r) for extra in project["optional-dependencies"].values() for r in extra]
    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[_norm(name)] = version
    missing = []
    for req in reqs:
        if _norm(req.name) == "recordroute" or (req.marker is not None and not req.marker.evaluate()):
            continue
        if _norm(req.name) not in pins:
            missing.append(req.name)
        elif not req.specifier.contains(pins[_norm(req.name)], prereleases=True):
            missing.append(f"{req.name} ({pins[_norm(req.name)]} outside {req.specifier})")
    assert missing == [], "run packaging/lock-constraints.sh"
