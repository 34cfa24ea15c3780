"""/v1/audio through the official openai SDK against the real server and the real tiny.en model."""

from __future__ import annotations

import json
import re
import wave
from pathlib import Path

import httpx
import jiwer
import openai
import pytest
import srt
import webvtt

from tests.api.conftest import UPLOAD_LIMIT, Api
from tests.conftest import SPEECH_TEXT, SPEECH_WAV

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")]


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def wer(text: str) -> float:
    return float(jiwer.wer(norm(SPEECH_TEXT), norm(text)))


def transcribe(client: openai.OpenAI, **kwargs: object) -> object:
    with open(SPEECH_WAV, "rb") as fh:
        return client.audio.transcriptions.create(file=fh, model="whisper-1", **kwargs)


def test_json_format_matches_reference(client: openai.OpenAI) -> None:
    result = transcribe(client)
    assert wer(result.text) < 0.2, result.text
    assert result.usage is not None and result.usage.seconds == pytest.approx(29.2, abs=0.5)


def test_text_format(client: openai.OpenAI) -> None:
    result = transcribe(client, response_format="text")
    assert isinstance(result, str)
    assert wer(result) < 0.2


def test_srt_format_parses(client: openai.OpenAI) -> None:
    result = transcribe(client, response_format="srt")
    subs = list(srt.parse(result))
    assert len(subs) >= 3
    assert all(s.end > s.start for s in subs)
    assert [s.index for s in subs] == list(range(1, len(subs) + 1))
    assert subs[-1].end.total_seconds() <= 30.5
    assert wer(" ".join(s.content for s in subs)) < 0.2


def test_vtt_format_parses(client: openai.OpenAI, tmp_path: Path) -> None:
    result = transcribe(client, response_format="vtt")
    assert result.startswith("WEBVTT")
    path = tmp_path / "out.vtt"
    path.write_text(result, encoding="utf-8")
    captions = webvtt.read(str(path))
    assert len(captions) >= 3
    assert all(c.end_in_seconds > c.start_in_seconds for c in captions)
    assert wer(" ".join(c.text for c in captions)) < 0.2


def test_verbose_json_with_word_timestamps(client: openai.OpenAI) -> None:
    result = transcribe(client, response_format="verbose_json", timestamp_granularities=["word", "segment"])
    assert result.language == "en"
    assert result.duration == pytest.approx(29.2, abs=0.5)
    assert wer(result.text) < 0.2
    assert result.segments and len(result.segments) >= 3
    assert all(s.end > s.start for s in result.segments)
    words = result.words or []
    assert len(words) >= 60  # ~80 words of speech
    starts = [w.start for w in words]
    assert starts == sorted(starts)
    assert all(w.end >= w.start for w in words)
    assert words[0].word.lower().startswith("good")
    assert words[-1].end <= 30.5


def test_streaming_yields_deltas_then_done(client: openai.OpenAI) -> None:
    with open(SPEECH_WAV, "rb") as fh:
        stream = client.audio.transcriptions.create(file=fh, model="whisper-1", stream=True)
        events = list(stream)
    types = [e.type for e in events]
    assert types[-1] == "transcript.text.done"
    deltas = [e.delta for e in events if e.type == "transcript.text.delta"]
    assert len(deltas) >= 2 and types.count("transcript.text.done") == 1
    assert norm("".join(deltas)) == norm(events[-1].text)
    assert wer(events[-1].text) < 0.2


def test_store_keeps_a_recording(api: Api, client: openai.OpenAI, http: httpx.Client) -> None:
    result = transcribe(client, response_format="json", extra_body={"store": "true"})
    rec_id = result.model_extra["recording_id"]
    detail = http.get(f"/api/recordings/{rec_id}").json()
    assert detail["source_name"] == "speech_en_30s.wav"
    assert detail["transcribe_state"] == "done" and detail["stt_model"] == "tiny.en"
    assert norm(" ".join(s["text"] for s in detail["segments"])) == norm(result.text)
    assert detail["segments"][0]["words"], "stored transcripts keep word timings"
    original = http.get(f"/api/recordings/{rec_id}/file")
    assert original.status_code == 200 and original.content == SPEECH_WAV.read_bytes()
    # No upload temp files are left behind.
    assert not list((api.ctx.data_dir / "tmp" / "api-uploads").iterdir())


def test_translation_with_english_only_model_is_a_clear_400(client: openai.OpenAI) -> None:
    with open(SPEECH_WAV, "rb") as fh, pytest.raises(openai.BadRequestError) as err:
        client.audio.translations.create(file=fh, model="whisper-1")
    assert "English-only" in err.value.body["message"]


def test_translation_with_multilingual_model(client: openai.OpenAI, tmp_path: Path) -> None:
    """/v1/audio/translations through the packaged multilingual base model (8 s clip keeps it quick)."""
    with wave.open(str(SPEECH_WAV), "rb") as src:
        params = src.getparams()
        frames = src.readframes(params.framerate * 8)
    clip = tmp_path / "clip.wav"
    with wave.open(str(clip), "wb") as out:
        out.setparams(params)
        out.writeframes(frames)
    with open(clip, "rb") as fh:
        result = client.audio.translations.create(file=fh, model="base", response_format="verbose_json")
    assert result.task == "translate" and result.duration == pytest.approx(8.0, abs=0.2)
    assert "budget" in result.text.lower() and result.segments
    with open(clip, "rb") as fh:
        plain = client.audio.translations.create(file=fh, model="base")
    assert norm(plain.text) == norm(result.text)


def test_unknown_model_is_404(client: openai.OpenAI) -> None:
    with open(SPEECH_WAV, "rb") as fh, pytest.raises(openai.NotFoundError) as err:
        client.audio.transcriptions.create(file=fh, model="no-such-whisper")
    assert err.value.body["code"] == "model_not_found"


def test_model_as_a_path_is_refused(client: openai.OpenAI) -> None:
    for bad in ("../models/tiny.en", "/tmp", "..", "C:\\models"):
        with open(SPEECH_WAV, "rb") as fh, pytest.raises(openai.BadRequestError):
            client.audio.transcriptions.create(file=fh, model=bad)


def test_non_audio_upload_is_a_clear_400(client: openai.OpenAI, tmp_path: Path) -> None:
    fake = tmp_path / "notes.wav"
    fake.write_text("this is a text file pretending to be audio\n" * 50)
    with open(fake, "rb") as fh, pytest.raises(openai.BadRequestError) as err:
        client.audio.transcriptions.create(file=fh, model="whisper-1")
    body = err.value.body
    assert body["code"] == "invalid_audio" and body["param"] == "file"
    assert "not usable audio" in body["message"]


def test_oversized_upload_is_413(api: Api, tmp_path: Path) -> None:
    big = tmp_path / "big.wav"
    big.write_bytes(SPEECH_WAV.read_bytes()[:44] + b"\0" * (UPLOAD_LIMIT + 1024**2))
    with open(big, "rb") as fh, pytest.raises(openai.APIStatusError) as err:
        api.openai().audio.transcriptions.create(file=fh, model="whisper-1")
    assert err.value.status_code == 413


def test_oversized_chunked_upload_is_413_without_content_length(api: Api, http: httpx.Client) -> None:
    """A body with no Content-Length (chunked) is measured while it streams."""
    boundary = "rrboundary"

    def body():  # a generator makes httpx send Transfer-Encoding: chunked
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="model"\r\n\r\nwhisper-1\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n'
            "Content-Type: audio/wav\r\n\r\n"
        ).encode()
        chunk = b"\0" * 65536
        for _ in range(UPLOAD_LIMIT // len(chunk) + 8):
            yield chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    r = http.post(
        "/v1/audio/transcriptions",
        content=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "file_too_large"
    assert not list((api.ctx.data_dir / "tmp" / "api-uploads").iterdir())


def test_bad_form_fields_are_400(http: httpx.Client) -> None:
    files = {"file": ("a.wav", SPEECH_WAV.read_bytes()[:2000], "audio/wav")}
    r = http.post(
        "/v1/audio/transcriptions", data={"model": "whisper-1", "response_format": "docx"}, files=files
    )
    assert r.status_code == 400 and r.json()["error"]["param"] == "response_format"
    r = http.post("/v1/audio/transcriptions", data={"model": "whisper-1"})
    assert r.status_code == 400
    r = http.post("/v1/audio/transcriptions", data={"response_format": "json"}, files=files)
    assert r.status_code == 400 and r.json()["error"]["param"] == "model"
    r = http.post("/v1/audio/transcriptions", json={"model": "whisper-1"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_content_type"


def test_models_listing_has_every_type(client: openai.OpenAI) -> None:
    models = client.models.list().data
    by_type: dict[str, list[str]] = {}
    for m in models:
        by_type.setdefault(m.model_extra["type"], []).append(m.id)
    assert "whisper-1" in by_type["stt"] and "tiny.en" in by_type["stt"]
    assert any("MiniLM" in name for name in by_type["embedding"])
    assert "qwen2.5:7b-instruct" in by_type["llm"]
    assert client.models.retrieve("tiny.en").id == "tiny.en"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("nope")


def test_json_error_shape(http: httpx.Client) -> None:
    r = http.post("/v1/audio/transcriptions", data={"model": "whisper-1"})
    body = r.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert json.dumps(body)  # plain JSON
