"""How much does the app add on top of bare faster-whisper, and how much does a warm model save?

    python bench/stt_overhead.py [--model tiny.en] [--repeats 3] [--file A.wav] [--second-file B.mp3]

1. Overhead: the same file through `run_app` — the app pipeline (a job in a real SQLite store: ingest with
   hashing, PyAV decode, SttEngine.transcribe with its worker thread, cancel polling, progress, clean-up, and
   the transactional write of segments + FTS) — and through bare `faster_whisper` (decode_audio +
   WhisperModel.transcribe) with identical settings and the very same loaded model, alternating which goes
   first, N repeats. Target: app/bare <= 1.05.
2. Warm vs cold: time to first segment of file 1 right after `reset_app()` (cold: includes resolving and
   loading the model) and of file 2 straight after (warm). Target: warm/cold <= 0.2.

"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

from faster_whisper import decode_audio

from recordroute.engines.stt import MODEL_CACHE, SttEngine, SttOptions
from recordroute.engines.stt.transcriber import decode_kwargs
from recordroute.job_options import JobOptions
from recordroute.pipeline import runner
from recordroute.pipeline.context import AppContext
from recordroute.pipeline.runner import JobEvent
from recordroute.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
OPTIONS = SttOptions()  # app defaults: auto language, VAD, word timestamps, beam 5, temperature 0


@dataclass
class Run:
    total: float  # seconds from the call to the last segment
    cpu: float  # process CPU seconds (all threads): steadier than wall time on a busy machine
    first_segment: float | None  # seconds from the call to the first segment
    startup: float | None  # seconds from the call to the start of decoding (model ready, VAD, features)
    text: str


_engine: SttEngine | None = None


def configure(model: str, device: str = "cpu") -> None:
    global _engine
    _engine = SttEngine(model, device=device, cache=MODEL_CACHE)


def engine() -> SttEngine:
    if _engine is None:
        raise RuntimeError("call configure() first")
    return _engine


# --- the app side: the full pipeline ---------------------------------------------------------------------------
_ctx: AppContext | None = None


def app_context() -> AppContext:
    global _ctx
    if _ctx is None:
        data = Path(tempfile.mkdtemp(prefix="rr-bench-"))
        settings = Settings.load(data / "settings.toml", env={})
        settings.data_dir = data
        settings.stt_model = engine().resolved.name
        settings.stt_device = engine().device
        _ctx = AppContext.open(settings)
    return _ctx


def reset_app() -> None:
    """Forget every warm model so the next run_app starts cold."""
    MODEL_CACHE.clear()
    ctx = app_context()
    ctx.drop_model(ctx.stt_key())
    gc.collect()


def run_app(path: Path) -> Run:
    ctx = app_context()
    cpu0 = time.process_time()
    start = time.perf_counter()
    marks: dict[str, float] = {}

    def listener(e: JobEvent) -> None:
        if e.step != "transcribe":
            return
        if "startup" not in marks and e.message.startswith("0:00 /"):
            marks["startup"] = time.perf_counter() - start
        elif e.fraction > 0:
            marks.setdefault("first", time.perf_counter() - start)  # progress moves when a segment lands

    job = runner.submit(ctx, path, options=JobOptions(force=True), stages=["ingest", "transcribe"])
    final = runner.run_job(ctx, job, listener=listener)
    total = time.perf_counter() - start
    if final.state != "done":
        raise SystemExit(f"pipeline failed: {final.message}")
    text = " ".join(s.text for s in ctx.store.transcripts.segments(final.recording_id or 0))
    return Run(total, time.process_time() - cpu0, marks.get("first"), marks.get("startup"), text)


# --- the reference: bare faster-whisper on the same loaded model ----------------------------------------------
def run_bare(path: Path) -> Run:
    e = engine()
    model = e.cache.get(e.resolved, e.device, e.compute_type, e.cpu_threads)  # the very same object
    cpu0 = time.process_time()
    start = time.perf_counter()
    audio = decode_audio(str(path))
    segments, _info = model.transcribe(audio, **decode_kwargs(OPTIONS))
    startup = time.perf_counter() - start
    first = None
    texts = []
    for seg in segments:
        if first is None:
            first = time.perf_counter() - start
        texts.append(seg.text.strip())
    total = time.perf_counter() - start
    return Run(total, time.process_time() - cpu0, first, startup, " ".join(texts))


# --- measurements ------------------------------------------------------------------------------------------------
def overhead(path: Path, repeats: int) -> tuple[list[Run], list[Run]]:
    run_app(path)  # warm both paths (model load, first-inference allocations) outside the timing
    run_bare(path)
    app: list[Run] = []
    bare: list[Run] = []
    for i in range(repeats):
        order = (run_app, run_bare) if i % 2 == 0 else (run_bare, run_app)
        for fn in order:
            (app if fn is run_app else bare).append(fn(path))
    if app[0].text != bare[0].text:
        print("note: texts differ after clean-up:", app[0].text, "|", bare[0].text, sep="\n  ")
    return app, bare


def warm_cold(first: Path, second: Path) -> tuple[Run, Run]:
    reset_app()
    cold = run_app(first)
    warm = run_app(second)
    return cold, warm


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "n/a"


def _s(x: float | None) -> str:
    return f"{x:.3f}" if x is not None else "n/a"


def cut_wav(src: Path, seconds: float) -> Path:
    """The first `seconds` of a WAV file, in a temp file."""
    out = Path(tempfile.mkdtemp(prefix="rr-bench-")) / f"{src.stem}-{seconds:g}s.wav"
    with wave.open(str(src), "rb") as r, wave.open(str(out), "wb") as w:
        w.setparams(r.getparams())
        w.writeframes(r.readframes(int(seconds * r.getframerate())))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--file", type=Path, default=FIXTURES / "speech_en_30s.wav")
    ap.add_argument("--second-file", type=Path, default=FIXTURES / "speech_en_30s.mp3")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args(argv)
    if args.quick:  # a 5 s cut of the fixture, for both files
        args.repeats = 1
        args.file = args.second_file = cut_wav(args.file, 5.0)

    configure(args.model, args.device)
    e = engine()
    duration = len(decode_audio(str(args.file))) / 16_000
    print(
        f"model {e.resolved.name} ({e.resolved.source}) on {e.device}/{e.compute_type}; "
        f"file {args.file.name} ({duration:.1f} s); repeats {args.repeats}, alternating order"
    )

    cold, warm = warm_cold(args.file, args.second_file)  # first, so "cold" really loads the model
    app, bare = overhead(args.file, args.repeats)

    print(
        f"\n{'run':>6} {'app s':>8} {'bare s':>8} {'app/bare':>9} {'app cpu':>8} {'bare cpu':>9} {'cpu ratio':>9}"
    )
    for i, (a, b) in enumerate(zip(app, bare, strict=True), 1):
        print(
            f"{i:>6} {a.total:8.3f} {b.total:8.3f} {a.total / b.total:9.3f} "
            f"{a.cpu:8.3f} {b.cpu:9.3f} {a.cpu / b.cpu:9.3f}"
        )
    ma, mb = statistics.median(r.total for r in app), statistics.median(r.total for r in bare)
    ca, cb = statistics.median(r.cpu for r in app), statistics.median(r.cpu for r in bare)
    print(
        f"{'median':>6} {ma:8.3f} {mb:8.3f} {ma / mb:9.3f} {ca:8.3f} {cb:9.3f} {ca / cb:9.3f}"
        "   (target app/bare <= 1.05)"
    )
    # On a shared machine other processes only ever add time, so the minimum is the least disturbed figure.
    na, nb = min(r.total for r in app), min(r.total for r in bare)
    xa, xb = min(r.cpu for r in app), min(r.cpu for r in bare)
    print(f"{'min':>6} {na:8.3f} {nb:8.3f} {na / nb:9.3f} {xa:8.3f} {xb:9.3f} {xa / xb:9.3f}")
    print(f"RTF (wall) app {ma / duration:.3f}, bare {mb / duration:.3f}")

    print(f"\n{'':>26} {'cold s':>8} {'warm s':>8} {'warm/cold':>10}")
    print(
        f"{'time to first segment':>26} {_s(cold.first_segment):>8} {_s(warm.first_segment):>8} "
        f"{_ratio(warm.first_segment, cold.first_segment):>10}   (target <= 0.2; cold includes model load)"
    )
    print(
        f"{'time to decoding start':>26} {_s(cold.startup):>8} {_s(warm.startup):>8} "
        f"{_ratio(warm.startup, cold.startup):>10}   (model ready + VAD + features)"
    )
    print(f"{'whole file':>26} {_s(cold.total):>8} {_s(warm.total):>8} {_ratio(warm.total, cold.total):>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
