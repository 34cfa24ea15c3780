"""Peak memory (RSS) against recording length: today's whole-file path and the streamed path, in the same run.

    python bench/long_file_memory.py [--quick] [--minutes 10 60 180] [--whole-max 60] [--model base]
                                     [--block 300] [--transcribe] [--diarize basic|neural [--meeting]]

Builds each length by repeating the speech fixture (29 s + 1 s gap) into a 16 kHz Opus file (3 h is ~40 MB
on disk), then measures each (path, length) in a fresh child process, so every figure is that process's own
peak RSS (ru_maxrss). Each child loads the Whisper model first; its RSS then is printed as the floor.

- whole:    engines.audio.decode (the file held whole), then what the default (batched) transcription does
            with it before decoding: VAD over the whole file (batched.plan_windows) and language detection.
            Only up to --whole-max minutes (default 60): at 3 h this path needs about 2.5 GB.
- streamed: engines.audio_stream.blocks, and the same VAD and language detection block by block (what
            stt.streamed.transcribe_blocks hands SttEngine.transcribe).
- glibc:    (--heap-baseline) the streamed path with glibc's own heap settings, engines/memory.py's arena
            count and mmap threshold not applied: the baseline for them, in the same run.

Without --transcribe the Whisper decoder does not run (3 h of it takes hours on 2 cores); its memory does not
depend on the file's length (one batch of 30-s windows). With --transcribe both paths run the real
transcription end to end. --quick: 1, 3 and 9 minutes with tiny.en and 30-s blocks (about a minute).
--diarize basic|neural measures diarization instead: the whole file decoded and diarized at once, against
engines.diarize.diarize_file (passes over 5-min blocks, the file decoded once and read back from a temporary
file: engines.pcm_spool); the floor is the process with the speaker model.
--voices 2: the fixture's 5-s turns alternate with the same speech 1.25x slower (a lower voice), so the
turn-change pass and the overlap detector run too. With --meeting the file has two channels (meeting mode): both decoded whole and diarize_meeting, against
diarize_meeting_file (each channel streamed in its own passes, from one decode).
Target: the streamed peak flat within 20 % from the shortest to the longest, and <= 900 MB at 3 h with base.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures"
BLOCK_SECONDS = 300.0
GLIBC = "glibc"  # --heap-baseline's extra path: streamed, with glibc's own heap settings  # engines.audio_stream.BLOCK_SECONDS (not imported here: the parent stays light)
SR = 16_000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def child_diarize(mode: str, path: Path, method: str, meeting: bool) -> dict[str, float]:
    """Diarization in the child: the whole file decoded at once, or `diarize_file` (two streamed passes).
    `meeting`: a two-channel file, both channels decoded whole and `diarize_meeting`, or
    `diarize_meeting_file` (each channel streamed)."""
    from recordroute.engines.audio import decode
    from recordroute.engines.diarize import DiarizeOptions, diarize, diarize_file, make_embedder
    from recordroute.engines.diarize.meeting import diarize_meeting, diarize_meeting_file

    options = DiarizeOptions(method=method)
    embedder = make_embedder(options)
    floor = peak_mb()
    t0 = time.perf_counter()
    if meeting and mode == "whole":
        mic, system = decode_two_channels(path)
        result = diarize_meeting(mic, system, options, embedder=embedder)
    elif meeting:
        result = diarize_meeting_file(path, options, embedder=embedder)
    elif mode == "whole":
        result = diarize(decode(path).samples, options, embedder=embedder)
    else:
        result = diarize_file(path, options, embedder=embedder)
    return {
        "floor_mb": floor,
        "peak_mb": peak_mb(),
        "seconds": time.perf_counter() - t0,
        "count": result.windows,
    }


def decode_two_channels(path: Path) -> tuple[object, object]:
    """Both channels decoded whole: what meeting mode did before it streamed them."""
    import av
    import numpy as np

    chunks = []
    with av.open(str(path)) as src:
        resampler = av.AudioResampler(format="fltp", layout="stereo", rate=SR)
        for frame in src.decode(src.streams.audio[0]):
            chunks.extend(f.to_ndarray() for f in resampler.resample(frame))
        chunks.extend(f.to_ndarray() for f in resampler.resample(None))
    both = np.concatenate(chunks, axis=1).astype(np.float32)
    return both[0], both[1]


def child(
    mode: str, path: Path, model: str, transcribe: bool, block: float, recover: bool = True
) -> dict[str, float]:
    """Runs in the child process: one path over one file; returns its figures."""
    from recordroute.engines.audio import decode, probe
    from recordroute.engines.audio_stream import blocks
    from recordroute.engines.memory import release_freed_memory, tune_allocator
    from recordroute.engines.stt import ModelCache, SttEngine, SttOptions
    from recordroute.engines.stt.batched import plan_windows
    from recordroute.engines.stt.streamed import transcribe_blocks

    if mode == GLIBC:  # the streamed path with glibc's own heap settings: the baseline of engines/memory.py
        tune_allocator(False)
        mode = "streamed"
    engine = SttEngine(model, device="cpu", cache=ModelCache())
    whisper = engine.load()
    floor = peak_mb()
    t0 = time.perf_counter()
    duration = probe(path).duration
    recovered = 0.0
    if transcribe:
        options = SttOptions(recover=recover)
        if mode == "whole":
            result = engine.transcribe(decode(path).samples, options)
        else:
            result = transcribe_blocks(engine, blocks(path, block_seconds=block), options, duration=duration)
        words, recovered = len(result.text.split()), result.recovered_seconds
    else:
        pieces = (
            [decode(path).samples]
            if mode == "whole"
            else (b.samples for b in blocks(path, block_seconds=block))
        )
        words = 0
        for n, samples in enumerate(pieces):
            words += len(plan_windows(samples, vad=True))  # windows, in this mode
            if n == 0 and whisper.model.is_multilingual:  # once, as transcribe_blocks fixes the language
                whisper.detect_language(samples, vad_filter=True)
            if mode == "streamed":
                release_freed_memory()  # as transcribe_blocks does after each block
    return {
        "floor_mb": floor,
        "peak_mb": peak_mb(),
        "seconds": time.perf_counter() - t0,
        "count": words,
        "recovered_s": recovered,
    }


def run_child(
    mode: str,
    path: Path,
    model: str,
    transcribe: bool,
    block: float,
    diarize: str | None,
    meeting: bool,
    recover: bool = True,
) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", mode, str(path), "--model", model, "--block", str(block)]
    cmd += ["--transcribe"] if transcribe else []
    cmd += [] if recover else ["--no-recover"]
    cmd += ["--diarize", diarize] if diarize else []
    cmd += ["--meeting"] if meeting else []
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=os.environ.copy())
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1, 3, 9 minutes with tiny.en")
    ap.add_argument("--minutes", type=float, nargs="+", default=[10.0, 60.0, 180.0])
    ap.add_argument("--model", default="base")
    ap.add_argument("--block", type=float, default=BLOCK_SECONDS, help="streamed block length, seconds")
    ap.add_argument(
        "--whole-max", type=float, default=60.0, help="measure the whole-file path up to this many minutes"
    )
    ap.add_argument("--transcribe", action="store_true", help="run the real transcription too (slow)")
    ap.add_argument(
        "--heap-baseline",
        action="store_true",
        help="also run the streamed path with glibc's own heap settings (engines/memory.py not applied)",
    )
    ap.add_argument(
        "--no-recover",
        action="store_true",
        help="with --transcribe: without the gap-recovery pass (on by default, engines/stt/recovery.py)",
    )
    ap.add_argument(
        "--diarize",
        choices=["basic", "neural"],
        help="measure diarization instead (whole-file decode against engines.diarize.diarize_file)",
    )
    ap.add_argument(
        "--meeting",
        action="store_true",
        help="with --diarize: a two-channel meeting recording (meeting mode)",
    )
    ap.add_argument(
        "--voices",
        type=int,
        choices=[1, 2],
        default=1,
        help="with --diarize: 2 = the fixture's 5-s turns alternate with a lower voice, so turn changes are "
        "placed and overlaps looked for (one voice has no change to place)",
    )
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, path = args.child[0], Path(args.child[1])
        got = (
            child_diarize(mode, path, args.diarize, args.meeting)
            if args.diarize
            else child(mode, path, args.model, args.transcribe, args.block, not args.no_recover)
        )
        print(json.dumps(got))
        return 0
    if args.quick:
        args.minutes, args.model, args.block, args.whole_max = [1.0, 3.0, 9.0], "tiny.en", 30.0, 9.0
    from tests.helpers.media import make_long_speech, make_two_voices

    if args.diarize:
        kind = "meeting mode (two channels)" if args.meeting else "diarization"
        voices = "two voices" if args.voices == 2 else "one voice"
        print(f"{kind}, {args.diarize} method, {voices} (n = windows embedded)")
    else:
        work = "decode + VAD + language"
        if args.transcribe:
            work = "real transcription, gap recovery " + ("off" if args.no_recover else "on (the default)")
        print(f"model {args.model}, block {args.block:.0f} s, {work}")
    print(f"load (1/5/15 min) at start: {loadavg()}")
    print(f"{'minutes':>8} {'path':>9} {'floor MB':>9} {'peak MB':>8} {'peak-floor':>10} {'s':>7} {'n':>5}")
    peaks: dict[str, list[float]] = {"whole": [], "streamed": [], GLIBC: []}
    with tempfile.TemporaryDirectory(prefix="rr-longmem-") as tmp:
        for minutes in args.minutes:
            src = FIXTURES / "speech_en_30s.wav"
            if args.voices == 2:
                src = make_two_voices(src, Path(tmp) / "two.wav")
            path, _ = make_long_speech(src, Path(tmp) / "long.ogg", minutes * 60, stereo=args.meeting)
            modes = ["whole", "streamed"] if minutes <= args.whole_max else ["streamed"]
            modes += [GLIBC] if args.heap_baseline else []
            for mode in modes:
                r = run_child(
                    mode,
                    path,
                    args.model,
                    args.transcribe,
                    args.block,
                    args.diarize,
                    args.meeting,
                    not args.no_recover,
                )
                peaks[mode].append(r["peak_mb"])
                print(
                    f"{minutes:8.0f} {mode:>9} {r['floor_mb']:9.0f} {r['peak_mb']:8.0f} "
                    f"{r['peak_mb'] - r['floor_mb']:10.0f} {r['seconds']:7.1f} {r['count']:5.0f}"
                    + (f"  (recovered {r.get('recovered_s', 0.0):.0f} s)" if args.transcribe else ""),
                    flush=True,
                )
    for mode, values in peaks.items():
        if values:  # the whole-file path is skipped above --whole-max
            print(f"{mode}: peak at its longest length / at the shortest = {values[-1] / values[0]:.2f}")
    ratio = peaks["streamed"][-1] / peaks["streamed"][0]
    print(f"streamed flat within 20 %: {'MET' if ratio <= 1.2 else 'NOT MET'} ({ratio:.2f})")
    at = len(peaks["whole"]) - 1
    if at >= 0:
        ratio_at = peaks["whole"][at] / peaks["streamed"][at]
        print(f"whole / streamed peak at {args.minutes[at]:.0f} min: {ratio_at:.2f}")
    for minutes, app, glibc in zip(args.minutes, peaks["streamed"], peaks[GLIBC], strict=False):
        print(f"streamed peak with the app's heap settings / glibc's at {minutes:.0f} min: {app / glibc:.2f}")
    print(f"load (1/5/15 min) at end: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
