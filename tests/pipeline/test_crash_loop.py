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
    assert result.kills >= 5, result.table()
    assert result.lost == 0
    hit = {r.target for r in result.rounds if r.killed}
    assert {"decode", "summarize", "index"} <= hit, result.table()
    assert len(loop.done_hashes) == 6  # every file of every killed batch finished after the resume
