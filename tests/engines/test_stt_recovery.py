"""Gap recovery on real models and real generated speech: speech Whisper skipped is decoded again and kept;
where nothing was skipped, nothing changes; nothing is made up over noise or silence; cancel acts."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from recordroute.engines.stt import ModelCache, SttEngine, SttOptions, Transcript

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SR = 16_000


def words(text: str) -> set[str]:
    return set(re.sub(r"[^\w\s']", " ", text.lower()).split())


def shape(t: Transcript) -> list[tuple[float | None, float | None, str]]:
    return [(s.start, s.end, s.text) for s in t.segments]


@pytest.fixture(scope="module")
def tiny() -> SttEngine:
    return SttEngine("tiny.en", device="cpu", cache=ModelCache())


@pytest.fixture(scope="module")
def audio_en() -> np.ndarray:
    return decode_audio(str(FIXTURES / "speech_en_30s.wav"))


def test_no_gap_leaves_the_transcript_as_it_was(tiny: SttEngine, audio_en: np.ndarray) -> None:
    plain = tiny.transcribe(audio_en, SttOptions(recover=False))
    recovered = tiny.transcribe(audio_en, SttOptions())
    assert shape(recovered) == shape(plain) and recovered.recovered_seconds == 0.0
    assert [s.text for s in recovered.flagged] == [s.text for s in plain.flagged]


@pytest.mark.parametrize("kind", ["silence", "noise", "chords"])
def test_nothing_is_invented_over_non_speech(tiny: SttEngine, kind: str) -> None:
    rng = np.random.default_rng(7)
    t = np.arange(20 * SR) / SR
    audio = {
        "silence": np.zeros(20 * SR),
        "noise": rng.normal(0.0, 0.05, 20 * SR),
        "chords": 0.1 * sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)),
    }[kind].astype(np.float32)
    plain = tiny.transcribe(audio, SttOptions(recover=False))
    recovered = tiny.transcribe(audio, SttOptions())
    assert shape(recovered) == shape(plain) and recovered.recovered_seconds == 0.0
