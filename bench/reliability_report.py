"""One reliability report: does the app lose anything when it is killed, fed junk, starved or flooded?

    python bench/reliability_report.py [--kills 50] [--silent-hours 3] [--load-seconds 60] [--clients 20]
                                       [--soak-kills 12] [--skip loop,corpus,faults,surfaces,load,many]

1. Crash loop: `recordroute process` on batches of three files (and `reindex` after a model change, and a
   summary regenerate through the fake Ollama) is SIGKILLed at a random moment in every stage, restarted,
   resumed with `recordroute retry`, and the data folder is checked (tests/helpers/reliability.py).
2. Hostile corpus: about 70 inputs (tests/helpers/hostile.py) through the real CLI, with a 3-hour silent file.
3. Fault matrix: tests/pipeline/test_faults.py (LLM, disk, read-only, lock, damaged model and index faults),
   plus a database held locked for longer than the busy timeout.
4. Surfaces: one case per defect of issue 23 (tests/hostile/surfaces.py): hostile backups, model packs and
   folders, vault state, watched folders, recording markers, exports; each must be refused or handled.
5. Load: 20 clients on loopback for 60 s against the real server with its default limits; the latency of
   /health under load is compared with the same request on the idle server (ratio, same run).
5. Many processes, one library (tests/helpers/many_processes.py, many_library.py): vector writers SIGKILLed
   at random points while readers open and search; the CLI's jobs beside `serve`; a dead owner's jobs; killed
   backups; an interrupted reindex; a v3 library opened by `serve`; other embedding settings; searches while
   the same process writes; a damaged index opened by three processes (MiniLM int8).
Prints one table of figures at the end (and writes it to tests/artifacts/reliability_report.txt).
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordroute.job_options import JobOptions  # noqa: E402
from tests.fakes.fake_ollama import FakeOllama  # noqa: E402
from tests.helpers import hostile  # noqa: E402
from tests.helpers.crash_loop import CrashLoop, cli_env  # noqa: E402
from tests.hostile import surfaces as hostile_surfaces  # noqa: E402

MODEL = "qwen2.5:7b-instruct"


def crash_loop(work: Path, kills: int, fake: FakeOllama) -> dict[str, object]:
    loop = CrashLoop(work / "loop", cli_env(work / "loop", fake.url, MODEL), seed=2026, log=print)
    result = loop.run(kills)
    print(result.table())
    return {
        "rounds": len(result.rounds),
        "kills": result.kills,
        "survived": result.survived,
        "lost": result.lost,
        "problems": sum(bool(r.problems) for r in result.rounds),
    }


def corpus(work: Path, silent_hours: float, fake: FakeOllama) -> dict[str, object]:
    cases = hostile.build(work / "corpus", silent_seconds=silent_hours * 3600, big_text_mb=200)
    env = cli_env(work / "corpus-app", fake.url, MODEL)
    t0 = time.monotonic()
    outcomes = hostile.run(cases, env, batch=12, timeout=3600, log=print)
    report = hostile.table(outcomes)
    print(report)
    (ROOT / "tests" / "artifacts").mkdir(exist_ok=True)
    (ROOT / "tests" / "artifacts" / "hostile_corpus_full.txt").write_text(report + "\n", encoding="utf-8")
    silent = next(o for o in outcomes if "silence" in o.case.name)
    return {
        "inputs": len(outcomes),
        "processed": sum(o.outcome == "ok" for o in outcomes),
        "clear_errors": sum(o.outcome == "error" for o in outcomes),
        "failures": sum(o.outcome == "FAIL" for o in outcomes),
        "seconds": time.monotonic() - t0,
        "silent": f"{silent.outcome} ({silent.message})",
    }


def surfaces(work: Path) -> dict[str, object]:
    """Issue 23's hostile-input corpus for archives, packs, vaults, watch folders and exports: one line each."""
    outcomes = hostile_surfaces.run_all(work / "surfaces")
    report = hostile_surfaces.table(outcomes)
    print(report)
    return {
        "cases": len(outcomes),
        "failures": sum(not o.ok for o in outcomes),
        "lines": [
            (f"#{o.case.defect} {o.case.name}", "ok" if o.ok else f"FAIL {o.message}") for o in outcomes
        ],
    }


def render_surfaces(x: dict[str, object]) -> list[tuple[str, str]]:
    rows = [("surface cases (issue 23) / failures", f"{x['cases']} / {x['failures']}")]
    lines = x["lines"]
    assert isinstance(lines, list)
    return rows + [(f"  {name}", result) for name, result in lines]


def faults(work: Path) -> dict[str, object]:
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            str(ROOT / "tests" / "pipeline" / "test_faults.py"),
            str(ROOT / "tests" / "pipeline" / "test_disk_full.py"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
    )
    tail = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr[-300:]
    print(res.stdout[-3000:])
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", tail)) else 0
    failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", tail)) else 0
    skipped = int(m.group(1)) if (m := re.search(r"(\d+) skipped", tail)) else 0
    lock = long_lock(work)
    return {"passed": passed + lock[0], "failed": failed + (not lock[0]), "skipped": skipped, "lock": lock[1]}


def long_lock(work: Path) -> tuple[bool, str]:
    """Another process holds the database locked past the 30-s busy timeout: a clear busy message, then the
    same command works once the lock is gone."""
    env = cli_env(work / "lock", "http://127.0.0.1:9", MODEL)
    first, second = work / "lock-a.txt", work / "lock-b.txt"
    first.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    second.write_text("Sarah owns the survey.", encoding="utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "recordroute", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
        )

    cli("process", "--no-summary", str(first))
    locker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sqlite3, sys, time\ncon = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "con.execute('BEGIN EXCLUSIVE')\ncon.execute('UPDATE kv SET value = value')\nprint('locked', flush=True)\n"
                "time.sleep(120)\n"
            ),
            str(Path(env["RECORDROUTE_DATA_DIR"]) / "recordroute.db"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    busy = cli("process", "--no-summary", str(second))
    locker.kill()
    locker.wait()
    again = cli("process", "--no-summary", str(second))
    ok = (
        busy.returncode == 1
        and "busy" in busy.stderr
        and "Traceback" not in busy.stderr
        and again.returncode == 0
    )
    return ok, busy.stderr.strip().splitlines()[-1] if busy.stderr.strip() else "(no message)"


def load(work: Path, seconds: float, clients: int, fake: FakeOllama) -> dict[str, object]:
    import httpx

    from recordroute.api.server import ApiServer
    from recordroute.pipeline.context import AppContext
    from recordroute.settings import Settings

    settings = Settings(
        data_dir=work / "load-data",
        stt_model="tiny.en",
        llm_backend="ollama",
        ollama_host=fake.url,
        llm_model=MODEL,
    )
    ctx = AppContext.open(settings)
    note = work / "load-note.txt"
    note.write_text("The budget meeting moved to Friday.\n\nSarah owns the survey.", encoding="utf-8")
    from recordroute.pipeline import runner

    runner.process_file(ctx, note, options=JobOptions(no_summary=True))
    token = secrets.token_urlsafe(16)
    server = ApiServer(ctx, "127.0.0.1", 0, token=token).start()  # the default limits, as users run it
    auth = {"Authorization": f"Bearer {token}"}
    idle = _latencies(server.url, auth, 50)
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    health: list[float] = []
    stop = time.monotonic() + seconds
    paths = [
        ("GET", "/health", None),
        ("GET", "/api/recordings", None),
        ("GET", "/api/search?q=budget", None),
        ("POST", "/v1/embeddings", {"model": "all-MiniLM-L6-v2", "input": ["the budget moved"]}),
        ("GET", "/api/jobs", None),
    ]

    def client(n: int) -> None:
        with httpx.Client(base_url=server.url, headers=auth, timeout=60) as http:
            i = n
            while time.monotonic() < stop:
                method, path, body = paths[i % len(paths)]
                i += 1
                t0 = time.monotonic()
                try:
                    res = http.request(method, path, json=body)
                except httpx.HTTPError as exc:
                    key = f"error {type(exc).__name__}"
                else:
                    if res.status_code < 400:
                        key = "served"
                    elif res.status_code in (429, 503) and res.headers.get("retry-after"):
                        key = "refused with Retry-After"
                    else:
                        key = f"HTTP {res.status_code}"
                with lock:
                    counts[key] += 1
                    if path == "/health" and key == "served":
                        health.append(time.monotonic() - t0)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    server.stop()
    ctx.close()
    health.sort()
    p50_load = health[len(health) // 2] if health else float("nan")
    p50_idle = idle[len(idle) // 2]
    return {
        "counts": dict(counts),
        "served": counts["served"],
        "refused": counts["refused with Retry-After"],
        "other": sum(v for k, v in counts.items() if k not in ("served", "refused with Retry-After")),
        "health_ratio": p50_load / p50_idle,
        "p50_idle_ms": p50_idle * 1000,
        "p50_load_ms": p50_load * 1000,
    }


def many_processes(work: Path, kills: int) -> dict[str, object]:
    """Several real processes on one library; each scenario in its own data folder."""
    from tests.helpers import many_library as ml
    from tests.helpers.many_processes import soak

    out: dict[str, object] = {}
    soaked = soak(work / "soak" / "vectors", writers=3, readers=3, ops=60, kills=kills, seed=5, timeout=240)
    out["soak"] = soaked
    scenarios = {
        "jobs": lambda w: ml.cli_jobs_beside_serve(w, rounds=3),
        "dead": ml.dead_owner,
        "backup": lambda w: ml.killed_backups(w, kills=3),
        "reindex": lambda w: ml.interrupted_reindex(60, after=10),
        "old": lambda w: ml.old_library_served(12),
        "settings": lambda w: ml.other_embedding_settings(w, searches=4),
        "search": lambda w: ml.searches_during_writes(12, writes=60),
        "damaged": lambda w: ml.damaged_index_opened_by_many(3),
    }
    saved = {k: os.environ.get(k) for k in ("RECORDROUTE_DATA_DIR", "RECORDROUTE_CONFIG")}
    try:
        for name, run in scenarios.items():
            folder = work / f"many-{name}"
            folder.mkdir(parents=True)
            os.environ["RECORDROUTE_DATA_DIR"] = str(folder / "data")
            os.environ["RECORDROUTE_CONFIG"] = str(folder / "settings.toml")
            try:
                out[name] = run(folder)
            except Exception as exc:  # a scenario that breaks is a finding, not the end of the report
                out[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            print(f"  {name}: {out[name]}", flush=True)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return out


def many_rows(m: dict[str, object]) -> list[tuple[str, str]]:
    from tests.helpers.many_processes import SoakResult

    soak = m["soak"]
    assert isinstance(soak, SoakResult)
    rows = [
        (
            "vector soak: writer SIGKILLs / compactions+rebuilds done",
            f"{soak.kills} / {soak.ops_done.get('compact', 0) + soak.ops_done.get('rebuild', 0)}",
        ),
        (
            "vector soak: writer failures / reader errors (opens, searches)",
            f"{len(soak.writer_failures)} / {len(soak.reader_errors)} ({soak.opens}, {soak.searches})",
        ),
        ("vector soak: index sound at the end", "yes" if soak.final_problem is None else soak.final_problem),
    ]

    def get(name: str, key: str) -> object:
        part = m.get(name)
        return part.get(key, part.get("error", "?")) if isinstance(part, dict) else "?"

    rows += [
        ("CLI jobs taken by serve (rounds)", f"{get('jobs', 'taken_by_serve')} ({get('jobs', 'rounds')})"),
        (
            "dead owner's running / queued job at the next look",
            f"{get('dead', 'running_after')} / {get('dead', 'queued_after')}",
        ),
        (
            "database copies left by killed backups",
            f"{get('backup', 'database_copies_left')} ({get('backup', 'kills')} kills)",
        ),
        (
            "reindex killed: left / re-done by the next run",
            f"{get('reindex', 'left_at_kill')} / {get('reindex', 'second_run')} of {get('reindex', 'recordings')}",
        ),
        (
            "v3 library under serve: searchable after (s)",
            f"{get('old', 'found')} ({get('old', 'seconds')} s)",
        ),
        ("other embedding settings: re-embedded", str(get("settings", "re_embedded"))),
        (
            "searches during writes in one process: errors / searches",
            f"{get('search', 'n_errors')} / {get('search', 'searches')}",
        ),
        ("damaged index, 3 processes: rebuilds", str(get("damaged", "rebuilds"))),
    ]
    return rows


def _latencies(url: str, auth: dict[str, str], n: int) -> list[float]:
    import httpx

    out = []
    with httpx.Client(base_url=url, headers=auth, timeout=30) as http:
        for _ in range(n):
            t0 = time.monotonic()
            http.get("/health")
            out.append(time.monotonic() - t0)
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--silent-hours", type=float, default=3.0)
    ap.add_argument("--load-seconds", type=float, default=60.0)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--soak-kills", type=int, default=12, help="writer SIGKILLs in the vector soak")
    ap.add_argument(
        "--skip", default="", help="comma-separated parts to skip: loop, corpus, faults, surfaces, load, many"
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.kills, args.silent_hours, args.load_seconds, args.clients = 1, 0.002, 2.0, 2
        args.skip = ",".join(
            filter(None, [args.skip, "loop", "corpus", "faults", "surfaces"])
        )  # minutes each
    skip = set(filter(None, args.skip.split(",")))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    figures: dict[str, dict[str, object]] = {}
    with (
        tempfile.TemporaryDirectory(prefix="rr-reliability-") as tmp,
        FakeOllama(models={MODEL: {"context_length": 32768}}) as fake,
    ):
        fake.token_delay = 0.02  # a slow model, so kills land mid-summary
        work = Path(tmp)
        for name, part in (
            ("loop", lambda: crash_loop(work, args.kills, fake)),
            ("corpus", lambda: corpus(work, args.silent_hours, fake)),
            ("faults", lambda: faults(work)),
            ("surfaces", lambda: surfaces(work)),
            ("load", lambda: load(work, args.load_seconds, args.clients, fake)),
            ("many", lambda: many_processes(work, args.soak_kills)),
        ):
            if name in skip:
                continue
            t0 = time.monotonic()
            print(f"=== {name} ===", flush=True)
            figures[name] = part()
            figures[name]["elapsed"] = f"{time.monotonic() - t0:.0f} s"
            print(f"{name}: {figures[name]}", flush=True)
    table = render(figures, args)
    print("\n" + table)
    (ROOT / "tests" / "artifacts").mkdir(exist_ok=True)
    (ROOT / "tests" / "artifacts" / "reliability_report.txt").write_text(table + "\n", encoding="utf-8")
    lost = figures.get("loop", {}).get("lost", 0)
    surface_failures = figures.get("surfaces", {}).get("failures", 0)
    return 0 if not lost and not surface_failures else 1


def render(f: dict[str, dict[str, object]], args: argparse.Namespace) -> str:
    rows = [("figure", "value")]
    if "loop" in f:
        loop = f["loop"]
        rows += [
            ("SIGKILLs landed (rounds)", f"{loop['kills']} ({loop['rounds']})"),
            ("kills survived (every check passed)", f"{loop['survived']} / {loop['kills']}"),
            ("records lost", str(loop["lost"])),
        ]
    if "corpus" in f:
        c = f["corpus"]
        rows += [
            ("hostile inputs tried", str(c["inputs"])),
            (
                "processed / clear errors / failures",
                f"{c['processed']} / {c['clear_errors']} / {c['failures']}",
            ),
            (f"{args.silent_hours:g}-hour silent file", str(c["silent"])),
        ]
    if "faults" in f:
        x = f["faults"]
        rows += [
            ("fault cases passed / failed / skipped", f"{x['passed']} / {x['failed']} / {x['skipped']}"),
            ("database locked past the busy timeout", str(x["lock"])),
        ]
    if "surfaces" in f:
        rows += render_surfaces(f["surfaces"])
    if "load" in f:
        ld = f["load"]
        rows += [
            (f"requests served ({args.clients} clients, {args.load_seconds:g} s)", str(ld["served"])),
            ("requests refused with Retry-After", str(ld["refused"])),
            ("other errors", str(ld["other"])),
            (
                "/health p50 under load ÷ idle",
                f"{ld['health_ratio']:.1f} ({ld['p50_load_ms']:.1f} / {ld['p50_idle_ms']:.1f} ms)",
            ),
        ]
    if "many" in f:
        rows += many_rows(f["many"])
    width = max(len(a) for a, _ in rows)
    lines = [f"| {a:{width}} | {b} |" for a, b in rows]
    lines.insert(1, f"| {'-' * width} | --- |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
