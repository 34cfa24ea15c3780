"""Every dialog opens and closes; every menu action is reachable by keyboard; Korean UI; dark mode; the
settings dialog saves through Settings; the first-run screen lists the models present."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from tests.conftest import ROOT
from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui


def menu_actions(menu: QMenu, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], QAction]]:
    out = []
    for act in menu.actions():
        if act.isSeparator():
            continue
        if act.menu() is not None:
            out += menu_actions(act.menu(), (*path, act.text()))
        else:
            out.append(((*path, act.text()), act))
    return out


def all_menu_actions(window: object) -> list[tuple[tuple[str, ...], QAction]]:
    out = []
    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        out += menu_actions(top.menu(), (top.text(),))
    return out


def test_every_menu_action_is_reachable_by_keyboard(window) -> None:
    actions = all_menu_actions(window)
    assert len(actions) >= 25
    for path, act in actions:
        assert all("&" in part for part in path), f"no mnemonic in menu path {path}"
        assert act.shortcut().isEmpty() or act in window.actions(), (
            f"{path}: shortcut only works with menu open"
        )
    # Mnemonics are unique within each menu, so Alt+letter is never ambiguous.
    for top in window.menuBar().actions():
        menus = [top.menu()] + [a.menu() for a in top.menu().actions() if a.menu()]
        for menu in menus:
            keys = [a.text().split("&", 1)[1][0].lower() for a in menu.actions() if "&" in a.text()]
            assert len(keys) == len(set(keys)), f"duplicate mnemonic in {menu.title()}: {keys}"
    keys = [a.text().split("&", 1)[1][0].lower() for a in window.menuBar().actions()]
    assert len(keys) == len(set(keys))
    # Shortcuts never clash.
    seen: dict[str, str] = {}
    for path, act in actions:
        for seq in act.shortcuts():
            text = seq.toString()
            assert text not in seen, f"{text} used by {seen.get(text)} and {path}"
            seen[text] = "/".join(path)
    for wanted in ("Ctrl+O", "Ctrl+K", "Ctrl+Shift+F", "Ctrl+P", "Ctrl+F", "F3", "Shift+F3", "Ctrl+R"):
        assert wanted in seen, wanted


def test_shortcuts_drive_the_window(qtbot, window) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    assert not window.search_open()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_open()
    qtbot.waitUntil(lambda: window.search.query.hasFocus(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not window.queue_dock.isVisible()
    window.acts.jobs.trigger()
    assert window.queue_dock.isVisible()


def _close(qtbot: object, dialog: QDialog) -> None:
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # type: ignore[attr-defined]
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)  # type: ignore[attr-defined]


def test_every_dialog_opens_and_closes(qtbot, window, tmp_path) -> None:
    from tests.gui.test_viewer import add_recording_with_segments

    for opener in (
        window.dialogs.open_settings,
        window.dialogs.open_record,
        window.dialogs.open_first_run,
        window.dialogs.open_about,
        window.dialogs.open_add_files,
        window.dialogs.open_add_folder,
    ):
        dialog = opener()
        assert dialog is not None, opener
        _close(qtbot, dialog)
    assert window.dialogs.open_export() is None  # nothing open yet: a status message instead
    rec_id = add_recording_with_segments(window.ctx)
    window.history.model.reload()
    window.open_recording(rec_id)
    dialog = window.dialogs.open_export()
    assert "SubRip (*.srt)" in dialog.nameFilters()
    _close(qtbot, dialog)
    # What the dialog's fileSelected does: write the chosen format (the extension wins).
    window.dialogs.export(rec_id, str(tmp_path / "minutes.srt"), "Text (*.txt)")
    assert "00:00:05,000 --> " in (tmp_path / "minutes.srt").read_text(encoding="utf-8")
    window.dialogs.export(rec_id, str(tmp_path / "minutes"), "WebVTT (*.vtt)")
    assert (tmp_path / "minutes.vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    # The same dialogs through their menu actions.
    for act in (window.acts.settings, window.acts.about, window.acts.welcome, window.acts.record):
        before = set(QApplication.topLevelWidgets())
        act.trigger()
        new = [
            w
            for w in QApplication.topLevelWidgets()
            if w not in before and isinstance(w, QDialog) and w.isVisible()
        ]
        assert new, act.text()
        for w in new:
            _close(qtbot, w)


def test_settings_dialog_saves_through_settings(qtbot, window) -> None:
    from recordroute.settings import Settings

    dialog = window.dialogs.open_settings()
    dialog.vocabulary.setPlainText("RecordRoute\nSarah Kim\n")
    dialog.stt_language.setCurrentIndex(dialog.stt_language.findData("ko"))
    dialog.llm_backend.setCurrentIndex(dialog.llm_backend.findData("extractive"))
    dialog.summary_language.setCurrentIndex(dialog.summary_language.findData("en"))
    dialog.api_enabled.setChecked(True)
    dialog.api_port.setValue(9123)
    dialog.diarize.setChecked(True)
    dialog.diarize_method.setCurrentIndex(dialog.diarize_method.findData("basic"))
    old_token = dialog.api_token.text()
    dialog.regenerate_token()
    assert dialog.api_token.text() != old_token and len(dialog.api_token.text()) >= 32
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    shoot(dialog, "08-settings")
    dialog.accept()
    saved = Settings.load()
    assert saved.vocabulary == ["RecordRoute", "Sarah Kim"]
    assert saved.stt_language == "ko" and saved.llm_backend == "extractive" and saved.summary_language == "en"
    assert saved.api_enabled and saved.api_port == 9123 and saved.api_token == dialog.api_token.text()
    assert saved.diarize and saved.diarize_method == "basic"
    assert saved.stt_model == "tiny.en"  # from the environment: untouched
    assert window.theme.dark
    window.set_theme("light")


def test_first_run_lists_models_and_is_remembered(qtbot, window) -> None:
    from recordroute.settings import Settings

    dialog = window.dialogs.open_first_run()
    qtbot.waitUntil(lambda: dialog.models_loaded, timeout=20_000)
    text = dialog.models.toPlainText()
    assert "tiny.en" in text
    shoot(dialog, "09-first-run")
    dialog.accept()
    assert Settings.load().first_run_done


def test_korean_ui(qtbot, window) -> None:
    window.set_ui_language("ko")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["파일(&F)", "편집(&E)", "보기(&V)", "재생(&P)", "도움말(&H)"]
    assert window.acts.add_files.text().startswith("파일 추가")
    assert window.queue_dock.windowTitle() == "작업"
    assert window.history.model.headerData(0, Qt.Orientation.Horizontal) == "제목"
    assert "끌어" in window.drop_zone.title.text() or "놓" in window.drop_zone.title.text()
    shoot(window, "05-korean")
    dialog = window.dialogs.open_settings()
    assert dialog.windowTitle() == "설정"
    shoot(dialog, "05b-korean-settings")
    dialog.reject()
    window.set_ui_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_korean_translation_is_complete() -> None:
    ts = ET.parse(ROOT / "resources" / "i18n" / "recordroute_ko.ts")
    messages = ts.findall(".//message")
    assert len(messages) > 150
    missing = []
    for m in messages:
        tr = m.find("translation")
        forms = [f.text for f in tr.findall("numerusform")] or [tr.text]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(m.findtext("source"))
    assert missing == [], f"untranslated: {missing[:10]}"
    assert (ROOT / "resources" / "i18n" / "recordroute_ko.qm").stat().st_size > 1000


def test_dark_mode(qtbot, window) -> None:
    from tests.gui.test_viewer import add_recording_with_segments

    rec_id = add_recording_with_segments(window.ctx)
    window.history.model.reload()
    window.open_recording(rec_id)
    window.acts.themes["dark"].trigger()
    assert window.theme.dark and window.prefs.theme == "dark"
    bg = QApplication.palette().window().color()
    assert bg.lightness() < 80
    shoot(window, "06-dark")
    window.acts.themes["light"].trigger()
    assert QApplication.palette().window().color().lightness() > 180
    assert QKeySequence("Ctrl+K").toString() == "Ctrl+K"
