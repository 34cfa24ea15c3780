"""The history table with 10,000 recordings: lazy pages, SQL sorting/filtering, no per-row queries on paint;
plus inline rename and trash with undo."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui

N = 10_000


def insert_fake_recordings(store: object, n: int = N) -> None:
    """n recordings straight into the DB in one transaction (no files: the table only reads rows)."""
    now = time.time()
    rows = [
        (
            f"{i:064x}",
            "audio",
            f"meeting-{i:05d}.wav",
            f"aa/{i:064x}.wav",
            1000 + i,
            f"Meeting {i:05d}",
            60.0 + (i * 7919) % 3600,
            "en" if i % 3 else "ko",
            now - i * 60,
            now - i * 60,
            "done" if i % 5 else "failed",
        )
        for i in range(n)
    ]
    with store.db.tx() as con:  # type: ignore[attr-defined]
        con.executemany(
            "INSERT INTO recordings (content_hash, kind, source_name, stored_name, size_bytes, title, duration, "
            "language, imported_at, recorded_at, transcribe_state) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )


def test_ten_thousand_rows_load_lazily_and_paint_without_per_row_queries(qtbot, gui_ctx) -> None:
    from PySide6.QtGui import QUndoStack

    from recordroute.gui.history_model import PAGE_SIZE, RecordingRole
    from recordroute.gui.history_view import HistoryView

    store = gui_ctx.store
    insert_fake_recordings(store)
    t0 = time.perf_counter()
    view = HistoryView(store, QUndoStack())
    qtbot.addWidget(view)
    init_s = time.perf_counter() - t0
    model, proxy = view.model, view.proxy
    assert model.rowCount() <= PAGE_SIZE and model.total == N
    assert model.canFetchMore()
    assert init_s < 2.0, f"building the table took {init_s:.2f} s"

    # Count every SQL statement the UI thread runs while the table paints and scrolls.
    queries: list[str] = []
    con = store.db.connection()
    con.set_trace_callback(queries.append)
    try:
        view.resize(700, 500)
        view.show()
        qtbot.waitExposed(view)
        for _ in range(3):
            view.table.grab()  # paints every visible cell
            view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum())
            QApplication.processEvents()
        painted_rows = model.rowCount()
    finally:
        con.set_trace_callback(None)
    pages = [q for q in queries if "LIMIT" in q]
    others = [q for q in queries if "LIMIT" not in q]
    assert others == [], f"per-row or unexpected queries during paint: {others[:5]}"
    assert len(pages) == painted_rows // PAGE_SIZE - 1, (len(pages), painted_rows)
    assert painted_rows < N, "scrolling to the end of the loaded rows must fetch one page, not everything"

    # Sorting by title runs in SQL over all 10,000 rows (ascending: the smallest title first).
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "Meeting 00000"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Meeting 09999"
    assert model.rowCount() <= PAGE_SIZE
    # Sorting by duration (SQL) puts the shortest first.
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, 0).data(RecordingRole)
    assert first.duration == min(60.0 + (i * 7919) % 3600 for i in range(N))

    # The filter box filters in SQL (the whole library), debounced.
    view.filter.setText("Meeting 0123")
    qtbot.waitUntil(lambda: model.total == 10, timeout=3000)
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        f"Meeting 0123{d}" for d in range(10)
    }
    view.filter.setText("no such title")
    qtbot.waitUntil(lambda: model.total == 0, timeout=3000)
    assert view.empty.isVisible() and not view.table.isVisible()
    view.filter.clear()
    qtbot.waitUntil(lambda: model.total == N, timeout=3000)

    # A new recording from a job joins the top of a newest-first list with one query, keeping what is loaded.
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    loaded = model.rowCount()
    assert loaded == 2 * PAGE_SIZE
    with store.db.tx() as con:
        new_id = store.recordings.insert(
            con,
            content_hash="f" * 64,
            kind="audio",
            source_name="new.wav",
            stored_name="ff/new.wav",
            size_bytes=1,
            title="Brand new",
            recorded_at=time.time() + 60,
        )
    queries.clear()
    con = store.db.connection()
    con.set_trace_callback(queries.append)
    model.add_recording(new_id)
    con.set_trace_callback(None)
    assert len(queries) == 1 and model.rowCount() == loaded + 1 and model.total == N + 1
    assert proxy.index(0, 0).data() == "Brand new"

    # A column the store cannot sort (language) loads every page, then sorts locally.
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == N + 1
    assert proxy.index(0, 3).data() == "—" and proxy.index(1, 3).data() == "en"
    assert proxy.index(N, 3).data() == "ko"


def test_rename_inline_and_trash_with_undo(qtbot, window) -> None:
    store = window.ctx.store
    insert_fake_recordings(store, 3)
    window.history.model.reload()
    view = window.history
    view.select_recording(store.recordings.list()[0].id)
    rec_id = view.current_id()
    index = view.table.currentIndex().siblingAtColumn(0)

    assert view.proxy.setData(index, "  Weekly   sync ")
    assert store.recordings.get(rec_id).title == "Weekly sync"
    assert index.data() == "Weekly sync"
    assert any("renamed" in e.message for e in store.recordings.events(rec_id))

    window.acts.trash.trigger()
    assert store.recordings.get(rec_id, include_deleted=True).deleted_at is not None
    assert view.model.row_of(rec_id) == -1 and view.model.rowCount() == 2
    assert window.undo_button.isVisible()
    shoot(window, "07-trash-undo")
    window.undo_button.click()
    assert store.recordings.get(rec_id).deleted_at is None
    assert view.model.row_of(rec_id) >= 0
    window.acts.redo.trigger()
    assert store.recordings.get(rec_id, include_deleted=True).deleted_at is not None
    window.acts.undo.trigger()
    assert store.recordings.get(rec_id).deleted_at is None
