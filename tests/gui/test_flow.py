"""End to end through the window with the real tiny.en model: drop → transcribe → history → viewer → search;
and cancelling a long transcription while the UI keeps running."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import SPEECH_WAV
from tests.gui.conftest import shoot

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def drop_files(widget: object, *paths: object) -> None:
    """Deliver drag-enter then drop events carrying file URLs, as a drag from a file manager would
    (Qt discards a drop whose drag-enter was not accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = widget.rect().center()  # type: ignore[attr-defined]
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPointF(pos), *args)
    QApplication.sendEvent(widget, enter)  # type: ignore[arg-type]
    assert enter.isAccepted(), "the drop zone refused the drag"
    drop = QDropEvent(QPointF(pos), *args)
    QApplication.sendEvent(widget, drop)  # type: ignore[arg-type]
    assert drop.isAccepted()


def status_of(window: object, rec_id: int, column: str = "transcribe_state") -> str:
    model = window.history.model  # type: ignore[attr-defined]
    row = model.row_of(rec_id)
    return getattr(model.recording(row), column) if row >= 0 else ""


def test_drop_transcribe_view_and_search(qtbot, window) -> None:
    shoot(window, "01-empty")
    events = []
    shots: list[str] = []
    live: list[str] = []

    def on_event(ev: object) -> None:
        events.append(ev)
        if ev.stage == "transcribe" and ev.state == "running" and ev.fraction > 0 and not shots:  # type: ignore[attr-defined]
            # The history row shows the running stage live, straight from the job events.
            row = window.history.model.row_of(ev.recording_id)  # type: ignore[attr-defined]
            col = window.history.model.status_column  # one status column: its icon and the running percentage
            live.append(window.history.model.index(row, col).data())
            shots.append(str(shoot(window, "02-processing")))

    window.controller.jobEvent.connect(on_event)
    drop_files(window.drop_zone, SPEECH_WAV)
    with qtbot.waitSignal(window.controller.jobFinished, timeout=180_000) as blocker:
        pass
    final = blocker.args[0]
    assert final.state == "done", final.message
    assert shots, "no progress event reached the window during transcription"
    assert live[0].endswith("%"), live
    assert {e.stage for e in events} >= {"ingest", "transcribe"}
    rec_id = final.recording_id

    # The history row reached "done" without a reload by hand.
    qtbot.waitUntil(lambda: status_of(window, rec_id) == "done", timeout=5000)
    model = window.history.model
    row = model.row_of(rec_id)
    assert model.index(row, 2).data() in ("0:29", "0:30")
    job_row = window.queue.rows[final.job_id]
    assert job_row.state == "done" and job_row.bar.value() == 1000

    # The viewer's transcript shows the words of the reference text.
    assert window.open_recording(rec_id)
    window.viewer.tabs.setCurrentWidget(window.viewer.transcript)
    texts = " ".join(s.text for s in window.viewer.transcript.model.segments).lower()
    for word in ("budget", "office", "customer survey", "schedule", "travel policy"):
        assert word in texts
    shown = window.viewer.transcript.model.index(0).data()
    assert shown.startswith("[0:0")
    shoot(window, "03-viewer")

    # Search finds it; activating the hit opens the viewer at that segment with the player seeked.
    window.toggle_search()
    assert window.search_open()
    window.search.query.setText("budget")
    window.search.run_search()
    qtbot.waitUntil(lambda: window.search.results.count() > 0, timeout=10_000)
    hit = window.search.hits[0]
    assert hit.recording_id == rec_id
    item_html = window.search.results.item(0).data(Qt.ItemDataRole.UserRole + 10)
    assert "budget</span>" in item_html.lower()
    shoot(window, "04-search-results")
    window.viewer.tabs.setCurrentWidget(window.viewer.details)
    window.search.activate_row(0)
    assert window.viewer.tabs.currentWidget() is window.viewer.transcript
    tm = window.viewer.transcript.model
    assert tm.segments[tm.current].idx == hit.segment_idx
    player = window.viewer.player
    qtbot.waitUntil(
        lambda: (
            player.player is not None
            and abs(player.player.position() / 1000 - hit.start) < 1.5
            or player.error_text != ""
        ),
        timeout=10_000,
    )


def test_cancel_long_transcription_keeps_ui_responsive(qtbot, window, long_wav) -> None:
    ticks = []
    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = []
    window.controller.jobEvent.connect(
        lambda ev: started.append(ev) if ev.stage == "transcribe" and ev.state == "running" else None
    )
    drop_files(window.drop_zone, long_wav)
    qtbot.waitUntil(lambda: bool(started), timeout=120_000)
    qtbot.wait(1500)  # well inside the model's work on a 5-minute file
    job_id = started[0].job_id
    rec_id = started[0].recording_id
    row = window.queue.rows[job_id]
    assert row.cancel.isVisible()
    before = len(ticks)
    t0 = time.monotonic()
    with qtbot.waitSignal(window.controller.jobFinished, timeout=10_000) as blocker:
        row.cancel.click()
    elapsed = time.monotonic() - t0
    final = blocker.args[0]
    assert final.state == "cancelled"
    print(f"cancel returned control in {elapsed:.2f} s")
    assert elapsed < 2.0, f"cancel took {elapsed:.2f} s"
    assert len(ticks) - before >= int(elapsed / 0.02 * 0.5), "the event loop stalled while cancelling"
    assert window.ctx.store.jobs.get(job_id).state == "cancelled"
    qtbot.waitUntil(lambda: status_of(window, rec_id) == "cancelled", timeout=5000)
    assert row.state == "cancelled" and row.retry.isVisible()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.5, f"longest UI stall {max(gaps) * 1000:.0f} ms"


def test_quitting_mid_job_requeues_it_for_the_next_start(qtbot, make_window, long_wav) -> None:
    window = make_window()
    started = []
    window.controller.jobEvent.connect(
        lambda ev: started.append(ev) if ev.stage == "transcribe" and ev.state == "running" else None
    )
    window.add_paths([long_wav])
    qtbot.waitUntil(lambda: bool(started), timeout=120_000)
    job_id = started[0].job_id
    t0 = time.monotonic()
    window.close()  # quit while transcribing
    assert time.monotonic() - t0 < 3.0
    job = window.ctx.store.jobs.get(job_id)
    assert job.state == "queued"
    assert [s.state for s in job.stages][:2] == ["done", "pending"]  # ingest kept, transcribe resumes
    # The next start shows it waiting (and would resume it).
    again = make_window(autostart=False)
    assert again.queue.rows[job_id].state == "queued"
