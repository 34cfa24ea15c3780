"""Fixtures for the desktop app tests: an isolated context, the main window, screenshots, long audio."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import ROOT, SPEECH_WAV

SHOTS = ROOT / "tests" / "artifacts" / "screenshots"


def shoot(widget: QWidget, name: str) -> Path:
    """Save a screenshot of `widget` for CI artifacts (and for a person to look at)."""
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not write {path}"
    return path


def concat_wav(src: Path, dst: Path, times: int) -> Path:
    """`src` repeated `times` times (stdlib wave: no numpy/soundfile needed)."""
    with wave.open(str(src), "rb") as r:
        params = r.getparams()
        frames = r.readframes(r.getnframes())
    with wave.open(str(dst), "wb") as w:
        w.setparams(params)
        for _ in range(times):
            w.writeframes(frames)
    return dst


@pytest.fixture(scope="session")
def long_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five minutes of speech (the 30 s fixture ten times)."""
    return concat_wav(SPEECH_WAV, tmp_path_factory.mktemp("long") / "long_5min.wav", 10)


@pytest.fixture
def gui_ctx(isolated_env: Path) -> Iterator[object]:
    from recordroute.pipeline.context import AppContext
    from recordroute.settings import Settings

    ctx = AppContext.open(Settings.load())
    yield ctx
    ctx.close()


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[object]:
    from recordroute.gui.theme import ThemeManager

    manager = ThemeManager(qapp, "light")
    yield manager
    manager.apply("light")


@pytest.fixture
def make_window(qtbot: object, gui_ctx: object, theme: object) -> Iterator[object]:
    from recordroute.gui import i18n
    from recordroute.gui.main_window import MainWindow

    made: list[MainWindow] = []

    def make(*, autostart: bool = True) -> MainWindow:
        win = MainWindow(gui_ctx, theme=theme, autostart=autostart, tray=False)  # type: ignore[arg-type]
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.controller.shutdown()
    i18n.install("en")


@pytest.fixture
def window(make_window: object) -> object:
    return make_window()  # type: ignore[operator]
