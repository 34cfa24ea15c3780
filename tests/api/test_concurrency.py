"""20 clients at once for a bounded time: every request succeeds or is refused cleanly (429/503 with
Retry-After), and the server's own request count matches what the clients sent."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from recordroute.api.config import ApiConfig, PoolConfig
from tests.api.conftest import Api

pytestmark = pytest.mark.slow  # every test here runs a real Whisper or embedding model

CLIENTS = 20
SECONDS = 6.0


def test_twenty_clients_nothing_lost(extra_server: Callable[..., Api]) -> None:
    config = ApiConfig(
        run_jobs=False,
        rate_per_second=150.0,
        rate_burst=60,
        pools={"stt": PoolConfig(1, 1), "llm": PoolConfig(1, 1), "embed": PoolConfig(1, 3)},
    )
    api = extra_server(config)
    with api.http() as warm:  # load the embedder first so the run measures serving, not loading
        assert warm.post("/v1/embeddings", json={"model": "default", "input": "warm"}).status_code == 200

    results: list[tuple[str, int, str | None]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    deadline = time.monotonic() + SECONDS
    start = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        local: list[tuple[str, int, str | None]] = []
        try:
            with httpx.Client(base_url=api.url, headers=api.auth, timeout=30) as http:
                start.wait()
                i = 0
                while time.monotonic() < deadline:
                    i += 1
                    if n % 2:
                        r = http.post(
                            "/v1/embeddings",
                            json={
                                "model": "default",
                                "input": [f"client {n} request {i} part {k}" for k in range(8)],
                            },
                        )
                        route = "/v1/embeddings"
                    else:
                        r = http.get("/api/recordings", params={"limit": 5})
                        route = "/api/recordings"
                    local.append((route, r.status_code, r.headers.get("retry-after")))
        except BaseException as exc:
            errors.append(exc)
        with lock:
            results.extend(local)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(SECONDS + 40)
    elapsed = time.monotonic() - t0
    assert not errors, errors[:3]
    assert elapsed < SECONDS + 10

    statuses = Counter((route, status) for route, status, _ in results)
    assert {s for _r, s in statuses} <= {200, 429, 503}, statuses
    refused = [r for r in results if r[1] != 200]
    assert all(r[2] is not None and int(r[2]) >= 1 for r in refused), "every refusal says when to retry"
    assert statuses[("/v1/embeddings", 200)] > 0 and statuses[("/api/recordings", 200)] > 0
    assert any(s in (429, 503) for _r, s in statuses), statuses  # the limits really engaged

    # Nothing lost: the server counted exactly the requests the clients made (plus the warm-up).
    with api.http() as http:
        metrics = http.get("/metrics").text
    counted: Counter[tuple[str, int]] = Counter()
    for route, status, value in re.findall(
        r'recordroute_http_requests_total\{method="[A-Z]+",route="([^"]+)",status="(\d+)"\} ([\d.]+)', metrics
    ):
        counted[(route, int(status))] += int(float(value))
    for key, n in statuses.items():
        expected = n + (1 if key == ("/v1/embeddings", 200) else 0)
        assert counted[key] == expected, (key, counted[key], expected)
    pool = api.server.app.state.api.serving.pool("embed")
    assert pool.rejected == statuses[("/v1/embeddings", 503)]
    assert pool.depth == 0 and pool.busy == 0
    print(f"\n{len(results)} requests in {elapsed:.1f} s: {dict(statuses)}")
