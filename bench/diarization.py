"""Speaker diarization on the conversation test set (tests/helpers/conversations.py): 1–5 speakers, neural,
classic and real voices, clean and degraded, a held-out part reported apart.

    PYTHONPATH=app:. python bench/diarization.py [--quick] [--cache DIR] [--calibrate] [--dump-der JSON]
        [--model NAME ...]   # neural embedders to measure (catalogue names; default: the first present)

Per method (neural/basic) and count (calibrated agglomerative "ahc" vs the old "eigengap"): speaker-count
accuracy, DER (0.25 s collar, NIST accounting; tests/helpers/diar_metrics.py), word-level speaker accuracy on
reference word spans (all words, and words within 0.5 s of a reference turn change) and diarization time ÷
audio duration. Overlapped speech (engines/diarize/overlap.py): precision and recall by time and by the
reference words inside reference overlaps, clean and degraded, per split. `--calibrate` sweeps where
agglomeration stops, `--calibrate-overlap` the overlap detector's level, on the tuning part only. `--quick` runs
three held-out dialogues, clean, in a few seconds once the voices are cached.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordroute.engines.diarize import (  # noqa: E402
    DiarizeOptions,
    available,
    make_embedder,
    overlap,
)
from recordroute.engines.diarize.counting import Calibration  # noqa: E402
from recordroute.engines.diarize.engine import (  # noqa: E402
    Diarization,
    Embedded,
    embed,
    find_overlaps,
    finish,
    place_changes_scored,
)
from tests.helpers import conversations as cv  # noqa: E402
from tests.helpers import diar_metrics as dm  # noqa: E402
from tests.helpers import long_conversations as lc  # noqa: E402

QUICK = ["h-1-piper", "h-2-kokoro-ff", "h-3-meeting"]
# (clustering, changes placed again): the app's default first, then the same without placing the changes, then
# the old eigengap count.
VARIANTS = (("ahc", True), ("ahc", False), ("eigengap", True))


@dataclass
class Row:
    conv: cv.Conversation
    method: str
    clustering: str
    n_hyp: int
    der: float
    words: tuple[int, int]
    near: tuple[int, int]
    seconds: float
    cpu: float
    overlap: dict[str, float]


def score(
    conv: cv.Conversation, diar: Diarization, method: str, clustering: str, seconds: float, cpu: float
) -> Row:
    ref = [(t.start, t.end, t.speaker) for t in conv.turns]
    hyp = [(t.start, t.end, t.speaker) for t in diar.turns]
    mapping = dm.best_mapping(ref, hyp)
    main = [(t.start, t.end, t.speaker) for t in conv.turns if not t.backchannel]
    found = [(o.start, o.end) for o in diar.overlaps]
    return Row(
        conv,
        method,
        clustering,
        len(diar.speakers),
        dm.der(ref, hyp),
        dm.word_accuracy(conv.words, diar.speaker_at, mapping),
        dm.word_accuracy(conv.words, diar.speaker_at, mapping, dm.changes(main)),
        seconds,
        cpu,
        dm.overlap_counts(dm.overlaps(ref), found, conv.words),
    )


@dataclass(frozen=True)
class Method:
    """A diarization method, and for the neural one the catalogue model it runs (None: the first present)."""

    method: str
    model: str | None = None

    timbre_weight: float | None = None  # None: DiarizeOptions' default

    def options(self, **kw: object) -> DiarizeOptions:
        if self.timbre_weight is not None:
            kw["timbre_weight"] = self.timbre_weight
        return DiarizeOptions(method=self.method, model=self.model, **kw)  # type: ignore[arg-type]

    def label(self, embedder_name: str) -> str:
        return f"{self.method} ({embedder_name})" if self.method == "neural" else self.method


def run(convs: list[cv.Conversation], methods: list[Method]) -> list[Row]:
    rows = []
    for m in methods:
        embedder = make_embedder(m.options())  # loaded once, like the app
        method = m.label(embedder.name)
        for conv in convs:
            t0, c0 = time.perf_counter(), time.process_time()
            e = embed(conv.samples, m.options(), embedder)
            t_embed, c_embed = time.perf_counter() - t0, time.process_time() - c0
            for clustering, placed in VARIANTS:
                options = m.options(clustering=clustering)
                t1, c1 = time.perf_counter(), time.process_time()
                turns, speakers = finish(e, options)
                found: list[overlap.Overlap] = []
                if placed:  # as the app does: changes placed again on short windows (neural only)
                    turns, speakers, contrast = place_changes_scored(
                        [conv.samples], e.samples, turns, speakers, embedder
                    )
                    found = find_overlaps(turns, e, embedder, contrast) or []
                t_all = t_embed + time.perf_counter() - t1
                c_all = c_embed + time.process_time() - c1
                diar = Diarization(
                    method, e.embedder, turns, speakers, e.norm, len(e.windows), overlaps=found
                )
                label = clustering if placed else f"{clustering}, changes unplaced"
                rows.append(score(conv, diar, method, label, t_all, c_all))
    return rows


def _pct(right: int, total: int) -> str:
    return f"{100 * right / max(total, 1):.1f} %"


def table(rows: list[Row], key: str) -> None:
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for r in rows:
        k = (
            r.conv.spec.split,
            r.conv.condition if key == "condition" else r.conv.source,
            r.method,
            r.clustering,
        )
        groups[k].append(r)
    head = "condition" if key == "condition" else "voice source"
    cols = "count exact | DER | words | words near a change | time ÷ audio | CPU ÷ audio"
    print(f"\n| split | {head} | method | count | dialogues | {cols} |")
    print("|" + " --- |" * 11)
    for (split, what, method, clustering), rs in sorted(groups.items()):
        exact = sum(r.n_hyp == len(r.conv.speakers) for r in rs)
        w = (sum(r.words[0] for r in rs), sum(r.words[1] for r in rs))
        n = (sum(r.near[0] for r in rs), sum(r.near[1] for r in rs))
        audio = sum(r.conv.duration for r in rs)
        ratio = sum(r.seconds for r in rs) / audio
        cpu = sum(r.cpu for r in rs) / audio
        print(
            f"| {split} | {what} | {method} | {clustering} | {len(rs)} | {_pct(exact, len(rs))} | "
            f"{np.mean([r.der for r in rs]):.3f} | {_pct(*w)} | {_pct(*n)} | {ratio:.3f} | {cpu:.3f} |"
        )


def overlap_table(rows: list[Row]) -> None:
    """Overlap detection per split and condition (clean / degraded), the app's default variant only."""
    groups: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.clustering == "ahc" and r.method.startswith(
            "neural"
        ):  # the basic method does not look for overlaps
            kind = "clean" if r.conv.condition == "clean" else "degraded"
            groups[(r.conv.spec.split, kind, r.method)].append(r)
    print(
        "\n| split | condition | method | dialogues | reference overlap | time precision | time recall | "
        "words marked | word precision | word recall |"
    )
    print("|" + " --- |" * 10)
    for (split, kind, method), rs in sorted(groups.items()):
        t = {k: sum(r.overlap[k] for r in rs) for k in rs[0].overlap}
        print(
            f"| {split} | {kind} | {method} | {len(rs)} | {t['ref']:.1f} s, {int(t['words_ref'])} words | "
            f"{_pct(round(t['hit'] * 100), round(t['hyp'] * 100))} | "
            f"{_pct(round(t['hit'] * 100), round(t['ref'] * 100))} | {int(t['words_marked'])} | "
            f"{_pct(int(t['words_hit']), int(t['words_marked']))} | "
            f"{_pct(int(t['words_hit']), int(t['words_ref']))} |"
        )


def calibrate_overlap(convs: list[cv.Conversation], methods: list[Method]) -> None:
    """Sweep the overlap detector's level and contrast on the tuning part only: precision first, then recall."""
    tune = [c for c in convs if c.spec.split == "tune"]
    for m in [m for m in methods if m.method == "neural"]:  # the basic method does not look for overlaps
        embedder = make_embedder(m.options())
        method = m.label(embedder.name)
        cases = []
        for c in tune:
            e = embed(c.samples, m.options(), embedder)
            turns, speakers = finish(e, m.options())
            turns, _, contrast = place_changes_scored([c.samples], e.samples, turns, speakers, embedder)
            ref = dm.overlaps([(t.start, t.end, t.speaker) for t in c.turns])
            cases.append((c, e, turns, contrast, ref))
        print(f"\n{method}: overlap level and contrast on {len(tune)} tuning recordings (clean + degraded)")
        for level in np.arange(0.1, 0.41, 0.05):
            for least in (-np.inf, 0.0, 0.15, 0.3, 0.45, 0.6, 0.8, 1.0, 1.2):
                t: dict[str, float] = defaultdict(float)
                for c, e, turns, contrast, ref in cases:
                    got = overlap.detect(turns, e.energy, contrast, float(level), float(least))
                    for k, v in dm.overlap_counts(ref, [(o.start, o.end) for o in got], c.words).items():
                        t[k] += v
                print(
                    f"  level {level:.2f} contrast {least:5.2f}: time precision "
                    f"{_pct(round(t['hit'] * 100), round(t['hyp'] * 100))}, recall "
                    f"{_pct(round(t['hit'] * 100), round(t['ref'] * 100))}; words "
                    f"{_pct(int(t['words_hit']), int(t['words_marked']))} / "
                    f"{_pct(int(t['words_hit']), int(t['words_ref']))}"
                )


def detail(rows: list[Row]) -> None:
    print("\n| dialogue | condition | method | count | speakers (found) | DER | words |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r.conv.spec.name} | {r.conv.condition} | {r.method} | {r.clustering} | "
            f"{len(r.conv.speakers)} ({r.n_hyp}) | {r.der:.3f} | {_pct(*r.words)} |"
        )


CAPS = (1e9, 20.0, 15.0, 12.0, 10.0, 8.0)  # cluster sizes swept with the stop (cluster.SIZE_CAP)


def calibrate(convs: list[cv.Conversation], methods: list[Method]) -> None:
    """Sweep where agglomeration stops and the size cap of its cost, on the tuning part only: count accuracy
    first, then mean DER. With long recordings in `convs`, the minimum share is held at its default."""
    tune = [c for c in convs if c.spec.split == "tune"]
    shares = (Calibration(0.0).min_share,) if any(c.condition == "long" for c in tune) else (0.0, 0.05, 0.08)
    for m in methods:
        embedder = make_embedder(m.options())
        method = m.method
        embedded: list[tuple[cv.Conversation, Embedded]] = [
            (c, embed(c.samples, m.options(), embedder)) for c in tune
        ]
        results = []
        for cap, threshold, share in itertools.product(CAPS, np.arange(2.0, 8.01, 0.25), shares):
            calib = Calibration(float(threshold), share, cap)
            exact, ders = 0, []
            for c, e in embedded:
                turns, speakers = finish(e, m.options(), calib)
                exact += len(speakers) == len(c.speakers)
                ref = [(t.start, t.end, t.speaker) for t in c.turns]
                ders.append(dm.der(ref, [(t.start, t.end, t.speaker) for t in turns]))
            results.append((exact, -float(np.mean(ders)), round(float(threshold), 3), share, cap))
        results.sort(reverse=True)
        print(f"\n{method} ({embedder.name}): best on {len(tune)} tuning dialogues (clean + degraded)")
        for exact, neg_der, threshold, share, cap in results[:12]:
            print(
                f"  max_cost {threshold:.2f} size_cap {cap:g} min_share {share:.2f}: count exact "
                f"{exact}/{len(tune)}, DER {-neg_der:.3f}"
            )


def dump_der(convs: list[cv.Conversation], dst: Path, model: str | None) -> None:
    """Reference and neural hypothesis turns with our DER, as JSON for bench/der_check.py (pyannote.metrics)."""
    import json

    m = Method("neural", model)
    embedder = make_embedder(m.options())
    out = []
    for conv in convs:
        e = embed(conv.samples, m.options(), embedder)
        turns, _ = finish(e, m.options())
        ref = [(t.start, t.end, t.speaker) for t in conv.turns]
        hyp = [(t.start, t.end, t.speaker) for t in turns]
        out.append(
            {"name": f"{conv.spec.name} / {conv.condition}", "ref": ref, "hyp": hyp, "der": dm.der(ref, hyp)}
        )
    dst.write_text(json.dumps(out), encoding="utf-8")
    print(
        f"wrote {len(out)} cases to {dst}; run bench/der_check.py {dst} where pyannote.metrics is installed"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="three held-out dialogues, clean (a few seconds)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "recordroute-voices")
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--calibrate-overlap", action="store_true", help="sweep the overlap level (tuning part)")
    ap.add_argument(
        "--dump-der", type=Path, metavar="JSON", help="write turns + our DER for bench/der_check.py"
    )
    ap.add_argument("--detail", action="store_true", help="one row per dialogue too")
    ap.add_argument("--split", choices=("all", "tune", "held-out"), default="all")
    ap.add_argument(
        "--model",
        action="append",
        metavar="NAME",
        help="neural embedder to measure, a catalogue name (repeat for several; found in the model folders "
        "or $RECORDROUTE_MODEL_DIR); default: the first one present",
    )
    ap.add_argument("--no-basic", action="store_true", help="neural only")
    ap.add_argument(
        "--long",
        action="store_true",
        help="add the 4-12 minute recordings (tests/helpers/long_conversations.py)",
    )
    ap.add_argument(
        "--timbre-weight", type=float, help="weight of the MFCC timbre half joined to neural embeddings"
    )
    args = ap.parse_args()
    found = available(None)
    missing = [n for n in args.model or [] if n not in found]
    if missing:
        print(f"not found offline: {', '.join(missing)} (present: {', '.join(found) or 'none'})")
        return 2
    methods = [Method("neural", n, args.timbre_weight) for n in args.model or ([None] if found else [])]
    methods += [] if args.no_basic else [Method("basic")]
    names = QUICK if args.quick else [s.name for s in cv.SET if args.split in ("all", s.split)]
    convs = cv.load(args.cache, names, degraded=not args.quick)
    if args.long:
        convs += lc.load_long(args.cache, split=None if args.split == "all" else args.split)
    if args.dump_der:
        dump_der(convs, args.dump_der, (args.model or [None])[0])
        return 0
    if args.calibrate:
        calibrate(convs, methods)
        return 0
    if args.calibrate_overlap:
        calibrate_overlap(convs, methods)
        return 0
    rows = run(convs, methods)
    print(f"{len(convs)} recordings, {sum(c.duration for c in convs) / 60:.1f} min of audio")
    table(rows, "condition")
    overlap_table(rows)
    if not args.quick:
        table([r for r in rows if r.clustering == "ahc"], "source")
    if args.detail:
        detail(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
