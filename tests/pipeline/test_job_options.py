"""Typed job options: versioned JSON that round-trips, values checked at construction, unknown keys refused at
submit (pipeline, queue, CLI), rows written before the options were typed still load and run (queue and crash
recovery), and mypy sees a misspelt field."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from recordroute.errors import InputError
from recordroute.job_options import FIELDS, JobOptions
from recordroute.pipeline import runner
from recordroute.pipeline.queue import JobQueue
from tests.conftest import ROOT, run_cli


def _note(tmp_path: Path, name: str = "note.txt") -> Path:
    path = tmp_path / name
    path.write_text("The budget review moved to Friday; Dana owns the slides.\n", encoding="utf-8")
    return path


def _job_rows(data: Path) -> list[tuple[str, str]]:
    db = data / "recordroute.db"
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT state, options FROM jobs ORDER BY id").fetchall()
    finally:
        con.close()


# --- the value type ----------------------------------------------------------------------------------------------
def test_round_trip_through_versioned_json() -> None:
    full = JobOptions(
        model="tiny.en",
        language="en",
        task="translate",
        force=True,
        diarize=False,
        speakers=3,
        min_speakers=2,
        max_speakers=4,
        meeting=True,
        diarize_method="basic",
        no_summary=True,
        template="minutes",
        summary_language="ko",
        backend="extractive",
        llm_model="qwen2.5:3b",
        no_index=True,
    )
    assert set(full.to_dict()) == {"v", *FIELDS}  # every field differs from its default, so every one is kept
    assert JobOptions.from_json(full.to_json()) == full
    assert JobOptions.load(full.to_json()) == full
    assert JobOptions().to_dict() == {"v": 1}  # defaults stay out of the row
    sparse = JobOptions(no_summary=True)
    assert json.loads(sparse.to_json()) == {"v": 1, "no_summary": True}
    assert JobOptions.from_dict({"v": 1, "no_summary": True, "model": None}) == sparse  # null = the setting
    with pytest.raises(AttributeError):
        sparse.no_summary = False  # type: ignore[misc]  # frozen: a job's options never change under it


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"task": "transcibe"}, "task"),
        ({"speakers": 0}, "speakers"),
        ({"speakers": 51}, "speakers"),
        ({"speakers": True}, "speakers"),
        ({"speakers": "3"}, "speakers"),
        ({"force": "yes"}, "force"),
        ({"diarize": 1}, "diarize"),
        ({"diarize_method": "fancy"}, "diarize_method"),
        ({"backend": "gpt"}, "backend"),
        ({"summary_language": "klingon"}, "summary_language"),
        ({"language": "en us"}, "language"),
        ({"model": ""}, "model"),
        ({"template": "x" * 500}, "template"),
    ],
)
def test_bad_values_are_refused_at_construction(changes: dict[str, Any], named: str) -> None:
    with pytest.raises(InputError) as err:
        JobOptions(**changes)
    assert repr(named) in err.value.message
    with pytest.raises(InputError):
        JobOptions.from_dict(changes)


def test_unknown_keys_are_named_with_the_known_ones() -> None:
    with pytest.raises(InputError) as err:
        JobOptions.from_dict({"langauge": "en", "no_summary": True})
    assert "'langauge'" in err.value.message
    assert all(k in err.value.hint for k in FIELDS)
    with pytest.raises(InputError, match="version"):
        JobOptions.from_dict({"v": 2})
    with pytest.raises(InputError, match="mapping"):
        JobOptions.from_dict(["no_summary"])  # type: ignore[arg-type]
    with pytest.raises(InputError, match="JSON"):
        JobOptions.from_json("{no_summary: true")


def test_key_value_text_is_read_as_each_fields_type() -> None:
    opts = JobOptions.from_text(["speakers=3", "no-index=yes", "diarize_method = basic", "language=ko"])
    assert opts == JobOptions(speakers=3, no_index=True, diarize_method="basic", language="ko")
    for bad in (["speakers=three"], ["no_index=maybe"], ["no_index"], ["=1"], ["tsk=translate"]):
        with pytest.raises(InputError):
            JobOptions.from_text(bad)


def test_old_rows_load_leniently(caplog: pytest.LogCaptureFixture) -> None:
    """Rows from before the version: plain dicts; retired keys and values that no longer pass are dropped, logged."""
    with caplog.at_level(logging.WARNING, logger="recordroute.job_options"):
        opts = JobOptions.load(
            '{"no_summary": true, "model": "tiny.en", "beam": 5, "speakers": 0, "task": null}', where="job 7"
        )
    assert opts == JobOptions(no_summary=True, model="tiny.en")
    assert "job 7" in caplog.text and "'beam'" in caplog.text and "'speakers'" in caplog.text
    assert JobOptions.load(None) == JobOptions.load("{}") == JobOptions.load("not json") == JobOptions()
    assert JobOptions.load('["a list"]') == JobOptions()
    assert JobOptions.load('{"v": 2, "no_index": true, "later": 1}') == JobOptions(no_index=True)


# --- submit refuses what it cannot run -----------------------------------------------------------------------------
def test_submit_refuses_unknown_keys_and_plain_dicts(ctx: Any, tmp_path: Path) -> None:
    note = _note(tmp_path)
    with pytest.raises(InputError, match="'no_sumary'"):
        runner.submit(ctx, note, options=JobOptions.from_dict({"no_sumary": True}))
    with pytest.raises(TypeError, match="JobOptions"):
        runner.submit(ctx, note, options={"no_summary": True})  # type: ignore[arg-type]
    queue = JobQueue(ctx)  # not started: nothing runs
    with pytest.raises(TypeError, match="JobOptions"):
        queue.enqueue(note, options={"no_summary": True})  # type: ignore[arg-type]
    assert ctx.store.jobs.list() == []  # nothing was stored for any of them
    job_id = queue.enqueue(note, options=JobOptions(no_summary=True, no_index=True))
    assert ctx.store.jobs.get(job_id).options == JobOptions(no_summary=True, no_index=True)


def test_cli_refuses_an_unknown_option_before_touching_anything(tmp_path: Path, isolated_env: Path) -> None:
    note = _note(tmp_path)
    res = run_cli("process", str(note), "--option", "sumary_language=en", "--json")
    assert res.returncode == 1
    assert (
        "'sumary_language'" in res.stderr
        and "summary_language" in res.stderr
        and "Traceback" not in res.stderr
    )
    assert _job_rows(isolated_env) == []
    res = run_cli("process", str(note), "--speakers", "0")
    assert res.returncode == 1 and "'speakers'" in res.stderr and _job_rows(isolated_env) == []

    res = run_cli("process", str(note), "-O", "no_index=true", "--no-summary", "--json")
    assert res.returncode == 0, res.stderr
    ((state, options),) = _job_rows(isolated_env)
    assert state == "done" and json.loads(options) == {"v": 1, "no_summary": True, "no_index": True}


# --- rows written before the options were typed ----------------------------------------------------------------------
OLD_ROW = (
    '{"no_summary": true, "no_index": true, "whisper_beam": 5}'  # a retired key, as an older app could write
)


def _age(ctx: Any, job_id: int, **columns: Any) -> None:
    """Rewrite a job row as an older app left it (raw SQL: the store's API only writes the current form)."""
    sets = ", ".join(f"{k} = ?" for k in ("options", *columns))
    with ctx.store.db.tx() as con:
        con.execute(f"UPDATE jobs SET {sets} WHERE id = ?", (OLD_ROW, *columns.values(), job_id))


def test_the_queue_runs_an_old_row_with_its_options(
    ctx: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = runner.submit(ctx, _note(tmp_path))
    _age(ctx, job_id)
    with caplog.at_level(logging.WARNING, logger="recordroute.job_options"):
        job = ctx.store.jobs.get(job_id)
        final = runner.run_job(ctx, job_id)
    assert job.options == JobOptions(no_summary=True, no_index=True)
    assert f"job {job_id}" in caplog.text and "'whisper_beam'" in caplog.text
    assert final.state == "done", final.message
    states = {s.name: s.state for s in ctx.store.jobs.get(job_id).stages}
    assert (
        states["summarize"] == "skipped" and states["index"] == "skipped"
    )  # the old row's flags still apply


def test_crash_recovery_resumes_an_old_row(ctx: Any, tmp_path: Path, isolated_env: Path) -> None:
    """A job an older app was running when it died: found on open, resumed by `retry`, its old options honoured."""
    job_id = runner.submit(ctx, _note(tmp_path))
    _age(ctx, job_id, state="running", pid=2**22 + 12345)  # a pid with no liveness mark: that process is gone
    ctx.close()
    res = run_cli("retry", "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.splitlines()[-1]) == {
        "job_id": job_id,
        "state": "done",
        "recording_id": 1,
        "error": None,
    }
    assert "whisper_beam" in res.stderr  # logged, not fatal
    con = sqlite3.connect(isolated_env / "recordroute.db")
    try:
        stages = dict(con.execute("SELECT name, state FROM stages WHERE job_id = ?", (job_id,)).fetchall())
    finally:
        con.close()
    assert stages["summarize"] == "skipped" and stages["index"] == "skipped"


# --- the type checker -------------------------------------------------------------------------------------------------
MISSPELT = """
from recordroute.pipeline.stages import StageRun

def task_of(run: StageRun) -> str | None:
    return run.options.tsk
"""


def test_mypy_flags_a_misspelt_option(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (it comes with the test extra)")
    probe = tmp_path / "probe.py"
    probe.write_text(MISSPELT, encoding="utf-8")
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(probe),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 1, res.stdout + res.stderr
    assert '"JobOptions" has no attribute "tsk"' in res.stdout


def test_speaker_bounds_are_checked() -> None:
    assert JobOptions.from_text(["min_speakers=2", "max_speakers=4"]) == JobOptions(
        min_speakers=2, max_speakers=4
    )
    with pytest.raises(InputError, match="'min_speakers' \\(5\\) is above 'max_speakers' \\(2\\)"):
        JobOptions(min_speakers=5, max_speakers=2)
    with pytest.raises(InputError, match="'max_speakers' must be between 1"):
        JobOptions.from_dict({"max_speakers": 0})
    with pytest.raises(InputError, match="'meeting' must be true or false"):
        JobOptions.from_dict({"meeting": "yes please"})
