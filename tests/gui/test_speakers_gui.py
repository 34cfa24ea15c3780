"""Speakers in the viewer: a colour per speaker in the transcript, talk time in Details, inline rename."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recordroute.pipeline import diarization
from tests.gui.conftest import shoot
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing
from tests.pipeline.test_diarization import add_recording

pytestmark = pytest.mark.gui


def test_speaker_colours_talk_time_and_inline_rename(qtbot, window, tmp_path) -> None:
    try:
        d = dl.build(tmp_path / "dialogue.wav", "ABABAB")
    except EspeakMissing as exc:
        pytest.skip(str(exc))
    rid = add_recording(window.ctx, d)
    diarization.diarize_recording(window.ctx, rid, method="basic", num_speakers=2)
    window.history.model.reload()
    assert window.open_recording(rid)
    model = window.viewer.transcript.model
    first = model.index(0, 0)
    # The speaker is a name chip (a picture in the speaker's colour), the line keeps the text colour.
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == "S1"
    assert not model.data(first, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) is None
    chips = {
        model.data(model.index(r, 0), Qt.ItemDataRole.DecorationRole).cacheKey()
        for r in range(model.rowCount())
    }
    assert len(chips) == 2  # one chip per speaker

    details = window.viewer.details
    window.viewer.tabs.setCurrentWidget(details)
    panel = details.speakers
    assert panel.isVisible() and panel.table.rowCount() == 2
    assert "basic (no model)" in panel.heading.text().lower()
    assert all(panel.table.item(r, 2).text() not in ("", "-") for r in range(2))  # talk time shown
    panel.table.item(0, 1).setText("Alice")  # what an inline edit commits
    assert {s.label: s.name for s in window.ctx.store.speakers.list(rid)}["S1"] == "Alice"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Alice"
    shoot(window, "30-speakers-details")
