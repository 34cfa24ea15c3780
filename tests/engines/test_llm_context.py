"""The context the app plans with follows the server's real one: Ollama's /api/show, llama.cpp's /props, vLLM's
max_model_len, and "prompt too long" replies (one retry at the server's size). Real HTTP to the fakes."""

from __future__ import annotations

import logging

import pytest

from recordroute.engines.llm import (
    ChatMessage,
    GenOptions,
    OllamaBackend,
    OpenAIBackend,
    correct_transcript,
    get_template,
    summarize,
)
from recordroute.errors import LLMContextExceeded
from recordroute.progress import Progress
from recordroute.transcript import Segment as Seg
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.fake_openai import FakeOpenAI

TEMPLATE = get_template("minutes", "en")


def transcript(minutes: int) -> list[Seg]:
    return [
        Seg(i * 10.0, i * 10.0 + 10.0, f"Fact {i + 1:04d}: the budget line {i + 1} is 8,{i:03d} won.")
        for i in range(minutes * 6)
    ]


def long_prompt(facts: int = 400) -> list[ChatMessage]:
    body = "\n".join(f"Fact {i:04d}: the budget line {i} is approved." for i in range(facts))
    return [ChatMessage("system", "Be brief."), ChatMessage("user", body)]


# --- Ollama ------------------------------------------------------------------------------------------------------
def test_ollama_model_with_a_smaller_context_is_clamped_everywhere() -> None:
    with FakeOllama(models={"small:1b": {"context_length": 2048, "num_ctx": 1024}}) as fake:
        backend = OllamaBackend("small:1b", host=fake.url, num_ctx=8192)
        info = backend.server_context()
        assert (info.size, info.source, info.model_default) == (2048, "/api/show", 1024)
        assert backend.effective_context() == 2048
        result = summarize(transcript(30), backend=backend, template=TEMPLATE, language="en")
        assert "- Facts 0001–0180" in result.markdown
        assert {r.options["num_ctx"] for r in fake.requests} == {2048}
        assert not any(r.truncated for r in fake.requests)
        assert sum(1 for _m, path, _s in fake.log if path == "/api/show") == 1  # cached per host and model
        fake.reset()
        # A caller passing the setting (the API, ask) is clamped too; no num_ctx means the server's size.
        backend.generate(long_prompt(5), options=GenOptions(num_ctx=8192))
        backend.generate(long_prompt(5), options=GenOptions())
        assert [r.options["num_ctx"] for r in fake.requests] == [2048, 2048]
        assert not any(path == "/api/show" for _m, path, _s in fake.log)


def test_ollama_without_a_context_length_keeps_the_setting() -> None:
    with FakeOllama(models={"big:7b": {"context_length": 131072}}) as fake:
        backend = OllamaBackend("big:7b", host=fake.url, num_ctx=8192)
        assert backend.effective_context() == 8192
        backend.generate(long_prompt(5), options=GenOptions())
        assert fake.requests[-1].options["num_ctx"] == 8192


# --- OpenAI-compatible servers -------------------------------------------------------------------------------------
def test_mid_stream_context_error_is_retried_once_at_the_servers_size(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """llama-cpp-python at -c 2048, the app at 8192: the issue's case. The stream's error event is recognized,
    the summary is planned again for 2048 and succeeds; the log and the warnings name both sizes."""
    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx = 2048  # no /props, no max_model_len: only the error tells
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192, backoff=0.01)
        assert backend.effective_context() == 8192
        seen: list[float] = []
        resets: list[int] = []
        with caplog.at_level(logging.WARNING):
            result = summarize(
                transcript(30),
                backend=backend,
                template=TEMPLATE,
                language="en",
                progress=lambda p: seen.append(p.fraction),
                on_token=lambda t: None,
                on_reset=lambda: resets.append(1),
            )
        assert "- Facts 0001–0180" in result.markdown
        assert fake.context_errors == 1 and fake.prompt_tokens[0] >= 2048
        assert all(n < 2048 for n in fake.prompt_tokens[1:]) and len(fake.prompt_tokens) >= 3
        note = result.warnings[0]
        assert "2048" in note and "8192" in note
        assert any("2048" in r.getMessage() and "8192" in r.getMessage() for r in caplog.records)
        assert seen == sorted(seen) and resets  # progress never went back; the failed stream was reset
        assert backend.effective_context() == 2048  # learned for the next run
        assert backend.server_context().source == "error reply"


@pytest.mark.parametrize("style", ["llama-cpp-python", "llama.cpp-stream", "llama.cpp", "vllm", "openai"])
def test_every_servers_context_error_names_both_sizes(style: str) -> None:
    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx, fake.context_error = 1024, style
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192, backoff=0.01)
        with pytest.raises(LLMContextExceeded) as info:
            backend.generate(long_prompt(), options=GenOptions(num_ctx=8192, max_tokens=256))
        err = info.value
        assert (err.used, err.server) == (8192, 1024)
        assert "8192" in err.user_text() and "1024" in err.user_text()
        assert "finish reason" not in err.message
        assert len(fake.requests) == 1  # a prompt that is too long is never retried unchanged


def test_a_server_that_keeps_refusing_fails_with_both_sizes() -> None:
    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx, fake.report_n_ctx = 700, 2048  # says 2048, fits far less
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192, backoff=0.01)
        with pytest.raises(LLMContextExceeded) as info:
            summarize(transcript(30), backend=backend, template=TEMPLATE, language="en")
        err = info.value
        assert fake.context_errors == 2  # the first try and exactly one retry
        assert "8192" in err.message and "2048" in err.message and "retry" in err.message
        assert "2048" in err.hint


@pytest.mark.parametrize("where", ["props", "props_top_level", "max_model_len"])
def test_a_reported_context_is_used_before_anything_fails(where: str) -> None:
    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx, fake.context_error = 2048, "llama.cpp"
        fake.props = where.startswith("props")
        fake.props_top_level = where == "props_top_level"
        fake.max_model_len = where == "max_model_len"
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192)
        info = backend.server_context()
        assert info.size == 2048 and info.source == ("/props" if fake.props else "/v1/models max_model_len")
        result = summarize(transcript(30), backend=backend, template=TEMPLATE, language="en")
        assert "- Facts 0001–0180" in result.markdown
        assert fake.context_errors == 0 and not result.warnings


def test_missing_or_odd_reports_fall_back_to_the_setting() -> None:
    with FakeOpenAI(models=["m"]) as fake:
        fake.props = True  # /props answers, but without any n_ctx
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=4096)
        assert backend.server_context().size is None and backend.effective_context() == 4096
    with FakeOpenAI(models=["m"]) as fake:  # /props is a 404 (llama-cpp-python, LM Studio)
        assert OpenAIBackend("m", base_url=fake.url, num_ctx=4096).effective_context() == 4096
    port = fake.port  # closed now: unreachable is "not reported", never a crash
    assert (
        OpenAIBackend("m", base_url=f"http://127.0.0.1:{port}/v1", num_ctx=4096).effective_context() == 4096
    )


def test_correction_is_replanned_for_the_servers_context() -> None:
    segs = [
        Seg(i, i + 1, f"line {i}: we run ollama with pyside6 and whisper, version {i}.") for i in range(200)
    ]
    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx, fake.context_error = 1024, "llama.cpp-stream"
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192, backoff=0.01)
        warnings: list[str] = []
        progress: list[Progress] = []
        fixed = correct_transcript(
            segs,
            backend=backend,
            vocabulary=["Ollama"],
            language="en",
            warnings=warnings,
            progress=progress.append,
        )
        assert fake.context_errors == 1
        assert all("Ollama" in fixed[i] and f"version {i}." in fixed[i] for i in range(200))
        assert "1024" in warnings[0] and "8192" in warnings[0]
        fractions = [p.fraction for p in progress]
        assert fractions == sorted(fractions)


def test_a_stream_that_ends_silently_is_asked_again_plainly_and_the_context_learned() -> None:
    """llama-cpp-python at -c 2048, the app planning 8192: the stream ends with no token, no error and no finish
    reason. The app asks once more without streaming, reads the 400's context size and plans again for it."""
    from tests.fakes.fake_openai import SILENT_STREAM

    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx, fake.context_error = 2048, SILENT_STREAM
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192, backoff=0.01)
        result = summarize(transcript(30), backend=backend, template=TEMPLATE, language="en")
        assert "- Facts 0001–0180" in result.markdown
        plain = [r for r in fake.requests if not r.get("stream")]
        assert len(plain) == 1 and plain[0]["messages"] == fake.requests[0]["messages"]  # the same request
        assert fake.context_errors == 2  # the silent stream, then its plain 400
        assert all(n < 2048 for n in fake.prompt_tokens[2:])
        assert backend.effective_context() == 2048 and "2048" in result.warnings[0]


def test_a_silent_stream_that_fits_gets_its_answer_without_streaming() -> None:
    with FakeOpenAI(models=["m"]) as fake:
        fake.silent_stream = True  # every stream ends after its role chunk, whatever the prompt
        backend = OpenAIBackend("m", base_url=fake.url, num_ctx=8192, backoff=0.01)
        result = backend.generate(long_prompt(5), options=GenOptions(max_tokens=64))
        assert result.text.strip() and result.done_reason in ("stop", "length")
        assert [bool(r.get("stream")) for r in fake.requests] == [True, False]
