"""Microphone recording with a fake capture source (this machine has no sound device): the WAV on disk is valid
while recording (a crash keeps it), pause stops growth, Stop queues the file; no device gives a message."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from tests.gui.conftest import shoot

pytestmark = pytest.mark.gui


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def test_recorder_writes_a_valid_wav_incrementally(tmp_path: Path, qtbot) -> None:
    from recordroute.engines.capture import FakeSource, Recorder

    path = tmp_path / "rec.wav"
    rec = Recorder(FakeSource(speed=10.0), path, patch_every=0.1)
    rec.start()
    qtbot.waitUntil(lambda: path.stat().st_size > 44 and wav_seconds(path) > 1.0, timeout=5000)
    # Mid-recording the file is already a playable WAV (header patched): a crash would keep this much.
    first = wav_seconds(path)
    assert first > 1.0 and rec.level > 0.4
    rec.pause()
    qtbot.wait(300)
    paused_at = rec.seconds
    qtbot.wait(300)
    assert rec.seconds == paused_at
    rec.resume()
    qtbot.waitUntil(lambda: rec.seconds > paused_at + 0.5, timeout=5000)
    out = rec.stop()
    assert out == path and rec.state == "stopped"
    assert abs(wav_seconds(path) - rec.seconds) < 1e-6
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)


def test_no_input_device_is_a_message_not_a_crash(qtbot, gui_ctx) -> None:
    from recordroute.engines.capture import NoInputDeviceError, SoundDeviceSource, list_input_devices
    from recordroute.gui.record_dialog import RecordDialog
    from recordroute.gui.recorder import RecorderController

    if not list_input_devices():  # the real PortAudio path on this machine
        with pytest.raises(NoInputDeviceError):
            SoundDeviceSource()
    dialog = RecordDialog(gui_ctx.settings, RecorderController(list_devices=lambda: []))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.record_button.isEnabled()
    assert "No microphone" in dialog.message.text()
    dialog.start()  # does nothing, raises nothing
    assert dialog.controller.state == "idle"
    shoot(dialog, "15-record-no-device")
    dialog.close()


def test_record_dialog_records_and_queues(qtbot, window) -> None:
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
    assert dialog.device.currentText() == "Fake microphone" and dialog.record_button.isEnabled()
    dialog.record_button.click()
    assert controller.state == "recording" and not dialog.record_button.isEnabled()
    path = dialog.path
    assert path.parent.name == "recordings-inbox" and path.parent.parent == window.ctx.settings.data_dir
    qtbot.waitUntil(lambda: dialog.meter.value() > 30 and controller.seconds() > 2.0, timeout=5000)
    dialog.pause_button.click()
    assert controller.state == "paused" and dialog.pause_button.text() == "&Resume"
    dialog.pause_button.click()
    assert controller.state == "recording"
    shoot(dialog, "16-recording")
    with qtbot.waitSignal(window.triaged, timeout=20_000) as blocker:
        dialog.stop_button.click()
    assert controller.state == "idle" and dialog.record_button.isEnabled()
    assert wav_seconds(path) > 2.0
    assert blocker.args[0].accepted == [path]
    assert window.ctx.store.jobs.list(states=("queued", "running"))[0].source_path == str(path.resolve())
    window.controller.shutdown()
