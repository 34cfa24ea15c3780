"""pipeline.llm_status: the LLM's state for every face (connected with model and context, down, model missing,
extractive by choice) from a real HTTP server on loopback (the fake Ollama), and the cheap TCP probe."""

from __future__ import annotations

from recordroute.pipeline.llm_status import (
    CONNECTED,
    DOWN,
    EXTRACTIVE,
    MODEL_MISSING,
    check_server,
    llm_status,
    server_reachable,
)
from recordroute.settings import Settings
from tests.fakes.fake_ollama import FakeOllama


def test_states_follow_the_server(isolated_env) -> None:
    settings = Settings.load()
    with FakeOllama(models={"qwen2.5:7b-instruct": {"context_length": 4096}, "llama3.2:3b": {}}) as fake:
        s = settings.with_overrides(ollama_host=fake.url, llm_model="qwen2.5:7b-instruct", llm_num_ctx=8192)
        up = llm_status(s, with_context=True)
        assert up.state == CONNECTED and up.server == fake.url and up.model == "qwen2.5:7b-instruct"
        assert up.context == 4096  # the server's own size wins over the 8192 setting
        assert set(up.models) >= {"qwen2.5:7b-instruct", "llama3.2:3b"}
        assert server_reachable(s) is True
        missing = llm_status(s.with_overrides(llm_model="not-pulled:1b"))
        assert missing.state == MODEL_MISSING and missing.fallback  # "auto" falls back to extractive
        status, check = check_server(s)
        assert status.state == CONNECTED and check is not None and check.context is not None
        url = fake.url
    down = llm_status(settings.with_overrides(ollama_host=url))
    assert down.state == DOWN and down.server == url and down.fallback and down.detail
    assert server_reachable(settings.with_overrides(ollama_host=url)) is False
    assert check_server(settings.with_overrides(ollama_host=url))[1] is None
    assert llm_status(settings.with_overrides(llm_backend="extractive")).state == EXTRACTIVE
    assert server_reachable(settings.with_overrides(llm_backend="extractive")) is None


def test_redo_plans() -> None:
    from recordroute.pipeline import redo

    again = redo.transcribe_again("small", "ko")
    assert again.stages[0] == "transcribe" and again.options.force and again.options.model == "small"
    speakers = redo.find_speakers_again(3, "basic")
    assert speakers.stages == ["diarize", "index"] and speakers.options.speakers == 3
    assert redo.find_speakers_again(None).options.speakers is None  # automatic count
    minutes = redo.regenerate_minutes("interview", "en", "llama3.2:3b")
    assert minutes.stages == ["summarize"] and minutes.options.llm_model == "llama3.2:3b"
    assert redo.reindex().stages == ["index"]
