"""The errors of `recordroute gui` before and while it starts (launch/preflight.py, launch/gui.py): each code's
sentence and the action that helps, in English and Korean. English keeps the one line these errors always
printed (sentence and action joined); Korean gives the sentence, then the action on its own line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .text import Text


@dataclass(frozen=True)
class LaunchError:
    sentence: Text
    action: Text
    join: str = "; "  # how the English line joins the action to the sentence; "" = the sentence alone


_HEADLESS = Text(
    "use `recordroute process FILE` from the terminal, or set QT_QPA_PLATFORM=offscreen to run the app "
    "without a screen",
    "터미널에서 `recordroute process 파일`로 전사하거나, 화면 없이 앱을 실행하려면 "
    "QT_QPA_PLATFORM=offscreen을 설정하세요.",
)
_INSTALL = Text(
    f"(Debian/Ubuntu: sudo apt install {{packages}}); or {_HEADLESS.en}",
    f"Debian/Ubuntu에서는 `sudo apt install {{packages}}`로 설치하세요. 또는 {_HEADLESS.ko}",
)

LAUNCH_ERRORS: dict[str, LaunchError] = {
    "no_display": LaunchError(
        Text(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set)",
            "창을 띄울 화면이 없습니다(DISPLAY와 WAYLAND_DISPLAY가 설정되지 않았습니다).",
        ),
        _HEADLESS,
    ),
    "no_x11_display": LaunchError(
        Text(
            "QT_QPA_PLATFORM=xcb but DISPLAY is not set: there is no X11 display to open the window on",
            "QT_QPA_PLATFORM=xcb인데 DISPLAY가 설정되지 않아 창을 띄울 X11 화면이 없습니다.",
        ),
        _HEADLESS,
    ),
    "no_wayland_display": LaunchError(
        Text(
            "QT_QPA_PLATFORM={platform} but WAYLAND_DISPLAY is not set: there is no Wayland display",
            "QT_QPA_PLATFORM={platform}인데 WAYLAND_DISPLAY가 설정되지 않아 Wayland 화면이 없습니다.",
        ),
        _HEADLESS,
    ),
    "qt_library_missing": LaunchError(
        Text(
            "Qt's X11 (xcb) plugin cannot load: missing system library {libraries}",
            "Qt의 X11(xcb) 플러그인을 불러올 수 없습니다. 시스템 라이브러리가 없습니다: {libraries}",
        ),
        _INSTALL,
        " ",
    ),
    "qt_libraries_missing": LaunchError(
        Text(
            "Qt's X11 (xcb) plugin cannot load: missing system libraries {libraries}",
            "Qt의 X11(xcb) 플러그인을 불러올 수 없습니다. 시스템 라이브러리가 없습니다: {libraries}",
        ),
        _INSTALL,
        " ",
    ),
    "bad_window_size": LaunchError(
        Text("--size must look like 1280x800, not {value}", "--size 값 {value}은(는) 창 크기가 아닙니다."),
        Text("Give the width and height, e.g. --size 1280x800", "너비x높이로 적으세요. 예: --size 1280x800"),
        "",
    ),
    "bad_launch_link": LaunchError(
        Text(
            "not a recording link or local file: {items}",
            "녹음 링크도 이 컴퓨터의 파일도 아닙니다: {items}",
        ),
        Text(
            "A recording link looks like recordroute://recording/12?t=90",
            "녹음 링크는 recordroute://recording/12?t=90 같은 모양입니다.",
        ),
        "",
    ),
}


def launch_error(code: str, language: str, params: Mapping[str, object] | None = None) -> list[str]:
    """The error's lines in `language`: English one line as always, Korean the sentence and then the action."""
    entry = LAUNCH_ERRORS[code]
    sentence, action = entry.sentence.say(language, params), entry.action.say(language, params)
    if language != "en":
        return [sentence, action]
    return [f"{sentence}{entry.join}{action}" if entry.join else sentence]
