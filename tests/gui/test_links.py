"""A recordroute:// link (an MCP citation) opens the recording at that moment: from the command line at start,
and as the FileOpen event macOS sends a running app."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from recordroute.gui.app import LinkOpener, open_links
from recordroute.pipeline.links import parse_link
from tests.helpers.library import add_recording


def test_a_link_opens_the_recording_at_its_moment(qtbot, window) -> None:
    rid = add_recording(window.ctx, title="Weekly planning", tag="link")
    link = parse_link(f"recordroute://recording/{rid}?t=31")
    assert link is not None
    open_links(window, [link])
    viewer = window.viewer
    assert viewer.rec is not None and viewer.rec.id == rid
    assert window.right.currentWidget() is viewer and viewer.tabs.currentWidget() is viewer.transcript
    assert viewer.transcript.view.currentIndex().row() == 1  # the segment that holds 0:31 (30-55 s) is shown


def test_a_file_open_event_with_a_link_is_taken_by_the_app(qtbot, window) -> None:
    rid = add_recording(window.ctx, title="Other", tag="evt")
    opener = LinkOpener(window)
    event = QFileOpenEvent(QUrl(f"recordroute://recording/{rid}?t=0"))
    assert opener.eventFilter(QApplication.instance(), event)
    assert window.viewer.rec is not None and window.viewer.rec.id == rid
    plain = QFileOpenEvent(QUrl.fromLocalFile("/tmp/a.wav"))
    assert not opener.eventFilter(QApplication.instance(), plain)  # files stay with the usual handling
