"""Adding files: unsupported and broken files are listed with the reason, folders are walked, duplicates are
offered as the existing recording, pasted paths and URLs work; the queue persists across restarts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication

from tests.conftest import SPEECH_WAV
from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui


def test_paths_from_pasted_text(tmp_path: Path) -> None:
    from recordroute.pipeline.ingest import paths_from_text

    text = (
        f'"{tmp_path / "a b.wav"}"\nfile://{tmp_path}/c%20d.mp3\n\nhttps://example.com/x.mp3\n~/notes.txt\n'
    )
    assert paths_from_text(text) == [
        tmp_path / "a b.wav",
        tmp_path / "c d.mp3",
        Path("~/notes.txt").expanduser(),
    ]


@pytest.mark.slow
def test_triage_lists_rejections_walks_folders_and_finds_duplicates(qtbot, window, tmp_path: Path) -> None:
    from tests.gui.test_viewer import add_recording_with_segments

    existing_id = add_recording_with_segments(window.ctx)  # the fixture is already in the library
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04 not supported")
    (folder / "empty.wav").write_bytes(b"")
    (folder / "fake.mp3").write_text("this is not audio", encoding="utf-8")
    (folder / "sub" / "notes.txt").write_text("Budget notes for the new office.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("skipped", encoding="utf-8")
    shutil.copy(SPEECH_WAV, folder / "sub" / "copy_of_speech.wav")  # same content as the existing recording

    with qtbot.waitSignal(window.triaged, timeout=20_000) as blocker:
        window.add_paths([folder])
    triage = blocker.args[0]
    assert [p.name for p in triage.accepted] == ["notes.txt"]
    reasons = {p.path.name: p.reason for p in triage.rejected}
    assert set(reasons) == {"slides.pptx", "empty.wav", "fake.mp3"}
    assert ".pptx files are not supported" in reasons["slides.pptx"]
    assert "empty" in reasons["empty.wav"]
    assert [d.recording.id for d in triage.duplicates] == [existing_id]

    # Rejections are listed with their reason; the duplicate has an Open button.
    texts = window.notices.texts()
    assert window.notices.isVisible() and len(texts) == 4
    assert any("slides.pptx" in t and "not supported" in t for t in texts)
    assert any("copy_of_speech.wav" in t and "already in the library" in t for t in texts)
    shoot(window, "13-rejected-files")
    window.viewer.clear()
    buttons = [b for row in window.notices.rows for b in row.findChildren(type(window.undo_button))]
    assert len(buttons) == 1
    buttons[0].click()
    assert window.viewer.rec is not None and window.viewer.rec.id == existing_id

    # The text file was queued and is processed (documents need no speech model).
    with qtbot.waitSignal(window.controller.jobFinished, timeout=60_000) as done:
        pass
    assert done.args[0].state == "done", done.args[0].message
    recs = window.ctx.store.recordings.list()
    assert {r.source_name for r in recs} == {"speech_en_30s.wav", "notes.txt"}
    window.notices.clear()
    assert not window.notices.isVisible()


def test_paste_files_and_urls(qtbot, window, tmp_path: Path) -> None:
    note = tmp_path / "pasted note.txt"
    note.write_text("Pasted meeting notes.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    QApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.triaged, timeout=10_000) as blocker:
        window.acts.paste.trigger()
    assert blocker.args[0].accepted == [note]
    # Plain text with a path works too (copied from a terminal).
    other = tmp_path / "second.txt"
    other.write_text("Second note.", encoding="utf-8")
    QApplication.clipboard().setText(str(other))
    with qtbot.waitSignal(window.triaged, timeout=10_000) as blocker:
        window.paste()
    assert blocker.args[0].accepted == [other]
    QApplication.clipboard().setText("just some words")
    window.paste()
    assert "no files" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_queue_persists_resumes_reorders_and_retries(qtbot, make_window, gui_ctx, tmp_path: Path) -> None:
    from recordroute.pipeline import runner

    notes = []
    for i in range(3):
        p = tmp_path / f"note{i}.txt"
        p.write_text(f"Note number {i} about the budget.", encoding="utf-8")
        notes.append(p)
    ids = [runner.submit(gui_ctx, p) for p in notes]
    # A job left 'running' by a dead process is found interrupted on start.
    stuck = runner.submit(gui_ctx, notes[0])
    gui_ctx.store.jobs.claim(stuck)
    gui_ctx.store.db.connection().execute("UPDATE jobs SET pid = 999999999 WHERE id = ?", (stuck,))
    gui_ctx.store.startup_recovery()

    window = make_window(autostart=False)  # show the persisted queue without running it yet
    rows = window.queue.rows
    assert set(rows) == {*ids, stuck}
    assert [rows[i].state for i in ids] == ["queued"] * 3
    assert rows[stuck].state == "interrupted" and rows[stuck].retry.isVisible()
    assert "retry" in rows[stuck].error.text().lower()
    # Reorder: the last queued job moves to the top.
    rows[ids[2]].up.click()
    rows[ids[2]].up.click()
    order = [j.id for j in gui_ctx.store.jobs.list(states=("queued",))]
    assert order == [ids[2], ids[0], ids[1]]
    layout_order = [window.queue.body_layout.itemAt(i).widget() for i in range(3)]
    assert [w.job_id for w in layout_order] == [ids[2], ids[0], ids[1]]
    # Cancel a queued job: it never runs.
    rows[ids[1]].cancel.click()
    assert gui_ctx.store.jobs.get(ids[1]).state == "cancelled"
    shoot(window, "14-queue")

    finished = []
    window.controller.jobFinished.connect(finished.append)
    window.controller.start()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=60_000)
    assert [e.job_id for e in finished] == [ids[2], ids[0]]
    assert all(e.state == "done" for e in finished)
    rows[stuck].retry.click()
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=60_000)
    assert finished[-1].job_id == stuck and finished[-1].state == "done"
    window.queue.clear_finished()
    assert set(window.queue.rows) == set()
