"""Throughput of one `recordroute serve` under 1, 4 and 16 concurrent transcription clients (the "GPU box" of
packaging/deploy.md, measured on this CPU).

    python bench/serve_throughput.py            # base model, the 30 s clip, 2 requests per client
    python bench/serve_throughput.py --quick    # tiny.en, a 10 s clip, 1 request per client (about a minute)

Starts the real `recordroute serve` in its own process (its own data dir and token) and sends
POST /v1/audio/transcriptions (verbose_json, word timestamps) from client threads in this process; a client told
503 + Retry-After waits and retries, as the OpenAI SDK does. Prints, per level: requests, wall time, audio
seconds transcribed per wall second (x real time), ratio to the 1-client level of the same run, p50/p95 latency
(queueing included) and how many 503s were answered.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "tests" / "fixtures" / "speech_en_30s.wav"
LEVELS = (1, 4, 16)


def clip(dest: Path, seconds: float) -> tuple[Path, float]:
    """The speech fixture cut (or repeated) to `seconds`; returns (path, its length in seconds)."""
    with wave.open(str(SPEECH), "rb") as src:
        params = src.getparams()
        source = src.readframes(src.getnframes())
    frame = params.sampwidth * params.nchannels
    want = int(params.framerate * seconds) * frame
    frames = (source * (want // len(source) + 1))[:want]
    with wave.open(str(dest), "wb") as out:
        out.setparams(params)
        out.writeframes(frames)
    return dest, len(frames) / (params.framerate * frame)


def start_serve(tmp: Path, model: str, token: str) -> tuple[subprocess.Popen[str], str]:
    env = {
        **os.environ,
        "RECORDROUTE_DATA_DIR": str(tmp / "data"),
        "RECORDROUTE_CONFIG": str(tmp / "settings.toml"),
        "RECORDROUTE_API_TOKEN": token,
        "RECORDROUTE_STT_MODEL": model,
        "RECORDROUTE_LANG": "en",  # the banner is read for its English "listening on URL"
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    url = ""
    for line in proc.stdout:
        if m := re.search(r"listening on (http://\S+)", line):
            url = m.group(1)
        if line.startswith("Press Ctrl-C"):
            break
    if not url:
        raise SystemExit(f"serve did not start: {proc.stderr.read() if proc.stderr else ''}")
    return proc, url


def transcribe(client: httpx.Client, media: Path) -> tuple[float, int]:
    """(latency, 503s seen) of one request, retried after Retry-After while the server is full."""
    t0 = time.perf_counter()
    busy = 0
    while True:
        with open(media, "rb") as fh:
            res = client.post(
                "/v1/audio/transcriptions",
                data={
                    "model": "whisper-1",
                    "response_format": "verbose_json",
                    "timestamp_granularities[]": "word",
                },
                files={"file": (media.name, fh, "audio/wav")},
            )
        if res.status_code == 503:
            busy += 1
            time.sleep(float(res.headers.get("Retry-After", "1")))
            continue
        res.raise_for_status()
        return time.perf_counter() - t0, busy


def level(url: str, token: str, media: Path, clients: int, per_client: int) -> dict[str, float]:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=3600) as client:
        transcribe(client, media)  # warm: the model is loaded and the first-call costs are paid
        t0 = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda _i: transcribe(client, media), range(clients * per_client)))
        wall = time.perf_counter() - t0
    lat = sorted(r[0] for r in results)
    return {
        "clients": clients,
        "requests": len(results),
        "wall_s": wall,
        "p50_s": statistics.median(lat),
        "p95_s": lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))],
        "busy_503": sum(r[1] for r in results),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="tiny.en, a 10 s clip, 1 request per client")
    ap.add_argument("--model", help="speech model of the server (default base; --quick: tiny.en)")
    ap.add_argument(
        "--seconds", type=float, help="clip length, the fixture repeated (default 30; --quick: 10)"
    )
    ap.add_argument("--per-client", type=int, help="requests per client (default 2; --quick: 1)")
    args = ap.parse_args()
    model = args.model or ("tiny.en" if args.quick else "base")
    seconds = args.seconds or (10.0 if args.quick else 30.0)
    per_client = args.per_client or (1 if args.quick else 2)
    token = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory() as tmp:
        media, audio_s = clip(Path(tmp) / "clip.wav", seconds)
        proc, url = start_serve(Path(tmp), model, token)
        try:
            rows = [level(url, token, media, n, per_client) for n in LEVELS]
        finally:
            proc.terminate()
            proc.communicate(timeout=60)
    base = None
    print(
        f"serve throughput: model {model}, {audio_s:.1f} s clip, {per_client} request(s) per client, {os.cpu_count()} CPUs"
    )
    print(
        f"{'clients':>7} {'requests':>8} {'wall s':>8} {'x real time':>11} {'vs 1':>6} {'p50 s':>7} {'p95 s':>7} {'503s':>5}"
    )
    for row in rows:
        row["x_realtime"] = row["requests"] * audio_s / row["wall_s"]
        base = base or row["x_realtime"]
        row["ratio_vs_1"] = row["x_realtime"] / base
        print(
            f"{row['clients']:>7} {row['requests']:>8} {row['wall_s']:>8.1f} {row['x_realtime']:>11.2f} "
            f"{row['ratio_vs_1']:>6.2f} {row['p50_s']:>7.1f} {row['p95_s']:>7.1f} {row['busy_503']:>5}"
        )
    print(json.dumps({"model": model, "clip_s": audio_s, "levels": rows}))


if __name__ == "__main__":
    main()
