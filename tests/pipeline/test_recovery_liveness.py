"""A recording marker is believed only while its recorder holds the liveness mark (issue 23: 9, 16)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from recordroute.engines.capture import marker_path
from recordroute.pipeline import recovery
from recordroute.store.jobs import pid_alive
from tests.conftest import SPEECH_WAV, run_cli


def _crashed_recording(ctx: Any, pid: object) -> Path:
    path = recovery.new_recording_path(ctx.settings)
    shutil.copyfile(SPEECH_WAV, path)
    marker_path(path).write_text(json.dumps({"pid": pid, "started": 0}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "pid", [1, -1, 0, 99999999999, "os"], ids=["init", "minus-one", "zero", "huge", "own"]
)
def test_a_marker_with_any_pid_but_no_mark_is_a_crash(ctx: Any, pid: object) -> None:
    path = _crashed_recording(ctx, os.getpid() if pid == "os" else pid)
    found = recovery.find_unfinished(ctx, repair=False)
    assert [f.path for f in found] == [path] and found[0].crashed
    res = run_cli("jobs")
    assert res.returncode == 0 and "Traceback" not in res.stderr
    assert "1 unfinished recording" in res.stdout
    res = run_cli("recover")
    assert res.returncode == 0 and "Traceback" not in res.stderr and path.name in res.stdout


def test_pid_alive_refuses_impossible_pids() -> None:
    assert not pid_alive(-1) and not pid_alive(99999999999) and not pid_alive(0)
    assert pid_alive(os.getpid())
