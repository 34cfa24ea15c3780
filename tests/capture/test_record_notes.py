"""`recordroute record --notes FILE` on a real (private) PulseAudio microphone: lines typed into the file while
recording are stamped with the recording time and saved beside the WAV."""

from __future__ import annotations

import time
import wave
from pathlib import Path

from recordroute.engines.notes import parse_notes, sidecar_path
from tests.capture.test_system_audio import start_recording


def test_notes_typed_while_recording_are_stamped(pulse: str, tmp_path: Path) -> None:
    out = tmp_path / "meeting.wav"
    notes = tmp_path / "notes.txt"
    notes.write_text("# Agenda\n", encoding="utf-8")
    rec = start_recording(str(out), "--seconds", "5", "--notes", str(notes), "--no-process")
    started = time.monotonic()
    time.sleep(1.5)
    with notes.open("a", encoding="utf-8") as fh:
        fh.write("budget agreed\n")
    typed_at = time.monotonic() - started
    time.sleep(1.5)
    with notes.open("a", encoding="utf-8") as fh:
        fh.write("# Next steps\n")
    _, stderr = rec.communicate(timeout=60)
    assert rec.returncode == 0, stderr
    assert "saved 3 notes beside it" in stderr
    saved = parse_notes(sidecar_path(out).read_text(encoding="utf-8"))
    assert [n.text for n in saved] == ["# Agenda", "budget agreed", "# Next steps"]
    assert saved[0].at is None  # written before the recording started
    first, second = saved[1].at, saved[2].at
    assert first is not None and second is not None
    # Stamps are recording (audio) time, in whole seconds: the source starts delivering a moment after the
    # command says it records, so they trail the wall clock but keep the gap between the two lines.
    with wave.open(str(out), "rb") as w:
        duration = w.getnframes() / w.getframerate()
    assert 0 <= first <= typed_at and 0.5 <= second - first <= 2.5 and second <= duration, (saved, duration)
