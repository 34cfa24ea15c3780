"""Several real processes on one vector folder: writers (appends, deletes, compactions, rebuilds) SIGKILLed at
random points while readers open the index and search in a loop.

Run as `python -m tests.helpers.many_processes writer|reader ...` (one role per process); `soak()` starts
them and checks the folder afterwards. Shared by tests/store/test_many_processes.py and
bench/reliability_report.py ("many processes").
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
MODEL, DIM = "soak", 32


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)])}


def _vectors(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.standard_normal((n, DIM)).astype(np.float32)


def writer(folder: Path, seed: int, ops: int) -> int:
    """Random writes through the real index; one line per finished op; a failure exits 1 with a traceback."""
    from recordroute.store.vectors import MmapVectorIndex

    rng = np.random.default_rng(seed)
    next_id = seed * 1_000_000
    ix = MmapVectorIndex(folder, MODEL, DIM, verify_vectors=False)
    for i in range(ops):
        r = rng.random()
        if r < 0.45:
            n = int(rng.integers(20, 200))
            ix.add(np.arange(next_id, next_id + n), _vectors(rng, n))
            next_id += n
            what = "add"
        elif r < 0.7:
            live = ix.live_ids()
            if live.size:
                ix.delete(rng.choice(live, size=min(live.size, int(rng.integers(1, 150))), replace=False))
            what = "delete"
        elif r < 0.88:
            ix.compact()
            what = "compact"
        else:
            live = ix.live_ids()
            ids, vecs = ix.vectors_for(live)
            ix.rebuild(zip(ids.tolist(), vecs, strict=True))
            what = "rebuild"
        print(f"op {i} {what}", flush=True)
    ix.close()
    print("finished", flush=True)
    return 0


def reader(folder: Path, stop_file: Path, seed: int) -> int:
    """Open a read-only view and search, again and again, until `stop_file` exists; prints a JSON summary."""
    from recordroute.store.vectors import MmapVectorIndex

    rng = np.random.default_rng(seed)
    opens = searches = 0
    errors: list[str] = []
    while not stop_file.exists():
        try:
            view = MmapVectorIndex(folder, MODEL, DIM, readonly=True, verify_vectors=bool(opens % 5 == 0))
            opens += 1
            for exact in (False, True):
                hits = view.search(_vectors(rng, 1)[0], 10, exact=exact)
                searches += 1
                if any(i < 0 for i, _ in hits) or len(hits) > 10:
                    errors.append(f"bad hits {hits[:3]}")
            view.close()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"opens": opens, "searches": searches, "errors": errors[:20], "n_errors": len(errors)}))
    return 0


@dataclass
class SoakResult:
    seconds: float = 0.0
    writer_runs: int = 0  # writer processes started
    kills: int = 0
    writer_failures: list[str] = field(default_factory=list)  # writers that exited non-zero on their own
    ops_done: dict[str, int] = field(default_factory=dict)  # finished ops by kind (killed writers included)
    opens: int = 0
    searches: int = 0
    reader_errors: list[str] = field(default_factory=list)
    final_problem: str | None = None  # None: the index opens strictly and searches agree with brute force

    @property
    def ok(self) -> bool:
        return not self.writer_failures and not self.reader_errors and self.final_problem is None


def _start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.many_processes", *args],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def soak(
    folder: Path,
    *,
    writers: int = 2,
    readers: int = 2,
    ops: int = 30,
    kills: int = 3,
    seed: int = 0,
    timeout: float = 240.0,
) -> SoakResult:
    """`writers` concurrent writers of `ops` ops each; `kills` times a random running writer gets SIGKILL at
    a random moment and a fresh writer takes its place; `readers` readers loop meanwhile."""
    rng = random.Random(seed)
    res = SoakResult()
    stop = folder.parent / f".{folder.name}.stop"
    stop.unlink(missing_ok=True)
    t0 = time.monotonic()
    read_procs = [_start(["reader", str(folder), str(stop), str(seed * 100 + i)]) for i in range(readers)]
    running: list[subprocess.Popen[str]] = []
    finished: list[tuple[subprocess.Popen[str], bool]] = []
    serial = seed * 1000

    def launch() -> None:
        nonlocal serial
        serial += 1
        running.append(_start(["writer", str(folder), str(serial), str(ops)]))
        res.writer_runs += 1

    for _ in range(writers):
        launch()
    left = kills
    deadline = time.monotonic() + timeout
    while running and time.monotonic() < deadline:
        time.sleep(rng.uniform(0.05, 0.6))
        for proc in [p for p in running if p.poll() is not None]:
            running.remove(proc)
            finished.append((proc, False))
        if left and running:
            victim = rng.choice(running)
            victim.send_signal(signal.SIGKILL)
            victim.wait(30)
            running.remove(victim)
            finished.append((victim, True))
            res.kills += 1
            left -= 1
            launch()
    for proc in running:  # over time: stop, and say so
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        finished.append((proc, True))
        res.writer_failures.append("a writer was still running at the time limit")
    stop.touch()
    for proc, killed in finished:
        out, err = proc.communicate(timeout=60)
        for line in out.splitlines():
            if line.startswith("op "):
                kind = line.split()[-1]
                res.ops_done[kind] = res.ops_done.get(kind, 0) + 1
        if not killed and proc.returncode != 0:
            res.writer_failures.append(
                err.strip().splitlines()[-1] if err.strip() else f"rc {proc.returncode}"
            )
    for proc in read_procs:
        out, err = proc.communicate(timeout=120)
        try:
            summary = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            res.reader_errors.append(f"reader died: {err.strip()[-300:]}")
            continue
        res.opens += summary["opens"]
        res.searches += summary["searches"]
        res.reader_errors += summary["errors"]
    stop.unlink(missing_ok=True)
    res.final_problem = check_final(folder)
    res.seconds = time.monotonic() - t0
    return res


def check_final(folder: Path) -> str | None:
    """Strict open (every checksum), then exact search against a brute-force score of the live vectors."""
    from recordroute.store.vectors import MmapVectorIndex

    try:
        ix = MmapVectorIndex(folder, MODEL, DIM)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    try:
        live = ix.live_ids()
        if live.size == 0:
            return None
        ids, vecs = ix.vectors_for(live)
        q = np.random.default_rng(1).standard_normal(DIM).astype(np.float32)
        q /= np.linalg.norm(q)
        want = ids[np.argsort(-(vecs @ q), kind="stable")[:5]].tolist()
        got = [i for i, _ in ix.search(q, 5, exact=True)]
        return None if got == want else f"exact search {got} != brute force {want}"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        ix.close()


def main(argv: list[str]) -> int:
    role = argv[0]
    try:
        if role == "writer":
            return writer(Path(argv[1]), int(argv[2]), int(argv[3]))
        if role == "reader":
            return reader(Path(argv[1]), Path(argv[2]), int(argv[3]))
    except Exception:
        traceback.print_exc()
        return 1
    raise SystemExit(f"unknown role {role}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
