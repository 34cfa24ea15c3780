"""The capture engine without a sound card: WAV repair after a crash, meeting mode's two channels, a device
that goes away (stop, or continue on the default), and lost blocks counted instead of hidden."""

from __future__ import annotations

import struct
import time
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

from recordroute.engines.capture import (
    CaptureEvent,
    FakeSource,
    IncrementalWav,
    MeetingSource,
    Recorder,
    check_wav,
    marker_path,
    repair_wav,
)
from recordroute.messages.notice import parse
from recordroute.messages.pipeline_notices import CAPTURE_NOTES


def wait_for(cond: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def frames(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").reshape(-1, w.getnchannels())


def dominant_hz(x: np.ndarray, rate: int = 16000) -> float:
    spectrum = np.abs(np.fft.rfft(x.astype(np.float32)))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[int(np.argmax(spectrum))])


def test_a_crashed_wav_is_repaired_from_its_length(tmp_path: Path) -> None:
    path = tmp_path / "cut.wav"
    wav = IncrementalWav(path, 16000, 2)
    wav.write(b"\x01\x00\x02\x00" * 8000)
    wav.patch()  # the header says 0.5 s ...
    wav.write(b"\x03\x00\x04\x00" * 16000 + b"\x05")  # ... then 1 s more and a torn frame, never patched
    wav._fh.flush()
    found = check_wav(path)
    assert found is not None and found.needs_repair and found.header_data_bytes == 32000
    assert abs(found.seconds - 1.5) < 1e-9
    fixed = repair_wav(path)
    assert fixed is not None and not fixed.needs_repair
    assert len(frames(path)) == 24000 and path.stat().st_size == 44 + 96000
    assert struct.unpack("<I", path.read_bytes()[4:8])[0] == 36 + 96000
    assert check_wav(tmp_path / "nothing.wav") is None


def test_meeting_mode_two_sources_two_channels_two_meters(tmp_path: Path) -> None:
    path = tmp_path / "meeting.wav"
    levels: list[list[float]] = []
    meeting = MeetingSource(
        FakeSource(frequency=300, amplitude=0.3, speed=8), FakeSource(frequency=1200, amplitude=0.7, speed=8)
    )
    rec = Recorder(meeting, path, patch_every=0.1, on_levels=levels.append)
    rec.start()
    assert marker_path(path).exists()
    wait_for(lambda: rec.seconds > 2.0)
    rec.stop()
    assert not marker_path(path).exists()
    pcm = frames(path)
    assert pcm.shape[1] == 2 and rec.overflows == 0
    assert abs(dominant_hz(pcm[:, 0]) - 300) < 10 and abs(dominant_hz(pcm[:, 1]) - 1200) < 10
    me, others = np.array(levels[len(levels) // 2])
    assert 0.25 < me < 0.35 and 0.65 < others < 0.75


def test_meeting_mode_goes_on_when_one_source_dies(tmp_path: Path) -> None:
    events: list[CaptureEvent] = []
    meeting = MeetingSource(
        FakeSource(frequency=300, speed=8), FakeSource(frequency=1200, speed=8, fail_after=1.0), stall=0.2
    )
    rec = Recorder(meeting, tmp_path / "m.wav", patch_every=0.1, on_event=events.append)
    rec.start()
    wait_for(lambda: rec.seconds > 3.0)
    rec.stop()
    assert [e.kind for e in events] == ["device_lost"] and not events[0].fatal
    assert "system audio stopped" in events[0].message and "continues" in events[0].message
    pcm = frames(tmp_path / "m.wav")
    late = pcm[int(2.0 * 16000) :]
    assert np.abs(late[:, 1]).max() == 0 and np.abs(late[:, 0]).max() > 1000  # silence pads the lost channel


def test_a_lost_device_stops_the_recording_and_keeps_the_file(tmp_path: Path) -> None:
    events: list[CaptureEvent] = []
    path = tmp_path / "lost.wav"
    rec = Recorder(FakeSource(speed=8, fail_after=1.0), path, patch_every=0.1, on_event=events.append)
    rec.start()
    wait_for(lambda: rec.finished)
    assert events[0].kind == "device_lost" and events[0].fatal and rec.error is not None
    assert abs(len(frames(path)) / 16000 - 1.0) < 0.06  # all of it, in a valid file, before any stop()
    rec.stop()
    assert not marker_path(path).exists()


def test_a_lost_device_continues_on_the_default_one(tmp_path: Path) -> None:
    events: list[CaptureEvent] = []
    rec = Recorder(
        FakeSource(speed=8, fail_after=1.0),
        tmp_path / "s.wav",
        patch_every=0.1,
        fallback=lambda: FakeSource(frequency=880, speed=8),
        on_event=events.append,
    )
    rec.start()
    wait_for(lambda: rec.seconds > 2.0)
    rec.stop()
    assert [e.kind for e in events] == ["device_lost", "switched"] and rec.error is None
    # the command line reads the recorder's English back as its notice, to say it in Korean too
    switched = parse(events[1].message, CAPTURE_NOTES)
    assert switched.code == "capture_switched" and "녹음을 이어 갑니다" in switched.say("ko")
    pcm = frames(tmp_path / "s.wav")[:, 0]
    assert abs(dominant_hz(pcm[:16000]) - 440) < 10 and abs(dominant_hz(pcm[17000:32000]) - 880) < 10


def test_a_writer_that_falls_behind_counts_lost_blocks(tmp_path: Path) -> None:
    rec = Recorder(FakeSource(speed=20), tmp_path / "slow.wav", queue_blocks=4)
    rec.add_tap(lambda _data, _rate, _ch: time.sleep(0.05))  # a tap far slower than the audio
    rec.start()
    wait_for(lambda: rec.overflows > 0)
    rec.stop()
    assert rec.dropped_blocks == rec.overflows > 0


def test_a_full_disk_ends_the_recording_with_a_readable_file(tmp_path: Path) -> None:
    import subprocess

    import pytest

    mnt = tmp_path / "small"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], capture_output=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {res.stderr.decode().strip()}")
    try:
        events: list[CaptureEvent] = []
        path = mnt / "full.wav"
        rec = Recorder(FakeSource(speed=20), path, patch_every=0.05, on_event=events.append)
        rec.start()
        wait_for(lambda: rec.finished)
        rec.stop()  # returns at once although the source kept delivering into a dead writer
        assert events[-1].kind == "write_error" and isinstance(rec.error, OSError)
        assert "cannot write the recording" in events[-1].message
        repair_wav(path)
        assert 3.0 < len(frames(path)) / 16000 < 8.2  # what fitted on the 256 KiB disk, playable
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_the_transcription_decode_mixes_both_meeting_channels(tmp_path: Path) -> None:
    from recordroute.engines.audio import decode

    path = tmp_path / "meeting.wav"
    rec = Recorder(
        MeetingSource(FakeSource(frequency=300, speed=10), FakeSource(frequency=1200, speed=10)), path
    )
    rec.start()
    wait_for(lambda: rec.seconds > 1.5)
    rec.stop()
    mono = decode(path).samples
    spectrum = np.abs(np.fft.rfft(mono))
    freqs = np.fft.rfftfreq(len(mono), 1 / 16000)
    peak = spectrum.max()
    for hz in (300, 1200):  # me and the others, both in what Whisper hears
        assert spectrum[np.abs(freqs - hz) < 5].max() > 0.5 * peak
