"""Is there a font that can draw Korean? Qt-free, so it is testable without a display.

On Linux a fresh desktop often has no CJK font: Korean transcripts and the Korean interface then show boxes
("tofu"). The GUI asks Qt which families support the Korean writing system and, as a second opinion,
fontconfig (`fc-list :lang=ko`); when both find nothing it shows a one-time hint naming the package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

CJK_PACKAGE = "fonts-noto-cjk"
HINT = (
    f"No font for Korean text was found, so Korean may show as empty boxes. Install one, for example: "
    f"sudo apt install {CJK_PACKAGE}"
)

Runner = Callable[[list[str]], str]


def _run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False).stdout


def fontconfig_korean_fonts(run: Runner = _run) -> list[str] | None:
    """Font files fontconfig says cover Korean; None when fc-list is not available (nothing to ask)."""
    if run is _run and shutil.which("fc-list") is None:
        return None
    try:
        out = run(["fc-list", ":lang=ko", "family"])
    except (OSError, subprocess.SubprocessError):
        return None
    return [line.strip() for line in out.splitlines() if line.strip()]


def needs_cjk_hint(
    qt_korean_families: Iterable[str], fontconfig_fonts: list[str] | None, platform: str = sys.platform
) -> bool:
    """True on Linux when neither Qt nor fontconfig knows a font with Korean glyphs."""
    if not platform.startswith("linux"):
        return False  # Windows and macOS ship Korean fonts
    if any(f.strip() for f in qt_korean_families):
        return False
    return not fontconfig_fonts


def hint_once(marker: Path) -> bool:
    """True the first time (and records it in `marker`); False once the hint has been shown."""
    if marker.exists():
        return False
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("shown\n", encoding="utf-8")
    except OSError:
        return False  # cannot remember it: better silent than nagging at every start
    return True
