"""Check tests/helpers/diar_metrics.der against pyannote.metrics on the turns `bench/diarization.py --dump-der`
wrote. Run where pyannote.metrics is installed (it is not a project dependency):

    python bench/der_check.py cases.json

pyannote's `collar` is the total width around each reference boundary: ours (0.25 s each side) is its 0.5.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pyannote.core import Annotation, Segment
from pyannote.metrics.diarization import DiarizationErrorRate


def main() -> int:
    cases = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    worst = 0.0
    for case in cases:
        ref, hyp = Annotation(), Annotation()
        for i, (a, b, s) in enumerate(case["ref"]):
            ref[Segment(a, b), i] = s
        for i, (a, b, s) in enumerate(case["hyp"]):
            hyp[Segment(a, b), i] = s
        theirs = DiarizationErrorRate(collar=0.5)(ref, hyp)
        worst = max(worst, abs(theirs - case["der"]))
        print(f"{case['name']}: ours {case['der']:.4f}, pyannote.metrics {theirs:.4f}")
    print(f"largest difference: {worst:.4f} over {len(cases)} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
