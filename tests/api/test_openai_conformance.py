"""Chat completions as OpenAI's clients rely on them, driven through the official `openai` SDK against the real
loopback server, with the fake Ollama (tools, `format`, context) and the fake OpenAI-compatible server behind."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator

import httpx
import openai
import pydantic
import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import LLM_MODEL, Api
from tests.conftest import SPEECH_WAV
from tests.fakes.fake_openai import FakeOpenAI

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "today's weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city"],
        },
    },
}
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 32).decode()


@pytest.fixture
def fake_reset(api: Api) -> Iterator[None]:
    yield
    api.fake.error_after_chunks = None


def _huge() -> str:
    return " ".join(f"word{i % 97}" for i in range(12_000))  # far beyond the 8192-token context


# --- context ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("max_tokens", [None, 16])
def test_context_overflow_is_400_context_length_exceeded(
    client: openai.OpenAI, max_tokens: int | None
) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model=LLM_MODEL, messages=[{"role": "user", "content": _huge()}], max_tokens=max_tokens
        )
    assert err.value.code == "context_length_exceeded" and err.value.param == "messages"
    assert "8192" in err.value.message and "Traceback" not in err.value.message


def test_context_overflow_mid_stream_is_an_error_event(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=LLM_MODEL, messages=[{"role": "user", "content": _huge()}], stream=True
    )
    pieces: list[str] = []
    with pytest.raises(openai.APIError) as err:
        for chunk in stream:
            pieces += [c.delta.content or "" for c in chunk.choices]
    assert "".join(pieces)  # the answer had started: the status was already 200
    assert err.value.code == "context_length_exceeded"


def test_error_after_first_token_ends_stream_with_error_event(
    api: Api, http: httpx.Client, fake_reset: None
) -> None:
    api.fake.error_after_chunks = 3
    body = {
        "model": LLM_MODEL,
        "stream": True,
        "messages": [{"role": "user", "content": "say many words now"}],
    }
    with http.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        lines = [line for line in r.iter_lines() if line]
    at = lines.index("event: error")
    error = json.loads(lines[at + 1].removeprefix("data: "))["error"]
    assert (
        error["code"] == "llm"
        and "unexpected EOF" in error["message"]
        and "Traceback" not in error["message"]
    )
    assert lines[-1] == "data: [DONE]" and len(lines) == at + 3  # nothing but the end after the error


# --- tools and structured output ------------------------------------------------------------------------------
def test_tools_reach_ollama_and_tool_calls_come_back(api: Api, client: openai.OpenAI) -> None:
    msgs: list[dict[str, object]] = [{"role": "user", "content": "call get_weather for Seoul, 3 days"}]
    result = client.chat.completions.create(model=LLM_MODEL, messages=msgs, tools=[WEATHER])  # type: ignore[arg-type,list-item]
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather" and json.loads(call.function.arguments)["days"] == 3
    assert api.fake.requests[-1].body["tools"][0]["function"]["name"] == "get_weather"
    # The agent loop: the tool's answer goes back, and Ollama is told which tool spoke.
    msgs += [
        choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "sunny, 21 C"},
    ]
    final = client.chat.completions.create(model=LLM_MODEL, messages=msgs, tools=[WEATHER])  # type: ignore[arg-type,list-item]
    assert (
        final.choices[0].finish_reason == "stop" and final.choices[0].message.content == "echo: sunny, 21 C"
    )
    sent = api.fake.requests[-1].body["messages"]
    assert sent[1]["tool_calls"][0]["function"]["arguments"] == {
        "city": "call get_weather for Seoul, 3 days",
        "days": 3,
    }
    assert sent[2] == {"role": "tool", "content": "sunny, 21 C", "tool_name": "get_weather"}


def test_streamed_tool_calls(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=LLM_MODEL,
        messages=[{"role": "user", "content": "get_weather in Busan"}],
        tools=[WEATHER],  # type: ignore[list-item]
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    calls = [tc for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or ()]
    assert calls and calls[0].function and calls[0].function.name == "get_weather" and calls[0].id
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == [
        "tool_calls"
    ]
    assert chunks[-1].usage and chunks[-1].usage.prompt_tokens > 0


def test_forcing_a_tool_on_ollama_is_unsupported_parameter(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model=LLM_MODEL,
            messages=[{"role": "user", "content": "x"}],
            tools=[WEATHER],
            tool_choice="required",  # type: ignore[list-item]
        )
    assert err.value.code == "unsupported_parameter" and err.value.param == "tool_choice"


class Meeting(pydantic.BaseModel):
    title: str
    attendees: int
    topics: list[str]


def test_response_format_json_schema_and_json_object(api: Api, client: openai.OpenAI) -> None:
    parsed = client.chat.completions.parse(
        model=LLM_MODEL,
        messages=[{"role": "user", "content": "7 people met about budgets"}],
        response_format=Meeting,
    )
    meeting = parsed.choices[0].message.parsed
    assert isinstance(meeting, Meeting) and meeting.attendees == 7
    assert api.fake.requests[-1].body["format"]["properties"]["topics"]["type"] == "array"
    plain = client.chat.completions.create(
        model=LLM_MODEL, messages=[{"role": "user", "content": "hi"}], response_format={"type": "json_object"}
    )
    assert json.loads(plain.choices[0].message.content or "") == {"answer": "echo: hi"}
    assert api.fake.requests[-1].body["format"] == "json"


# --- options, usage, content ---------------------------------------------------------------------------------
def test_sampling_options_forwarded_and_default_temperature_is_one(api: Api, client: openai.OpenAI) -> None:
    client.chat.completions.create(
        model=LLM_MODEL,
        messages=[{"role": "user", "content": "x"}],
        seed=42,
        top_p=0.5,
        presence_penalty=0.25,
        frequency_penalty=-0.5,
    )
    opts = api.fake.requests[-1].options
    assert (opts["seed"], opts["top_p"], opts["presence_penalty"], opts["frequency_penalty"]) == (
        42,
        0.5,
        0.25,
        -0.5,
    )
    assert opts["temperature"] == 1.0


def test_capped_answer_counts_usage(client: openai.OpenAI) -> None:
    for stream in (False, True):
        kwargs = {"stream": True, "stream_options": {"include_usage": True}} if stream else {}
        got = client.chat.completions.create(
            model=LLM_MODEL,
            messages=[{"role": "user", "content": "a long sentence to echo back"}],
            max_tokens=3,
            **kwargs,
        )
        if stream:
            chunks = list(got)  # type: ignore[call-overload]
            usage = chunks[-1].usage
            assert [
                c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason
            ] == ["length"]
        else:
            usage = got.usage  # type: ignore[union-attr]
            assert got.choices[0].finish_reason == "length"  # type: ignore[union-attr]
        assert usage and usage.completion_tokens == 3 and usage.prompt_tokens > 0
        assert usage.total_tokens == usage.prompt_tokens + 3


def test_content_parts_join_with_newline_and_images_are_forwarded(api: Api, client: openai.OpenAI) -> None:
    parts = [
        {"type": "text", "text": "first line"},
        {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG}"}},
        {"type": "text", "text": "second line"},
    ]
    got = client.chat.completions.create(model=LLM_MODEL, messages=[{"role": "user", "content": parts}])  # type: ignore[misc,list-item]
    assert got.choices[0].message.content == "echo: first line\nsecond line"
    sent = api.fake.requests[-1]
    assert sent.images == 1 and sent.body["messages"][0]["images"] == [PNG]


def test_image_urls_are_refused_not_fetched(client: openai.OpenAI) -> None:
    parts = [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=LLM_MODEL, messages=[{"role": "user", "content": parts}])  # type: ignore[misc,list-item]
    assert err.value.code == "invalid_image_url" and err.value.param == "messages[0].content[0].image_url"


def test_explicit_null_for_nullable_fields(http: httpx.Client) -> None:
    nulls = {
        "n": None,
        "stream": None,
        "temperature": None,
        "stop": None,
        "stream_options": None,
        "tools": None,
    }
    nulls |= {"tool_choice": None, "response_format": None, "seed": None, "max_tokens": None, "user": None}
    got = http.post(
        "/v1/chat/completions",
        json={"model": LLM_MODEL, "messages": [{"role": "user", "content": "hi"}], **nulls},
    )
    assert got.status_code == 200, got.text
    assert got.json()["choices"][0]["message"]["content"] == "echo: hi"


@pytest.mark.slow
def test_explicit_null_for_embedding_fields(http: httpx.Client) -> None:
    body = {"model": "default", "input": "hi", "encoding_format": None, "dimensions": None, "user": None}
    emb = http.post("/v1/embeddings", json=body)
    assert emb.status_code == 200, emb.text
    assert isinstance(emb.json()["data"][0]["embedding"], list)


# --- an OpenAI-compatible server behind ----------------------------------------------------------------------
@pytest.fixture
def upstream_api(extra_server: Callable[..., Api]) -> Iterator[tuple[Api, FakeOpenAI]]:
    with FakeOpenAI(models=[LLM_MODEL]) as upstream:
        api = extra_server(
            ApiConfig(run_jobs=False),
            settings={"llm_backend": "openai", "openai_base_url": upstream.url},
        )
        yield api, upstream


def test_openai_compatible_backend_forwards_tools_and_formats(upstream_api: tuple[Api, FakeOpenAI]) -> None:
    api, upstream = upstream_api
    client = api.openai()
    forced = client.chat.completions.create(
        model=LLM_MODEL,
        messages=[{"role": "user", "content": "Seoul please"}],
        tools=[WEATHER],  # type: ignore[list-item]
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        seed=7,
        top_p=0.9,
    )
    call = forced.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.id == "call_fake0" and json.loads(call.function.arguments)["city"] == "Seoul please"  # type: ignore[union-attr]
    sent = upstream.requests[-1]
    assert (
        sent["tool_choice"]["function"]["name"] == "get_weather"
        and sent["seed"] == 7
        and sent["top_p"] == 0.9
    )
    assert sent["temperature"] == 1.0
    parsed = client.chat.completions.parse(
        model=LLM_MODEL, messages=[{"role": "user", "content": "12 met"}], response_format=Meeting
    )
    assert parsed.choices[0].message.parsed and parsed.choices[0].message.parsed.attendees == 12
    assert upstream.requests[-1]["response_format"]["type"] == "json_schema"
    img = [{"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG}"}}]
    client.chat.completions.create(model=LLM_MODEL, messages=[{"role": "user", "content": img}])  # type: ignore[misc,list-item]
    assert upstream.requests[-1]["messages"][0]["content"][0]["image_url"]["url"].endswith(PNG)


# --- errors ---------------------------------------------------------------------------------------------------
def _no_server_paths(message: str) -> None:
    import sys
    from pathlib import Path

    for root in (str(Path.home()), sys.prefix, "/tmp", str(Path(__file__).parents[2])):
        assert root not in message, message


def test_missing_models_answer_model_not_found_without_paths(client: openai.OpenAI) -> None:
    with open(SPEECH_WAV, "rb") as fh, pytest.raises(openai.NotFoundError) as err:
        client.audio.transcriptions.create(file=fh, model="no-such-whisper")
    assert err.value.code == "model_not_found" and err.value.param == "model"
    assert err.value.body["type"] == "invalid_request_error"  # type: ignore[index]
    _no_server_paths(err.value.message)
    assert "\n" not in err.value.message and "Tried" not in err.value.message
    with pytest.raises(openai.NotFoundError) as err:
        client.embeddings.create(model="no-such-embedder", input="x")
    assert err.value.code == "model_not_found" and err.value.message.count("no-such-embedder") == 1
    _no_server_paths(err.value.message)
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="llama-none:1b", messages=[{"role": "user", "content": "x"}])
    assert err.value.code == "model_not_found" and err.value.message.count("ollama pull") == 1
    with pytest.raises(openai.NotFoundError) as err:
        client.models.retrieve("nope")
    assert err.value.code == "model_not_found" and err.value.param == "model"


def test_malformed_json_and_field_errors_name_a_field_or_none(http: httpx.Client) -> None:
    bad = http.post(
        "/v1/chat/completions", content=b'{"model": "x", ', headers={"Content-Type": "application/json"}
    )
    assert bad.status_code == 400
    err = bad.json()["error"]
    assert err["param"] is None and "not valid JSON" in err["message"]
    wrong = http.post(
        "/v1/chat/completions", json={"model": LLM_MODEL, "messages": [{"role": "user", "content": 5}]}
    )
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "messages[0].content"
    temp = http.post(
        "/v1/chat/completions",
        json={"model": LLM_MODEL, "temperature": 9, "messages": [{"role": "user", "content": "x"}]},
    )
    assert temp.json()["error"]["param"] == "temperature"


# --- models -----------------------------------------------------------------------------------------------------
def test_models_list_and_retrieve_every_accepted_name(api: Api, client: openai.OpenAI) -> None:
    listed = {m.id: m for m in client.models.list().data}
    for alias in (
        "whisper-1",
        "default",
        "text-embedding-3-small",
        "text-embedding-3-large",
        "text-embedding-ada-002",
    ):
        assert alias in listed, alias
        assert client.models.retrieve(alias).id == alias
    assert listed["text-embedding-3-small"].model_extra["alias_of"]  # type: ignore[index]
    assert listed["whisper-1"].model_extra["alias_of"] == api.ctx.settings.stt_model  # type: ignore[index]
    assert len(listed) == len(client.models.list().data)  # each id once
    assert client.models.retrieve(LLM_MODEL).model_extra["type"] == "llm"  # type: ignore[index]
