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
    try:
        i18n.install("ko")
        ko = model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole)
        assert ko.endswith("how long will it   (말 겹침)")
        assert "동시에" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    finally:
        i18n.install("en")
