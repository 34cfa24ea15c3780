"""The viewer without running a model: transcript find/edit/seek/follow, details, summary streaming, ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import SPEECH_WAV
from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui

LINES = [
    "Good morning everyone, thanks for joining the weekly planning meeting.",
    "Today we need to review the budget for the new office.",
    "We also need to decide who will lead the customer survey.",
    "Sarah will send the updated schedule by Friday.",
    "Michael will prepare a short report about the server costs.",
    "If anyone has questions about the budget, write them down.",
]


def add_recording_with_segments(ctx: object, path: object = SPEECH_WAV) -> int:
    """Import the real fixture file and give it a known transcript (no speech model involved)."""
    from recordroute.pipeline.ingest import ingest
    from recordroute.store import Segment

    store = ctx.store  # type: ignore[attr-defined]
    rec = ingest(store, path).recording
    segs = [Segment(idx=i, text=t, start=i * 5.0, end=i * 5.0 + 4.5) for i, t in enumerate(LINES)]
    with store.db.tx() as con:
        store.transcripts.replace(con, rec.id, segs)
        store.recordings.update(
            rec.id, con, transcribe_state="done", language="en", stt_model="tiny.en", stt_task="transcribe"
        )
    return rec.id


def test_transcript_find_edit_seek_and_follow(qtbot, window) -> None:
    rec_id = add_recording_with_segments(window.ctx)
    window.history.model.reload()
    assert window.open_recording(rec_id)
    tab = window.viewer.transcript
    window.viewer.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == len(LINES)

    # Ctrl+F opens the find bar; typing finds both "budget" lines; F3 / Shift+F3 step through them.
    window.acts.find.trigger()
    assert tab.find_bar.isVisible()
    qtbot.keyClicks(tab.find_edit, "budget")
    assert tab.match_rows() == [1, 5] and tab.current_match() == 1
    assert tab.find_count.text() == "1 of 2"
    window.acts.find_next.trigger()
    assert tab.current_match() == 5
    window.acts.find_next.trigger()
    assert tab.current_match() == 1  # wraps around
    window.acts.find_prev.trigger()
    assert tab.current_match() == 5
    shoot(window, "10-transcript-find")
    qtbot.keyClick(tab.find_edit, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible()

    # Editing a segment is saved through the store (and the keyword index follows).
    index = tab.model.index(3)
    assert tab.model.setData(index, "Sarah will send the revised schedule by Friday.")
    assert (
        window.ctx.store.transcripts.segments(rec_id)[3].text
        == "Sarah will send the revised schedule by Friday."
    )
    hits = window.ctx.store.transcripts.search("revised")
    assert [h.segment_idx for h in hits] == [3]
    assert index.data().startswith("[0:15]")

    # Clicking a segment seeks the player there; playback position highlights the segment playing.
    player = window.viewer.player
    tab._clicked(tab.model.index(2))
    qtbot.waitUntil(lambda: player.player is not None, timeout=3000)
    tab.follow(12.0)
    assert tab.model.current == 2
    font = tab.model.index(2).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    tab.follow(0.5)
    assert tab.model.current == 0
    # Space in the transcript toggles playback; the offscreen machine has no audio device and must not crash.
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    qtbot.wait(200)
    window.acts.play.trigger()
    qtbot.wait(100)

    # Details shows file info, timings and the event log.
    window.acts.tab_details.trigger()
    html = window.viewer.details.browser.toPlainText()
    assert "speech_en_30s.wav" in html and "tiny.en" in html and "imported" in html
    shoot(window, "11-details")


def test_summary_tab_generates_and_streams(qtbot, window) -> None:
    from recordroute.settings import Key

    window.ctx.settings.set(Key.LLM_BACKEND, "extractive")  # no LLM server in tests
    rec_id = add_recording_with_segments(window.ctx)
    window.history.model.reload()
    window.open_recording(rec_id)
    tab = window.viewer.summary
    window.acts.tab_summary.trigger()
    assert tab.regenerate.isEnabled() and tab.template.count() >= 1
    tab.start_summary()
    qtbot.waitUntil(lambda: tab.worker is None, timeout=60_000)
    assert tab.markdown.strip(), tab.notice.text()
    assert "budget" in tab.browser.toPlainText().lower()
    assert tab.copy.isEnabled() and tab.export.isEnabled()
    latest = window.ctx.store.summaries.latest(rec_id)
    assert latest is not None and latest.state == "complete"
    shoot(window, "12-summary")
    # Reopening shows the stored summary.
    window.viewer.clear()
    window.open_recording(rec_id)
    assert tab.markdown == latest.markdown


def test_tokens_stream_into_the_summary(qtbot, gui_ctx) -> None:
    from recordroute.gui.viewer.summary_tab import SummaryTab

    tab = SummaryTab(gui_ctx)
    qtbot.addWidget(tab)
    for part in ("# Minutes\n\n", "- first ", "point\n"):
        tab._on_token(part)
    qtbot.waitUntil(lambda: "first point" in tab.browser.toPlainText(), timeout=2000)
    assert tab.browser.toPlainText().startswith("Minutes")
    tab._on_reset()
    assert tab.markdown == "" and tab.browser.toPlainText() == ""


@pytest.mark.slow
def test_ask_box_answers_with_clickable_citations(qtbot, window) -> None:
    import re

    from PySide6.QtCore import QUrl

    from recordroute.gui.presenters import segment_at
    from recordroute.pipeline.indexing import semantic_index

    rec_id = add_recording_with_segments(window.ctx)
    semantic_index(window.ctx).index_recording(rec_id)  # what the index stage does after transcription
    window.toggle_search()
    pane = window.search
    pane.ask_edit.setText("What about the budget?")
    pane.ask()
    qtbot.waitUntil(lambda: pane._ask_worker is None, timeout=60_000)
    html = pane.answer.toHtml()
    assert "budget" in pane.answer.toPlainText().lower()
    links = re.findall(r'href="(rr://open[^"]+)"', html)
    assert links, html
    shoot(window, "18-ask")
    window.viewer.clear()
    pane._open_link(QUrl(links[0].replace("&amp;", "&")))  # what clicking the citation does
    assert window.viewer.rec is not None and window.viewer.rec.id == rec_id
    tm = window.viewer.transcript.model
    start = float(re.search(r"t=([0-9.]+)", links[0]).group(1))  # the cited passage's start
    assert tm.current == segment_at(tm.starts, start) and tm.current >= 0
    assert window.viewer.tabs.currentWidget() is window.viewer.transcript
