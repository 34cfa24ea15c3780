"""Streamed decoding (engines.audio_stream) and block-by-block transcription (engines.stt.streamed): the blocks
rebuild exactly what `decode` returns, cuts land in silence, errors are those of `decode`, and on a real model
the streamed transcript of a 5-minute compressed file matches the one-pass transcript (WER within 0.5 point)."""

from __future__ import annotations

import re
from pathlib import Path

import jiwer
import numpy as np
import pytest

from recordroute.engines.audio import decode
from recordroute.engines.audio_stream import SAMPLE_RATE, blocks, quiet_cut
from recordroute.engines.stt import ModelCache, SttEngine, SttOptions
from recordroute.engines.stt.streamed import transcribe_blocks
from recordroute.errors import Cancelled, CorruptMediaError, EmptyFileError, NoAudioError
from recordroute.progress import CancelToken, Progress
from tests.helpers.media import make_long_speech, make_zero_length_wav
from tests.hostile.media import opus_claiming_hours

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


@pytest.fixture(scope="module")
def long_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The speech fixture 10 times with 1-s gaps (~5 min), Opus in Ogg."""
    dst = tmp_path_factory.mktemp("stream") / "long.ogg"
    return make_long_speech(FIXTURES / "speech_en_30s.wav", dst, 300.0)


def test_blocks_rebuild_the_decoded_file_and_cut_in_silence(long_file: tuple[Path, int]) -> None:
    path, _ = long_file
    whole = decode(path).samples
    parts = list(blocks(path, block_seconds=60.0, search_seconds=10.0))
    assert len(parts) >= 5
    assert np.array_equal(np.concatenate([b.samples for b in parts]), whole)
    for before, after in zip(parts, parts[1:], strict=False):
        assert after.start == pytest.approx(before.end)
        assert 50.0 <= before.duration <= 60.0
        cut = int(after.start * SAMPLE_RATE)
        # the cut sits in a pause: far quieter than the speech around it
        assert np.abs(whole[cut - 400 : cut + 400]).max() < 0.05 * np.abs(whole).max()


def test_quiet_cut_picks_the_quietest_frame() -> None:
    rng = np.random.default_rng(0)
    noise = rng.normal(0, 0.3, SAMPLE_RATE * 10).astype(np.float32)
    noise[SAMPLE_RATE * 7 : SAMPLE_RATE * 7 + 1600] = 0.0
    cut = quiet_cut(noise, SAMPLE_RATE * 5, SAMPLE_RATE * 9)
    assert SAMPLE_RATE * 7 <= cut < SAMPLE_RATE * 7 + 1600


def test_short_file_is_one_block_equal_to_decode() -> None:
    path = FIXTURES / "speech_en_30s.m4a"
    parts = list(blocks(path))
    assert len(parts) == 1 and parts[0].start == 0.0
    assert np.array_equal(parts[0].samples, decode(path).samples)


def test_stream_errors_match_decode(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        list(blocks(empty))
    with pytest.raises(NoAudioError):
        list(blocks(make_zero_length_wav(tmp_path / "zero.wav")))


def test_stream_refuses_a_file_claiming_more_than_it_can_hold(tmp_path: Path) -> None:
    path = opus_claiming_hours(tmp_path / "liar.opus", 500)
    with pytest.raises(CorruptMediaError) as err:
        next(blocks(path))
    assert "liar.opus" in err.value.message and "500.0 hours" in err.value.message


def test_stream_cancel_stops_decoding(long_file: tuple[Path, int]) -> None:
    token = CancelToken()
    stream = blocks(long_file[0], block_seconds=60.0, cancel=token)
    assert next(stream).duration > 0
    token.cancel()
    with pytest.raises(Cancelled):
        next(stream)


@pytest.mark.slow
def test_streamed_transcript_matches_one_pass(long_file: tuple[Path, int]) -> None:
    path, copies = long_file
    engine = SttEngine("tiny.en", device="cpu", cache=ModelCache())
    reference = norm(" ".join([(FIXTURES / "speech_en_30s.txt").read_text(encoding="utf-8")] * copies))
    one_pass = engine.transcribe(decode(path).samples, SttOptions())
    reports: list[Progress] = []
    live: list[float] = []
    streamed = transcribe_blocks(
        engine,
        blocks(path, block_seconds=60.0, search_seconds=10.0),
        SttOptions(),
        duration=one_pass.duration,
        progress=reports.append,
        on_segment=lambda s: live.append(s.start),
    )
    wer_one = jiwer.wer(reference, norm(one_pass.text))
    wer_streamed = jiwer.wer(reference, norm(streamed.text))
    assert abs(wer_streamed - wer_one) <= 0.005, (wer_one, wer_streamed)
    assert streamed.language == "en" and streamed.duration == pytest.approx(one_pass.duration)
    starts = [s.start for s in streamed.segments]
    assert starts == sorted(starts) and starts[-1] > 240.0  # times are the file's, not the block's
    assert all(s.start <= w.start <= w.end <= s.end + 0.5 for s in streamed.segments for w in s.words)
    assert max(live) > 240.0
    fractions = [p.fraction for p in reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
