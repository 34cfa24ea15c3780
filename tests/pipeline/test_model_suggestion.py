"""Which speech model the faces offer for the user's languages, and which missing model a failed job names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from recordroute.pipeline.model_manager import missing_model, suggest_speech_model, wanted_languages
from recordroute.settings import Settings


def test_languages_come_from_settings_speech_language_and_locale(isolated_env: Path) -> None:
    s = dataclasses.replace(Settings.load(), stt_language="auto", languages=["any"])
    assert wanted_languages(s, ("en_US", "C")) == ["en"]
    assert wanted_languages(dataclasses.replace(s, stt_language="ko"), ("en",)) == ["ko", "en"]
    object.__setattr__(s, "languages", "ja, en")  # as a settings file may spell it
    assert wanted_languages(s, ("ko_KR",)) == ["ja", "en", "ko"]
    assert wanted_languages(Settings.load(), ()) == ["ko", "en"]  # the default: Korean and English


@pytest.mark.usefixtures("downloads_allowed")
def test_a_korean_speaker_without_a_korean_capable_model_is_offered_small(isolated_env: Path) -> None:
    s = dataclasses.replace(Settings.load(), stt_language="auto", languages=["any"])
    assert suggest_speech_model(s, ("en",)) is None  # English: the bundled models are fine
    offer = suggest_speech_model(s, ("ko",))
    assert offer is not None and (offer.name, offer.language, offer.size_mb) == ("small", "Korean", 480)
    other = suggest_speech_model(dataclasses.replace(s, stt_language="de"))
    assert other is not None and other.language == "German"


def test_missing_model_names_only_downloadable_models() -> None:
    text = "speech model 'large-v3-turbo' was not found. Tried, in order:\n  1. /x"
    assert missing_model("model_not_found", text) == "large-v3-turbo"
    assert missing_model("model_not_found", "speech model '/home/me/m' was not found") is None
    assert missing_model("model_not_found", "embedding model 'all-MiniLM-L6-v2-int8' is broken") is None
    assert missing_model("bad_input", text) is None and missing_model(None, None) is None


@pytest.mark.usefixtures("downloads_allowed")
def test_dont_suggest_again_stops_the_speech_offer_and_is_saved(isolated_env: Path) -> None:
    from recordroute.pipeline import model_manager as mm

    settings = dataclasses.replace(Settings.load(), languages=["ko", "en"])
    assert suggest_speech_model(settings) is not None  # Korean spoken, only weaker models here
    mm.dismiss_speech_offer(settings)
    assert suggest_speech_model(settings) is None and suggest_speech_model(settings, ("ja",)) is None
    again = Settings.load()  # the next start, and every other face, read the saved setting
    assert again.speech_offer_dismissed is True and suggest_speech_model(again) is None
    assert again.speaker_offer_dismissed is False  # the speaker offer is its own choice
    mm.dismiss_speech_offer(again, False)
    offer = suggest_speech_model(Settings.load())
    assert offer is not None and offer.to_dict() == {
        "name": "small",
        "type": "speech",
        "size": 484_000_000,
        "language": "Korean",
        "command": "recordroute models download small",
    }


def test_no_speech_offer_when_downloads_are_off(isolated_env: Path) -> None:
    """HF_HUB_OFFLINE (the suite's default here): the download would fail, so nothing is offered."""
    settings = dataclasses.replace(Settings.load(), languages=["ko", "en"])
    assert suggest_speech_model(settings) is None
