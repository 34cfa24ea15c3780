"""The catalogue matches faster-whisper's own repositories; file selection; Ollama pulls and the recommendation."""

from __future__ import annotations

import threading
import time

import pytest

from recordroute.engines.models import ollama as om
from recordroute.engines.models.catalog import SPEECH_CATALOG, is_repo_id, korean_sizes, lookup
from recordroute.engines.models.hub import RemoteFile
from recordroute.engines.models.install import select_files
from recordroute.errors import Cancelled
from recordroute.progress import CancelToken
from tests.fakes.fake_ollama import FakeOllama


def test_speech_catalogue_uses_faster_whispers_repositories() -> None:
    from faster_whisper.utils import _MODELS

    names = [e.name for e in SPEECH_CATALOG]
    assert names == [
        "tiny",
        "tiny.en",
        "base",
        "base.en",
        "small",
        "medium",
        "large-v3",
        "large-v3-turbo",
        "distil-large-v3",
    ]
    for entry in SPEECH_CATALOG:
        assert entry.repo == _MODELS[entry.name], entry.name
        assert entry.size > 0 and entry.note and entry.languages
    assert set(korean_sizes()) == {"small", "medium", "large-v3", "large-v3-turbo"}
    assert lookup("SYSTRAN/faster-whisper-small").name == "small"  # type: ignore[union-attr]
    assert is_repo_id("owner/name") and not is_repo_id("./models/x") and not is_repo_id("/abs/path")


def _files(*paths: str) -> tuple[RemoteFile, ...]:
    return tuple(RemoteFile(p, 10, None, "0" * 40) for p in paths)


def test_file_selection_takes_what_a_model_needs() -> None:
    speech = select_files(
        "speech",
        _files(
            "model.bin",
            "config.json",
            "vocabulary.json",
            "tokenizer.json",
            "README.md",
            ".gitattributes",
            "extra/model.bin",
        ),
    )
    assert sorted(f.path for f in speech) == ["config.json", "model.bin", "tokenizer.json", "vocabulary.json"]
    embed = select_files(
        "embedding",
        _files(
            "onnx/model.onnx",
            "onnx/model_O4.onnx",
            "onnx/model_qint8.onnx",
            "onnx/model.onnx_data",
            "tokenizer.json",
            "config.json",
            "1_Pooling/config.json",
            "pytorch_model.bin",
            "README.md",
        ),
    )
    assert sorted(f.path for f in embed) == [
        "1_Pooling/config.json",
        "config.json",
        "onnx/model.onnx",
        "onnx/model.onnx_data",
        "tokenizer.json",
    ]
    from recordroute.engines.models import BrokenModelError

    with pytest.raises(BrokenModelError):
        select_files("embedding", _files("pytorch_model.bin", "tokenizer.json"))


def test_recommendation_prefers_korean_capable_mid_sized_models() -> None:
    models = [
        om.OllamaModel("phi3:14b", parameter_size="14B", context_length=4096),
        om.OllamaModel("qwen2.5:0.5b", parameter_size="494M", context_length=32768),
        om.OllamaModel("gemma2:9b", parameter_size="9.2B", context_length=8192),
        om.OllamaModel("bge-m3:latest", family="bert", parameter_size="566M"),
    ]
    for m in models:
        m.score, m.reason = om.score(m)
    best = om.recommend(models)
    assert best is not None and best.name == "gemma2:9b"
    assert om.billions("494M") == pytest.approx(0.494) and om.billions("", "qwen2.5:7b") == 7
    assert om.score(models[3])[0] < 0  # an embedding model is never recommended for minutes


def test_ollama_pull_reports_bytes_and_cancels_fast() -> None:
    with FakeOllama([]) as fake:
        fake.library = {"qwen2.5:7b": {"size": 4_000_000_000}}
        reports: list[om.TransferProgress] = []
        om.pull_model(fake.url, "qwen2.5:7b", progress=reports.append)
        assert reports[-1].done == reports[-1].total == 4_000_000_000
        assert "qwen2.5:7b" in fake.models
        fake.pull_delay = 0.2  # a slow registry
        token = CancelToken()
        threading.Timer(0.5, token.cancel).start()
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            om.pull_model(fake.url, "qwen2.5:7b", cancel=token)
        assert time.monotonic() - t0 < 1.5  # 0.5 s until the cancel, then well under a second


def test_os_trust_store_is_injected_only_while_downloading() -> None:
    import ssl

    import truststore

    from recordroute.engines.models.hub import os_trust_store

    original = ssl.SSLContext
    with os_trust_store():
        assert ssl.SSLContext is truststore.SSLContext
        with os_trust_store():  # overlapping downloads share one injection
            pass
        assert ssl.SSLContext is truststore.SSLContext
    assert ssl.SSLContext is original
