"""The desktop app reaches everything: streamed minutes during a job, trash view, similar recordings,
re-index after an edit, the correction pass, backup/restore and the vault from the window."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from recordroute.gui.trash_dialog import RecRole, TrashDialog
from tests.fakes.fake_ollama import FakeOllama
from tests.gui.conftest import shoot
from tests.gui.test_viewer import add_recording_with_segments

pytestmark = pytest.mark.gui
MODEL = "qwen2.5:7b-instruct"


@pytest.fixture
def slow_ollama() -> FakeOllama:
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as fake:
        fake.token_delay = 0.03  # a slow model: minutes arrive over a few seconds
        yield fake


def _use(ctx, fake: FakeOllama) -> None:
    ctx.settings.ollama_host = fake.url
    ctx.settings.llm_backend = "ollama"
    ctx.settings.llm_model = MODEL


def test_minutes_stream_into_the_summary_tab_while_the_job_runs(qtbot, window, slow_ollama) -> None:
    _use(window.ctx, slow_ollama)
    rec_id = add_recording_with_segments(window.ctx)
    window.history.model.reload()
    assert window.open_recording(rec_id)
    tab = window.viewer.summary
    job_id = window.controller.enqueue_recording(rec_id, stages=["summarize"])
    seen: list[str] = []

    def streaming_while_running() -> bool:
        if window.controller.queue.is_running(job_id) and tab.streaming and tab.markdown:
            seen.append(tab.markdown)
        return len(seen) >= 2 and seen[-1] != seen[0]

    qtbot.waitUntil(streaming_while_running, timeout=60_000)
    assert window.ctx.store.summaries.latest(rec_id) is None  # nothing stored yet: this is live text
    qtbot.waitUntil(
        lambda: (
            window.ctx.store.summaries.latest(rec_id) is not None
            and not window.controller.queue.is_running(job_id)
        ),
        timeout=60_000,
    )
    qtbot.waitUntil(lambda: tab.markdown == window.ctx.store.summaries.latest(rec_id).markdown, timeout=5000)
    assert len(seen[0]) < len(tab.markdown)  # the first streamed text was a prefix in the making
    qtbot.waitUntil(lambda: "budget" in tab.browser.toPlainText().lower(), timeout=5000)
    shoot(window, "40-minutes-streamed")


def test_trash_view_restores_and_deletes_for_good(qtbot, window) -> None:
    first = add_recording_with_segments(window.ctx)
    store = window.ctx.store
    from tests.conftest import SPEECH_WAV

    other_file = Path(window.ctx.settings.data_dir).parent / "copy.wav"
    other_file.write_bytes(SPEECH_WAV.read_bytes() + b"\0")
    second = add_recording_with_segments(window.ctx, other_file)
    for rec_id in (first, second):
        store.recordings.trash(rec_id)
    window.history.model.reload()
    assert window.history.model.row_of(first) < 0
    window.acts.trash_view.trigger()
    dialog = next(w for w in window.findChildren(TrashDialog) if w.isVisible())
    assert dialog.items.count() == 2
    by_id = {dialog.items.item(i).data(RecRole): i for i in range(dialog.items.count())}
    dialog.items.item(by_id[first]).setSelected(True)
    dialog.restore_selected()
    assert store.recordings.get(first).deleted_at is None
    qtbot.waitUntil(lambda: window.history.model.row_of(first) >= 0, timeout=3000)  # back in the history
    assert dialog.items.count() == 1
    dialog.items.item(0).setSelected(True)
    shoot(dialog, "41-trash")
    dialog.purge_selected(confirm=False)
    assert dialog.items.count() == 0 and dialog.empty.isVisible()
    from recordroute.errors import NotFoundError

    with pytest.raises(NotFoundError):
        store.recordings.get(second, include_deleted=True)


def test_correction_pass_side_by_side_and_export(qtbot, window, slow_ollama, tmp_path: Path) -> None:
    slow_ollama.token_delay = 0.0
    _use(window.ctx, slow_ollama)
    window.ctx.settings.vocabulary = ["Sarah"]
    rec_id = add_recording_with_segments(window.ctx)
    assert window.open_recording(rec_id)
    tab = window.viewer.corrections
    window.viewer.tabs.setCurrentWidget(tab)
    assert not tab.export_corrected.isEnabled() and tab.run_button.isEnabled()
    window.ctx.store.summaries.save_corrections(
        rec_id, {3: "Sarah will send the updated schedule by Friday!"}, "test"
    )
    tab.load(window.viewer.rec)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text().endswith("Friday!")
    assert tab.table.item(0, 1).text() == "Sarah will send the updated schedule by Friday."
    original = tab.export(corrected=False, name=str(tmp_path / "orig.txt"))
    corrected = tab.export(corrected=True, name=str(tmp_path / "fixed.txt"))
    assert "Friday." in original.read_text() and "Friday!" in corrected.read_text()
    tab.run_correction()  # the real pass through the fake Ollama
    qtbot.waitUntil(lambda: tab.worker is None, timeout=60_000)
    assert tab.run_button.isEnabled() and tab.notice.text()
    shoot(window, "42-corrections")


def test_vault_follows_finished_jobs_and_backup_restore_from_the_window(
    qtbot, window, tmp_path: Path
) -> None:
    from recordroute.gui.job_workers import JobEvent

    rec_id = add_recording_with_segments(window.ctx)
    window.ctx.settings.vault_dir = str(tmp_path / "vault")
    window.controller.jobFinished.emit(JobEvent(99, "done", "index", recording_id=rec_id))
    qtbot.waitUntil(lambda: len(list((tmp_path / "vault").glob("*.md"))) == 1, timeout=10_000)
    note = next((tmp_path / "vault").glob("*.md")).read_text(encoding="utf-8")
    assert "<!-- recordroute:begin -->" in note and "weekly planning meeting" in note
    window.dialogs.backup(tmp_path / "b.tar.gz")
    qtbot.waitUntil(lambda: (tmp_path / "b.tar.gz").exists(), timeout=30_000)
    target = tmp_path / "restored"
    window.dialogs.restore(tmp_path / "b.tar.gz", target)
    qtbot.waitUntil(lambda: (target / "settings.toml").exists(), timeout=30_000)
    assert (target / "recordroute.db").exists()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("mine")
    window.dialogs.restore(tmp_path / "b.tar.gz", busy)
    deadline = time.monotonic() + 10
    while "not empty" not in window.statusBar().currentMessage() and time.monotonic() < deadline:
        qtbot.wait(50)
    assert "not empty" in window.statusBar().currentMessage()
    assert [p.name for p in busy.iterdir()] == ["x"]


def test_search_language_filter(qtbot, window) -> None:
    rec_id = add_recording_with_segments(window.ctx)
    window.toggle_search()
    pane = window.search
    pane.retranslate()
    assert pane.language.findData("ko") >= 0 and pane.language.findData("en") >= 0
    pane.mode.setCurrentIndex(pane.mode.findData("keyword"))
    pane.query.setText("budget")
    pane.run_search()
    qtbot.waitUntil(lambda: len(pane.hits) == 2, timeout=10_000)
    pane.language.setCurrentIndex(pane.language.findData("ko"))
    qtbot.waitUntil(lambda: pane.hits == [], timeout=10_000)
    pane.language.setCurrentIndex(pane.language.findData("en"))
    qtbot.waitUntil(lambda: len(pane.hits) == 2 and pane.hits[0].recording_id == rec_id, timeout=10_000)


@pytest.mark.slow
def test_similar_recordings_open_and_edits_are_reindexed(qtbot, window) -> None:
    from recordroute.pipeline.indexing import semantic_index
    from tests.conftest import SPEECH_WAV

    ctx = window.ctx
    first = add_recording_with_segments(ctx)
    copy = Path(ctx.settings.data_dir).parent / "copy.wav"
    copy.write_bytes(SPEECH_WAV.read_bytes() + b"\0")
    second = add_recording_with_segments(ctx, copy)
    for rec_id in (first, second):
        semantic_index(ctx).index_recording(rec_id)
    window.history.model.reload()
    assert window.open_recording(first)
    tab = window.viewer.similar
    window.viewer.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.items.count() >= 1, timeout=60_000)
    tab._open(tab.items.item(0))
    assert window.viewer.rec.id == second

    model = window.viewer.transcript.model
    assert model.setData(model.index(2, 0), "A giraffe escaped from the zoo enclosure at night.")
    assert window.live.pending == {second}
    qtbot.waitUntil(lambda: not window.live.pending and not window.live.reindex_jobs, timeout=90_000)
    assert ctx.store.recordings.get(second).index_state == "done"
    # The re-indexed vectors hold the new words: the nearest chunk to them (before any relevance floor, which
    # may rightly hide one sentence inside a long chunk about something else) is the edited recording's.
    from recordroute.pipeline.indexing import semantic_index

    sem = semantic_index(ctx)
    chunk_ids = set(ctx.store.chunks.ids_for(second))
    assert any("giraffe" in c.text for c in ctx.store.chunks.get_many(chunk_ids).values())
    nearest = sem.index().search(sem.embedder().embed_query("a giraffe escaped from the zoo"), 1, exact=True)
    assert nearest and nearest[0][0] in chunk_ids
