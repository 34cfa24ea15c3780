"""Speakers over HTTP: OpenAI's diarized_json, speakers on native recordings, naming a speaker."""

from __future__ import annotations

import httpx
import pytest

from recordroute.pipeline import diarization
from tests.api.conftest import Api
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing
from tests.pipeline.test_diarization import add_recording

pytestmark = pytest.mark.slow  # the session server preloads Whisper


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> dl.Dialogue:
    try:
        return dl.build(tmp_path_factory.mktemp("speakers-api") / "dialogue.wav", "ABABAB")
    except EspeakMissing as exc:
        pytest.skip(str(exc))


def test_diarized_json_segments_carry_speakers(http: httpx.Client, two_voices: dl.Dialogue) -> None:
    with open(two_voices.path, "rb") as fh:
        res = http.post(
            "/v1/audio/transcriptions",
            files={"file": ("d.wav", fh, "audio/wav")},
            data={"model": "whisper-1", "response_format": "diarized_json"},
        )
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["task"] == "transcribe" and body["text"] and body["duration"] > 20
    segs = body["segments"]
    assert {s["speaker"] for s in segs} == {"A", "B"} and segs[0]["speaker"] == "A"
    assert all(s["type"] == "transcript.text.segment" and s["end"] >= s["start"] for s in segs)
    right = sum(
        1
        for s in segs
        if {"A": "A", "B": "B"}[s["speaker"]] == two_voices.speaker_at((s["start"] + s["end"]) / 2)
    )
    assert right / len(segs) >= 0.8


def test_verbose_json_with_diarize_has_speakers(http: httpx.Client, two_voices: dl.Dialogue) -> None:
    with open(two_voices.path, "rb") as fh:
        res = http.post(
            "/v1/audio/transcriptions",
            files={"file": ("d.wav", fh, "audio/wav")},
            data={"model": "whisper-1", "response_format": "verbose_json", "diarize": "true"},
        )
    assert res.status_code == 200, res.text
    assert {s["speaker"] for s in res.json()["segments"]} == {"S1", "S2"}


def test_native_recording_speakers_and_rename(api: Api, http: httpx.Client, two_voices: dl.Dialogue) -> None:
    rid = add_recording(api.ctx, two_voices)
    diarization.diarize_recording(api.ctx, rid, method="basic", num_speakers=2)
    detail = http.get(f"/api/recordings/{rid}").json()
    assert detail["diarize_state"] == "done"
    assert {s["speaker"] for s in detail["segments"]} == {"S1", "S2"}
    listing = http.get(f"/api/recordings/{rid}/speakers").json()
    assert listing["method"] == "basic (no model)"
    assert [s["label"] for s in listing["speakers"]] == ["S1", "S2"]
    assert all(s["talk_time"] > 5 for s in listing["speakers"])
    renamed = http.patch(f"/api/recordings/{rid}/speakers/S1", json={"name": "Alice"})
    assert renamed.status_code == 200 and renamed.json()["speakers"][0]["display"] == "Alice"
    detail = http.get(f"/api/recordings/{rid}").json()
    assert "Alice" in {s["speaker"] for s in detail["segments"]}
    vtt = http.get(f"/api/recordings/{rid}/export", params={"format": "vtt"}).text
    assert "<v Alice>" in vtt
    assert http.patch(f"/api/recordings/{rid}/speakers/S9", json={"name": "X"}).status_code == 404
    assert http.get("/api/recordings/999999/speakers").status_code == 404
