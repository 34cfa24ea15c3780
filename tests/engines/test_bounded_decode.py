"""Decoding is bounded by what the file can hold; the message names the file, not the model (issue 23: 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordroute.engines import audio
from recordroute.errors import CorruptMediaError
from tests.hostile.media import opus_claiming_hours, wav_with_rate


@pytest.mark.parametrize("rate", [1, 8, 3999])
def test_a_wav_claiming_a_tiny_sample_rate_is_refused_by_name(tmp_path: Path, rate: int) -> None:
    path = wav_with_rate(tmp_path / "tiny-rate.wav", rate)
    with pytest.raises(CorruptMediaError) as err:
        audio.decode(path)
    assert "tiny-rate.wav" in err.value.message and f"{rate} samples per second" in err.value.message
    assert "model" not in err.value.user_text()


def test_lowest_accepted_rate_still_decodes(tmp_path: Path) -> None:
    path = wav_with_rate(tmp_path / "phone.wav", 4000, data_bytes=80_000, bits=8)
    assert abs(audio.decode(path).duration - 20.0) < 0.1


def test_a_file_claiming_500_hours_is_refused_before_allocating(tmp_path: Path) -> None:
    path = opus_claiming_hours(tmp_path / "liar.opus", 500)
    assert audio.probe(path).duration > 400 * 3600  # the container really says so
    with pytest.raises(CorruptMediaError) as err:
        audio.decode(path)
    assert "liar.opus" in err.value.message and "500.0 hours" in err.value.message


def test_sample_limit_is_generous_for_real_compression() -> None:
    info = audio.MediaInfo(
        duration=0, has_video=False, audio_codec="opus", container="ogg", sample_rate=48000, channels=1
    )
    # 3 hours of opus silence at 6 kb/s (~1.2 MB in tests/helpers/hostile.py) stays well within the bound
    assert audio.sample_limit(info, 1_200_000) > 3 * 3600 * audio.SAMPLE_RATE
