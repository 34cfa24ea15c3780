"""Pure parsers for the server's context: "prompt too long" in every known shape, and what servers report."""

from __future__ import annotations

import json

import pytest

from recordroute.engines.llm.context import (
    ContextCache,
    ServerContext,
    context_exceeded,
    context_from_models,
    context_from_ollama_show,
    context_from_props,
    describe_context,
    num_ctx_from_parameters,
    parse_context_error,
)


@pytest.mark.parametrize(
    ("payload", "server", "prompt"),
    [
        # llama-cpp-python: Llama's ValueError text, raw or inside its ErrorResponse
        ("Requested tokens (3485) exceed context window of 2048", 2048, 3485),
        (
            {
                "error": {
                    "message": "Requested tokens (3485) exceed context window of 2048",
                    "type": "internal_server_error",
                    "param": None,
                    "code": None,
                }
            },
            2048,
            3485,
        ),
        # llama-cpp-python's formatted 400 (chat) and OpenAI's own
        (
            {
                "error": {
                    "message": "This model's maximum context length is 2048 tokens. However, you requested 3613 "
                    "tokens (3485 in the messages, 128 in the completion). Please reduce the length of "
                    "the messages or completion.",
                    "type": "invalid_request_error",
                    "param": "messages",
                    "code": "context_length_exceeded",
                }
            },
            2048,
            3613,
        ),
        (
            {
                "error": {
                    "message": "This model's maximum context length is 8192 tokens. However, your messages "
                    "resulted in 9120 tokens. Please reduce the length of the messages.",
                    "type": "invalid_request_error",
                    "param": "messages",
                    "code": "context_length_exceeded",
                }
            },
            8192,
            9120,
        ),
        # vLLM (old and new wording)
        (
            {
                "object": "error",
                "message": "This model's maximum context length is 4096 tokens. However, you "
                "requested 5000 tokens (4000 in the messages, 1000 in the completion).",
                "type": "BadRequestError",
                "param": None,
                "code": 400,
            },
            4096,
            5000,
        ),
        (
            "This model's maximum context length is 4096 tokens. However, your request has 4500 input tokens. "
            "Please reduce the length of the input messages.",
            4096,
            4500,
        ),
        # llama.cpp server: structured, older text without numbers, newer text with them
        (
            {
                "error": {
                    "code": 400,
                    "message": "the request exceeds the available context size, try increasing it",
                    "type": "exceed_context_size_error",
                    "n_prompt_tokens": 14429,
                    "n_ctx": 8192,
                }
            },
            8192,
            14429,
        ),
        (
            {
                "code": 400,
                "message": "the request exceeds the available context size. try increasing the context "
                "size or enable context shift",
                "type": "invalid_request_error",
            },
            None,
            None,
        ),
        (
            "request (2358 tokens) exceeds the available context size (2048 tokens), try increasing it",
            2048,
            2358,
        ),
        # Ollama: its runner's text, and a llama.cpp error wrapped in Ollama's {"error": "<json>"}
        ({"error": "the input length exceeds the context length"}, None, None),
        (
            {
                "error": json.dumps(
                    {
                        "error": {
                            "code": 400,
                            "message": "request (40000 tokens) exceeds the available "
                            "context size (32768 tokens)",
                            "type": "exceed_context_size_error",
                        }
                    }
                )
            },
            32768,
            40000,
        ),
        # numbers with thousands separators
        (
            "This model's maximum context length is 128,000 tokens. However, your messages resulted in 130,512 "
            "tokens.",
            128000,
            130512,
        ),
    ],
)
def test_known_context_errors_are_recognized_with_their_sizes(
    payload: object, server: int | None, prompt: int | None
) -> None:
    found = parse_context_error(payload)
    assert found is not None
    assert (found.server_ctx, found.prompt_tokens) == (server, prompt)
    assert found.message


@pytest.mark.parametrize(
    "payload",
    [
        "model crashed",
        {"error": {"message": "model crashed", "type": "server_error"}},
        {"error": "model 'x' not found"},
        {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "code": 401}},
        "",
        {"error": None},
        ["not", "a", "dict"],
        "{not json",
    ],
)
def test_other_errors_are_not_context_errors(payload: object) -> None:
    assert parse_context_error(payload) is None


def test_the_error_names_both_sizes_and_what_to_do() -> None:
    found = parse_context_error("Requested tokens (3485) exceed context window of 2048")
    assert found is not None
    err = context_exceeded(found, used=8192, where="the server at http://x/v1")
    assert (err.used, err.server, err.prompt_tokens) == (8192, 2048, 3485)
    text = err.user_text()
    assert "8192" in text and "2048" in text and "3485" in text
    assert "llm_num_ctx" in err.hint and "2048" in err.hint
    unknown = context_exceeded(parse_context_error("prompt is too long") or found, used=4096, where="Ollama")
    assert unknown.server is None and "4096" in unknown.user_text() and "did not say" in unknown.message


def test_server_reports() -> None:
    assert (
        context_from_props({"default_generation_settings": {"n_ctx": 2048, "params": {}}, "total_slots": 1})
        == 2048
    )
    assert context_from_props({"n_ctx": 4096, "default_generation_settings": {"params": {}}}) == 4096
    assert context_from_props({"default_generation_settings": {"n_ctx": "junk"}}) is None
    assert context_from_props(["odd"]) is None and context_from_props({}) is None
    models = {
        "object": "list",
        "data": [{"id": "a", "max_model_len": 4096}, {"id": "b", "max_model_len": 32768}],
    }
    assert context_from_models(models, "b") == 32768
    assert context_from_models(models, "c") is None  # several cards, none of them ours
    assert context_from_models({"data": [{"id": "/m/x.gguf", "max_model_len": 2048}]}, "alias") == 2048
    assert context_from_models({"data": [{"id": "a", "object": "model"}]}, "a") is None
    assert context_from_models({"data": "nope"}, "a") is None and context_from_models(None, "a") is None
    assert context_from_ollama_show({"general.architecture": "qwen2", "qwen2.context_length": 32768}) == 32768
    assert context_from_ollama_show({"llama.context_length": 131072}) == 131072
    assert context_from_ollama_show({}) is None and context_from_ollama_show(None) is None
    assert num_ctx_from_parameters('num_ctx                        4096\nstop "<|im_end|>"') == 4096
    assert num_ctx_from_parameters('stop "<|im_end|>"') is None and num_ctx_from_parameters(None) is None


def test_describe_names_both_sizes_and_the_one_used() -> None:
    assert describe_context(8192, ServerContext(2048, "/props")) == (
        "2048 tokens (server, /props) / 8192 (setting) → using 2048"
    )
    assert "using 4096" in describe_context(4096, ServerContext(32768, "/api/show"))
    assert describe_context(8192, ServerContext(None, "")).startswith(
        "8192 tokens (setting; the server does not"
    )
    assert "did not answer" in describe_context(8192, ServerContext(None, ""), reachable=False)


def test_cache_keeps_probes_learns_from_errors_and_does_not_cache_unreachable() -> None:
    cache = ContextCache()
    calls: list[int] = []

    def probe() -> ServerContext | None:
        calls.append(1)
        return ServerContext(4096, "/props")

    assert cache.get(("h", "m"), probe).size == 4096
    assert cache.get(("h", "m"), probe).size == 4096 and len(calls) == 1
    cache.learn(("h", "m"), 2048)
    assert cache.get(("h", "m"), probe) == ServerContext(2048, "error reply")
    assert cache.get(("h", "other"), lambda: None) == ServerContext(None, "")
    assert cache.get(("h", "other"), probe).size == 4096  # the unreachable answer was not kept
