"""What does the HTTP API add on top of calling the engines in-process?

    python bench/api_overhead.py [--model tiny.en] [--embed-requests 200] [--stt-requests 8] [--clip 5]

Starts the real server (uvicorn in a thread on 127.0.0.1, auth, rate limiter, pools, metrics) and compares, at
1, 4 and 16 concurrent clients:
  - POST /v1/embeddings (one sentence per request, response cache off) vs `embedder.embed([text])`;
  - POST /v1/audio/transcriptions of a short clip vs `decode()` + `SttEngine.transcribe()`.
The in-process side submits to a FIFO thread pool with the API pool's worker count, so both sides queue alike.
HTTP clients run in a separate process, so their CPU and GIL time is not charged to the server. Prints p50/p99
latency per side and the overhead ratio (HTTP p50 / in-process p50). Latency includes queueing at >1 client.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import httpx

from recordroute.api.config import ApiConfig, PoolConfig
from recordroute.api.server import ApiServer
from recordroute.engines.audio import decode
from recordroute.engines.embed import get_embedder
from recordroute.engines.stt import SttOptions
from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "tests" / "fixtures" / "speech_en_30s.wav"
LEVELS = (1, 4, 16)
EMBED_WORKERS = 2
STT_WORKERS = 1


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def clip(dest: Path, seconds: float) -> Path:
    with wave.open(str(SPEECH), "rb") as src:
        params = src.getparams()
        frames = src.readframes(int(params.framerate * seconds))
    with wave.open(str(dest), "wb") as out:
        out.setparams(params)
        out.writeframes(frames)
    return dest


def measure(calls: int, concurrency: int, fn: Callable[[int], None]) -> list[float]:
    """Latency of each of `calls` calls made by `concurrency` client threads."""

    def one(i: int) -> float:
        t0 = time.perf_counter()
        fn(i)
        return time.perf_counter() - t0

    with ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(one, range(calls)))


def measure_local(calls: int, concurrency: int, fn: Callable[[int], None], workers: int) -> list[float]:
    """In-process: `concurrency` callers share a FIFO pool of `workers` threads (like the API's engine pool)."""
    with ThreadPoolExecutor(workers) as engine_pool:
        return measure(calls, concurrency, lambda i: engine_pool.submit(fn, i).result())


# --- the HTTP side runs in a child process -------------------------------------------------------------------------
_client_local = threading.local()


def _client(url: str, token: str) -> httpx.Client:
    c = getattr(_client_local, "client", None)
    if c is None:
        c = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=300)
        _client_local.client = c
    return c


def http_run(url: str, token: str, kind: str, calls: int, concurrency: int, audio: bytes) -> list[float]:
    def embed(i: int) -> None:
        r = _client(url, token).post("/v1/embeddings", json={"model": "default", "input": sentence(i)})
        r.raise_for_status()

    def stt(_i: int) -> None:
        r = _client(url, token).post(
            "/v1/audio/transcriptions",
            files={"file": ("clip.wav", audio, "audio/wav")},
            data={"model": "whisper-1", "language": "en", "response_format": "text"},
        )
        r.raise_for_status()

    fn = embed if kind == "embed" else stt
    fn(0)  # connection + warm-up
    return measure(calls, concurrency, fn)


def sentence(i: int) -> str:
    return f"request {i}: the budget for the new office and the server costs"


def report(name: str, level: int, http: list[float], local: list[float]) -> None:
    ratio = statistics.median(http) / statistics.median(local)
    print(
        f"{name:<15} {level:>3}  {pct(http, 0.5) * 1000:9.1f} {pct(http, 0.99) * 1000:9.1f}  "
        f"{pct(local, 0.5) * 1000:9.1f} {pct(local, 0.99) * 1000:9.1f}  {ratio:6.2f}x"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--embed-requests", type=int, default=200)
    ap.add_argument("--stt-requests", type=int, default=8)
    ap.add_argument("--clip", type=float, default=5.0, help="seconds of speech per transcription")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.embed_requests, args.stt_requests, args.clip = 5, 1, 2.0

    tmp = Path(tempfile.mkdtemp(prefix="rr-bench-api-"))
    settings = Settings(data_dir=tmp / "data", stt_model=args.model, llm_backend="extractive")
    ctx = AppContext.open(settings)
    config = ApiConfig(
        run_jobs=False,
        rate_per_second=100_000,
        rate_burst=100_000,
        embed_cache_size=0,
        pools={
            "stt": PoolConfig(STT_WORKERS, 256),
            "embed": PoolConfig(EMBED_WORKERS, 256),
            "llm": PoolConfig(1, 4),
        },
    )
    token = "bench-token"
    server = ApiServer(ctx, "127.0.0.1", 0, token=token, config=config).start()
    audio_file = clip(tmp / "clip.wav", args.clip)
    embedder = get_embedder(settings.embed_model)
    engine = ctx.stt(args.model)
    engine.load()
    options = SttOptions(language="en", word_timestamps=False, vad=settings.stt_vad)
    audio = audio_file.read_bytes()

    def local_embed(i: int) -> None:
        embedder.embed([sentence(i)])

    def local_stt(_i: int) -> None:
        engine.transcribe(decode(audio_file).samples, options)

    local_embed(0)
    local_stt(0)
    clients = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))

    def remote(kind: str, calls: int, level: int) -> list[float]:
        return clients.submit(http_run, server.url, token, kind, calls, level, audio).result()

    print(
        f"server {server.url}; embed workers {EMBED_WORKERS}, stt workers {STT_WORKERS}; "
        f"stt clip {args.clip:.0f} s with {args.model}"
    )
    print(
        f"{'':<15} {'clients':>3}  {'http p50':>9} {'http p99':>9}  {'local p50':>9} {'local p99':>9}  "
        f"{'overhead':>7}"
    )
    print(f"{'':<15} {'':>3}  {'(ms)':>9} {'(ms)':>9}  {'(ms)':>9} {'(ms)':>9}")
    try:
        levels = LEVELS[:1] if args.quick else LEVELS
        for level in levels:
            n = max(args.embed_requests, level * 4)
            http = remote("embed", n, level)
            local = measure_local(n, level, local_embed, EMBED_WORKERS)
            report("embeddings", level, http, local)
        for level in levels:
            n = max(args.stt_requests, level)
            http = remote("stt", n, level)
            local = measure_local(n, level, local_stt, STT_WORKERS)
            report("transcription", level, http, local)
    finally:
        clients.shutdown()
        server.stop()
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
