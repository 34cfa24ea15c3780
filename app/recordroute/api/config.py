"""Limits and tunables of the local HTTP API. Defaults are safe for a single user on a laptop."""

from __future__ import annotations

from dataclasses import dataclass, field

LOOPBACK_HOSTS: frozenset[str] = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class PoolConfig:
    """One engine's worker pool: `workers` run at once, `queue` more may wait; the rest get 503."""

    workers: int = 1
    queue: int = 4


@dataclass(frozen=True)
class ApiConfig:
    max_upload_bytes: int = 2 * 1024**3  # one audio/video upload
    max_body_bytes: int = 16 * 1024**2  # any JSON body
    # After an upload passes the limit the rest is read and discarded (up to this much) so the client gets a
    # clean 413 instead of a reset connection while it is still sending.
    upload_drain_bytes: int = 32 * 1024**2
    rate_per_second: float = 50.0  # token bucket per API token
    rate_burst: int = 200
    pools: dict[str, PoolConfig] = field(
        default_factory=lambda: {
            "stt": PoolConfig(workers=1, queue=4),
            "llm": PoolConfig(workers=1, queue=8),
            "embed": PoolConfig(workers=2, queue=32),
        }
    )
    embed_cache_size: int = 4096  # cached vectors (one per input string)
    embed_cache_ttl: float = 600.0
    retry_after: int = 2  # seconds suggested to clients when a queue is full
    header_timeout: float = 10.0  # a connection must send a complete request head within this (slowloris)
    body_idle_timeout: float = 30.0  # an upload that sends nothing for this long is dropped
    allowed_hosts: frozenset[str] = frozenset()  # extra Host names accepted besides loopback
    # Load the default speech model on the STT pool's own thread at start: the first request is fast, and
    # the model is not first loaded inside a short-lived engine thread (which makes CTranslate2 erratic).
    preload_stt: bool = False
    run_jobs: bool = True  # start the workers of the API's own job queue (a shared queue is run by its owner)
    job_workers: int = 1

    def pool(self, name: str) -> PoolConfig:
        return self.pools.get(name, PoolConfig())
