"""The window's error details (behind "Show Details…", a refused file's tooltip) in the window's language: our
own errors with a Korean twin read in Korean in a Korean window, and as the same English text as before in an
English one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from recordroute.engines.models.check import BrokenModelError
from recordroute.errors import CorruptDocumentError
from recordroute.messages.detail_texts import DETAILS
from tests.cli.test_cli_korean_words import HANGUL

pytestmark = pytest.mark.gui


def _restore_refusal(qtbot, window, busy: Path) -> tuple[str, str]:
    """Restore into a folder that holds a file: the real worker refuses it, the box shows the details."""
    window.dialogs.restore_box = None
    window.dialogs.restore(busy.parent / "none.tar.gz", busy)
    qtbot.waitUntil(lambda: window.dialogs.restore_box is not None, timeout=30_000)
    box = window.dialogs.restore_box
    text, detail = box.text(), box.detailedText()
    box.close()
    return text, detail


def test_the_restore_box_shows_its_details_in_the_window_s_language(
    qtbot, make_window, tmp_path: Path
) -> None:
    from recordroute.gui import i18n

    window = make_window(autostart=False)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("mine")
    entry = DETAILS["restore_folder_not_empty"]
    assert entry.hint is not None
    en_text, en_detail = _restore_refusal(qtbot, window, busy)
    assert en_detail == (
        f"{busy} is not empty; a backup is only restored into a new or empty folder (nothing was changed) "
        "(choose another folder (the CLI: --data-dir))"
    )
    i18n.install("ko")
    ko_text, ko_detail = _restore_refusal(qtbot, window, busy)
    values = {"path": busy}
    assert ko_detail == f"{entry.message.say('ko', values)} ({entry.hint.say('ko', values)})"
    assert ko_detail.startswith(f"{busy}이(가) 비어 있지 않습니다") and "--data-dir" in ko_detail
    assert HANGUL.search(ko_text) and not HANGUL.search(en_text + en_detail)


def test_an_error_box_says_an_engine_error_s_details_in_korean(qtbot, make_window) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.error_box import error_box

    window = make_window(autostart=False)
    refused = BrokenModelError.said("pack_holds_link", member="evil")
    english = error_box(window, refused, {})
    assert english.detailedText() == (
        "the pack holds a link 'evil'; nothing was unpacked (the model was not installed; get a complete copy "
        "(or a fresh pack) and import it again)"
    )
    english.close()
    i18n.install("ko")
    korean = error_box(window, CorruptDocumentError.said("not_a_pdf", name="a.pdf"), {})
    assert korean.detailedText() == "a.pdf: PDF가 아닙니다(%PDF 헤더가 없습니다) (" + (
        "문서가 손상되었거나 실제로는 PDF가 아닙니다. 열어서 다시 저장한 뒤 다시 추가하세요)"
    )
    assert HANGUL.search(korean.text())
    korean.close()


def _dropped_details(qtbot, window, path: Path) -> list[str]:
    with qtbot.waitSignal(window.triaged, timeout=20_000):
        window.add_paths([path])
    QApplication.processEvents()
    return [row.findChild(QLabel).toolTip() for row in window.notices.rows]


def test_a_refused_dropped_file_s_details_follow_the_window_s_language(
    qtbot, make_window, tmp_path: Path
) -> None:
    from recordroute.gui import i18n

    window = make_window(autostart=False)
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf at all")
    i18n.install("ko")
    korean = _dropped_details(qtbot, window, fake)
    assert korean[-1].startswith("fake.pdf: PDF가 아닙니다(%PDF 헤더가 없습니다)"), korean
    i18n.install("en")
    english = _dropped_details(qtbot, window, fake)
    assert english[-1] == (
        "fake.pdf: not a PDF (no %PDF header) (the document is damaged or not really a PDF; open and re-save it, "
        "then add it again)"
    )
