"""Korean font detection (Qt-free) and the one-time hint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recordroute.fonts import CJK_PACKAGE, HINT, fontconfig_korean_fonts, hint_once, needs_cjk_hint


def test_hint_only_on_linux_without_any_korean_font() -> None:
    assert needs_cjk_hint([], [], "linux")
    assert needs_cjk_hint([" "], None, "linux")  # no fc-list and Qt knows nothing
    assert not needs_cjk_hint(["Noto Sans CJK KR"], [], "linux")
    assert not needs_cjk_hint([], ["Noto Sans CJK KR"], "linux")
    assert not needs_cjk_hint([], [], "darwin") and not needs_cjk_hint([], [], "win32")
    assert CJK_PACKAGE in HINT


def test_fontconfig_answer_is_parsed() -> None:
    calls: list[list[str]] = []

    def fake(cmd: list[str]) -> str:
        calls.append(cmd)
        return "Noto Sans CJK KR\n\nNanumGothic\n"

    assert fontconfig_korean_fonts(fake) == ["Noto Sans CJK KR", "NanumGothic"]
    assert calls == [["fc-list", ":lang=ko", "family"]]

    def broken(cmd: list[str]) -> str:
        raise OSError("no fc-list")

    assert fontconfig_korean_fonts(broken) is None


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig is not installed")
def test_real_fontconfig_matches_a_direct_query() -> None:
    import subprocess

    direct = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True, text=True).stdout
    found = fontconfig_korean_fonts()
    assert found is not None and bool(found) == bool(direct.strip())


def test_hint_is_shown_once(tmp_path: Path) -> None:
    marker = tmp_path / "data" / ".cjk-font-hint-shown"
    assert hint_once(marker) and marker.is_file()
    assert not hint_once(marker)
