"""About 70 hostile inputs: each is processed or clearly refused, and nothing already there is touched.

The whole corpus runs through the `process` command's steps in this process (warm models, for speed); a
dozen of the nastiest also go through the real `recordroute process` CLI. The table (input, outcome, message)
is printed (see it with -s) and written to tests/artifacts/hostile_corpus.txt. The suite's silent file is
5 minutes long; bench/reliability_report.py runs the whole corpus through the CLI with a 3-hour one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings
from tests.conftest import ROOT, SPEECH_WAV, run_cli
from tests.helpers import hostile
from tests.helpers.reliability import check_data_dir

CLI_SUBSET = (
    "wav truncated at 50%",
    "mp4 truncated at 50%",
    "0-byte .wav",
    "executable named .wav",
    "6-channel wav",
    "encrypted PDF",
    "UTF-16 without BOM",
    "binary data named .txt",
    "200 MB text file",
    "Korean name",
    "emoji name",
    "leading dash",
    "folder named .wav",
)


@pytest.mark.slow
def test_hostile_corpus(tmp_path: Path, isolated_env: Path) -> None:
    note = tmp_path / "baseline.txt"
    note.write_text("The budget meeting moved to Friday.\n\nSarah owns the survey.", encoding="utf-8")
    base = run_cli("process", "--json", "--no-summary", str(SPEECH_WAV), str(note))
    assert base.returncode == 0, base.stderr
    ctx = AppContext.open(Settings.load())
    before = {
        r.id: [s.text for s in ctx.store.transcripts.segments(r.id)] for r in ctx.store.recordings.list()
    }

    cases = hostile.build(
        tmp_path / "corpus", silent_seconds=300, big_text_mb=200, truncate_at=(0.05, 0.5, 0.95)
    )
    assert len(cases) >= 60
    cli_cases = [c for c in cases if c.name in CLI_SUBSET]
    assert len(cli_cases) == len(CLI_SUBSET)
    try:
        outcomes = hostile.run_in_process([c for c in cases if c not in cli_cases], ctx, limit=120)
        after = {rid: [s.text for s in ctx.store.transcripts.segments(rid)] for rid in before}
    finally:
        ctx.close()
    outcomes += hostile.run(cli_cases, dict(os.environ), batch=len(cli_cases), timeout=600, log=print)
    report = hostile.table(outcomes)
    print("\n" + report)
    (ROOT / "tests" / "artifacts").mkdir(exist_ok=True)
    (ROOT / "tests" / "artifacts" / "hostile_corpus.txt").write_text(report + "\n", encoding="utf-8")

    assert [o for o in outcomes if o.outcome == "FAIL"] == [], report
    assert sum(o.outcome == "error" for o in outcomes) >= 12
    by_name = {o.case.name: o for o in outcomes}
    assert "16 MB" in by_name["200 MB text file"].message  # the size limit is named
    assert "password" in by_name["encrypted PDF"].message
    assert "folder" in by_name["folder named .wav"].message
    assert after == before  # recordings already there are untouched
    # Refused or failed inputs leave no finished-looking record behind.
    con = sqlite3.connect(isolated_env / "recordroute.db")
    states = {r[0]: r[1] for r in con.execute("SELECT source_name, transcribe_state FROM recordings")}
    con.close()
    for o in outcomes:
        if o.outcome == "error" and o.case.path.name in states:
            assert states[o.case.path.name] != "done", o
    check = check_data_dir(isolated_env, vectors=False)
    assert check.ok, check.problems
