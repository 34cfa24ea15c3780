"""The fault matrix: each fault gives a clear message, a way to retry, and loses nothing.

LLM faults (down, slow past the timeout, a missing model, an error mid-stream, a cut answer), the disk filling
during a DB write and during a vector write (the copy is in test_disk_full.py), a read-only data folder, a
database locked by another process, a damaged speech model and a damaged vector file.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from recordroute.errors import DiskFullError, RecordRouteError
from recordroute.job_options import JobOptions
from recordroute.pipeline import runner
from recordroute.pipeline.summaries import summarize_recording
from recordroute.store import Segment
from tests.conftest import SPEECH_WAV, run_cli
from tests.fakes.fake_ollama import FakeOllama
from tests.helpers.disk import small_tmpfs
from tests.helpers.reliability import check_data_dir

MODEL = "qwen2.5:7b-instruct"
LLM_FAULTS = ("down", "slow", "missing_model", "error_mid_stream", "cut_answer")


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as server:
        yield server


def _use(ctx, url: str) -> None:
    ctx.settings.ollama_host = url
    ctx.settings.llm_backend = "ollama"
    ctx.settings.llm_model = MODEL


def _recording(ctx) -> int:
    segs = [
        Segment(
            idx=i, text=f"Fact {i:04d}: budget line {i} is {i * 7} won.", start=i * 10.0, end=i * 10.0 + 9.0
        )
        for i in range(30)
    ]
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash="h",
            kind="audio",
            source_name="m.wav",
            stored_name="h/m.wav",
            size_bytes=1,
            title="meeting",
            duration=300.0,
            transcribe_state="done",
            language="en",
        )
        ctx.store.transcripts.replace(con, rid, segs)
    return rid


def _inject(fault: str, ctx, fake: FakeOllama, monkeypatch: pytest.MonkeyPatch) -> None:
    if fault == "down":
        ctx.settings.ollama_host = "http://127.0.0.1:9"
    elif fault == "slow":
        from recordroute.engines.llm.ollama_backend import OllamaBackend
        from recordroute.pipeline import summaries

        fake.prompt_token_delay = 0.01  # seconds before the first byte: far past a 1-s timeout
        monkeypatch.setattr(
            summaries,
            "resolve_backend",
            lambda *_a, **_k: OllamaBackend(MODEL, host=fake.url, timeout=1.0, retries=0),
        )
    elif fault == "missing_model":
        ctx.settings.llm_model = "llama3:70b"
    elif fault == "error_mid_stream":
        fake.error_after_chunks = 3
    elif fault == "cut_answer":
        fake.force_done_reason = "length"


def _clear(ctx, fake: FakeOllama, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    _use(ctx, fake.url)
    fake.prompt_token_delay = 0.0
    fake.error_after_chunks = None
    fake.force_done_reason = None


@pytest.mark.parametrize("fault", LLM_FAULTS)
def test_llm_fault_never_stores_a_partial_summary(
    ctx, fake: FakeOllama, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use(ctx, fake.url)
    rid = _recording(ctx)
    good = summarize_recording(ctx, rid)
    _inject(fault, ctx, fake, monkeypatch)
    t0 = time.monotonic()
    with pytest.raises(RecordRouteError) as err:
        summarize_recording(ctx, rid)
    message = err.value.user_text()
    print(f"{fault}: {message} ({time.monotonic() - t0:.1f} s)")
    assert message and "internal error" not in message and "Traceback" not in message
    assert time.monotonic() - t0 < 60
    latest = ctx.store.summaries.latest(rid)
    assert latest is not None and latest.id == good.id and latest.markdown == good.markdown
    versions = ctx.store.summaries.list(rid)
    assert versions[0].state == "failed" and versions[0].error == message
    assert [v.state for v in versions if v.state == "complete"] == ["complete"]  # nothing partial marked done
    _clear(ctx, fake, monkeypatch)
    again = summarize_recording(ctx, rid)  # the fault is gone: a retry just works
    assert again.state == "complete" and again.version == versions[0].version + 1


def test_llm_fault_in_a_job_fails_with_a_reason_and_retry_resumes(
    ctx, fake: FakeOllama, tmp_path: Path
) -> None:
    _use(ctx, fake.url)
    note = tmp_path / "notes.txt"
    note.write_text(
        "Fact 0001: the budget is approved.\n\nFact 0002: Sarah owns the survey.", encoding="utf-8"
    )
    fake.error_after_chunks = 2
    job_id, final = runner.process_file(ctx, note, options=JobOptions(no_index=True))
    assert final.state == "failed" and final.stage == "summarize" and "internal error" not in final.message
    job = ctx.store.jobs.get(job_id)
    assert [s.state for s in job.stages][:2] == ["done", "done"] and job.error
    fake.error_after_chunks = None
    ctx.store.jobs.requeue(job_id)
    assert runner.run_job(ctx, job_id).state == "done"
    assert ctx.store.summaries.latest(final.recording_id).state == "complete"


# --- the disk fills ----------------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path, "4m") as mnt:
        yield mnt


def _fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler.bin"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_disk_fills_during_a_db_write(small_disk: Path, tmp_path: Path) -> None:
    env = {"RECORDROUTE_DATA_DIR": str(small_disk / "data")}
    first = tmp_path / "first.txt"
    first.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    assert run_cli("process", str(first), "--no-summary", env=env).returncode == 0
    big = tmp_path / "long notes.txt"
    big.write_text(
        "\n\n".join(
            f"Paragraph {i}: the plan for item {i} changed twice this week, so the "
            f"owners {i % 17} and {i % 5} will confirm."
            for i in range(500)
        ),
        encoding="utf-8",
    )
    filler = _fill(small_disk, big.stat().st_size + 70_000)  # the copy fits; segments + FTS do not
    res = run_cli("process", str(big), "--no-summary", "--json", env=env)
    assert res.returncode == 1 and "disk is full" in res.stdout and "Traceback" not in res.stderr, res
    assert '"state": "failed"' in res.stdout and '"job_id": 2' in res.stdout  # the import's write failed
    filler.unlink()
    check = check_data_dir(small_disk / "data", vectors=False)
    assert check.ok, check.problems  # no half-made recording, no orphan copy
    con = sqlite3.connect(small_disk / "data" / "recordroute.db")
    assert [r[0] for r in con.execute("SELECT title FROM recordings")] == ["first"]
    con.close()
    again = run_cli("retry", "1", "2", "--json", env=env)  # the failed job resumes once space is back
    assert again.returncode == 0, again.stdout + again.stderr
    assert check_data_dir(small_disk / "data", vectors=False).ok


def test_disk_fills_during_a_vector_write(small_disk: Path) -> None:
    from recordroute.store.vectors import MmapVectorIndex

    folder = small_disk / "vectors"
    rng = np.random.default_rng(1)
    with MmapVectorIndex(folder, "m", 384) as index:
        index.add(np.arange(5), rng.random((5, 384), np.float32))
    filler = _fill(small_disk, 0)
    code = (
        "import numpy as np\nfrom recordroute.store.vectors import MmapVectorIndex\n"
        f"idx = MmapVectorIndex({str(folder)!r}, 'm', 384)\n"
        "idx.add(np.arange(5, 900), np.random.rand(895, 384).astype('f4'))\n"
    )
    # In a subprocess: before the fix a write into a sparse page on a full disk killed it with SIGBUS.
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "DiskFullError" in res.stderr and "disk is full" in res.stderr, res
    with pytest.raises(DiskFullError), MmapVectorIndex(folder, "m", 384) as index:
        index.add(np.arange(5, 900), rng.random((895, 384), np.float32))
    filler.unlink()
    with MmapVectorIndex(folder, "m", 384) as index:  # nothing lost, and the write now succeeds
        assert index.is_consistent() and len(index) == 5
        index.add(np.arange(5, 900), rng.random((895, 384), np.float32))
        assert len(index) == 900


# --- read-only folder, locked database ---------------------------------------------------------------------
def test_read_only_data_folder_is_refused_clearly(small_disk: Path, tmp_path: Path) -> None:
    env = {"RECORDROUTE_DATA_DIR": str(small_disk / "data")}
    note = tmp_path / "note.txt"
    note.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    assert run_cli("process", str(note), "--no-summary", env=env).returncode == 0
    ro = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if ro.returncode != 0:
        pytest.skip(f"cannot remount read-only: {ro.stderr.decode().strip()}")
    other = tmp_path / "other.txt"
    other.write_text("Another note.", encoding="utf-8")
    try:
        for args in (("process", str(other)), ("list",), ("search", "budget")):
            res = run_cli(*args, env=env)
            assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
            assert "read-only" in res.stderr and "RECORDROUTE_DATA_DIR" in res.stderr, res.stderr
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert check_data_dir(small_disk / "data", vectors=False).ok
    assert run_cli("process", str(other), "--no-summary", env=env).returncode == 0  # writable again: it works


LOCKER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
con.execute("UPDATE kv SET value = value")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def test_database_locked_by_another_process_waits_then_works(isolated_env: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("The budget meeting moved to Friday.", encoding="utf-8")
    assert run_cli("process", str(first), "--no-summary").returncode == 0
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(isolated_env / "recordroute.db"), "4"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    second = tmp_path / "second.txt"
    second.write_text("Sarah owns the survey.", encoding="utf-8")
    t0 = time.monotonic()
    res = run_cli("process", str(second), "--no-summary")
    locker.wait(30)
    assert res.returncode == 0 and time.monotonic() - t0 >= 2, res.stderr  # it waited for the lock, then ran
    assert check_data_dir(isolated_env, vectors=False).ok


# --- damaged models and index ------------------------------------------------------------------------------
@pytest.mark.slow
def test_damaged_speech_model_fails_the_job_clearly_and_retry_works(
    tmp_path: Path, isolated_env: Path
) -> None:
    from recordroute.engines.stt.models import resolve_model

    src = Path(resolve_model("tiny.en").path_or_name)
    broken = tmp_path / "tiny-broken"
    shutil.copytree(src, broken)
    data = (src / "model.bin").read_bytes()
    (broken / "model.bin").write_bytes(data[: len(data) // 3])
    res = run_cli(
        "process", str(SPEECH_WAV), "--no-summary", "--json", env={"RECORDROUTE_STT_MODEL": str(broken)}
    )
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert "damaged" in res.stdout or "could not load" in res.stdout, res.stdout
    assert "internal error" not in res.stdout
    again = run_cli("retry", "1", "--json")  # with the good model configured again
    assert again.returncode == 0, again.stdout + again.stderr
    assert check_data_dir(isolated_env, vectors=False).ok


@pytest.mark.slow
def test_damaged_vector_file_is_rebuilt_from_the_database(isolated_env: Path, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The database servers crashed twice because the disks were full.", encoding="utf-8")
    assert run_cli("process", str(note), "--no-summary").returncode == 0
    [vectors] = list((isolated_env / "vectors").glob("*/vectors.f32"))
    with open(vectors, "r+b") as fh:
        fh.write(b"\xff" * 4096)
    res = run_cli("search", "why did the servers fail", "--mode", "semantic", "--json")
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    assert '"recording_id": 1' in res.stdout
    from tests.helpers.crash_loop import default_embed_model

    assert check_data_dir(isolated_env, embed_name_dim=default_embed_model()).ok
