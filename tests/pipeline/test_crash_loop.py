"""Kill the real CLI in every stage, restart, and prove nothing was lost (the report runs 50 rounds)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fakes.fake_ollama import FakeOllama
from tests.helpers.crash_loop import CrashLoop

MODEL = "qwen2.5:7b-instruct"


@pytest.mark.slow
def test_sigkill_in_every_stage_loses_nothing(tmp_path: Path, isolated_env: Path) -> None:
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as fake:
        fake.token_delay = 0.02  # a slow model: the summarize stage is long enough to be hit
        env = {**os.environ, "OLLAMA_HOST": fake.url, "RECORDROUTE_LLM_MODEL": MODEL}
        loop = CrashLoop(tmp_path / "loop", env, seed=7, log=print, quick=True)
        # Decoding is the start of the transcribe stage; bench/reliability_report.py also kills mid-decode,
        # mid-ingest and at random moments, 50 times.
        result = loop.run(5, ("decode", "summarize", "index", "reindex", "regenerate"))
    print(result.table())
    assert [r.problems for r in result.rounds] == [[]] * 5, result.table()
    # A re-index of this small library can finish before the kill lands on a fast machine (the round still
    # checks everything); the report's 50 rounds count the kills that land.
    assert result.kills >= 4, result.table()
    assert result.lost == 0
    hit = {r.target for r in result.rounds if r.killed}
    assert {"decode", "summarize", "index"} <= hit, result.table()
    assert len(loop.done_hashes) == 6  # every file of every killed batch finished after the resume


@pytest.mark.slow
def test_sigterm_cancels_the_rest_of_a_batch_instead_of_leaving_it_queued(
    tmp_path: Path, isolated_env: Path
) -> None:
    import json
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT, SPEECH_WAV, run_cli
    from tests.helpers import media
    from tests.helpers.reliability import check_data_dir, query

    long_wav = media.make_tiled_wav(SPEECH_WAV, tmp_path / "long.wav", seconds=120)
    note = tmp_path / "note.txt"
    note.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", "process", "--no-summary", str(long_wav), str(note)],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 240
    while not query(
        isolated_env / "recordroute.db",
        "SELECT 1 FROM stages WHERE name = 'transcribe' AND state = 'running'",
    ):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)  # what Ctrl-C does too: cancel cleanly
    proc.communicate(timeout=60)
    assert proc.returncode == 1
    jobs = {j["source_path"]: j for j in json.loads(run_cli("jobs", "--json").stdout)}
    assert jobs[str(long_wav)]["state"] == "cancelled" and jobs[str(note)]["state"] == "cancelled"
    assert "nothing to resume" in run_cli("retry").stdout  # a cancel is the user's choice, not resumed
    assert check_data_dir(isolated_env, vectors=False).ok
