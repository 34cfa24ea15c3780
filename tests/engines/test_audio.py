"""engines.audio and the media half of engines.kinds, on real files built with PyAV."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines import audio
from recordroute.engines.kinds import detect_kind
from recordroute.errors import (
    Cancelled,
    CorruptMediaError,
    EmptyFileError,
    FileNotFound,
    NoAudioError,
)
from recordroute.progress import CancelToken, Progress
from tests.helpers import media

# fmt -> (audio codec name as PyAV reports it, has video, sample rate, channels)
EXPECTED = {
    "wav": ("pcm_s16le", False, 16000, 1),
    "mp3": ("mp3float", False, 16000, 1),
    "m4a": ("aac", False, 44100, 1),
    "aac": ("aac", False, 22050, 1),
    "flac": ("flac", False, 16000, 1),
    "ogg": ("vorbis", False, 44100, 2),
    "opus": ("opus", False, 48000, 1),
    "webm": ("opus", False, 48000, 2),
    "mp4": ("aac", True, 44100, 2),
    "mkv": ("opus", True, 48000, 1),
    "mov": ("aac", True, 32000, 1),
}


def _envelope(x: np.ndarray, win: int = 320) -> np.ndarray:
    n = len(x) // win
    return np.sqrt((x[: n * win].reshape(n, win) ** 2).mean(axis=1))


def _aligned_correlation(a: np.ndarray, b: np.ndarray, max_lag: int = 10) -> tuple[float, int]:
    """Best envelope correlation over small lags (encoder priming delays audio by up to ~50 ms in ADTS)."""
    n = min(len(a), len(b)) - max_lag
    scores = {
        lag: float(np.corrcoef(a[max_lag + lag : max_lag + lag + n - max_lag], b[max_lag:n])[0, 1])
        for lag in range(-max_lag, max_lag + 1)
    }
    lag = max(scores, key=scores.__getitem__)
    return scores[lag], lag


@pytest.fixture(scope="module")
def reference(speech_wav: Path) -> np.ndarray:
    samples, _ = media.read_wav_mono(speech_wav)
    return samples.astype(np.float32) / 32768.0


@pytest.mark.parametrize("fmt", media.CONTAINER_FORMATS)
def test_every_container_decodes_to_16k_mono_speech(
    fmt: str, containers: dict[str, Path], speech_seconds: float, reference: np.ndarray
) -> None:
    data = audio.decode(containers[fmt])
    assert data.sample_rate == 16000
    assert data.samples.dtype == np.float32 and data.samples.ndim == 1
    assert abs(data.duration - speech_seconds) < 0.5
    assert abs(data.duration - 30.0) < 1.0
    assert data.duration == pytest.approx(len(data.samples) / 16000)
    rms = float(np.sqrt(np.mean(data.samples**2)))
    assert 0.02 < rms < 0.5
    assert float(np.abs(data.samples).max()) <= 1.5
    # Same speech in the same place: loudness envelopes (20 ms windows) line up with the source.
    corr, lag = _aligned_correlation(_envelope(data.samples), _envelope(reference))
    assert corr > 0.95 and abs(lag) <= 5, (corr, lag)


@pytest.mark.parametrize("fmt", media.CONTAINER_FORMATS)
def test_probe_reports_duration_codec_and_video(
    fmt: str, containers: dict[str, Path], speech_seconds: float
) -> None:
    info = audio.probe(containers[fmt])
    codec, has_video, rate, channels = EXPECTED[fmt]
    assert abs(info.duration - speech_seconds) < 0.5
    assert (info.audio_codec, info.has_video, info.sample_rate, info.channels) == (
        codec,
        has_video,
        rate,
        channels,
    )
    assert info.container
    assert detect_kind(containers[fmt]) == ("video" if has_video else "audio")


@pytest.mark.parametrize("ext", ["mp3", "m4a", "webm", "wav"])
def test_shipped_fixtures_decode(ext: str, speech_seconds: float) -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / f"speech_en_30s.{ext}"
    data = audio.decode(path)
    assert abs(data.duration - speech_seconds) < 0.5
    assert detect_kind(path) == "audio"


def test_audio_only_video_container_is_audio(speech_wav: Path, tmp_path: Path) -> None:
    mkv = media.make_container(speech_wav, tmp_path / "voice.mkv", "mkv", video=False)
    info = audio.probe(mkv)
    assert not info.has_video and not audio.is_video(info)
    assert detect_kind(mkv) == "audio"
    mp4 = media.make_container(speech_wav, tmp_path / "voice.mp4", "mp4", video=False)
    assert detect_kind(mp4) == "audio"


# --- bad inputs ------------------------------------------------------------------------------------------
def _all_entry_points(path: Path, error: type[Exception]) -> None:
    for call in (audio.probe, audio.decode, detect_kind):
        with pytest.raises(error) as info:
            call(path)
        assert path.name in str(info.value), f"{call.__name__}: message should name the file"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp3"
    path.write_bytes(b"")
    _all_entry_points(path, EmptyFileError)


def test_missing_file(tmp_path: Path) -> None:
    _all_entry_points(tmp_path / "nowhere.wav", FileNotFound)


def test_text_renamed_mp3_is_corrupt(tmp_path: Path) -> None:
    _all_entry_points(media.make_text_renamed(tmp_path / "notes.mp3"), CorruptMediaError)


def test_random_bytes_wav_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "noise.wav"
    path.write_bytes(np.random.default_rng(1).integers(0, 256, 20000, dtype=np.uint8).tobytes())
    _all_entry_points(path, CorruptMediaError)


def test_zero_length_wav_has_no_audio(tmp_path: Path) -> None:
    path = media.make_zero_length_wav(tmp_path / "header_only.wav")
    assert path.stat().st_size == 44
    _all_entry_points(path, NoAudioError)


def test_video_without_audio(tmp_path: Path) -> None:
    _all_entry_points(media.make_video_without_audio(tmp_path / "silent_film.mp4"), NoAudioError)


def test_truncated_m4a_missing_moov_is_corrupt(containers: dict[str, Path], tmp_path: Path) -> None:
    # PyAV writes the moov index at the end (no faststart), so cutting the file loses it.
    cut = media.make_truncated(containers["m4a"], tmp_path / "cut.m4a", 0.6)
    _all_entry_points(cut, CorruptMediaError)


@pytest.mark.parametrize("fraction", [0.3, 0.5])
def test_truncated_mp3_decodes_the_part_that_exists(
    fraction: float, containers: dict[str, Path], tmp_path: Path, speech_seconds: float
) -> None:
    cut = media.make_truncated(containers["mp3"], tmp_path / "cut.mp3", fraction)
    assert detect_kind(cut) == "audio"
    data = audio.decode(cut)
    assert abs(data.duration - speech_seconds * fraction) < 1.5
    assert float(np.sqrt(np.mean(data.samples**2))) > 0.02


def test_garbage_in_the_middle_is_skipped(
    containers: dict[str, Path], tmp_path: Path, speech_seconds: float
) -> None:
    raw = bytearray(containers["mp3"].read_bytes())
    mid = len(raw) // 2
    # A damaged stretch (~1 s of this 24 kb/s mp3): some packets fail, the decoder resyncs after it.
    raw[mid : mid + 3000] = np.random.default_rng(0).integers(0, 256, 3000, dtype=np.uint8).tobytes()
    path = tmp_path / "damaged.mp3"
    path.write_bytes(bytes(raw))
    data = audio.decode(path)
    assert speech_seconds - 3.0 < data.duration < speech_seconds + 0.5
    tail = data.samples[-5 * 16000 :]
    assert float(np.sqrt(np.mean(tail**2))) > 0.02  # the speech after the damage is there


# --- progress and cancel ---------------------------------------------------------------------------------
def test_progress_is_monotonic_and_ends_at_one(containers: dict[str, Path]) -> None:
    seen: list[Progress] = []
    audio.decode(containers["m4a"], progress=seen.append)
    fractions = [p.fraction for p in seen]
    assert len(fractions) >= 10
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(p.stage == "decode" for p in seen)
    assert all(p.eta is None or p.eta >= 0 for p in seen)
    assert any(p.eta is not None for p in seen)


def test_cancel_from_progress_callback(containers: dict[str, Path]) -> None:
    token = CancelToken()
    seen: list[float] = []

    def on_progress(p: Progress) -> None:
        seen.append(p.fraction)
        if p.fraction > 0.2:
            token.cancel()

    with pytest.raises(Cancelled):
        audio.decode(containers["flac"], progress=on_progress, cancel=token)
    assert max(seen) < 0.5  # stopped right after the request, not at the end


def test_cancel_from_another_thread_within_a_second(containers: dict[str, Path]) -> None:
    token = CancelToken()
    started, cancelled_at = threading.Event(), []

    def canceller() -> None:
        started.wait(10)
        cancelled_at.append(time.monotonic())
        token.cancel()

    def on_progress(p: Progress) -> None:
        if p.fraction > 0.1 and not started.is_set():
            started.set()
            token.wait(5)  # hold decoding mid-file until the other thread has cancelled

    thread = threading.Thread(target=canceller)
    thread.start()
    with pytest.raises(Cancelled):
        audio.decode(containers["webm"], progress=on_progress, cancel=token)
    raised_at = time.monotonic()
    thread.join()
    assert raised_at - cancelled_at[0] < 1.0


def test_already_cancelled_token(containers: dict[str, Path]) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        audio.decode(containers["wav"], cancel=token)


def test_long_recording_decodes_exactly(speech_wav: Path, tmp_path: Path) -> None:
    path = media.make_tiled_wav(speech_wav, tmp_path / "ten_minutes.wav", 600)
    data = audio.decode(path)
    assert data.samples.shape == (600 * 16000,)
    assert data.samples.flags.owndata or data.samples.base is None


def test_buffer_grows_when_the_probe_underestimates() -> None:
    buf = audio._Buffer(expected=100)
    chunks = [np.full(7000, i, dtype=np.float32) for i in range(10)]
    for c in chunks:
        buf.append(c)
    np.testing.assert_array_equal(buf.result(), np.concatenate(chunks))


def test_espeak_helper_makes_decodable_speech(tmp_path: Path) -> None:
    try:
        wav = media.espeak_wav("The budget meeting starts at nine.", tmp_path / "tts.wav")
    except media.EspeakMissing as exc:
        pytest.skip(str(exc))
    info = audio.probe(wav)
    assert (info.sample_rate, info.channels) == (16000, 1)
    data = audio.decode(wav)
    assert 1.0 < data.duration < 6.0
    assert float(np.sqrt(np.mean(data.samples**2))) > 0.01
