"""OpenAIBackend (httpx + SSE) against the fake OpenAI-compatible server; the fake is checked with `openai`."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import openai
import pytest

from recordroute.engines.llm import ChatMessage, GenOptions, OpenAIBackend
from recordroute.errors import LLMError, LLMModelMissing, LLMTruncated, LLMUnavailable
from tests.fakes.fake_openai import FakeOpenAI

MSGS = [ChatMessage("system", "Be brief."), ChatMessage("user", "Fact 0010: a\nFact 0011: b\nFact 0020: c")]


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(models=["local-model"], api_key="sekret") as f:
        yield f


def backend(fake: FakeOpenAI, **kw: object) -> OpenAIBackend:
    kw.setdefault("api_key", "sekret")
    return OpenAIBackend("local-model", base_url=fake.url, backoff=0.02, **kw)  # type: ignore[arg-type]


def test_the_fake_speaks_the_protocol_of_the_official_client(fake: FakeOpenAI) -> None:
    client = openai.OpenAI(base_url=fake.url, api_key="sekret")
    assert [m.id for m in client.models.list()] == ["local-model"]
    chunks = list(
        client.chat.completions.create(model="local-model", messages=[m.to_dict() for m in MSGS], stream=True)
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "- Facts 0010–0011\n- Fact 0020"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_streams_sse_and_returns_the_text(fake: FakeOpenAI) -> None:
    tokens: list[str] = []
    res = backend(fake).generate(
        MSGS, options=GenOptions(temperature=0.2, max_tokens=300), on_token=tokens.append
    )
    assert res.text == "- Facts 0010–0011\n- Fact 0020" and "".join(tokens) == res.text
    assert res.done_reason == "stop" and res.completion_tokens == len(tokens) and res.backend == "openai"
    sent = fake.requests[-1]
    assert sent["stream"] is True and sent["max_tokens"] == 300 and sent["temperature"] == 0.2


def test_finish_reason_length_is_truncation(fake: FakeOpenAI) -> None:
    with pytest.raises(LLMTruncated):
        backend(fake).generate(MSGS, options=GenOptions(max_tokens=3))


def test_bad_key_unknown_model_and_wrong_path(fake: FakeOpenAI) -> None:
    with pytest.raises(LLMError) as info:
        backend(fake, api_key="wrong").generate(MSGS, options=GenOptions())
    assert "API key" in info.value.message
    with pytest.raises(LLMModelMissing):
        OpenAIBackend("gpt-9", base_url=fake.url, api_key="sekret").generate(MSGS, options=GenOptions())
    with pytest.raises(LLMError) as info:
        OpenAIBackend("local-model", base_url=fake.url[:-3], api_key="sekret").generate(
            MSGS, options=GenOptions()
        )
    assert "/v1" in info.value.hint


def test_retries_503_then_succeeds_and_gives_up_eventually(fake: FakeOpenAI) -> None:
    fake.fail_first = 2
    assert backend(fake).generate(MSGS, options=GenOptions()).text
    assert len(fake.requests) == 3
    fake.fail_first = 100
    with pytest.raises(LLMUnavailable):
        backend(fake).generate(MSGS, options=GenOptions())


def test_mid_stream_error_and_drop(fake: FakeOpenAI) -> None:
    fake.error_after_chunks = 2
    with pytest.raises(LLMError) as info:
        backend(fake).generate(MSGS, options=GenOptions())
    assert "model crashed" in info.value.message
    fake.error_after_chunks = None
    fake.drop_after_chunks = 2
    with pytest.raises(LLMError) as info:
        backend(fake).generate(MSGS, options=GenOptions())
    assert "dropped" in info.value.message


def test_models_health_and_unreachable(fake: FakeOpenAI) -> None:
    be = backend(fake)
    assert be.list_models() == ["local-model"] and be.health().ok
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dead = OpenAIBackend("m", base_url=f"http://127.0.0.1:{port}/v1", backoff=0.01)
    assert not dead.health().ok
    with pytest.raises(LLMUnavailable):
        dead.generate(MSGS, options=GenOptions())


def test_the_fakes_context_errors_read_as_the_official_client_reads_them(fake: FakeOpenAI) -> None:
    """llama-cpp-python's mid-stream error event makes the SDK raise with the server's text; the 400 shapes
    carry OpenAI's code; llama-server's `error:` SSE line is a field the SDK does not read (hence our parser)."""
    client = openai.OpenAI(base_url=fake.url, api_key="sekret", max_retries=0)
    fake.n_ctx = 64
    long = [{"role": "user", "content": "word " * 200}]
    with pytest.raises(openai.APIError) as err:
        list(client.chat.completions.create(model="local-model", messages=long, stream=True))
    assert "Requested tokens (" in err.value.message and "exceed context window of 64" in err.value.message
    fake.context_error = "openai"
    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model="local-model", messages=long)
    assert bad.value.code == "context_length_exceeded"
    fake.context_error = "vllm"
    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model="local-model", messages=long, max_tokens=10)
    assert "maximum context length is 64 tokens" in str(bad.value.body)
    fake.max_model_len = fake.props = True
    assert client.models.list().data[0].model_extra["max_model_len"] == 64
    props = httpx.get(f"http://127.0.0.1:{fake.port}/props").json()
    assert props["default_generation_settings"]["n_ctx"] == 64
