"""Audio routes as OpenAI's clients read them, through the `openai` SDK: free language detection, Whisper's
real per-segment scores, known speaker names, speaker events in a diarized stream, translations labelled and
timed as the reference says."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openai
import pytest

from tests.api.conftest import Api
from tests.conftest import SPEECH_WAV
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing

pytestmark = pytest.mark.slow  # real Whisper models

SPANISH = (
    "Buenos días a todos. Hoy vamos a hablar del presupuesto del próximo año, "
    "de las nuevas contrataciones y del calendario de las reuniones."
)


@pytest.fixture(scope="module")
def spanish_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    out = tmp_path_factory.mktemp("es") / "es.wav"
    subprocess.run(["espeak-ng", "-v", "es", "-s", "150", "-w", str(out), SPANISH], check=True)
    return out


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> dl.Dialogue:
    try:
        return dl.build(tmp_path_factory.mktemp("names") / "dialogue.wav", "ABABAB")
    except EspeakMissing as exc:
        pytest.skip(str(exc))


def test_language_is_detected_freely_unless_languages_restrict_it(
    client: openai.OpenAI, spanish_wav: Path
) -> None:
    # The session's settings list ko and en for the app's own jobs; an API request is not bound by them.
    with open(spanish_wav, "rb") as fh:
        free = client.audio.transcriptions.create(file=fh, model="base", response_format="verbose_json")
    assert free.language == "es" and "presupuesto" in free.text.lower()
    with open(spanish_wav, "rb") as fh:
        narrowed = client.audio.transcriptions.create(
            file=fh, model="base", response_format="verbose_json", extra_body={"languages": ["ko", "en"]}
        )
    assert narrowed.language in ("ko", "en")


def test_verbose_json_has_whispers_real_scores(api: Api, client: openai.OpenAI) -> None:
    from recordroute.engines.audio import decode
    from recordroute.engines.stt import SttOptions

    with open(SPEECH_WAV, "rb") as fh:
        result = client.audio.transcriptions.create(
            file=fh, model="whisper-1", response_format="verbose_json"
        )
    segs = result.segments or []
    assert len(segs) >= 3
    # Whisper scores each ~30 s window; the same audio through the engine directly gives the same numbers.
    direct = api.ctx.stt(api.ctx.settings.stt_model).transcribe(
        decode(SPEECH_WAV).samples, SttOptions(language="en")
    )
    first = direct.segments[0]
    assert segs[0].avg_logprob == pytest.approx(first.avg_logprob, abs=1e-4)
    assert segs[0].compression_ratio == pytest.approx(first.compression_ratio, abs=1e-4)
    assert segs[0].no_speech_prob == pytest.approx(first.no_speech_prob, abs=1e-4)
    assert all(-5.0 < s.avg_logprob < 0.0 and 0.0 <= s.no_speech_prob <= 1.0 for s in segs)
    assert all(0.5 < s.compression_ratio < 3.0 for s in segs)


def test_known_speaker_names_set_count_and_names(client: openai.OpenAI, two_voices: dl.Dialogue) -> None:
    with open(two_voices.path, "rb") as fh:
        raw = client.audio.transcriptions.with_raw_response.create(
            file=fh,
            model="whisper-1",
            response_format="diarized_json",  # type: ignore[arg-type]
            extra_body={"known_speaker_names": ["Alice", "Bob"]},
        )
    segs = json.loads(raw.text)["segments"]
    assert {s["speaker"] for s in segs} == {"Alice", "Bob"} and segs[0]["speaker"] == "Alice"
    right = sum(
        1
        for s in segs
        if {"Alice": "A", "Bob": "B"}[s["speaker"]] == two_voices.speaker_at((s["start"] + s["end"]) / 2)
    )
    assert right / len(segs) >= 0.8


def test_streamed_diarized_json_sends_speaker_segments(
    client: openai.OpenAI, two_voices: dl.Dialogue
) -> None:
    with open(two_voices.path, "rb") as fh:
        stream = client.audio.transcriptions.create(
            file=fh,
            model="whisper-1",
            response_format="diarized_json",  # type: ignore[arg-type]
            stream=True,
        )
        events = list(stream)
    kinds = [e.type for e in events]
    segments = [e for e in events if e.type == "transcript.text.segment"]
    assert kinds[-1] == "transcript.text.done" and "transcript.text.delta" in kinds
    assert {s.speaker for s in segments} == {"A", "B"}  # type: ignore[union-attr]
    assert kinds.index("transcript.text.segment") > max(
        i for i, k in enumerate(kinds) if k == "transcript.text.delta"
    )


def test_translation_is_labelled_and_keeps_segments_with_word_timestamps(
    client: openai.OpenAI, spanish_wav: Path
) -> None:
    with open(spanish_wav, "rb") as fh:
        raw = client.audio.translations.with_raw_response.create(
            file=fh,
            model="base",
            response_format="verbose_json",
            extra_body={"timestamp_granularities": ["word"]},
        )
    body = json.loads(raw.text)
    assert body["task"] == "translate" and body["language"] == "english"
    assert body["segments"] and "words" not in body and "meetings" in body["text"].lower()
    with open(spanish_wav, "rb") as fh:
        raw = client.audio.translations.with_raw_response.create(
            file=fh,
            model="base",
            response_format="diarized_json",  # type: ignore[arg-type]
        )
    assert json.loads(raw.text)["task"] == "translate"
