"""Batched against sequential transcription of a long file, in the same run, with the WER of each.

    python bench/stt_batched.py [--model base] [--minutes 10] [--batch 4 8 16] [--device cpu] [--profile]
                                [--pause 0] [--no-pack]

Builds a file of at least --minutes from the speech fixture (its 29 s repeated with 1-s gaps; --pause adds that
much silence at each of its phrase breaks, as in a meeting, which is where packing windows pays), transcribes
it with SttEngine sequentially (stt_batch_size 0) and batched at each --batch size, on the same loaded model,
and prints wall time, process CPU time, sequential / batched and the WER of each against the fixture's text
repeated. Target: sequential / batched >= 1.5 on the 2-core CPU box. The app's defaults are whatever
`batched.DEFAULT_BATCH_SIZE` says; run this to choose them. --profile prints, after each run, where its time
went (VAD, features, encoder, decoder, alignment, the fallback's re-decodes; see _stt_profile.py).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

import jiwer
import numpy as np
from faster_whisper import decode_audio

from recordroute.engines.stt import ModelCache, SttEngine, SttOptions, windows

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _stt_profile import Profile, instrument, report, reset

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SR = 16_000


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def long_audio(minutes: float, pause: float = 0.0) -> tuple[np.ndarray, str]:
    speech = decode_audio(str(FIXTURES / "speech_en_30s.wav"))
    if pause > 0:  # silence at each phrase break (where the VAD hears one): a meeting with long pauses
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        found = get_speech_timestamps(speech, VadOptions(min_silence_duration_ms=160))
        phrases = np.split(speech, [r["start"] for r in found[1:]])
        silence = np.zeros(int(pause * SR), np.float32)
        speech = np.concatenate([x for p in phrases for x in (p, silence)][:-1])
    piece = np.concatenate([speech, np.zeros(SR, np.float32)])
    copies = int(np.ceil(minutes * 60 * SR / len(piece)))
    reference = " ".join([(FIXTURES / "speech_en_30s.txt").read_text(encoding="utf-8")] * copies)
    return np.concatenate([piece] * copies), reference


def run(
    engine: SttEngine, audio: np.ndarray, batch: int, profile: Profile | None
) -> tuple[float, float, str]:
    if profile is not None:
        reset(profile)
    wall, cpu = time.perf_counter(), time.process_time()
    text = engine.transcribe(audio, SttOptions(batch_size=batch, batch_min_seconds=0.0)).text
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profile is not None:
        print(report(profile, wall, f"batch {batch}" if batch else "sequential"), flush=True)
    return wall, cpu, text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="base")
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--batch", type=int, nargs="+", default=[4, 8, 16])
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--profile", action="store_true", help="print where each run's time goes")
    ap.add_argument(
        "--pause", type=float, default=0.0, help="seconds of silence added at each phrase break of the speech"
    )
    ap.add_argument(
        "--no-pack", action="store_true", help="batched windows keep every pause (the plan before packing)"
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.model, args.minutes, args.batch, args.profile = "tiny.en", 0.5, [4], True

    if args.no_pack:
        windows.MAX_GAP = math.inf
    audio, reference = long_audio(args.minutes, args.pause)
    engine = SttEngine(args.model, device=args.device, cache=ModelCache())
    engine.load()
    for warm in (
        0,
        4,
    ):  # warm-up of both models (plain, and with replicas): first-call costs out of the figures
        engine.transcribe(audio[: 5 * SR], SttOptions(batch_size=warm, batch_min_seconds=0.0))
    profile = instrument(engine.load(), engine.load_batched()) if args.profile else None
    print(
        f"model {args.model} on {engine.device}, file {len(audio) / SR / 60:.1f} min "
        f"({args.pause:g}-s pauses added), batched windows {'unpacked' if args.no_pack else 'packed'}"
    )
    seq_wall, seq_cpu, seq_text = run(engine, audio, 0, profile)
    seq_wer = jiwer.wer(norm(reference), norm(seq_text))
    print(f"sequential      {seq_wall:7.1f} s wall {seq_cpu:7.1f} s CPU  WER {seq_wer:.3f}", flush=True)
    for batch in args.batch:
        wall, cpu, text = run(engine, audio, batch, profile)
        error = jiwer.wer(norm(reference), norm(text))
        print(
            f"batched {batch:2d}      {wall:7.1f} s wall {cpu:7.1f} s CPU  WER {error:.3f}  "
            f"sequential/batched {seq_wall / wall:.2f}x (CPU {seq_cpu / cpu:.2f}x)  "
            f"WER difference {100 * (error - seq_wer):+.1f} points",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
