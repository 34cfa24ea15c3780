"""Desktop integration: theme following the OS scheme, tray notifications, playback following, search filters."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_system_theme_follows_the_os_scheme(qapp, monkeypatch) -> None:
    from recordroute.gui import theme as theme_mod

    dark = {"on": False}
    monkeypatch.setattr(theme_mod, "system_is_dark", lambda: dark["on"])
    manager = theme_mod.ThemeManager(qapp, "system")
    assert not manager.dark
    dark["on"] = True
    manager._on_system_change(Qt.ColorScheme.Dark)  # what QStyleHints.colorSchemeChanged delivers
    assert manager.dark and QApplication.palette().window().color().lightness() < 80
    manager.apply("light")  # a manual override ignores the OS from now on
    manager._on_system_change(Qt.ColorScheme.Dark)
    assert not manager.dark
    manager.apply("light")


def test_job_finished_notifies_through_the_tray(qtbot, window) -> None:
    from recordroute.gui.tray import Tray
    from recordroute.pipeline.runner import JobEvent

    tray = Tray(window.windowIcon(), window)
    assert tray.available is False or tray.icon is not None  # offscreen has no tray: no crash either way
    window.tray = tray
    window.isActiveWindow = lambda: False  # type: ignore[method-assign]
    window._on_job_finished(JobEvent(7, "failed", "transcribe", message="the file is damaged (re-export it)"))
    assert tray.last_message == ("Processing failed", "#7: the file is damaged (re-export it)")
    assert "the file is damaged" in window.statusBar().currentMessage()


def test_playback_position_highlights_the_segment(qtbot, window) -> None:
    from tests.gui.test_viewer import add_recording_with_segments

    rec_id = add_recording_with_segments(window.ctx)
    window.open_recording(rec_id)
    player, tab = window.viewer.player, window.viewer.transcript
    player.positionChanged.emit(16.0)  # what QMediaPlayer.positionChanged turns into
    assert tab.model.current == 3
    player._on_position(21_000)  # milliseconds, straight from the player
    assert tab.model.current == 4 and player.time.text().startswith("0:21")
    window.acts.forward.trigger()  # seeks without crashing, with or without an audio device
    window.acts.back.trigger()


@pytest.mark.slow
def test_search_filters_by_kind_and_date(qtbot, window, tmp_path) -> None:
    from tests.gui.test_viewer import add_recording_with_segments

    add_recording_with_segments(window.ctx)
    pane = window.search
    window.toggle_search()
    pane.query.setText("budget")
    pane.run_search()
    qtbot.waitUntil(lambda: len(pane.hits) == 2, timeout=5000)
    pane.kind.setCurrentIndex(pane.kind.findData("pdf"))  # re-runs the search
    qtbot.waitUntil(lambda: pane.hits == [] and pane.results.count() == 0, timeout=5000)
    assert pane.count.text() == "0 results"
    pane.kind.setCurrentIndex(pane.kind.findData("audio"))
    qtbot.waitUntil(lambda: len(pane.hits) == 2, timeout=5000)
    # "From tomorrow" excludes everything recorded before it.
    pane.since.setDate(pane.since.date().currentDate().addDays(1))
    pane.use_since.setChecked(True)
    qtbot.waitUntil(lambda: pane.hits == [], timeout=5000)
    assert pane._filters()["since"] > time.time()
    pane.use_since.setChecked(False)
    qtbot.waitUntil(lambda: len(pane.hits) == 2, timeout=5000)
