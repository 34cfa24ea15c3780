"""GET /api/admin/models/suggestions offers a speech model better for the user's languages by the pipeline's one
rule, and stops once the user turned the suggestion off (speech_offer_dismissed), as the other faces do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import Api


@pytest.mark.usefixtures("downloads_allowed")
def test_speech_suggestion_follows_the_setting(extra_server: Callable[..., Api]) -> None:
    korean = extra_server(ApiConfig(run_jobs=False), settings={"languages": ["ko", "en"]})
    with korean.http() as http:
        offered = http.get("/api/admin/models/suggestions").json()["speech"]
    assert offered == {
        "name": "small",
        "type": "speech",
        "size": 484_000_000,
        "language": "Korean",
        "command": "recordroute models download small",
    }
    english = extra_server(ApiConfig(run_jobs=False), settings={"languages": ["en"]})
    with english.http() as http:
        assert http.get("/api/admin/models/suggestions").json()["speech"] is None  # the models here suit

    dismissed = extra_server(
        ApiConfig(run_jobs=False), settings={"languages": ["ko", "en"], "speech_offer_dismissed": True}
    )
    with dismissed.http() as http:
        assert http.get("/api/admin/models/suggestions").json()["speech"] is None
