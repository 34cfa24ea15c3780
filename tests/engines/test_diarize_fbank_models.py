"""The fbank path of the neural method: Kaldi features against torchaudio's, and a real 3D-Speaker CAM++ model
when its file is present.

The model cannot be downloaded in tests. Point RECORDROUTE_CAMPPLUS_ONNX at sherpa-onnx's
`3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx` (or an export of the same checkpoint by
bench/export_campplus.py), or put it in $RECORDROUTE_MODEL_DIR/diarize/3dspeaker-campplus-zh-en/.
"""

from __future__ import annotations

import os
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.diarize import CATALOG, DiarizeOptions, diarize, features, resolve_embedder
from recordroute.engines.diarize.catalog import locate
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CAMPPLUS = CATALOG["3dspeaker-campplus-zh-en"]


def _clip(start: float, seconds: float) -> np.ndarray:
    with wave.open(str(FIXTURES / "speech_en_30s.wav")) as w:
        w.setpos(int(start * 16000))
        raw = w.readframes(int(seconds * 16000))
    return np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768.0


def test_kaldi_fbank_matches_torchaudio() -> None:
    """The reference is torchaudio.compliance.kaldi.fbank (80 bins, dither 0), what 3D-Speaker trained on
    (tests/fixtures/make_kaldi_fbank_reference.py)."""
    ref = np.load(FIXTURES / "kaldi_fbank_reference.npz")
    ours = features.kaldi_fbank(_clip(float(ref["start"]), float(ref["seconds"])))
    assert ours.shape == ref["fbank"].shape
    # float32 FFTs apart; the low bands (narrow triangles) are where a Hz-linear filterbank was 10 nats off.
    np.testing.assert_allclose(ours, ref["fbank"], rtol=0, atol=2e-3)


def test_kaldi_mel_banks_give_every_band_a_bin() -> None:
    fb = features.kaldi_mel_banks(80)
    assert fb.shape == (257, 80) and (fb.sum(0) > 0).all() and not fb[-1].any()
    peaks = fb.argmax(0)
    assert (np.diff(peaks) >= 0).all() and peaks[0] * 16000 / 512 < 100


def _campplus_file() -> Path | None:
    env = os.environ.get("RECORDROUTE_CAMPPLUS_ONNX")
    if env:
        return Path(env) if Path(env).is_file() else None
    return locate(CAMPPLUS, None)


CAMPPLUS_FILE = _campplus_file()
needs_campplus = pytest.mark.skipif(
    CAMPPLUS_FILE is None,
    reason=f"no {CAMPPLUS.filename} here (it cannot be downloaded in tests): set RECORDROUTE_CAMPPLUS_ONNX to it, "
    "or put it in $RECORDROUTE_MODEL_DIR/diarize/3dspeaker-campplus-zh-en/ (bench/export_campplus.py makes one)",
)


@pytest.fixture
def campplus_dir(tmp_path: Path) -> Path:
    """A model folder holding the real file where the resolver looks for it."""
    assert CAMPPLUS_FILE is not None
    folder = tmp_path / "models" / "diarize" / CAMPPLUS.name
    folder.mkdir(parents=True)
    (folder / CAMPPLUS.filename).symlink_to(CAMPPLUS_FILE.resolve())
    return tmp_path / "models"


@needs_campplus
@pytest.mark.slow
def test_campplus_interface_and_voice_similarity(campplus_dir: Path) -> None:
    import onnxruntime as ort

    model, path = resolve_embedder(CAMPPLUS.name, campplus_dir)
    assert model.feature == "fbank80" and path.name == CAMPPLUS.filename
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    meta = session.get_modelmeta().custom_metadata_map
    assert meta.get("framework") == "3d-speaker" and meta.get("feature_normalize_type") == "global-mean"

    def emb(samples: np.ndarray) -> np.ndarray:
        f = features.kaldi_fbank(samples)
        y = session.run(None, {session.get_inputs()[0].name: (f - f.mean(0))[None]})[0][0]
        assert y.shape == (192,)
        return y / np.linalg.norm(y)

    # One real voice: two stretches of the same recording agree far better than the voice and noise shaped
    # like speech (the same clip's spectrum with random phases).
    a, b = emb(_clip(2.0, 3.0)), emb(_clip(12.0, 3.0))
    clip = _clip(2.0, 3.0)
    spec = np.fft.rfft(clip)
    rng = np.random.default_rng(3)
    fake = np.fft.irfft(np.abs(spec) * np.exp(2j * np.pi * rng.random(len(spec))), n=len(clip))
    c = emb(fake.astype(np.float32))
    assert float(a @ b) > 0.6 and float(a @ b) > float(a @ c) + 0.3, (float(a @ b), float(a @ c))


@needs_campplus
@pytest.mark.slow
def test_campplus_diarizes_a_dialogue(campplus_dir: Path, tmp_path: Path) -> None:
    try:
        d = dl.build(tmp_path / "two.wav", "ABABAB")
    except EspeakMissing as exc:
        pytest.skip(str(exc))
    options = DiarizeOptions(method="neural", model=CAMPPLUS.name, models_dir=campplus_dir)
    result = diarize(d.samples, options)
    assert result.label == f"neural ({CAMPPLUS.name})" and len(result.speakers) == 2
    assert all(s.embedding.shape == (192,) for s in result.speakers)
    assert dl.frame_accuracy(d, [(t.start, t.end, t.speaker) for t in result.turns]) >= 0.93


def test_campplus_is_found_in_the_model_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogue entry's file name is what the resolver looks for, in either layout."""
    nested = tmp_path / "diarize" / CAMPPLUS.name
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "tiny_fbank_speaker.onnx", nested / CAMPPLUS.filename)
    monkeypatch.setenv("RECORDROUTE_MODEL_DIR", str(tmp_path))
    assert resolve_embedder(CAMPPLUS.name, None)[1] == nested / CAMPPLUS.filename
    flat = tmp_path / "flat"
    flat.mkdir()
    shutil.copy(FIXTURES / "tiny_fbank_speaker.onnx", flat / CAMPPLUS.filename)
    monkeypatch.setenv("RECORDROUTE_MODEL_DIR", str(flat))
    assert resolve_embedder(CAMPPLUS.name, None)[1] == flat / CAMPPLUS.filename
