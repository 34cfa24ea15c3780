"""Closing the store while another thread is still querying it must neither break that query ("Cannot operate
on a closed database") nor crash the process (it did: a GUI worker computing "similar" while the window's
context closed took the whole test run down with SIGSEGV). Run in a subprocess so a crash fails one test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = r"""
import sys, threading, time
from pathlib import Path
from recordroute.store.db import Database

db = Database(Path(sys.argv[1]))
db.connection().execute("CREATE TABLE IF NOT EXISTS t (x)")
started, result = threading.Event(), []

def slow_query():
    con = db.connection()
    started.set()
    total = 0
    for _row in con.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 300000) "
                            "SELECT n, printf('%0100d', n) FROM c"):
        total += 1  # rows stepped one at a time, as the store's list queries do
    result.append(total)

worker = threading.Thread(target=slow_query)
worker.start()
started.wait()
time.sleep(0.05)   # the query is running now
db.close()         # what AppContext.close() does at shutdown
worker.join(60)
print(result)
"""


def test_close_while_another_thread_queries(tmp_path: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "db.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert res.returncode == 0, (res.returncode, res.stderr[-2000:])
    assert res.stdout.strip() == "[300000]"
