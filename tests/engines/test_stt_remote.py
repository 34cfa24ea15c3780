"""Reading OpenAI-compatible verbose_json answers (no model, no server): segments, words in either place servers
put them, and answers that are not the documented shape."""

from __future__ import annotations

from typing import Any

import pytest

from recordroute.engines.stt.remote import RemoteTranscriber, parse_verbose_json
from recordroute.errors import RemoteEngineError


def _answer(**extra: Any) -> dict[str, Any]:
    return {
        "language": "english",
        "duration": 9.5,
        "text": "Hello there. General plan.",
        "segments": [
            {"id": 0, "start": 0.0, "end": 4.0, "text": " Hello there."},
            {"id": 1, "start": 4.0, "end": 9.5, "text": " General plan."},
            {"id": 2, "start": 9.5, "end": 9.5, "text": " "},
        ],
        **extra,
    }


def test_flat_words_go_to_the_segment_they_fall_in() -> None:
    words = [
        {"word": "Hello", "start": 0.2, "end": 0.6},
        {"word": "there.", "start": 0.7, "end": 1.1},
        {"word": "General", "start": 3.9, "end": 4.6},  # straddles the boundary: its midpoint is in segment 2
        {"word": "plan.", "start": 4.7, "end": 5.0},
    ]
    t = parse_verbose_json(_answer(words=words), model="large-v3@box:8765", task="transcribe")
    assert [s.text for s in t.segments] == ["Hello there.", "General plan."]  # the empty one is dropped
    assert [[w.word for w in s.words] for s in t.segments] == [[" Hello", " there."], [" General", " plan."]]
    assert "".join(w.word for w in t.segments[0].words).strip() == t.segments[0].text
    assert t.model == "large-v3@box:8765" and t.duration == 9.5 and t.language == "english"


def test_words_inside_segments_are_kept_and_words_are_optional() -> None:
    answer = _answer()
    answer["segments"][0]["words"] = [{"word": " Hello", "start": 0.1, "end": 0.5, "probability": 0.9}]
    t = parse_verbose_json(answer, model="m", task="transcribe")
    assert [(w.word, w.probability) for w in t.segments[0].words] == [(" Hello", 0.9)]
    bare = parse_verbose_json(_answer(), model="m", task="transcribe")
    assert all(s.words == [] for s in bare.segments) and len(bare.segments) == 2


@pytest.mark.parametrize(
    "bad",
    [
        {"text": "only text"},  # response_format json: no segments
        {"segments": [{"start": "x", "end": 1, "text": "a"}]},
        {"segments": [{"end": 1, "text": "a"}]},
        {"segments": "nope"},
        {"segments": [], "words": [{"word": "a"}]},
    ],
)
def test_answers_that_are_not_verbose_json_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(RemoteEngineError, match="not verbose_json"):
        parse_verbose_json(bad, model="m", task="transcribe")


def test_the_server_url_must_be_http() -> None:
    with pytest.raises(RemoteEngineError, match="http"):
        RemoteTranscriber("file:///etc/passwd")
    assert (
        RemoteTranscriber("https://gpu.example.lan/v1/").url
        == "https://gpu.example.lan/v1/audio/transcriptions"
    )
