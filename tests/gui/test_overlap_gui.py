"""Overlapped speech in the transcript view: a quiet "(overlapping speech)" after the text of a marked segment,
"(말 겹침)" in Korean, with a tooltip saying what it means; unmarked segments show nothing of it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.pipeline.test_overlap_marks import OVERLAP, TURNS, _diar, _recording, _store


def test_transcript_marks_overlapped_segments_in_both_languages(qtbot, window) -> None:
    from recordroute.gui import i18n

    store = window.ctx.store
    rec_id = _recording(store)
    _store(store, rec_id, _diar(TURNS, OVERLAP))
    window.history.model.reload()
    assert window.open_recording(rec_id)
    model = window.viewer.transcript.model
    shown = [model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert len(shown) == 3 and "overlapping" not in shown[0]
    assert shown[1].endswith("how long will it   (overlapping speech)")
    assert shown[2].endswith("take to switch   (overlapping speech)")
    tip = model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("S2\n") and "Two people spoke at once" in tip
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "S1"  # the speaker, as before
    window.viewer.tabs.setCurrentWidget(window.viewer.details)
    panel = window.viewer.details.speakers  # the Details tab says how much was marked
    assert panel.overlaps.text() == "Overlapped speech marked in the transcript: 1"
    try:
        i18n.install("ko")
        ko = model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole)
        assert ko.endswith("how long will it   (말 겹침)")
        assert "동시에" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
        panel.load(rec_id)
        assert panel.overlaps.text() == "녹취록에 표시한 말 겹침: 1곳"
    finally:
        i18n.install("en")


def test_the_basic_method_says_it_did_not_look(qtbot, window) -> None:
    store = window.ctx.store
    rec_id = _recording(store)
    _store(store, rec_id, _diar(TURNS, [], "basic"))
    window.history.model.reload()
    assert window.open_recording(rec_id)
    model = window.viewer.transcript.model
    assert not any(
        "overlapping" in model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    )
    window.viewer.tabs.setCurrentWidget(window.viewer.details)
    panel = window.viewer.details.speakers
    assert not panel.overlaps.isHidden() and "not looked for" in panel.overlaps.text()
