"""Property-based fuzzing of every documented operation against the real server: no input may cause a 5xx.

The server here has its own data dir (generated DELETEs must not touch other tests' recordings) and talks to the
fake Ollama server. Excluded: the never-ending all-jobs SSE stream.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from recordroute.api.config import ApiConfig
from recordroute.api.server import ApiServer
from recordroute.pipeline.context import AppContext
from recordroute.pipeline.ingest import ingest
from tests.api.conftest import make_settings
from tests.fakes.fake_ollama import FakeOllama

TOKEN = secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory, fake_ollama: FakeOllama) -> Iterator[ApiServer]:
    ctx = AppContext.open(make_settings(tmp_path_factory.mktemp("fuzz-data"), fake_ollama.url))
    # A few real rows, so generated ids sometimes hit something (exports, summaries, deletes).
    notes = tmp_path_factory.mktemp("fuzz-notes")
    for i in range(3):
        (notes / f"note{i}.txt").write_text(
            f"Fact 000{i}: the budget item {i} was approved.\n", encoding="utf-8"
        )
        ingest(ctx.store, notes / f"note{i}.txt")
    server = ApiServer(
        ctx,
        "127.0.0.1",
        0,
        token=TOKEN,
        config=ApiConfig(max_upload_bytes=1024**2, rate_per_second=10_000, rate_burst=10_000),
    ).start()
    try:
        yield server
    finally:
        server.stop()
        ctx.close()


@pytest.fixture(scope="module")
def api_schema(fuzz_server: ApiServer) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(
        f"{fuzz_server.url}/openapi.json", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
    )


# Filters go on the lazy schema: they replace whatever the fixture's schema carried.
schema = schemathesis.pytest.from_fixture("api_schema").exclude(path="/api/jobs/events")


@schema.parametrize()
@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case, fuzz_server: ApiServer) -> None:
    case.call_and_validate(
        base_url=fuzz_server.url,
        headers={"Authorization": f"Bearer {TOKEN}"},
        checks=[not_a_server_error],
        timeout=30,
    )
