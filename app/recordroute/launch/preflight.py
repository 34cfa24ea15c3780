"""Checks made before the QApplication exists, where Qt would otherwise abort the process (SIGABRT) with its
own text: no display to open a window on, or a system library missing for Qt's X11 (xcb) platform plugin.
Each is said in the user's language (messages/launch_texts.py); English keeps its one line.

The checks are pure functions of the environment and a library probe, so they are tested without a display.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from ..cli import say
from ..messages.cli_texts import LABELS
from ..messages.launch_texts import LAUNCH_ERRORS, launch_error

# Platforms that need no display server.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})

# What Qt's xcb plugin loads (besides libxcb itself, which any X11 system has), with the Debian/Ubuntu package.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)

# The way forward from every problem below, as English has always said it.
HEADLESS_HINT = LAUNCH_ERRORS["no_display"].action.en


def qt_platform(env: Mapping[str, str]) -> str:
    """The platform plugin named by QT_QPA_PLATFORM ("" when unset); options after ':' are dropped."""
    return env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip().lower()


def display_problem(env: Mapping[str, str], platform: str = sys.platform, language: str = "en") -> str | None:
    """Why no window can open here, in `language`, or None."""
    found = _display_code(env, platform)
    return None if found is None else LAUNCH_ERRORS[found[0]].sentence.say(language, found[1])


def _display_code(env: Mapping[str, str], platform: str) -> tuple[str, dict[str, str]] | None:
    """The code (messages/launch_texts.py) of why no window can open here, with its parameters, or None.
    Only Linux and the BSDs run a separate display server."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    qpa = qt_platform(env)
    if qpa in HEADLESS_PLATFORMS:
        return None
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if qpa == "xcb" and not x11:
        return "no_x11_display", {}
    if qpa.startswith("wayland") and not wayland:
        return "no_wayland_display", {"platform": qpa}
    if not qpa and not (x11 or wayland):
        return "no_display", {}
    return None


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will load its xcb plugin: asked for, or an X11 session without Wayland."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    qpa = qt_platform(env)
    return qpa == "xcb" or (not qpa and bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY"))


def missing_libraries(probe: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(soname, Debian package) of each xcb-plugin library that `probe` cannot load."""
    return [(lib, package) for lib, package in XCB_LIBRARIES if not probe(lib)]


def can_load(soname: str) -> bool:
    """dlopen by name, or from the frozen bundle, which carries most xcb libraries itself (Qt's plugin finds
    them there through its RPATH, where a plain dlopen does not look)."""
    bundle = getattr(sys, "_MEIPASS", None)
    for candidate in (soname, os.path.join(bundle, soname) if bundle else None):
        if candidate is None:
            continue
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def gui_problem(
    env: Mapping[str, str],
    probe: Callable[[str], bool] = can_load,
    platform: str = sys.platform,
    language: str = "en",
) -> str | None:
    """Why the desktop window cannot start here and what to do, in `language` (English: one line), or None
    when it can."""
    found = _display_code(env, platform)
    if found is None and uses_xcb(env, platform):
        missing = missing_libraries(probe)
        if missing:
            code = "qt_library_missing" if len(missing) == 1 else "qt_libraries_missing"
            libraries = ", ".join(lib for lib, _ in missing)
            found = code, {"libraries": libraries, "packages": " ".join(pkg for _, pkg in missing)}
    if found is None:
        return None
    first, *rest = launch_error(found[0], language, found[1])
    return "\n".join([f"recordroute: {LABELS['error'].get(language)}: {first}", *rest])


def refuse_without_display() -> int | None:
    """For `recordroute gui`: print the problem and return exit code 1, or None to go on starting Qt."""
    problem = gui_problem(os.environ, language=say.language())
    if problem is None:
        return None
    print(problem, file=sys.stderr)
    return 1
