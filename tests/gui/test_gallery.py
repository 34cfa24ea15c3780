"""The screenshot gallery (bench/gui_gallery.py) runs offscreen in the suite and writes every screen, dialog and
state in English and Korean, light and dark, into tests/artifacts/gallery (CI keeps the folder)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT

pytestmark = pytest.mark.gui
OUT = ROOT / "tests" / "artifacts" / "gallery"


def test_the_gallery_renders_every_screen_in_both_languages_and_themes() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "gui_gallery.py"), "--quick", "--out", str(OUT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    names = {p.stem for p in OUT.glob("*-1280x800.png")}
    for screen in ("library", "search", "settings-summaries", "models", "error-with-action"):
        for lang in ("en", "ko"):
            for theme in ("light", "dark"):
                assert f"{screen}-{lang}-{theme}-1280x800" in names, (screen, lang, theme)
    image = QImage(str(OUT / "library-ko-dark-1280x800.png"))
    assert image.width() == 1280 and image.height() == 800
    assert image.pixelColor(640, 400).lightness() < 100  # dark really is dark
