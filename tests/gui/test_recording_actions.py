"""A recording's actions through the window (context menu and the viewer's Actions button), against the real
pipeline (Whisper tiny.en, basic diarization, the index) and the fake Ollama: transcribe again, find speakers
again, save a voice profile, regenerate minutes, reindex, export minutes only, show the original (issue 25)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMenu

from recordroute.pipeline import diarization
from tests.fakes.fake_ollama import FakeOllama
from tests.gui.conftest import shoot
from tests.helpers import dialogue as dl
from tests.helpers.library import MINUTES_EN, set_minutes
from tests.helpers.media import EspeakMissing
from tests.pipeline.test_diarization import add_recording

pytestmark = pytest.mark.gui


def _run_job(qtbot, window, start) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.jobFinished, timeout=180_000) as blocker:
        start()
    event = blocker.args[0]
    assert event.state == "done", event.message
    return event


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def _trigger(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), text
    action.trigger()


def _setup(make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    try:
        d = dl.build(tmp_path / "dialogue.wav", "ABABAB")
    except EspeakMissing as exc:
        pytest.skip(str(exc))
    window = make_window()
    rid = add_recording(window.ctx, d)
    set_minutes(window.ctx, rid, MINUTES_EN)
    window.history.model.reload()
    assert window.open_recording(rid)
    return window, rid


def test_menus_minutes_profile_export_and_original(qtbot, make_window, tmp_path: Path) -> None:
    window, rid = _setup(make_window, tmp_path)
    ctx = window.ctx
    actions = window.recording_actions

    # The viewer's Actions button and the list's context menu offer the same actions.
    window.viewer._fill_actions()
    offered = _menu_texts(window.viewer.actions_menu)
    assert offered == [
        "Transcribe again…",
        "Find speakers again…",
        "Save a voice profile…",
        "Regenerate minutes…",
        "Reindex for search",
        "Export…",
        "Show the original file",
    ]
    index = window.history.proxy.mapFromSource(
        window.history.model.index(window.history.model.row_of(rid), 0)
    )
    window.history._context_menu(window.history.table.visualRect(index).center())
    assert set(offered) <= set(_menu_texts(window.history.last_menu))
    window.history.last_menu.close()

    # Regenerate minutes with another language and model, on the fake Ollama (a summarize job).
    with FakeOllama(models=["qwen2.5:7b-instruct", "llama3.2:3b"]) as fake:
        ctx.settings.ollama_host = fake.url
        ctx.settings.llm_backend = "ollama"
        _trigger(window.viewer.actions_menu, "Regenerate minutes…")
        regen = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "template"))
        qtbot.waitUntil(lambda: regen.model.loaded is not None, timeout=10_000)
        assert "llama3.2:3b" in [regen.model.itemText(i) for i in range(regen.model.count())]
        regen.model.setText("llama3.2:3b")
        regen.language.setCurrentIndex(regen.language.findData("en"))
        _run_job(qtbot, window, regen.accept)
        latest = ctx.store.summaries.latest(rid)
        assert latest is not None and latest.model == "llama3.2:3b" and latest.backend.startswith("ollama")
        assert any(r.model == "llama3.2:3b" for r in fake.requests)

    # Save a speaker as a voice profile (found and named first, as the dialog asks).
    diarization.diarize_recording(ctx, rid, method="basic", num_speakers=2)
    assert actions.save_voice_profile(rid).speaker.count() == 0  # nobody is named yet
    ctx.store.speakers.rename(rid, "S1", "Alice")
    profile = actions.save_voice_profile(rid)
    assert profile.speaker.count() == 1
    profile.accept()
    assert [p.name for p in ctx.store.speakers.profiles()] == ["Alice"]

    # Export the minutes only.
    export = actions.export(rid)
    export.format.setCurrentIndex(export.format.findData("md"))
    export.only.setCurrentIndex(export.only.findData("minutes"))
    export.accept()
    target = tmp_path / "minutes.md"
    actions.file_dialog.fileSelected.emit(str(target))
    text = target.read_text(encoding="utf-8")
    assert "##" in text and "[0:0" not in text  # minutes, no transcript lines

    # Show the original: its folder in the file manager.
    opened: list[QUrl] = []
    actions.open_url = opened.append
    path = actions.show_original(rid)
    assert path.exists() and opened == [QUrl.fromLocalFile(str(path.parent))]
    shoot(window, "recording-actions")


@pytest.mark.slow
def test_transcribe_again_find_speakers_again_and_reindex(qtbot, make_window, tmp_path: Path) -> None:
    window, rid = _setup(make_window, tmp_path)
    ctx = window.ctx
    actions = window.recording_actions

    # Find speakers again with a known count (basic method: no model needed); the index follows.
    def speakers() -> None:
        _trigger(window.viewer.actions_menu, "Find speakers again…")
        dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "count"))
        dialog.count.setValue(2)
        dialog.method.setCurrentIndex(dialog.method.findData("basic"))
        dialog.accept()

    window.viewer._fill_actions()
    _run_job(qtbot, window, speakers)
    assert len(ctx.store.speakers.list(rid)) == 2
    assert ctx.store.speakers.latest_run(rid).requested == 2  # type: ignore[union-attr]

    # Reindex: the recording's chunks are written again.
    _run_job(qtbot, window, lambda: actions.reindex(rid))
    assert ctx.store.recordings.get(rid).index_state == "done"

    # Transcribe again with another language: a new transcript from the real model.
    again = actions.transcribe_again(rid)
    again.language.setCurrentIndex(again.language.findData("en"))
    model = again.values()[0]
    _run_job(qtbot, window, again.accept)
    rec = ctx.store.recordings.get(rid)
    assert rec.transcribe_state == "done" and rec.stt_model and model in rec.stt_model
    assert any(s.text.strip() for s in ctx.store.transcripts.segments(rid))
