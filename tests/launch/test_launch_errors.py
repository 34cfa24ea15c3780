"""`recordroute gui`'s own errors and the no-display / Qt library refusal in the session's language: Korean says
`오류:`, the sentence and the action on the next line, with no English besides names and what is typed; English
prints the one line it always printed."""

from __future__ import annotations

import os
import sys

import pytest

from recordroute.launch import preflight
from recordroute.messages import placeholders
from recordroute.messages.launch_texts import LAUNCH_ERRORS, launch_error
from tests.cli.test_cli_korean_words import HANGUL, english_words
from tests.conftest import run_cli

# Typed or named as they are: variables, platforms, the package manager, the flags.
TYPED = {
    "QT_QPA_PLATFORM",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "X11",
    "Qt",
    "xcb",
    "Wayland",
    "Debian",
    "sudo",
    "apt",
}
TYPED |= {"--size"}
HEADLESS_EN = (
    "use `recordroute process FILE` from the terminal, or set QT_QPA_PLATFORM=offscreen to run the app without "
    "a screen"
)


def _env(lang: str, **extra: str) -> dict[str, str]:
    return {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "RECORDROUTE_LANG": lang, **extra}


def _no_display(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return {**env, **_env(lang, QT_QPA_PLATFORM="xcb")}


def _korean_only(lines: list[str]) -> None:
    for line in lines:
        assert HANGUL.search(line), line
        assert not set(english_words(line)) - TYPED, line


@pytest.mark.parametrize("code", sorted(LAUNCH_ERRORS))
def test_every_launch_error_has_both_languages_with_the_same_blanks(code: str) -> None:
    entry = LAUNCH_ERRORS[code]
    for text in (entry.sentence, entry.action):
        assert HANGUL.search(text.ko) and not HANGUL.search(text.en), code
        assert placeholders(text.en) == placeholders(text.ko), code


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display variables are a Linux matter")
def test_no_display_is_refused_in_korean_and_in_english_as_before() -> None:
    """QT_QPA_PLATFORM=xcb with no DISPLAY: a real `recordroute gui` exits 1 before Qt starts."""
    ko = run_cli("gui", env=_no_display("ko"), timeout=120)
    en = run_cli("gui", env=_no_display("en"), timeout=120)
    assert ko.returncode == en.returncode == 1, (ko.stderr, en.stderr)
    assert en.stderr == (
        "recordroute: error: QT_QPA_PLATFORM=xcb but DISPLAY is not set: there is no X11 display to open the "
        f"window on; {HEADLESS_EN}\n"
    )
    lines = ko.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("recordroute: 오류: QT_QPA_PLATFORM=xcb"), lines
    assert "`recordroute process 파일`" in lines[1] and "QT_QPA_PLATFORM=offscreen" in lines[1]
    _korean_only([lines[0].removeprefix("recordroute: "), lines[1]])


@pytest.mark.parametrize(
    ("env", "code"),
    [
        ({}, "no_display"),
        ({"QT_QPA_PLATFORM": "xcb"}, "no_x11_display"),
        ({"QT_QPA_PLATFORM": "wayland-egl"}, "no_wayland_display"),
    ],
)
def test_each_display_problem_is_said_in_both_languages(env: dict[str, str], code: str) -> None:
    en = preflight.gui_problem(env, lambda _lib: True, "linux", "en")
    ko = preflight.gui_problem(env, lambda _lib: True, "linux", "ko")
    assert en is not None and ko is not None
    sentence = LAUNCH_ERRORS[code].sentence
    assert en == f"recordroute: error: {sentence.say('en', {'platform': 'wayland-egl'})}; {HEADLESS_EN}"
    first, second = ko.split("\n")
    assert first == f"recordroute: 오류: {sentence.say('ko', {'platform': 'wayland-egl'})}"
    _korean_only([first.removeprefix("recordroute: "), second])


@pytest.mark.parametrize("absent", [{"libxcb-cursor.so.0"}, {"libxcb-cursor.so.0", "libEGL.so.1"}])
def test_missing_qt_libraries_are_named_in_both_languages(absent: set[str]) -> None:
    env = {"DISPLAY": ":0"}
    en = preflight.gui_problem(env, lambda lib: lib not in absent, "linux", "en")
    ko = preflight.gui_problem(env, lambda lib: lib not in absent, "linux", "ko")
    assert en is not None and ko is not None
    missing = [(lib, pkg) for lib, pkg in preflight.XCB_LIBRARIES if lib in absent]
    libs, packages = ", ".join(lib for lib, _ in missing), " ".join(pkg for _, pkg in missing)
    noun = "library" if len(missing) == 1 else "libraries"
    assert en == (
        f"recordroute: error: Qt's X11 (xcb) plugin cannot load: missing system {noun} {libs} "
        f"(Debian/Ubuntu: sudo apt install {packages}); or {HEADLESS_EN}"
    )
    first, second = ko.split("\n")
    assert first.startswith("recordroute: 오류: ") and first.endswith(f": {libs}")
    assert f"`sudo apt install {packages}`" in second
    _korean_only([first.removeprefix("recordroute: ").replace(libs, ""), second.replace(packages, "")])


@pytest.mark.parametrize(
    ("args", "english", "korean"),
    [
        (
            ("--size", "big"),
            "recordroute gui: --size must look like 1280x800, not 'big'",
            "recordroute gui: 오류: --size 값 'big'은(는) 창 크기가 아닙니다.",
        ),
        (
            ("recordroute://nowhere",),
            "recordroute gui: not a recording link or local file: recordroute://nowhere",
            "recordroute gui: 오류: 녹음 링크도 이 컴퓨터의 파일도 아닙니다: recordroute://nowhere",
        ),
    ],
)
def test_gui_s_own_errors_in_both_languages(args: tuple[str, ...], english: str, korean: str) -> None:
    """Refused before any window: exit 2, on stdout as `recordroute gui` always printed them."""
    en = run_cli("gui", *args, env=_env("en", QT_QPA_PLATFORM="offscreen"), timeout=120)
    ko = run_cli("gui", *args, env=_env("ko", QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert en.returncode == ko.returncode == 2, (en.stderr, ko.stderr)
    assert en.stdout == english + "\n"
    lines = ko.stdout.splitlines()
    assert lines[0] == korean and len(lines) == 2, lines
    _korean_only([lines[0].removeprefix("recordroute gui: ").replace(args[-1], ""), lines[1]])


def test_english_is_one_line_and_korean_puts_the_action_below() -> None:
    for code, entry in LAUNCH_ERRORS.items():
        params = {name: "x" for name in placeholders(entry.sentence.en) | placeholders(entry.action.en)}
        (en,) = launch_error(code, "en", params)
        assert en.startswith(entry.sentence.say("en", params)) and "\n" not in en
        assert launch_error(code, "ko", params) == [
            entry.sentence.say("ko", params),
            entry.action.say("ko", params),
        ]
