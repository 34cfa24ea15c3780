"""OllamaBackend through the real `ollama` client against the fake server over HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from recordroute.engines.llm import ChatMessage, GenOptions, OllamaBackend
from recordroute.errors import Cancelled, LLMError, LLMModelMissing, LLMTruncated, LLMUnavailable
from recordroute.progress import CancelToken
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"
FACTS = "\n".join(f"Fact {i:04d}: the budget line {i} is 8,{i:03d} won." for i in range(1, 40, 2))
MSGS = [ChatMessage("system", "You summarize."), ChatMessage("user", FACTS)]


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    with FakeOllama(models={MODEL: {}}, num_ctx_default=2048) as f:
        yield f


def backend(fake: FakeOllama, **kw: object) -> OllamaBackend:
    kw.setdefault("backoff", 0.05)
    return OllamaBackend(MODEL, host=fake.url, num_ctx=8192, **kw)  # type: ignore[arg-type]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_streaming_generate_sends_num_ctx_and_streams_tokens(fake: FakeOllama) -> None:
    tokens: list[str] = []
    res = backend(fake).generate(
        MSGS, options=GenOptions(temperature=0.2, max_tokens=500), on_token=tokens.append
    )
    assert res.text.splitlines() == [f"- Fact {i:04d}" for i in range(1, 40, 2)]
    assert "".join(tokens) == res.text and len(tokens) > 3
    assert res.done_reason == "stop" and res.backend == "ollama" and res.model == MODEL
    req = fake.requests[-1]
    assert req.endpoint == "/api/chat" and req.stream is True
    assert req.options == {"temperature": 0.2, "num_ctx": 8192, "num_predict": 500}
    assert req.num_ctx == 8192 and not req.truncated
    assert res.prompt_tokens == req.prompt_tokens and res.completion_tokens == len(tokens)


def test_non_streaming_mode(fake: FakeOllama) -> None:
    res = backend(fake, stream=False).generate(MSGS, options=GenOptions(num_ctx=4096))
    assert "Fact 0039" in res.text and fake.requests[-1].stream is False
    assert fake.requests[-1].options["num_ctx"] == 4096


def test_unknown_model_maps_to_model_missing_with_pull_hint(fake: FakeOllama) -> None:
    be = OllamaBackend("llama9:70b", host=fake.url, backoff=0.01)
    with pytest.raises(LLMModelMissing) as info:
        be.generate(MSGS, options=GenOptions())
    assert "ollama pull llama9:70b" in info.value.user_text()
    assert len(fake.requests) == 1  # not retried
    status = be.health()
    assert not status.ok and "ollama pull llama9:70b" in status.detail and MODEL in status.models


def test_error_object_mid_stream_is_a_failure(fake: FakeOllama) -> None:
    fake.error_after_chunks = 3
    tokens: list[str] = []
    with pytest.raises(LLMError) as info:
        backend(fake).generate(MSGS, options=GenOptions(), on_token=tokens.append)
    assert not isinstance(info.value, (LLMTruncated, LLMUnavailable))
    assert "unexpected EOF" in info.value.message and len(tokens) == 3
    assert len(fake.requests) == 1  # an answer that started is not retried


@pytest.mark.parametrize("stream", [True, False])
def test_length_limit_is_truncation_never_success(fake: FakeOllama, stream: bool) -> None:
    with pytest.raises(LLMTruncated) as info:
        backend(fake, stream=stream).generate(MSGS, options=GenOptions(max_tokens=4))
    assert fake.requests[-1].done_reason == "length"
    assert info.value.partial
    fake.force_done_reason = "length"
    with pytest.raises(LLMTruncated):
        backend(fake, stream=stream).generate(MSGS, options=GenOptions())


def test_transient_503s_are_retried_then_succeed(fake: FakeOllama) -> None:
    fake.fail_first = 2
    res = backend(fake).generate(MSGS, options=GenOptions())
    assert "Fact 0001" in res.text
    assert [r.status for r in fake.requests] == [503, 503, 200]


def test_persistent_503_gives_unavailable_after_three_retries(fake: FakeOllama) -> None:
    fake.fail_first = 100
    with pytest.raises(LLMUnavailable) as info:
        backend(fake).generate(MSGS, options=GenOptions())
    assert len(fake.requests) == 4 and "busy" in info.value.message


def test_connection_refused_is_retried_until_the_server_is_back(fake: FakeOllama) -> None:
    fake.pause()
    fake.resume(after=0.25)
    t0 = time.monotonic()
    res = backend(fake, backoff=0.1).generate(MSGS, options=GenOptions())  # waits 0.1, 0.2, 0.4 s
    assert "Fact 0001" in res.text and time.monotonic() - t0 >= 0.25


def test_no_server_at_all_is_unavailable() -> None:
    be = OllamaBackend(MODEL, host=f"http://127.0.0.1:{closed_port()}", backoff=0.01)
    with pytest.raises(LLMUnavailable) as info:
        be.generate(MSGS, options=GenOptions())
    assert "cannot reach Ollama" in info.value.message and "ollama serve" in info.value.hint
    assert not be.health().ok


def test_connection_drop_mid_answer_is_an_error(fake: FakeOllama) -> None:
    fake.drop_after_chunks = 2
    with pytest.raises(LLMError) as info:
        backend(fake).generate(MSGS, options=GenOptions())
    assert "dropped" in info.value.message


def test_drop_before_any_token_is_retried(fake: FakeOllama) -> None:
    fake.drop_after_chunks = 0
    with pytest.raises(LLMUnavailable):
        backend(fake).generate(MSGS, options=GenOptions())
    assert len(fake.requests) == 4


def test_cancel_stops_a_slow_answer_promptly(fake: FakeOllama) -> None:
    fake.token_delay = 0.05  # ~20 tokens/s
    cancel = CancelToken()
    tokens: list[str] = []

    def on_token(t: str) -> None:
        tokens.append(t)
        if len(tokens) == 2:
            threading.Timer(0.05, cancel.cancel).start()

    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        backend(fake).generate(MSGS, options=GenOptions(), on_token=on_token, cancel=cancel)
    assert time.monotonic() - t0 < 1.0
    deadline = time.monotonic() + 2
    while not (fake.requests and fake.requests[-1].status == 499) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert fake.requests[-1].status == 499  # the server saw the client hang up before the end
    assert len(fake.requests[-1].response) > len("".join(tokens))  # and stopped before the whole answer


def test_honours_ollama_host_and_lists_models(fake: FakeOllama, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", fake.url)
    be = OllamaBackend(MODEL)
    assert be.host == fake.url and be.label == f"ollama · {MODEL}"
    assert be.list_models() == [MODEL]
    assert be.health().ok
    assert be.model_context_length() == 32768


def test_stream_iterator(fake: FakeOllama) -> None:
    pieces = list(backend(fake).stream(MSGS, options=GenOptions()))
    assert "".join(pieces).startswith("- Fact")
    fake.error_after_chunks = 1
    with pytest.raises(LLMError):
        list(backend(fake).stream(MSGS, options=GenOptions()))


def test_a_prompt_cut_by_ollama_is_truncation_not_success(fake: FakeOllama) -> None:
    huge = "\n".join(f"Fact {i:04d}: the budget line {i} is 8,{i % 1000:03d} won." for i in range(1, 400))
    with pytest.raises(LLMTruncated) as info:
        backend(fake).generate([ChatMessage("user", huge)], options=GenOptions(num_ctx=2048))
    assert fake.requests[-1].truncated and "dropped its beginning" in info.value.message


def test_effective_context_follows_the_models_trained_context() -> None:
    with FakeOllama(models={"small:1b": {"context_length": 4096}}) as fake:
        be = OllamaBackend("small:1b", host=fake.url, num_ctx=8192)
        assert be.context_tokens == 8192 and be.effective_context() == 4096
        assert OllamaBackend("small:1b", host=fake.url, num_ctx=2048).effective_context() == 2048
        with pytest.raises(LLMModelMissing):
            OllamaBackend("absent:1b", host=fake.url).effective_context()
    assert (
        OllamaBackend("x", host=f"http://127.0.0.1:{closed_port()}", num_ctx=3000).effective_context() == 3000
    )
