"""Checks made before the QApplication exists, where Qt would otherwise abort the process (SIGABRT) with its
own text: no display to open a window on, or a system library missing for Qt's X11 (xcb) platform plugin.

The checks are pure functions of the environment and a library probe, so they are tested without a display.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

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

HEADLESS_HINT = (
    "use `recordroute process FILE` from the terminal, or set QT_QPA_PLATFORM=offscreen to run "
    "the app without a screen"
)


def qt_platform(env: Mapping[str, str]) -> str:
    """The platform plugin named by QT_QPA_PLATFORM ("" when unset); options after ':' are dropped."""
    return env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip().lower()


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no window can open here, or None. Only Linux and the BSDs run a separate display server."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    qpa = qt_platform(env)
    if qpa in HEADLESS_PLATFORMS:
        return None
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if qpa == "xcb" and not x11:
        return "QT_QPA_PLATFORM=xcb but DISPLAY is not set: there is no X11 display to open the window on"
    if qpa.startswith("wayland") and not wayland:
        return f"QT_QPA_PLATFORM={qpa} but WAYLAND_DISPLAY is not set: there is no Wayland display"
    if not qpa and not (x11 or wayland):
        return "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set)"
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
    env: Mapping[str, str], probe: Callable[[str], bool] = can_load, platform: str = sys.platform
) -> str | None:
    """One line saying why the desktop window cannot start here and what to do, or None when it can."""
    problem = display_problem(env, platform)
    if problem is not None:
        return f"recordroute: error: {problem}; {HEADLESS_HINT}"
    if uses_xcb(env, platform):
        missing = missing_libraries(probe)
        if missing:
            libs = ", ".join(lib for lib, _ in missing)
            packages = " ".join(pkg for _, pkg in missing)
            return (
                f"recordroute: error: Qt's X11 (xcb) plugin cannot load: missing system "
                f"{'library' if len(missing) == 1 else 'libraries'} {libs} "
                f"(Debian/Ubuntu: sudo apt install {packages}); or {HEADLESS_HINT}"
            )
    return None


def refuse_without_display() -> int | None:
    """For `recordroute gui`: print the problem and return exit code 1, or None to go on starting Qt."""
    problem = gui_problem(os.environ)
    if problem is None:
        return None
    print(problem, file=sys.stderr)
    return 1
