"""The record window's meeting mode (two channels, two meters), a lost device shown as a message, live captions
in their pane while recording, and the start-up dialog offering a recording a crash left in the inbox."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import pytest

from tests.conftest import SPEECH_WAV
from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui


def devices() -> list[object]:
    from recordroute.engines.capture import InputDevice

    return [
        InputDevice(3, "Fake microphone", 1, 16000, True),
        InputDevice(
            7, "Speakers (monitor)", 2, 16000, True, kind="loopback", backend="pulse", key="spk.monitor"
        ),
    ]


def test_meeting_mode_records_two_channels_with_two_meters(qtbot, gui_ctx) -> None:
    from recordroute.engines.capture import FakeSource
    from recordroute.gui.record_dialog import RecordDialog
    from recordroute.gui.recorder import RecorderController

    asked: list[object] = []
    controller = RecorderController(
        source_factory=lambda d: asked.append(d) or FakeSource(frequency=300, amplitude=0.3, speed=4),
        system_factory=lambda d, rate: (
            asked.append((d, rate)) or FakeSource(frequency=900, amplitude=0.8, speed=4, fail_after=3.0)
        ),
        list_devices=devices,
    )
    dialog = RecordDialog(gui_ctx.settings, controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mode.setCurrentIndex(dialog.mode.findData("meeting"))
    assert dialog.record_button.isEnabled() and dialog.meter2.isVisible()
    dialog.record_button.click()
    assert asked == ["3", ("spk.monitor", 16000)]
    qtbot.waitUntil(lambda: dialog.meter.value() > 20 and dialog.meter2.value() > 60, timeout=5000)
    shoot(dialog, "17-record-meeting")
    qtbot.waitUntil(lambda: "continues" in dialog.message.text(), timeout=10_000)  # the output went away
    assert controller.state == "recording"
    dialog.stop_button.click()
    with wave.open(str(dialog.path), "rb") as w:
        assert w.getnchannels() == 2 and w.getnframes() / w.getframerate() > 3.0


def test_system_mode_needs_a_loopback_source(qtbot, gui_ctx) -> None:
    from recordroute.gui.record_dialog import RecordDialog
    from recordroute.gui.recorder import RecorderController

    controller = RecorderController(list_devices=lambda: devices()[:1])
    dialog = RecordDialog(gui_ctx.settings, controller)
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("system"))
    assert not dialog.record_button.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("mic"))
    assert dialog.record_button.isEnabled()


@pytest.mark.slow
def test_live_captions_show_while_recording(qtbot, gui_ctx) -> None:
    from recordroute.engines.capture import WavFileSource
    from recordroute.gui.record_dialog import RecordDialog
    from recordroute.gui.recorder import RecorderController
    from recordroute.pipeline.live_captions import LiveCaptioner

    engine = gui_ctx.stt()
    engine.load()
    controller = RecorderController(
        source_factory=lambda _d: WavFileSource(SPEECH_WAV),
        list_devices=devices,
        captioner_factory=lambda: LiveCaptioner(engine, step=2.0),
    )
    dialog = RecordDialog(gui_ctx.settings, controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.live.setChecked(True)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: len(dialog.captions.toPlainText().split()) >= 5, timeout=30_000)
    assert controller.state == "recording"  # text arrived before the recording stopped
    shoot(dialog, "18-record-live-captions")
    assert controller.overflows() == 0
    dialog.stop_button.click()
    assert "full transcript replaces it" in dialog.captions.toPlainText()


def test_start_up_offers_a_recording_a_crash_left_behind(qtbot, window) -> None:
    from recordroute.engines.capture import IncrementalWav, marker_path
    from recordroute.gui.recovery_dialog import offer_recovery
    from recordroute.pipeline.recovery import new_recording_path

    path = new_recording_path(window.ctx.settings)
    wav = IncrementalWav(path, 16000, 1)
    wav.write(b"\x10\x00" * 48000)  # 3 s, header never patched: what a crash leaves
    wav._fh.close()
    marker_path(path).write_text(json.dumps({"pid": 999_999_999}), encoding="utf-8")
    offer_recovery(window)
    qtbot.waitUntil(lambda: getattr(window, "recovery_dialog", None) is not None, timeout=10_000)
    dialog = window.recovery_dialog
    assert dialog.list.count() == 1 and path.name in dialog.list.item(0).text()
    assert "0:03" in dialog.list.item(0).text()
    shoot(dialog, "19-recovery")
    with qtbot.waitSignal(window.triaged, timeout=20_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].accepted == [path]
    queued = window.ctx.store.jobs.list(states=("queued", "running"))
    assert any(j.source_path == str(Path(path).resolve()) for j in queued)
    window.controller.shutdown()


def test_watch_folders_from_the_settings_import_into_the_queue(qtbot, window, tmp_path: Path) -> None:
    import shutil

    from recordroute.gui.watch_service import WatchService

    folder = tmp_path / "dropbox"
    folder.mkdir()
    service = WatchService(window.ctx, window, settle=0.3, interval=0.1)
    events: list[object] = []
    service.watched.connect(events.append)
    service.restart([str(folder)])
    shutil.copy(SPEECH_WAV, folder / "call.wav")
    (folder / "deck.pptx").write_bytes(b"PK")
    qtbot.waitUntil(lambda: {e.kind for e in events} == {"imported", "rejected"}, timeout=15_000)
    service.stop()
    imported = next(e for e in events if e.kind == "imported")
    assert window.ctx.store.jobs.get(imported.job_id).recording_id == imported.recording_id
    window.controller.shutdown()


def test_settings_dialog_keeps_watch_folders(qtbot, gui_ctx, tmp_path: Path) -> None:
    from recordroute.gui.presenters import GuiPrefs
    from recordroute.gui.settings_dialog import SettingsDialog
    from recordroute.settings import Settings

    dialog = SettingsDialog(gui_ctx.settings, GuiPrefs(path=tmp_path / "gui.json"))
    qtbot.addWidget(dialog)
    dialog.watch_folders.setPlainText(f"{tmp_path / 'a'}\n\n  {tmp_path / 'b'}  \n")
    assert dialog.apply()
    assert Settings.load().watch_folders == [str(tmp_path / "a"), str(tmp_path / "b")]
