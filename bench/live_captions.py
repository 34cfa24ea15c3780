"""Live captions while recording: caption delay, CPU cost, and audio lost.

    python bench/live_captions.py [--model base] [--seconds 30] [--step 2.5] [--window 12]

The speech fixture is fed in real time by a WavFileSource (a capture source like a microphone), twice in the
same run:

1. Baseline: recording only (the idle recording: capture, writer thread, header patching).
2. Live: the same recording with live captions from the warm model (default: the app's default model).

Reported: caption delay (end of a phrase -> its text published) at p50 and p95; process CPU time per second
of wall time for both runs and their ratio (share of the machine's cores in brackets); blocks lost by the
recorder in each run (must be 0: the live pass must never cost the recording audio).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from recordroute.engines.capture import Recorder, WavFileSource
from recordroute.engines.stt import SttEngine
from recordroute.pipeline.live_captions import LiveCaptioner
from recordroute.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "tests" / "fixtures" / "speech_en_30s.wav"


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def record(seconds: float, folder: Path, captioner: LiveCaptioner | None) -> tuple[float, int]:
    """Record `seconds` of the fixture in real time; returns (CPU seconds per wall second, blocks lost)."""
    recorder = Recorder(WavFileSource(SPEECH), folder / f"bench-{time.monotonic_ns()}.wav")
    if captioner is not None:
        recorder.add_tap(captioner.feed)
    cpu0, wall0 = cpu_seconds(), time.monotonic()
    recorder.start()
    if captioner is not None:
        captioner.start()
    time.sleep(seconds)
    recorder.stop()
    if captioner is not None:
        captioner.stop()
    return (cpu_seconds() - cpu0) / (time.monotonic() - wall0), recorder.overflows


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default=Settings().stt_model, help="Whisper model (default: the app default)")
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--step", type=float, default=2.5)
    p.add_argument("--window", type=float, default=12.0)
    p.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = p.parse_args()
    if args.quick:
        args.model, args.seconds = "tiny.en", 3.0
    engine = SttEngine(args.model)
    t0 = time.monotonic()
    engine.load()
    print(f"model {args.model} loaded in {time.monotonic() - t0:.1f} s (warm from here on)")
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        base_cpu, base_lost = record(args.seconds, Path(tmp), None)
        captioner = LiveCaptioner(engine, step=args.step, window=args.window)
        live_cpu, live_lost = record(args.seconds, Path(tmp), captioner)
    delays = captioner.delays
    print(
        f"recording only : CPU {base_cpu:.3f} s/s ({100 * base_cpu / cores:.1f} % of {cores} cores), "
        f"{base_lost} blocks lost"
    )
    print(
        f"live captions  : CPU {live_cpu:.3f} s/s ({100 * live_cpu / cores:.1f} % of {cores} cores), "
        f"{live_lost} blocks lost, {captioner.passes} passes, {captioner.dropped_seconds:.1f} s skipped"
    )
    print(f"CPU ratio live/baseline: {live_cpu / max(base_cpu, 1e-6):.1f}x")
    if captioner.pass_seconds:
        print(
            f"one pass (<= {args.window:.0f} s of audio): median {statistics.median(captioner.pass_seconds):.2f} s "
            f"wall; load average {os.getloadavg()[0]:.1f} on {cores} cores"
        )
    if delays:
        print(
            f"caption delay  : p50 {statistics.median(delays):.2f} s, p95 {percentile(delays, 0.95):.2f} s "
            f"over {len(delays)} phrases (step {args.step} s, window {args.window} s)"
        )
    else:
        print("caption delay  : no captions were produced")
    print(f"text: {captioner.text[:160]}…")
    return 0 if live_lost == 0 and base_lost == 0 and delays else 1


if __name__ == "__main__":
    sys.exit(main())
