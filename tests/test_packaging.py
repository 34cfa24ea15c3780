"""A regular (non-editable) install finds its resources: prompts, translations, lists, the sample."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_install_carries_resources(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    # The venv's own pip installs this checkout as a wheel into the venv only: it never touches the outer
    # environment's (editable) install, which the rest of the suite runs from. Dependencies come from the
    # system site, so nothing is downloaded.
    res = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-q", str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    probe = (
        "import recordroute, sys; from recordroute.paths import resources_dir as r; "
        "from recordroute.engines.llm import load_templates; "
        "assert recordroute.__file__.startswith(sys.prefix), recordroute.__file__; "
        "print(r()); print(sorted(load_templates()))"
    )
    out = subprocess.run([str(py), "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    where, templates = out.stdout.strip().splitlines()
    assert where.startswith(str(env_dir)) and (Path(where) / "i18n" / "recordroute_ko.qm").is_file()
    assert "minutes.ko" in templates and "standup.en" in templates
    assert (Path(where) / "samples" / "sample_meeting_en.mp3").is_file()
