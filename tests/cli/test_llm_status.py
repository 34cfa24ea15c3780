"""`recordroute llm status` shows the server's context beside the setting and the size used."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from recordroute.settings import Settings
from tests.conftest import run_cli
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.fake_openai import FakeOpenAI


def _settings(**changes: object) -> None:
    dataclasses.replace(Settings.load(), **changes).save()


def test_llm_status_shows_the_servers_context_and_the_setting(isolated_env: Path) -> None:
    with FakeOllama(models={"small:1b": {"context_length": 2048}}) as fake:
        _settings(llm_backend="ollama", ollama_host=fake.url, llm_model="small:1b", llm_num_ctx=8192)
        env = {"OLLAMA_HOST": fake.url}
        res = run_cli("llm", "status", env=env)
        assert res.returncode == 0, res.stdout + res.stderr
        assert "context:   2048 tokens (server, /api/show) / 8192 (setting) → using 2048" in res.stdout
        data = json.loads(run_cli("llm", "status", "--json", env=env).stdout)
        assert data["context"]["server"] == 2048 and data["context"]["setting"] == 8192
        assert data["context"]["using"] == 2048 and data["context"]["source"] == "/api/show"


def test_llm_status_for_an_openai_compatible_server(isolated_env: Path) -> None:
    with FakeOpenAI(models=["m"]) as fake:
        fake.n_ctx, fake.props = 4096, True
        _settings(llm_backend="openai", openai_base_url=fake.url, llm_model="m", llm_num_ctx=8192)
        res = run_cli("llm", "status")
        assert res.returncode == 0, res.stdout + res.stderr
        assert "4096 tokens (server, /props) / 8192 (setting) → using 4096" in res.stdout
        fake.props = False  # a server that does not say (llama-cpp-python): the setting, and why
        data = json.loads(run_cli("llm", "status", "--json").stdout)
        assert data["context"]["server"] is None and data["context"]["using"] == 8192
        assert "does not report" in data["context"]["text"]
