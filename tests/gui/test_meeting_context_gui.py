"""Meeting context in the window: notes typed in the record window (stamped, kept with the recording), notes
beside the transcript (edit, save, jump), and the transcript side by side with its translation."""

from __future__ import annotations

from pathlib import Path

import pytest
import srt
from PySide6.QtCore import Qt

from recordroute.engines.notes import parse_notes, sidecar_path
from tests.context.helpers import translating_responder
from tests.fakes.fake_ollama import FakeOllama
from tests.gui.conftest import shoot
from tests.gui.test_viewer import add_recording_with_segments

pytestmark = pytest.mark.gui
MODEL = "qwen2.5:7b-instruct"


def test_notes_typed_while_recording_are_stamped_and_imported(qtbot, window) -> None:
    from recordroute.engines.capture import FakeSource, InputDevice
    from recordroute.gui.record_dialog import RecordDialog
    from recordroute.gui.recorder import RecorderController

    controller = RecorderController(
        source_factory=lambda _device: FakeSource(speed=5.0),
        list_devices=lambda: [InputDevice(3, "Fake microphone", 1, 16000, True)],
    )
    dialog = RecordDialog(window.ctx.settings, controller, window)
    qtbot.addWidget(dialog)
    dialog.recorded.connect(lambda p: window.add_paths([p]))
    dialog.show()
    qtbot.keyClicks(dialog.note_entry, "# Agenda: budget")
    qtbot.keyClick(dialog.note_entry, Qt.Key.Key_Return)  # before recording: an agenda line
    dialog.record_button.click()
    qtbot.waitUntil(lambda: controller.seconds() > 2.0, timeout=10_000)
    qtbot.keyClicks(dialog.note_entry, "budget agreed")
    qtbot.keyClick(dialog.note_entry, Qt.Key.Key_Return)
    typed_at = controller.seconds()
    assert dialog.note_entry.text() == "" and "budget agreed" in dialog.notes_view.toPlainText()
    shoot(dialog, "60-record-notes")
    path = dialog.path
    with qtbot.waitSignal(window.triaged, timeout=20_000):
        dialog.stop_button.click()
    notes = parse_notes(sidecar_path(path).read_text(encoding="utf-8"))
    assert [n.text for n in notes] == ["# Agenda: budget", "budget agreed"]
    assert notes[0].at is None and notes[1].at is not None and abs(notes[1].at - typed_at) <= 1.0
    qtbot.waitUntil(lambda: bool(window.ctx.store.recordings.list()), timeout=20_000)
    rec = window.ctx.store.recordings.list()[0]
    assert [n.text for n in window.ctx.store.notes.list(rec.id)] == ["# Agenda: budget", "budget agreed"]
    window.controller.shutdown()


def test_notes_beside_the_transcript_edit_save_and_jump(qtbot, window) -> None:
    rec_id = add_recording_with_segments(window.ctx)
    assert window.open_recording(rec_id)
    panel = window.viewer.notes
    assert panel.isVisible() and panel.edit.toPlainText() == "" and not panel.save_button.isEnabled()
    panel.edit.setPlainText("# Schedule\n[00:09] Sarah sends it")
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    assert [n.text for n in window.ctx.store.notes.list(rec_id)] == ["# Schedule", "Sarah sends it"]
    assert not panel.save_button.isEnabled()
    with qtbot.waitSignal(panel.seekRequested, timeout=2000) as jumped:
        panel._jump("[00:09] Sarah sends it")
    assert jumped.args == [9.0]
    assert (
        window.viewer.notes.width() < window.viewer.transcript.view.width()
    )  # the transcript keeps most room
    window.open_recording(rec_id)
    assert panel.edit.toPlainText() == "# Schedule\n[00:09] Sarah sends it"
    shoot(window, "61-notes-beside-transcript")


def test_translation_side_by_side_and_bilingual_export(qtbot, window, tmp_path: Path) -> None:
    with FakeOllama(
        models={MODEL: {"context_length": 32768}}, responder=translating_responder("KO:")
    ) as fake:
        window.ctx.settings.ollama_host, window.ctx.settings.llm_backend = fake.url, "ollama"
        window.ctx.settings.llm_model = MODEL
        rec_id = add_recording_with_segments(window.ctx)
        assert window.open_recording(rec_id)
        tab = window.viewer.translation
        window.viewer.tabs.setCurrentWidget(tab)
        tab.language.setCurrentIndex(tab.language.findData("ko"))
        assert tab.table.rowCount() == 0 and not tab.export_button.isEnabled()
        tab.translate_button.click()
        qtbot.waitUntil(lambda: tab.worker is None, timeout=60_000)
    segments = window.ctx.store.transcripts.segments(rec_id)
    assert tab.table.rowCount() == len(segments)
    assert tab.table.item(1, 1).text() == segments[1].text
    assert tab.table.item(1, 2).text().startswith("KO: ")
    out = tab.export(name=str(tmp_path / "both.srt"))
    cues = list(srt.parse(out.read_text(encoding="utf-8")))
    assert len(cues) == len(segments) and cues[1].content.splitlines()[1].startswith("KO: ")
    shoot(window, "62-translation")


@pytest.mark.slow
def test_live_captions_carry_a_translation_line(qtbot, gui_ctx) -> None:
    from recordroute.engines.capture import InputDevice, WavFileSource
    from recordroute.gui.record_dialog import RecordDialog, live_translator_factory
    from recordroute.gui.recorder import RecorderController
    from recordroute.pipeline.live_captions import LiveCaptioner
    from tests.conftest import SPEECH_WAV

    engine = gui_ctx.stt()
    engine.load()
    with FakeOllama(models={MODEL: {"context_length": 8192}}, responder=translating_responder("KO:")) as fake:
        gui_ctx.settings.ollama_host, gui_ctx.settings.llm_backend = fake.url, "ollama"
        gui_ctx.settings.live_translation_language, gui_ctx.settings.live_translation_model = "ko", MODEL
        controller = RecorderController(
            source_factory=lambda _d: WavFileSource(SPEECH_WAV),
            list_devices=lambda: [InputDevice(3, "Fake microphone", 1, 16000, True)],
            captioner_factory=lambda: LiveCaptioner(engine, step=2.0),
            translator_factory=live_translator_factory(gui_ctx.settings),
        )
        dialog = RecordDialog(gui_ctx.settings, controller)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.live.setChecked(True)
        dialog.record_button.click()
        qtbot.waitUntil(lambda: "→ KO: " in dialog.captions.toPlainText(), timeout=60_000)
        lines = dialog.captions.toPlainText().splitlines()
        first = next(i for i, line in enumerate(lines) if line.startswith("  → KO: "))
        assert first > 0 and lines[first] == f"  → KO: {' '.join(lines[first - 1].split())}"
        shoot(dialog, "63-live-translation")
        dialog.stop_button.click()
    assert live_translator_factory(gui_ctx.settings.with_overrides(live_translation_language="")) is None


def test_recipes_run_from_the_summary_tab(qtbot, window) -> None:
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as fake:
        window.ctx.settings.ollama_host, window.ctx.settings.llm_backend = fake.url, "ollama"
        window.ctx.settings.llm_model = MODEL
        rec_id = add_recording_with_segments(window.ctx)
        assert window.open_recording(rec_id)
        dialog = window.viewer.summary.open_recipes()
        qtbot.addWidget(dialog)
        assert dialog.recipe.findText("questions") >= 0 and dialog.recipe.findText("follow-up-email") >= 0
        dialog.recipe.setCurrentIndex(dialog.recipe.findText("questions"))
        assert "Not run" in dialog.notice.text() and dialog.output.toPlainText() == ""
        dialog.run_button.click()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    run = window.ctx.store.recipes.latest(rec_id, "questions")
    assert run is not None and run.version == 1 and dialog.output.toPlainText().strip()
    assert "Version 1" in dialog.notice.text()
    assert window.ctx.store.summaries.latest(rec_id) is None  # a recipe is not the minutes
    shoot(dialog, "64-recipes")


def test_a_meeting_recording_is_queued_as_a_meeting(qtbot, window) -> None:
    from recordroute.engines.capture import FakeSource
    from recordroute.gui.record_dialog import RecordDialog
    from recordroute.gui.recorder import RecorderController
    from tests.gui.test_capture_gui import devices

    controller = RecorderController(
        source_factory=lambda _d: FakeSource(speed=5.0),
        system_factory=lambda _d, _r: FakeSource(frequency=900, speed=5.0),
        list_devices=devices,
    )
    dialog = RecordDialog(window.ctx.settings, controller, window)
    qtbot.addWidget(dialog)
    dialog.recorded.connect(
        lambda p: window.add_paths(
            [p], window.dialogs._recording_options(dialog)
        )  # as the File menu wires it
    )
    dialog.show()
    dialog.mode.setCurrentIndex(dialog.mode.findData("meeting"))
    dialog.record_button.click()
    qtbot.waitUntil(lambda: controller.seconds() > 1.0, timeout=10_000)
    with qtbot.waitSignal(window.triaged, timeout=20_000):
        dialog.stop_button.click()
    qtbot.waitUntil(lambda: bool(window.ctx.store.jobs.list()), timeout=10_000)
    assert window.ctx.store.jobs.list()[0].options.meeting is True
    window.controller.shutdown()
