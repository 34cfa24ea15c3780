"""/v1/chat/completions (against the fake Ollama server) and /v1/embeddings (the real MiniLM model)."""

from __future__ import annotations

import base64
import socket
from collections.abc import Callable

import httpx
import numpy as np
import openai
import pytest

from recordroute.api.config import ApiConfig
from recordroute.engines.embed import get_embedder
from tests.api.conftest import LLM_MODEL, Api


# --- chat ---------------------------------------------------------------------------------------------------------
def test_chat_completion(api: Api, client: openai.OpenAI) -> None:
    result = client.chat.completions.create(
        model=LLM_MODEL,
        messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello there"}],
        temperature=0.1,
    )
    assert result.object == "chat.completion"
    assert result.choices[0].message.role == "assistant"
    assert result.choices[0].message.content == "echo: hello there"
    assert result.choices[0].finish_reason == "stop"
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert result.usage.total_tokens == result.usage.prompt_tokens + result.usage.completion_tokens
    sent = api.fake.requests[-1]
    assert sent.messages_sent[0] == {"role": "system", "content": "be brief"}
    assert sent.options["temperature"] == pytest.approx(0.1)


def test_chat_completion_streamed(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=LLM_MODEL,
        messages=[{"role": "user", "content": "stream me a few words please"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    pieces = [c.choices[0].delta.content or "" for c in chunks if c.choices]
    assert len([p for p in pieces if p]) > 3  # really streamed token by token
    assert "".join(pieces) == "echo: stream me a few words please"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_chat_stream_ends_with_done_marker(api: Api, http: httpx.Client) -> None:
    with http.stream(
        "POST",
        "/v1/chat/completions",
        json={"model": LLM_MODEL, "stream": True, "messages": [{"role": "user", "content": "hi"}]},
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"


def test_chat_max_tokens_gives_finish_reason_length(client: openai.OpenAI) -> None:
    result = client.chat.completions.create(
        model=LLM_MODEL,
        messages=[{"role": "user", "content": "a long sentence to echo back in full"}],
        max_tokens=3,
    )
    assert result.choices[0].finish_reason == "length"
    assert result.choices[0].message.content.startswith("echo")


def test_chat_unknown_model_is_404(client: openai.OpenAI) -> None:
    for stream in (False, True):
        with pytest.raises(openai.NotFoundError) as err:
            client.chat.completions.create(
                model="llama-none:1b", messages=[{"role": "user", "content": "x"}], stream=stream
            )
        assert err.value.body["code"] == "model_not_found"
        assert "ollama pull" in err.value.body["message"]


def test_chat_backend_down_is_503(extra_server: Callable[..., Api]) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    api = extra_server(ollama_url=dead)
    with pytest.raises(openai.APIStatusError) as err:
        api.openai().chat.completions.create(model=LLM_MODEL, messages=[{"role": "user", "content": "x"}])
    assert err.value.status_code == 503
    assert err.value.body["type"] == "backend_unavailable"


def test_chat_bad_requests_are_400(http: httpx.Client) -> None:
    assert http.post("/v1/chat/completions", json={"model": LLM_MODEL, "messages": []}).status_code == 400
    assert (
        http.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "x"}]}).status_code
        == 400
    )
    r = http.post("/v1/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    r = http.post(
        "/v1/chat/completions",
        json={"model": LLM_MODEL, "n": 3, "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 400 and r.json()["error"]["param"] == "n"


def test_json_body_limit_is_413(extra_server: Callable[..., Api]) -> None:
    api = extra_server(ApiConfig(max_body_bytes=10_000, run_jobs=False))
    with api.http() as http:
        r = http.post("/v1/embeddings", json={"model": "default", "input": "x" * 20_000})
    assert r.status_code == 413


# --- embeddings --------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_embeddings_string_and_list(api: Api, client: openai.OpenAI) -> None:
    one = client.embeddings.create(
        input="the budget for the new office", model="text-embedding-3-small", encoding_format="float"
    )
    assert len(one.data) == 1 and len(one.data[0].embedding) == 384
    assert one.usage.prompt_tokens > 0 and one.usage.total_tokens == one.usage.prompt_tokens
    many = client.embeddings.create(
        input=["the budget for the new office", "server costs", "travel policy"],
        model="all-MiniLM-L6-v2-int8",
        encoding_format="float",
    )
    assert [d.index for d in many.data] == [0, 1, 2]
    vecs = np.array([d.embedding for d in many.data])
    assert vecs.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    # Same numbers as the in-process engine: the named model, and the default for an OpenAI model name.
    direct = get_embedder("all-MiniLM-L6-v2-int8").embed(["the budget for the new office", "server costs"])
    np.testing.assert_allclose(vecs[:2], direct, atol=1e-5)
    default = get_embedder(api.ctx.settings.embed_model).embed(["the budget for the new office"])[0]
    np.testing.assert_allclose(one.data[0].embedding, default, atol=1e-5)


@pytest.mark.slow
def test_embeddings_base64_is_little_endian_float32(client: openai.OpenAI, http: httpx.Client) -> None:
    text = "weekly planning meeting"
    raw = http.post(
        "/v1/embeddings", json={"model": "default", "input": text, "encoding_format": "base64"}
    ).json()
    vec = np.frombuffer(base64.b64decode(raw["data"][0]["embedding"]), dtype="<f4")
    assert vec.shape == (384,)
    floats = http.post("/v1/embeddings", json={"model": "default", "input": text}).json()
    np.testing.assert_allclose(vec, floats["data"][0]["embedding"], atol=1e-7)
    # Asked explicitly, the SDK hands the base64 string through; by default it asks for base64 and decodes it.
    explicit = client.embeddings.create(input=text, model="default", encoding_format="base64")
    np.testing.assert_array_equal(
        np.frombuffer(base64.b64decode(explicit.data[0].embedding), dtype="<f4"), vec
    )
    default = client.embeddings.create(input=text, model="default")
    np.testing.assert_allclose(np.asarray(default.data[0].embedding, dtype=np.float32), vec, atol=1e-7)


@pytest.mark.slow
def test_embeddings_cache_hits(api: Api, http: httpx.Client) -> None:
    cache = api.server.app.state.api.serving.embed_cache
    before = cache.hits
    body = {"model": "default", "input": ["a cached sentence", "another cached sentence"]}
    first = http.post("/v1/embeddings", json=body).json()
    second = http.post("/v1/embeddings", json=body).json()
    assert cache.hits - before >= 2
    assert first["data"] == second["data"]


def test_embeddings_token_arrays_are_rejected(http: httpx.Client) -> None:
    for bad in ([1, 2, 3], [[1, 2], [3, 4]]):
        r = http.post("/v1/embeddings", json={"model": "default", "input": bad})
        assert r.status_code == 400
        assert "token-id arrays are not supported" in r.json()["error"]["message"]


@pytest.mark.slow
def test_embeddings_errors(http: httpx.Client) -> None:
    assert http.post("/v1/embeddings", json={"model": "default", "input": []}).status_code == 400
    r = http.post("/v1/embeddings", json={"model": "no-such-embedder", "input": "x"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"
    r = http.post("/v1/embeddings", json={"model": "/etc", "input": "x"})
    assert r.status_code == 400
    r = http.post("/v1/embeddings", json={"model": "default", "input": "x", "dimensions": 256})
    assert r.status_code == 400 and r.json()["error"]["param"] == "dimensions"
    r = http.post("/v1/embeddings", json={"model": "default", "input": "x", "encoding_format": "int8"})
    assert r.status_code == 400


def test_chat_context_error_upstream_is_openais_context_length_exceeded(
    extra_server: Callable[..., Api],
) -> None:
    """An upstream llama-cpp-python server at 512 tokens, the app set to 8192: an SDK client gets OpenAI's own
    400 context_length_exceeded naming both sizes, streamed or not."""
    from tests.fakes.fake_openai import FakeOpenAI

    with FakeOpenAI(models=[LLM_MODEL]) as upstream:
        upstream.n_ctx = 512
        api = extra_server(
            settings={"llm_backend": "openai", "openai_base_url": upstream.url, "llm_num_ctx": 8192}
        )
        long = " ".join(f"word{i}" for i in range(600))
        for stream in (False, True):
            with pytest.raises(openai.BadRequestError) as err:
                api.openai().chat.completions.create(
                    model=LLM_MODEL, messages=[{"role": "user", "content": long}], stream=stream
                )
            body = err.value.body
            assert body["code"] == "context_length_exceeded" and body["param"] == "messages"
            assert "8192" in body["message"] and "512" in body["message"]
        assert upstream.context_errors == 2
