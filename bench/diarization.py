"""Speaker diarization quality and cost on synthetic espeak-ng dialogues with known turns.

    PYTHONPATH=app python bench/diarization.py [--model tiny.en] [--repeats 2]

For each dialogue (2 and 3 speakers) and each method (basic, neural when a speaker model is installed):
DER (missed speech + false alarm + speaker confusion over reference speech, 0.25 s collar, best label mapping),
word-level speaker accuracy on Whisper's own word timestamps, and diarization time as a share of the
transcription time of the same file measured in the same run (the baseline). Target: neural ≤ 0.3 on CPU.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import permutations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordroute.engines.diarize import DiarizeOptions, available, diarize, make_embedder  # noqa: E402
from recordroute.engines.stt import SttEngine, SttOptions  # noqa: E402
from recordroute.pipeline.diarization import align  # noqa: E402
from recordroute.store import Segment, Word  # noqa: E402
from tests.helpers import dialogue as dl  # noqa: E402

STEP = 0.01
DIALOGUES = {"2 speakers": "ABABABAB", "3 speakers": "ABCABCABC", "3 speakers, mixed": "ACBCABAC"}


def der(d: dl.Dialogue, turns: list[tuple[float, float, str]], collar: float = 0.25) -> float:
    n = int(len(d.samples) / 16000 / STEP)
    ref: list[str | None] = [None] * n
    skip = np.zeros(n, dtype=bool)
    for t in d.turns:
        a, b = int(t.start / STEP), int(t.end / STEP)
        ref[a:b] = [t.speaker] * (b - a)
        for edge in (a, b):
            skip[max(0, edge - int(collar / STEP)) : edge + int(collar / STEP)] = True
    hyp: list[str | None] = [None] * n
    for a, b, s in turns:
        i, j = int(a / STEP), min(n, int(b / STEP))
        hyp[i:j] = [s] * (j - i)
    keep = [i for i in range(n) if not skip[i]]
    refs, hyps = sorted({r for r in ref if r}), sorted({h for h in hyp if h})
    best = None
    for perm in permutations(hyps, min(len(hyps), len(refs))):
        m = dict(zip(perm, refs, strict=False))
        err = sum(
            1
            for i in keep
            if (ref[i] or hyp[i]) and (ref[i] is None or hyp[i] is None or m.get(hyp[i]) != ref[i])
        )
        best = err if best is None else min(best, err)
    speech = sum(1 for i in keep if ref[i])
    return (best if best is not None else speech) / max(speech, 1)


def word_accuracy(d: dl.Dialogue, segments: list[Segment]) -> float:
    words = [w for s in segments for w in s.words]
    pairs: dict[tuple, int] = {}
    for w in words:
        key = (w.speaker, d.speaker_at((w.start + w.end) / 2))
        pairs[key] = pairs.get(key, 0) + 1
    used_h, used_t, right = set(), set(), 0
    for (h, t), n in sorted(pairs.items(), key=lambda kv: -kv[1]):
        if h not in used_h and t not in used_t:
            used_h.add(h)
            used_t.add(t)
            right += n
    return right / max(len(words), 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.repeats = 1
    methods = ["basic"] + (["neural"] if available(None) else [])
    stt = SttEngine(args.model, device="cpu")
    embedders = {m: make_embedder(DiarizeOptions(method=m)) for m in methods}  # loaded once, like the app
    print("| dialogue | length | method | speakers (est.) | DER | word accuracy | diarize / transcribe |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, order in DIALOGUES.items():
            d = dl.build(Path(tmp) / f"{order}.wav", order)
            t_stt = []
            for _ in range(args.repeats):
                t0 = time.perf_counter()
                tr = stt.transcribe(d.samples, SttOptions(language="en"))
                t_stt.append(time.perf_counter() - t0)
            for m in methods:
                t_d = []
                for _ in range(args.repeats):
                    t0 = time.perf_counter()
                    result = diarize(d.samples, DiarizeOptions(method=m), embedder=embedders[m])
                    t_d.append(time.perf_counter() - t0)
                segs = [
                    Segment(
                        idx=i,
                        text=s.text,
                        start=s.start,
                        end=s.end,
                        words=[Word(w.start, w.end, w.word, w.probability) for w in s.words],
                    )
                    for i, s in enumerate(tr.segments)
                ]
                segs = align(segs, result)
                hyp = [(t.start, t.end, t.speaker) for t in result.turns]
                print(
                    f"| {name} | {len(d.samples) / 16000:.0f} s | {result.label} | "
                    f"{len(d.speakers)} ({len(result.speakers)}) | {der(d, hyp):.3f} | "
                    f"{word_accuracy(d, segs):.3f} | {min(t_d) / min(t_stt):.3f} |"
                )
    print(f"\nbaseline: faster-whisper {args.model} (CPU int8) on the same file, best of {args.repeats}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
