"""Start-up where Qt cannot run: a one-line reason and exit 1 instead of Qt's abort (SIGABRT, exit 134)."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recordroute.launch import preflight
from tests.conftest import ROOT


def _all_present(_lib: str) -> bool:
    return True


def test_no_display_on_linux_is_refused_with_a_way_forward() -> None:
    msg = preflight.gui_problem({}, _all_present, "linux")
    assert msg is not None and "\n" not in msg
    assert "DISPLAY" in msg and "recordroute process FILE" in msg and "QT_QPA_PLATFORM=offscreen" in msg


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"},
        {"DISPLAY": ":0"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":1", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland"},
    ],
)
def test_a_display_or_a_headless_platform_passes(env: dict[str, str]) -> None:
    assert preflight.gui_problem(env, _all_present, "linux") is None


def test_a_platform_that_does_not_match_the_session_is_named() -> None:
    assert "DISPLAY" in (
        preflight.display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux") or ""
    )
    assert "WAYLAND_DISPLAY" in (
        preflight.display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux") or ""
    )


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_need_no_display_variable(platform: str) -> None:
    assert preflight.gui_problem({}, lambda _lib: False, platform) is None


def test_missing_xcb_library_is_named_with_its_package() -> None:
    absent = {"libxcb-cursor.so.0"}
    msg = preflight.gui_problem({"DISPLAY": ":0"}, lambda lib: lib not in absent, "linux")
    assert msg is not None and "\n" not in msg
    assert "libxcb-cursor.so.0" in msg and "libxcb-cursor0" in msg and "libGL.so.1" not in msg


def test_every_missing_library_is_listed() -> None:
    msg = (
        preflight.gui_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, lambda _lib: False, "linux") or ""
    )
    for lib, package in preflight.XCB_LIBRARIES:
        assert lib in msg and package in msg


def test_libraries_are_not_probed_when_xcb_is_not_used() -> None:
    probed: list[str] = []

    def probe(lib: str) -> bool:
        probed.append(lib)
        return False

    for env in (
        {"WAYLAND_DISPLAY": "w"},
        {"QT_QPA_PLATFORM": "offscreen"},
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"},
    ):
        assert preflight.gui_problem(env, probe, "linux") is None
    assert probed == []


def test_the_real_probe_loads_a_present_library_and_rejects_an_absent_one() -> None:
    assert preflight.can_load("libc.so.6")
    assert not preflight.can_load("libdoes-not-exist-recordroute.so.9")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sonames are a Linux matter")
def test_the_probe_also_finds_a_library_the_frozen_bundle_carries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ctypes.util.find_library("m")
    assert real is not None
    libm = (
        next(
            p
            for p in (
                Path("/lib/x86_64-linux-gnu"),
                Path("/usr/lib/x86_64-linux-gnu"),
                Path("/lib64"),
                Path("/usr/lib64"),
                Path("/lib"),
                Path("/usr/lib"),
            )
            if (p / real).exists()
        )
        / real
    )
    shutil.copy(libm, tmp_path / "librecordroute-bundled-probe.so.1")
    assert not preflight.can_load("librecordroute-bundled-probe.so.1")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert preflight.can_load("librecordroute-bundled-probe.so.1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display variables are a Linux matter")
def test_recordroute_without_display_exits_1_with_the_reason() -> None:
    # A complete environment without any display variable (the suite itself sets QT_QPA_PLATFORM=offscreen).
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    res = subprocess.run(
        [sys.executable, "-m", "recordroute"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert res.returncode == 1, (res.returncode, res.stderr)
    assert "no display" in res.stderr and "recordroute process FILE" in res.stderr
    assert "xcb-cursor0" not in res.stderr and "Aborted" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
