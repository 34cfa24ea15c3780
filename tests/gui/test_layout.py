"""The window at the sizes people have (1280×800, 1366×768, 1024×700), in English and Korean (issue 25):
titles are readable, nothing scrolls sideways, Search takes the list's place, buttons are never cut off, and
a long job error cannot push the window's minimum past a small laptop screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget

from tests.gui.conftest import shoot
from tests.helpers.library import add_recording

SIZES = [(1280, 800), (1366, 768), (1024, 700)]
TITLE = "Quarterly planning with the design and research teams (Acme)"
LONG_ERROR = (
    "The speech model 'large-v3' is not on this computer. Looked in /home/user/.cache/recordroute/models/"
    "large-v3, /usr/share/recordroute/models/large-v3, /opt/models/large-v3 and two more places. " * 6
)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _inside(widget: QWidget, parent: QWidget) -> bool:
    top_left = widget.mapTo(parent, QPoint(0, 0))
    return parent.rect().contains(QRect(top_left, widget.size()))


def _visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root) and b.isVisible()]


def _failed_job(ctx: object, rec_id: int) -> int:
    jobs = ctx.store.jobs  # type: ignore[attr-defined]
    job_id = jobs.create(["transcribe"], recording_id=rec_id)
    jobs.finish(job_id, "failed", error=LONG_ERROR, error_code="model_not_found")
    return int(job_id)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_window_fits_people_s_screens(
    qtbot: object, make_window: object, gui_ctx: object, language: str, width: int, height: int
) -> None:
    from recordroute.gui import i18n

    i18n.install(language)
    rec_id = add_recording(gui_ctx, title=TITLE, tag="layout")
    for _ in range(5):  # several long errors at once
        _failed_job(gui_ctx, rec_id)
    window = make_window(autostart=False)  # type: ignore[operator]
    window.resize(width, height)
    _settle()
    assert window.width() == width and window.height() == height

    # The list: the title column shows at least 30 characters; nothing scrolls sideways.
    table = window.history.table
    title_col = 0
    fm = table.fontMetrics()
    assert table.columnWidth(title_col) >= fm.horizontalAdvance(TITLE[:30]) + 8, table.columnWidth(title_col)
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeader().length() <= table.viewport().width()

    # Search takes the list's place: the viewer keeps its width, and its tabs do not scroll.
    window.open_recording(rec_id)
    _settle()
    viewer_width = window.viewer.width()
    window.open_search()
    _settle()
    assert window.search_open() and window.viewer.width() == viewer_width
    bar: QTabBar = window.viewer.tabs.tabBar()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed <= window.viewer.tabs.width(), (needed, window.viewer.tabs.width())
    for i in range(window.viewer.tabs.count()):
        page = window.viewer.tabs.widget(i)
        assert page.minimumSizeHint().width() <= window.viewer.tabs.width(), page
    shoot(window, f"layout-search-{language}-{width}x{height}")

    # Every button of the Jobs dock lies fully inside its row, and no row is cut sideways (rows beyond the
    # dock's height scroll; the first row is fully in view).
    dock = window.queue_dock
    assert dock.isVisible()
    for button in _visible_buttons(dock):
        assert _inside(button, button.parentWidget()), (button.text(), button.geometry())
        left = button.mapTo(dock, QPoint(0, 0)).x()
        assert left >= 0 and left + button.width() <= dock.width(), (button.text(), left, dock.width())
    first = min(window.queue.rows.values(), key=lambda r: r.mapTo(dock, QPoint(0, 0)).y())
    assert all(_inside(b, dock) for b in _visible_buttons(first)), "the first job's buttons are cut off"

    # The window's minimum fits a 1024×700 screen whatever the job errors.
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= 1024 and minimum.height() <= 700, minimum
    window.close_search()
    shoot(window, f"layout-library-{language}-{width}x{height}")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_dialog_shows_its_buttons_at_its_default_size(
    qtbot: object, make_window: object, gui_ctx: object, language: str
) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.model_download import ModelDownloadDialog

    i18n.install(language)
    add_recording(gui_ctx, title=TITLE, tag="dialogs")
    window = make_window(autostart=False)  # type: ignore[operator]
    window.resize(1024, 700)
    d = window.dialogs
    opened: list[tuple[str, QWidget]] = [
        ("settings", d.open_settings()),
        ("models", d.open_models()),
        ("record", d.open_record()),
        ("trash", d.open_trash()),
        ("welcome", d.open_first_run()),
        ("legend", window.open_status_legend()),
        ("download", ModelDownloadDialog(gui_ctx.settings, "small", parent=window)),  # type: ignore[attr-defined]
    ]
    for name, dialog in opened:
        dialog.show()
        _settle()
        pages = [dialog]
        tabs = getattr(dialog, "tabs", None)
        for i in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(i)
            _settle()
            pages.append(tabs.widget(i))
        hint = dialog.minimumSizeHint()
        assert dialog.width() >= hint.width() and dialog.height() >= hint.height(), (
            name,
            dialog.size(),
            hint,
        )
        assert dialog.width() <= 1024 and dialog.height() <= 700, (name, dialog.size())
        for page in pages:
            for button in _visible_buttons(page):
                assert _inside(button, dialog), (name, button.text())
        shoot(dialog, f"dialog-{name}-{language}")
        dialog.close()
