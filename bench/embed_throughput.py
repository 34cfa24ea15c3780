"""Embedding throughput (batched vs one at a time) and fidelity against the reference vectors.

    python bench/embed_throughput.py [--model NAME_OR_DIR] [--repeats 3] [--batch-size 32]

Workloads (deterministic synthetic English): "chunks" = 64 transcript passages of ~120 words (about 45 s
of speech, what chunk_transcript makes), "sentences" = 128 sentences of 6-20 words, "mixed" = both shuffled.
For each, the same texts go through `embed(texts, batch_size=N)` (length-sorted batches) and through
`embed([text])` one call per text, alternating which runs first, `--repeats` times; the median rate is
reported. Target: batched / one-at-a-time >= 3x.

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

_SUBJECTS = ["the team", "our client", "the vendor", "Minji", "the board", "marketing", "the support desk",
             "engineering", "the finance group", "everyone on the call"]
_VERBS = ["agreed to review", "asked about", "will draft", "postponed", "raised concerns about", "approved",
          "wants to revisit", "presented", "could not finalise", "summarised"]
_OBJECTS = ["the quarterly budget", "the hiring plan", "the launch timeline", "the security audit",
            "the vendor contract", "the office move", "customer churn figures", "the onboarding flow",
            "the pricing change", "next week's workshop"]
_TAILS = ["before Friday", "after the demo", "because legal has not replied yet", "with two open questions",
          "pending the test results", "as discussed last month", "", "", "for the European market"]


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


def _rate(fn: Callable[[], object], n: int) -> float:
    t = time.perf_counter()
    fn()
    return n / (time.perf_counter() - t)


def throughput(emb: OnnxEmbedder, texts: list[str], batch_size: int, repeats: int) -> tuple[float, float, float]:
    """(median batched texts/s, median one-at-a-time texts/s, min cosine batched vs single)."""
    emb.embed(texts[:4])  # warm-up: first-run allocations
    batched_rates, single_rates = [], []
    for r in range(repeats):
        runs = [
            ("b", lambda: emb.embed(texts, batch_size=batch_size)),
            ("s", lambda: [emb.embed([t]) for t in texts]),
        ]
        for kind, fn in runs if r % 2 == 0 else runs[::-1]:
            (batched_rates if kind == "b" else single_rates).append(_rate(fn, len(texts)))
    batched = emb.embed(texts, batch_size=batch_size)
    single = np.vstack([emb.embed([t]) for t in texts])
    return (statistics.median(batched_rates), statistics.median(single_rates),
            float(np.min(np.sum(batched * single, axis=1))))


def fidelity(emb: OnnxEmbedder) -> None:
    ref = np.load(REFERENCE)
    texts = [str(t) for t in ref["texts"]]
    cos = np.sum(emb.embed(texts) * ref["vectors"], axis=1)
    lengths = np.array(emb.tokenize_lengths(texts))
    sentences = (lengths >= 5) & (lengths < emb.max_tokens)
    print(f"cosine vs reference ({len(texts)} texts): mean {cos.mean():.5f}  median {np.median(cos):.5f}  "
          f"min {cos.min():.5f}")
    print(f"  sentences (5..{emb.max_tokens - 1} tokens, {int(sentences.sum())}): min {cos[sentences].min():.5f}; "
          f"1-4 tokens: min {cos[lengths < 5].min():.5f}; at the {emb.max_tokens}-token cap: "
          f"min {cos[lengths >= emb.max_tokens].min():.5f}")
    verdict = "PASS" if cos.mean() >= 0.999 and cos[sentences].min() >= 0.999 else "FAIL"
    print(f"  target cosine >= 0.999 (mean, and every sentence): {verdict}; "
          f"below 0.999: {int((cos < 0.999).sum())} of {len(texts)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="", help="embedding model name or folder (default: best available)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)

    t = time.perf_counter()
    emb = get_embedder(args.model)
    assert isinstance(emb, OnnxEmbedder)
    print(f"model {emb.name} (dim {emb.dim}, max {emb.max_tokens} tokens), loaded in "
          f"{time.perf_counter() - t:.2f} s")
    for name, texts in workloads().items():
        tokens = emb.tokenize_lengths(texts)
        batched, single, cos = throughput(emb, texts, args.batch_size, args.repeats)
        print(f"{name:<10} {len(texts):>4} texts, mean {statistics.fmean(tokens):5.1f} tokens: "
              f"batched {batched:7.1f}/s  one-at-a-time {single:7.1f}/s  speed-up {batched / single:4.2f}x  "
              f"(batched vs single cosine min {cos:.6f})")
    if emb.name.startswith("all-MiniLM-L6-v2") and REFERENCE.is_file():
        fidelity(emb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
