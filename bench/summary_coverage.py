"""Summary coverage and overhead on 30-, 90- and 180-minute synthetic transcripts through the fake Ollama.

Each transcript has one numbered fact every 10 s. For every length it prints:
- coverage: the share of map chunks whose facts (as the server's "model" saw them, after its truncation) all
  reach the input of the final merge (must be 100%), and whether any prompt was truncated;
- the number of LLM calls (map, reduce, title) and reduce levels;
- the app's own overhead: wall time outside the server's request handling, as a share of the total, both with
  an instant fake model and with a simulated one (prompt evaluation and token generation delays).

Run: python bench/summary_coverage.py [--num-ctx 8192] [--lengths 30,90,180]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests.fakes

from recordroute.engines.llm import OllamaBackend, get_template, summarize
from recordroute.transcript import Segment as Seg
from tests.fakes.fake_ollama import FakeOllama, FakeRequest
from tests.fakes.responders import fact_ids, split_seen

MODEL = "qwen2.5:7b-instruct"
FACT = re.compile(r"Fact (\d{4}): the budget line \d+ is 8,\d{3} won\.")


def transcript(minutes: int) -> list[Seg]:
    return [
        Seg(
            i * 10.0,
            i * 10.0 + 10.0,
            f"Fact {i + 1:04d}: the budget line {i + 1} is 8,{(i + 1) % 1000:03d} won.",
        )
        for i in range(minutes * 6)
    ]


def bulky(model: str, seen: Any, options: dict[str, Any]) -> str:
    """Long map answers tagged with their fact span, so merges must recurse at small contexts; merges keep
    exactly the tags they saw (a dropped part would be missing from the final input)."""
    _, text = split_seen(seen)
    if "<transcript>" in text:
        ids = sorted(fact_ids(text).get("Fact", ()))
        return f"TAG{ids[0]:04d}-{ids[-1]:04d}\n" + "detail words " * 70
    if "<notes part=" in text:
        return "\n".join(sorted(set(re.findall(r"TAG\d{4}-\d{4}", text))))
    return "Title"


def kind(req: FakeRequest) -> str:
    text = req.user_seen
    if "<transcript>" in text:
        return "map"
    return "reduce" if "<notes part=" in text else "title"


def run(minutes: int, num_ctx: int, simulate: bool, responder: Any = None) -> dict[str, Any]:
    segs = transcript(minutes)
    with FakeOllama(models={MODEL: {}}, responder=responder) as fake:
        if simulate:
            fake.prompt_token_delay = 0.00005  # 20k prompt tokens/s
            fake.token_delay = 0.005  # 200 answer tokens/s
        backend = OllamaBackend(MODEL, host=fake.url, num_ctx=num_ctx)
        t0 = time.perf_counter()
        result = summarize(segs, backend=backend, template=get_template("minutes", "en"), language="en")
        total = time.perf_counter() - t0
        reqs = list(fake.requests)
    maps = [r for r in reqs if kind(r) == "map"]
    finals = [r for r in reqs if kind(r) == "reduce"]
    final_input = finals[-1].user_seen if finals else ""
    final_ids = fact_ids(final_input).get("Fact", set())
    reached = 0
    seen_all: set[int] = set()
    for r in maps:
        ids = {int(m.group(1)) for m in FACT.finditer(r.user_seen)}
        seen_all |= ids
        if not finals:  # one chunk: its answer is the summary itself
            reached += 1
        elif responder is bulky:
            reached += r.response.split("\n")[0] in final_input
        else:
            reached += bool(ids) and ids <= final_ids
    server = sum(r.duration for r in reqs)
    return {
        "minutes": minutes,
        "facts": len(segs),
        "chunks": len(maps),
        "coverage": reached / len(maps) if maps else 0.0,
        "facts_seen": len(seen_all) / len(segs),
        "truncated": sum(r.truncated for r in reqs),
        "calls": result.llm_calls,
        "levels": result.reduce_levels,
        "total": total,
        "server": server,
        "overhead": (total - server) / total if total else 0.0,
        "app_ms_per_call": 1000 * (total - server) / max(1, result.llm_calls),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--num-ctx", type=int, default=8192)
    ap.add_argument("--lengths", default="30,90,180")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.lengths = "5"
    lengths = [int(x) for x in args.lengths.split(",")]
    header = (
        f"{'case':<26}{'min':>5}{'chunks':>8}{'coverage':>10}{'facts':>8}{'trunc':>7}{'calls':>7}"
        f"{'levels':>8}{'total s':>9}{'server s':>10}{'app share':>11}{'app ms/call':>13}"
    )
    print(header)
    print("-" * len(header))
    cases = [
        (f"ctx {args.num_ctx}, instant model", args.num_ctx, False, None),
        (f"ctx {args.num_ctx}, simulated model", args.num_ctx, True, None),
        ("ctx 2048, long notes", 2048, False, bulky),
    ]
    ok = True
    for name, ctx, simulate, responder in cases:
        for minutes in lengths:
            r = run(minutes, ctx, simulate, responder)
            ok &= r["coverage"] == 1.0 and r["truncated"] == 0 and r["facts_seen"] == 1.0
            print(
                f"{name:<26}{r['minutes']:>5}{r['chunks']:>8}{r['coverage']:>10.0%}{r['facts_seen']:>8.0%}"
                f"{r['truncated']:>7}{r['calls']:>7}{r['levels']:>8}{r['total']:>9.2f}{r['server']:>10.2f}"
                f"{r['overhead']:>11.1%}{r['app_ms_per_call']:>13.1f}"
            )
    print("coverage 100% and no truncated prompt in every case" if ok else "COVERAGE FAILURE")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
