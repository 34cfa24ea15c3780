"""Every bench in bench/ still runs: each one's `--quick` mode (tiny inputs, a few seconds) is run here, so a
bench that rots (an API it uses changed, as when JobOptions became typed) fails the build instead of the next
person who wants a figure. The figures of a quick run mean nothing; only that the bench ran to its end.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# der_check.py compares our DER with pyannote.metrics, which is not a project dependency: a checker, no bench;
# export_campplus.py turns a torch checkpoint into ONNX (needs torch, also not a dependency): a developer tool.
NOT_BENCHES = {"der_check.py", "export_campplus.py"}
BENCHES = sorted(
    p.name for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_") and p.name not in NOT_BENCHES
)
TIMEOUT_S = 300  # generous on a loaded 2-core machine; a quick run takes seconds on an idle one
# These load a real Whisper or embedding model (in the bench's own process), so they carry the `slow` mark.
LOADS_A_MODEL = {
    "api_overhead.py",
    "diarization.py",
    "embed_query.py",
    "embed_throughput.py",
    "gui_responsiveness.py",
    "live_captions.py",
    "retrieval_quality.py",
    "search_store.py",
    "serve_throughput.py",
    "stt_batched.py",
    "stt_overhead.py",
    "stt_recovery.py",
}


def test_every_bench_is_listed() -> None:
    assert len(BENCHES) >= 16 and "stt_overhead.py" in BENCHES


@pytest.mark.parametrize(
    "bench", [pytest.param(b, marks=pytest.mark.slow) if b in LOADS_A_MODEL else b for b in BENCHES]
)
def test_bench_quick_mode_runs(bench: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)]),
        "QT_QPA_PLATFORM": "offscreen",
        "RECORDROUTE_DATA_DIR": str(tmp_path / "data"),
        "RECORDROUTE_CONFIG": str(tmp_path / "settings.toml"),
        "HF_HUB_OFFLINE": "1",
        "TMPDIR": str(tmp_path),
    }
    res = subprocess.run(
        [sys.executable, str(ROOT / "bench" / bench), "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert res.returncode == 0, (
        f"{bench} --quick exited {res.returncode}\n{res.stdout[-2000:]}\n{res.stderr[-3000:]}"
    )
    assert res.stdout.strip(), f"{bench} --quick printed no figures"
