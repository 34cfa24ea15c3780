"""The fake Ollama speaks the real protocol: checked through the official `ollama` client and raw HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import ollama
import pytest

from tests.fakes.fake_ollama import (
    FakeOllama,
    chat_truncate,
    fake_ollama_fixture,
    render_chat,
    runner_truncate,
    tokenize,
)

MODEL = "qwen2.5:7b-instruct"
plain_fake = fake_ollama_fixture(models=[MODEL], num_ctx_default=1024)


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    with FakeOllama(models={MODEL: {"context_length": 32768}, "llama3.2": {}}, num_ctx_default=2048) as f:
        yield f


def test_discovery_endpoints_parse_with_the_official_client(fake: FakeOllama) -> None:
    client = ollama.Client(host=fake.url)
    names = [m.model for m in client.list().models]
    assert names == [MODEL, "llama3.2:latest"]
    show = client.show(MODEL)
    assert show.modelinfo["qwen2.context_length"] == 32768
    assert httpx.get(f"{fake.url}/api/version").json()["version"]
    assert httpx.get(fake.url).text == "Ollama is running"


def test_unknown_model_is_404_with_ollamas_text(fake: FakeOllama) -> None:
    client = ollama.Client(host=fake.url)
    with pytest.raises(ollama.ResponseError) as info:
        client.chat("nope:1b", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 404
    assert info.value.error == "model 'nope:1b' not found"
    with pytest.raises(ollama.ResponseError) as info:
        client.show("nope:1b")
    assert info.value.status_code == 404


def test_streaming_is_ndjson_with_a_final_done_object(fake: FakeOllama) -> None:
    body = {"model": MODEL, "messages": [{"role": "user", "content": "Fact 0001: a\nFact 0002: b"}]}
    with httpx.stream("POST", f"{fake.url}/api/chat", json=body) as resp:
        assert resp.headers["content-type"] == "application/x-ndjson"
        lines = [json.loads(line) for line in resp.iter_lines() if line]
    assert len(lines) > 2 and all(not p["done"] for p in lines[:-1])
    final = lines[-1]
    assert final["done"] is True and final["done_reason"] == "stop"
    assert final["prompt_eval_count"] > 0 and final["eval_count"] == len(lines) - 1
    assert "".join(p["message"]["content"] for p in lines[:-1]) == "- Facts 0001–0002"


def test_non_streaming_generate_returns_one_object(fake: FakeOllama) -> None:
    client = ollama.Client(host=fake.url)
    resp = client.generate(MODEL, prompt="Fact 0007: x", system="be brief", options={"num_ctx": 4096})
    assert resp.done and resp.done_reason == "stop" and resp.response == "- Fact 0007"
    assert fake.requests[-1].num_ctx == 4096 and fake.requests[-1].stream is False


def test_num_predict_gives_done_reason_length(fake: FakeOllama) -> None:
    client = ollama.Client(host=fake.url)
    text = "\n".join(f"line {i} with Fact {i:04d} inside" for i in range(1, 200, 2))
    parts = list(
        client.chat(
            MODEL, messages=[{"role": "user", "content": text}], stream=True, options={"num_predict": 5}
        )
    )
    assert parts[-1].done_reason == "length" and parts[-1].eval_count == 5


def test_runner_truncation_drops_the_front_keeping_num_keep_tokens() -> None:
    tokens = [f"t{i}" for i in range(100)]
    kept = runner_truncate(tokens, 40, num_keep=4)
    assert len(kept) == 40 and kept[:4] == tokens[:4] and kept[4:] == tokens[64:]
    assert runner_truncate(tokens, 200) == tokens


def test_chat_truncation_drops_oldest_messages_but_keeps_system_and_last() -> None:
    msgs = [{"role": "system", "content": "rules"}]
    msgs += [{"role": "user" if i % 2 else "assistant", "content": "word " * 50} for i in range(1, 7)]
    kept = chat_truncate(msgs, 200)
    assert kept[0]["role"] == "system" and kept[-1] is msgs[-1]
    assert 1 < len(kept) < len(msgs)
    assert len(tokenize(render_chat(kept))) <= 200


def test_long_prompt_loses_its_beginning_as_in_ollama(fake: FakeOllama) -> None:
    client = ollama.Client(host=fake.url)
    text = "\n".join(f"Fact {i:04d}: the budget line {i} is 8,{i:03d} won." for i in range(1, 301))
    client.chat(
        MODEL, messages=[{"role": "system", "content": "Summarize."}, {"role": "user", "content": text}]
    )
    req = fake.requests[-1]
    assert req.num_ctx == 2048 and req.truncated and req.prompt_tokens == 2048
    assert req.prompt_tokens_sent > 2048
    assert "Fact 0300:" in req.prompt_seen and "Fact 0001:" not in req.prompt_seen
    # num_keep=4: only "<|im_start|>", "system", "\n", "Summ" survive from the head.
    assert req.prompt_seen.startswith("<|im_start|>system\nSumm\nFact ")
    # The answer can only mention what survived.
    assert "Fact 0001" not in req.response and "0300" in req.response


def test_num_ctx_is_clamped_to_the_models_context_length() -> None:
    with FakeOllama(models={"tiny:1b": {"context_length": 1024}}) as fake:
        ollama.Client(host=fake.url).chat(
            "tiny:1b", messages=[{"role": "user", "content": "hi"}], options={"num_ctx": 8192}
        )
        assert fake.requests[-1].num_ctx == 1024


def test_mid_stream_error_line_raises_in_the_client(fake: FakeOllama) -> None:
    fake.error_after_chunks = 2
    client = ollama.Client(host=fake.url)
    got = []
    with pytest.raises(ollama.ResponseError) as info:
        for part in client.chat(
            MODEL, messages=[{"role": "user", "content": "Fact 0001 Fact 0003 Fact 0005"}], stream=True
        ):
            got.append(part)
    assert len(got) == 2 and "unexpected EOF" in info.value.error


def test_pause_refuses_connections_until_resume(fake: FakeOllama) -> None:
    fake.pause()
    with pytest.raises(ConnectionError):
        ollama.Client(host=fake.url).list()
    fake.resume()
    assert ollama.Client(host=fake.url).list().models


def test_fixture_factory_starts_and_stops_a_server(plain_fake: FakeOllama) -> None:
    resp = ollama.Client(host=plain_fake.url).generate(MODEL, prompt="Fact 0100 and Fact 0101")
    assert resp.response == "- Facts 0100–0101" and plain_fake.requests[-1].num_ctx == 1024
