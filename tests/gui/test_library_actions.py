"""The library's capabilities the CLI had and the window lacked (issue 25, point 8): import options per file
(remembered as defaults), the vault for the whole library, watch folders that move imported files and wait a
settle time, recovery from the menu, and opening a restored library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recordroute.settings import Settings
from tests.conftest import SPEECH_WAV
from tests.helpers.library import add_recording

pytestmark = pytest.mark.gui


def _action(window: object, text: str) -> object:
    for menu in window.acts.menus.values():  # type: ignore[attr-defined]
        for act in menu.actions():
            if act.text().replace("&", "") == text:
                return act
    raise AssertionError(f"no menu item {text!r}")


def test_import_options_apply_to_the_files_and_are_remembered(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(autostart=False)
    dialogs = window.dialogs
    files = dialogs.open_add_with_options()
    assert _action(window, "Add files with options…") is not None
    files.filesSelected.emit([str(SPEECH_WAV)])
    options = dialogs.import_dialog
    options.language.setCurrentIndex(options.language.findData("en"))
    options.template.setCurrentIndex(max(0, options.template.count() - 1))
    template = options.template.currentData()
    options.diarize.setChecked(True)
    options.remember.setChecked(True)
    with qtbot.waitSignal(window.triaged, timeout=20_000):
        options.accept()
    job = window.ctx.store.jobs.list(states=("queued",))[-1]
    assert job.options.language == "en" and job.options.template == template and job.options.diarize is True
    # Remembered: a plain drop later uses the same options, and the next dialog starts from them.
    assert window.prefs.import_options() == job.options
    copy = tmp_path / "again.wav"
    shutil.copy(SPEECH_WAV, copy)
    copy.write_bytes(copy.read_bytes() + b"\0\0")  # another file (not a duplicate)
    with qtbot.waitSignal(window.triaged, timeout=20_000):
        window.add_paths([copy])
    assert window.ctx.store.jobs.list(states=("queued",))[-1].options == job.options
    assert window.statusBar().currentMessage() != window.tr("Checking %n file(s)…", "", 1)


def test_write_the_vault_for_the_whole_library(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(autostart=False)
    for i in range(3):
        add_recording(window.ctx, title=f"Meeting {i}", tag=f"v{i}")
    window.ctx.settings.vault_dir = str(tmp_path / "vault")
    _action(window, "Write the vault for the whole library").trigger()
    qtbot.waitUntil(lambda: len(list((tmp_path / "vault").glob("*.md"))) == 3, timeout=15_000)
    qtbot.waitUntil(lambda: "Vault written" in window.statusBar().currentMessage(), timeout=5000)


def test_watch_folder_moves_imported_files_after_the_settle_time(qtbot, make_window, tmp_path: Path) -> None:
    from recordroute.gui.watch_service import start_watching

    window = make_window(autostart=False)
    window.watch = start_watching(window)
    inbox, done = tmp_path / "inbox", tmp_path / "done"
    inbox.mkdir()
    settings = window.dialogs.open_settings(page=2)
    settings.watch_folders.setPlainText(str(inbox))
    settings.watch_move_to.setText(str(done))
    settings.watch_settle.setValue(0.5)
    settings.accept()
    assert window.prefs.watch_settle == 0.5 and window.watch.settle == 0.5
    shutil.copy(SPEECH_WAV, inbox / "call.wav")
    qtbot.waitUntil(lambda: (done / "call.wav").exists(), timeout=20_000)
    assert not (inbox / "call.wav").exists()
    assert any(r.source_name == "call.wav" for r in window.ctx.store.recordings.list())
    window.watch.stop()


def test_recover_from_the_menu_says_when_there_is_nothing(qtbot, make_window) -> None:
    window = make_window(autostart=False)
    _action(window, "Recover unfinished recordings…").trigger()
    qtbot.waitUntil(lambda: "No unfinished" in window.statusBar().currentMessage(), timeout=10_000)


def test_restore_then_open_the_restored_library(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window(autostart=False)
    add_recording(window.ctx, title="Kept", tag="kept")
    window.dialogs.backup(tmp_path / "b.tar.gz")
    qtbot.waitUntil(lambda: (tmp_path / "b.tar.gz").exists(), timeout=30_000)

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("mine")
    window.dialogs.restore(tmp_path / "b.tar.gz", busy)  # refused, in words, with "Choose another folder"
    qtbot.waitUntil(lambda: getattr(window.dialogs, "restore_box", None) is not None, timeout=30_000)
    box = window.dialogs.restore_box
    assert "--data-dir" not in box.text() and "not empty" in box.text()
    assert any(b.text() == "Choose another folder…" for b in box.buttons())
    assert "--data-dir" in box.detailedText() or str(busy) in box.detailedText()
    box.close()

    target = tmp_path / "restored"
    window.dialogs.restore(tmp_path / "b.tar.gz", target)
    qtbot.waitUntil(lambda: getattr(window.dialogs, "restored_box", None) is not None, timeout=30_000)
    opened = next(b for b in window.dialogs.restored_box.buttons() if b.text() == "Open this library")
    # The test's own RECORDROUTE_DATA_DIR would win; as a user's settings file, the choice is saved there.
    window.ctx.settings.overridden = window.ctx.settings.overridden - {"data_dir"}
    opened.click()
    QApplication.processEvents()
    monkeypatch.delenv("RECORDROUTE_DATA_DIR")
    assert Settings.load().data_dir == target


def test_the_whole_window_takes_drops_with_an_overlay(qtbot, make_window) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent

    window = make_window(autostart=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SPEECH_WAV))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    pos = QPointF(window.viewer.mapTo(window, window.viewer.rect().center()))  # over the viewer, not the zone
    enter = QDragEnterEvent(pos, *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted() and window.drop_overlay.isVisible()
    assert window.drop_overlay.geometry() == window.splitter.rect()
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not window.drop_overlay.isVisible()
    QApplication.sendEvent(window, QDragEnterEvent(pos, *args))
    with qtbot.waitSignal(window.triaged, timeout=20_000) as blocker:
        QApplication.sendEvent(window, QDropEvent(pos, *args))
    assert not window.drop_overlay.isVisible() and blocker.args[0].accepted == [SPEECH_WAV.resolve()]


def test_rejections_and_duplicates_are_short_sentences_with_a_visible_open_button(
    qtbot, make_window, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from recordroute.pipeline.ingest import ingest

    window = make_window(autostart=False)
    window.resize(1024, 700)
    note = tmp_path / "note.txt"
    note.write_text("The budget is 120 million won.", encoding="utf-8")
    ingest(window.ctx.store, note)
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(b"PK\x03\x04")
    with qtbot.waitSignal(window.triaged, timeout=20_000):
        window.add_paths([note, deck])
    QApplication.processEvents()  # rows added to a shown panel show on the next event-loop turn
    texts = window.notices.texts()
    assert len(texts) == 2, texts
    rejected = next(t for t in texts if t.startswith("deck.pptx"))
    assert rejected.count("PDF") <= 1 and len(rejected) < 120, rejected  # one sentence, formats once
    open_button = next(b for b in window.notices.findChildren(QPushButton) if b.text() == "Open")
    assert open_button.isVisible()
    top_left = open_button.mapTo(window.notices, open_button.rect().topLeft())
    assert window.notices.rect().contains(open_button.rect().translated(top_left))
    assert window.statusBar().currentMessage() != "Checking 2 files…"
