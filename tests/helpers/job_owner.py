"""A RecordRoute process that owns jobs, driven step by step by a test (one role per process):

- `queue-then-run <file>`: as `recordroute process` does (process name "cli"), queue a job for `file`, print
  its id, wait for a line on stdin, then run it and print the final state as JSON;
- `claim-and-hang <file>`: queue two jobs, start (claim) the first, print both ids, then hang until killed;
- `reindex-job`: queue a "reindex" job it owns and run it, printing progress lines (to be cancelled from
  another process through the store).
Run with `python -m tests.helpers.job_owner ROLE ...` and the test's environment (RECORDROUTE_DATA_DIR...).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from recordroute.job_options import JobOptions
    from recordroute.pipeline import runner
    from recordroute.pipeline.context import AppContext
    from recordroute.store.jobs import set_process_name

    set_process_name("cli")
    ctx = AppContext.open()
    role = argv[0]
    quick = JobOptions(no_summary=True, no_index=True)
    if role == "queue-then-run":
        job_id = runner.submit(ctx, Path(argv[1]), options=quick)
        print(json.dumps({"job_id": job_id}), flush=True)
        sys.stdin.readline()
        final = runner.run_job(ctx, job_id)
        print(json.dumps({"job_id": job_id, "state": final.state, "message": final.message}), flush=True)
        return 0
    if role == "claim-and-hang":
        first = runner.submit(ctx, Path(argv[1]), options=quick)
        second = runner.submit(ctx, Path(argv[1]), options=quick)
        assert ctx.store.jobs.claim(first)
        print(json.dumps({"running": first, "queued": second}), flush=True)
        while True:
            time.sleep(1)
    if role == "reindex-job":
        job_id = runner.submit(ctx, None, stages=["reindex"])
        print(json.dumps({"job_id": job_id}), flush=True)
        final = runner.run_job(
            ctx, job_id, listener=lambda e: print(f"progress {e.fraction:.3f}", flush=True), throttle=0.05
        )
        print(json.dumps({"job_id": job_id, "state": final.state, "message": final.message}), flush=True)
        return 0
    raise SystemExit(f"unknown role {role}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
