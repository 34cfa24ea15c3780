"""Speech not recognised reliably is shown greyed in the transcript view, with the reason behind a tooltip; the
text is kept, not dropped, and stays out of the other tabs' sources."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recordroute.store import Segment
from tests.conftest import SPEECH_WAV

GUESS = "average log-probability -1.25 < -1.0 (a guess)"


def test_flagged_segments_are_greyed_with_their_reason(qtbot, window) -> None:
    from recordroute.pipeline.ingest import ingest

    store = window.ctx.store
    rec = ingest(store, SPEECH_WAV).recording
    segs = [
        Segment(idx=0, text="budget review", start=0.0, end=4.0, confidence=0.8),
        Segment(idx=1, text="아닌툴 쇠고불가리식무", start=4.0, end=9.0, confidence=0.29, flag=GUESS),
    ]
    with store.db.tx() as con:
        store.transcripts.replace(con, rec.id, segs)
        store.recordings.update(rec.id, con, transcribe_state="done", language="ko", stt_model="base")
    window.history.model.reload()
    assert window.open_recording(rec.id)
    model = window.viewer.transcript.model
    assert model.rowCount() == 2  # the hidden segment is in the view...
    flagged = model.index(1, 0)
    assert "not recognised reliably" in model.data(flagged, Qt.ItemDataRole.DisplayRole)
    tip = model.data(flagged, Qt.ItemDataRole.ToolTipRole)
    assert GUESS in tip and "29%" in tip
    grey = model.data(flagged, Qt.ItemDataRole.ForegroundRole).color()
    normal = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert grey.saturation() == 0 and normal is None  # greyed, the trusted one in the default colour
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert [s.idx for s in store.transcripts.segments(rec.id)] == [0]  # ...and nowhere else


def test_summary_fallback_is_said_in_the_summary_tab(qtbot, window) -> None:
    """Ollama down ("auto" falls back): Regenerate writes extractive minutes and the tab says so."""
    from recordroute.settings import Key
    from tests.gui.test_viewer import add_recording_with_segments

    window.ctx.settings.set(Key.LLM_BACKEND, "auto")  # OLLAMA_HOST points at a closed port in tests
    rec_id = add_recording_with_segments(window.ctx)
    window.history.model.reload()
    window.open_recording(rec_id)
    tab = window.viewer.summary
    window.acts.tab_summary.trigger()
    tab.start_summary()
    qtbot.waitUntil(lambda: tab.worker is None, timeout=60_000)
    assert tab.markdown.strip()
    assert "extractive minutes written instead" in tab.notice.text() and tab.notice.isVisible()
    assert "does not answer: extractive minutes written instead" in tab.notice.toolTip()
