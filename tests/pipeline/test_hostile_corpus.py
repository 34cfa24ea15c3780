"""About 70 hostile inputs through the real `recordroute process`: each is processed or clearly refused.

The table (input, outcome, message) is printed (see it with -s) and written to tests/artifacts/hostile_corpus.txt.
The suite's silent file is 10 minutes; bench/reliability_report.py runs the same corpus with a 3-hour one.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ROOT, SPEECH_WAV, run_cli
from tests.helpers import hostile
from tests.helpers.reliability import check_data_dir


@pytest.mark.slow
def test_hostile_corpus(tmp_path: Path, isolated_env: Path) -> None:
    note = tmp_path / "baseline.txt"
    note.write_text("The budget meeting moved to Friday.\n\nSarah owns the survey.", encoding="utf-8")
    base = run_cli("process", "--json", "--no-summary", str(SPEECH_WAV), str(note))
    assert base.returncode == 0, base.stderr
    before = run_cli("show", "1", "--json").stdout, run_cli("show", "2", "--json").stdout

    cases = hostile.build(tmp_path / "corpus", silent_seconds=600, big_text_mb=200)
    assert len(cases) >= 60
    outcomes = hostile.run(cases, dict(os.environ), batch=14, timeout=600)
    report = hostile.table(outcomes)
    print("\n" + report)
    (ROOT / "tests" / "artifacts").mkdir(exist_ok=True)
    (ROOT / "tests" / "artifacts" / "hostile_corpus.txt").write_text(report + "\n", encoding="utf-8")

    assert [o for o in outcomes if o.outcome == "FAIL"] == [], report
    assert sum(o.outcome == "error" for o in outcomes) >= 12
    by_name = {o.case.name: o for o in outcomes}
    assert "MB" in by_name["200 MB text file"].message  # the size limit is named
    assert "password" in by_name["encrypted PDF"].message
    # Refused or failed inputs leave no finished-looking record; earlier recordings are untouched.
    con = sqlite3.connect(isolated_env / "recordroute.db")
    states = {r[0]: r[1] for r in con.execute("SELECT source_name, transcribe_state FROM recordings")}
    con.close()
    for o in outcomes:
        if o.outcome == "error" and o.case.path.name in states:
            assert states[o.case.path.name] != "done", o
    after = run_cli("show", "1", "--json").stdout, run_cli("show", "2", "--json").stdout
    assert [json.loads(a)["segments"] for a in after] == [json.loads(b)["segments"] for b in before]
    check = check_data_dir(isolated_env, vectors=False)
    assert check.ok, check.problems
