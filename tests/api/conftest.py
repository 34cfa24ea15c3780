"""One real API server per test session: uvicorn on a free 127.0.0.1 port in a thread, the real tiny.en model
(loaded once), the real MiniLM embedder and the fake Ollama server for chat."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from recordroute.api.config import ApiConfig
from recordroute.api.server import ApiServer
from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings
from tests.fakes.fake_ollama import FakeOllama

LLM_MODEL = "qwen2.5:7b-instruct"
UPLOAD_LIMIT = 3 * 1024**2  # the 30 s wav is ~0.9 MB


def echo_responder(model: str, seen: Any, options: dict[str, Any]) -> str:
    """The fake model answers "echo: <last user message>" (deterministic, easy to assert)."""
    last = seen[-1]["content"] if isinstance(seen, list) and seen else str(seen)
    return f"echo: {last}"


@dataclass
class Api:
    server: ApiServer
    ctx: AppContext
    token: str
    fake: FakeOllama

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def openai(self, **kwargs: Any) -> openai.OpenAI:
        return openai.OpenAI(
            base_url=f"{self.url}/v1", api_key=self.token, max_retries=0, timeout=120, **kwargs
        )

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers=self.auth, timeout=120)


def make_settings(data_dir: Path, ollama_url: str, **changes: Any) -> Settings:
    base = Settings(
        data_dir=data_dir,
        stt_model="tiny.en",
        llm_backend="ollama",
        ollama_host=ollama_url,
        llm_model=LLM_MODEL,
    )
    return dataclasses.replace(base, **changes)


def start_api(ctx: AppContext, token: str, config: ApiConfig | None = None, **kwargs: Any) -> ApiServer:
    return ApiServer(ctx, "127.0.0.1", 0, token=token, config=config or ApiConfig(), **kwargs).start()


@pytest.fixture(scope="session")
def fake_ollama() -> Iterator[FakeOllama]:
    with FakeOllama(models=[LLM_MODEL], responder=echo_responder) as fake:
        yield fake


@pytest.fixture(scope="session")
def api(tmp_path_factory: pytest.TempPathFactory, fake_ollama: FakeOllama) -> Iterator[Api]:
    data = tmp_path_factory.mktemp("api-data")
    ctx = AppContext.open(make_settings(data, fake_ollama.url))
    token = secrets.token_urlsafe(24)
    # Generous rate limit: the session server must never throttle the suite; throttling is tested apart.
    config = ApiConfig(
        max_upload_bytes=UPLOAD_LIMIT, rate_per_second=10_000, rate_burst=10_000, preload_stt=True
    )
    server = start_api(ctx, token, config)
    try:
        yield Api(server, ctx, token, fake_ollama)
    finally:
        server.stop()
        ctx.close()


@pytest.fixture
def client(api: Api) -> openai.OpenAI:
    return api.openai()


@pytest.fixture
def http(api: Api) -> Iterator[httpx.Client]:
    with api.http() as c:
        yield c


@pytest.fixture
def extra_server(tmp_path: Path, fake_ollama: FakeOllama) -> Iterator[Callable[..., Api]]:
    """Build extra servers with their own config / settings (stopped after the test)."""
    made: list[tuple[ApiServer, AppContext]] = []

    def make(
        config: ApiConfig | None = None,
        *,
        ollama_url: str | None = None,
        settings: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Api:
        ctx = AppContext.open(
            make_settings(tmp_path / f"data{len(made)}", ollama_url or fake_ollama.url, **(settings or {}))
        )
        token = secrets.token_urlsafe(24)
        server = start_api(ctx, token, config or ApiConfig(run_jobs=False), **kwargs)
        made.append((server, ctx))
        return Api(server, ctx, token, fake_ollama)

    yield make
    for server, ctx in made:
        server.stop()
        ctx.close()
