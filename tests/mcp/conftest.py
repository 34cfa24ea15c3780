"""An archive with English and Korean recordings (written through the store), and the MCP clients that reach it:
over stdio (a real `recordroute mcp` subprocess) and over streamable HTTP (the real local API with /mcp)."""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from recordroute.api.config import ApiConfig
from recordroute.api.server import ApiServer
from recordroute.launch.mcp_command import http_endpoint
from recordroute.pipeline.context import AppContext
from recordroute.pipeline.queue import JobQueue
from recordroute.settings import Settings
from tests.conftest import ROOT
from tests.helpers.library import MINUTES_KO, add_recording

KO_TEXTS = [
    "올해 예산과 일정을 검토했습니다.",
    "고객 설문 조사는 민수 씨가 담당합니다.",
    "다음 주까지 예산을 확정하기로 했습니다.",
]


@dataclass
class Archive:
    ctx: AppContext
    en: int
    ko: int


def fill(ctx: AppContext) -> Archive:
    en = add_recording(ctx, title="Weekly planning", tag="en")
    ko = add_recording(ctx, title="주간 회의", texts=KO_TEXTS, minutes=MINUTES_KO, language="ko", tag="ko")
    return Archive(ctx, en, ko)


@pytest.fixture
def archive(ctx: AppContext) -> Archive:
    return fill(ctx)


def stdio_params(**env: str) -> StdioServerParameters:
    """`python -m recordroute mcp` with this test's environment (its data dir, settings file, net guard)."""
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "recordroute", "mcp"],
        env={**os.environ, **env},
        cwd=str(ROOT),
    )


@dataclass
class HttpMcp:
    server: ApiServer
    token: str

    @property
    def url(self) -> str:
        return f"{self.server.url}/mcp"

    @asynccontextmanager
    async def client(
        self, token: str | None = "default", statuses: list[int] | None = None
    ) -> AsyncIterator[Client]:
        """An SDK client; `statuses` collects the HTTP status of every response it received."""
        headers = {"Authorization": f"Bearer {self.token if token == 'default' else token}"} if token else {}

        async def seen(response: httpx2.Response) -> None:
            if statuses is not None:
                statuses.append(response.status_code)

        hooks = {"response": [seen]}
        async with (
            httpx2.AsyncClient(headers=headers, timeout=120, event_hooks=hooks) as http,
            Client(streamable_http_client(self.url, http_client=http)) as client,
        ):
            yield client


@pytest.fixture
def http_mcp(archive: Archive) -> Iterator[HttpMcp]:
    ctx = archive.ctx
    queue = JobQueue(ctx)
    token = secrets.token_urlsafe(24)
    server = ApiServer(
        ctx,
        "127.0.0.1",
        0,
        token=token,
        config=ApiConfig(run_jobs=False),
        job_queue=queue,
        mounts=[http_endpoint(ctx, queue)],
    ).start()
    try:
        yield HttpMcp(server, token)
    finally:
        server.stop()


def write_settings(**values: object) -> Path:
    """Save settings into this test's settings file (what a `recordroute mcp` subprocess reads)."""
    settings = Settings.load()
    for key, value in values.items():
        setattr(settings, key, value)
    return settings.save()
