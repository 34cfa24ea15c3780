"""Live captions while recording: a source feeding the speech fixture in real time; caption text appears
before the recording stops, is the speech (not noise), and the live pass costs the recording no audio."""

from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SPEECH_TEXT, SPEECH_WAV


def words(text: str) -> list[str]:
    return re.sub(r"[^\w\s']", " ", text.lower()).split()


def test_to_mono_16k_mixes_channels_and_resamples() -> None:
    from recordroute.pipeline.live_captions import to_mono_16k

    stereo = np.zeros((4800, 2), dtype="<i2")
    stereo[:, 0] = 16384  # one channel at half scale, the other silent: the mix is a quarter
    out = to_mono_16k(stereo.tobytes(), 48000, 2)
    assert out.dtype == np.float32 and len(out) == 1600 and np.allclose(out, 0.25, atol=1e-3)


@pytest.mark.slow
def test_captions_appear_while_recording_without_losing_audio(tmp_path: Path) -> None:
    from recordroute.engines.capture import Recorder, WavFileSource
    from recordroute.engines.stt import SttEngine
    from recordroute.pipeline.live_captions import Caption, LiveCaptioner

    updates: list[tuple[float, str]] = []
    captioner = LiveCaptioner(
        SttEngine("tiny.en"),
        step=2.0,
        window=12.0,
        on_update=lambda _new, _tent: updates.append((time.monotonic(), captioner.text)),
    )
    source = WavFileSource(SPEECH_WAV)
    recorder = Recorder(source, tmp_path / "live.wav")
    recorder.add_tap(captioner.feed)
    captioner.engine.load()
    recorder.start()
    captioner.start()
    time.sleep(18)
    stopped_at = time.monotonic()
    recorder.stop()
    captioner.stop()

    shown = [text for t, text in updates if t < stopped_at and text]
    assert shown, "no caption text appeared while recording"
    said = set(words(SPEECH_TEXT))
    heard = words(shown[-1])
    assert len(heard) >= 20 and sum(w in said for w in heard) / len(heard) >= 0.8, shown[-1]
    assert all(isinstance(c, Caption) and c.final and c.end > c.start for c in captioner.committed)
    assert recorder.overflows == 0 and captioner.passes >= 2
    assert captioner.delays and max(captioner.delays) < 15.0
