"""The API says when minutes are a fallback: with the fake Ollama stopped, POST .../summary writes extractive
minutes and returns the sentence in `warnings` (and GET returns it again). A real server on loopback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.pipeline.test_honest_fallbacks import _english_meeting, _stopped_ollama


def test_api_returns_the_fallback_in_warnings(extra_server: Callable[..., Any]) -> None:
    url = _stopped_ollama()
    api = extra_server(ollama_url=url, settings={"llm_backend": "auto"})
    rid = _english_meeting(api.ctx.store)
    with httpx.Client(base_url=api.url, headers=api.auth, timeout=120) as http:
        res = http.post(f"/api/recordings/{rid}/summary", json={})
        assert res.status_code == 200, res.text
        body = res.json()
        assert body["state"] == "complete"
        assert f"Ollama at {url} does not answer: extractive minutes written instead" in body["warnings"]
        again = http.get(f"/api/recordings/{rid}/summary").json()
        assert again["warnings"] == body["warnings"]
