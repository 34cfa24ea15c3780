"""A robotic Korean clip (espeak-ng) forced to Korean: base recognises it too poorly to show, so its text is kept
hidden (not dropped), `show` says so and names a larger model, and `transcribe ID --model M` replaces the
transcript only when the new one is complete (a kill mid-way leaves the old version)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from recordroute.store import Store
from tests.conftest import ROOT, run_cli
from tests.helpers.media import espeak_wav, read_wav_mono, write_wav

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"),
]

KOREAN = "오늘 회의에서는 다음 분기 예산과 출시 일정에 대해 논의하겠습니다. 먼저 지난 분기 실적을 보겠습니다."


def _show(rec_id: int, *extra: str) -> dict:
    res = run_cli("show", str(rec_id), "--json", *extra)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def _wait_for(check, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def test_korean_clip_is_kept_hidden_and_transcribed_again(tmp_path: Path, isolated_env: Path) -> None:
    samples, _rate = read_wav_mono(espeak_wav(KOREAN, tmp_path / "ko.wav", "ko"))
    # written at 16 kHz whatever espeak's rate: slower and lower, as the guard corpus hears it (robotic)
    clip = write_wav(tmp_path / "robot-ko.wav", samples.astype(np.float32) / 32768.0, 16_000)
    res = run_cli("process", str(clip), "--language", "ko", "--model", "base", "--no-summary", "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout.splitlines()[-1])
    rec_id = report["recording_id"]
    assert (
        report["recognition"]["hidden_segments"] >= 1 and report["recognition"]["suggested_model"] == "small"
    )

    shown = _show(rec_id)
    assert " ".join(s["text"] for s in shown["segments"]).split() == []  # nothing trusted is shown...
    hidden = _show(rec_id, "--hidden")["segments"]
    assert hidden and all(s["flag"] and 0 < s["confidence"] < 0.5 for s in hidden)  # ...but it is kept
    assert shown["recognition"]["hidden_segments"] == len(hidden)
    assert shown["recognition"]["suggested_model"] == "small"
    events = " ".join(e["message"] for e in shown["events"])
    noun = "segment" if len(hidden) == 1 else "segments"
    assert "not recognised reliably" in events and f"{len(hidden)} {noun} hidden" in events
    text = run_cli("show", str(rec_id)).stdout
    assert "not recognised reliably" in text and "'small'" in text and "MB" in text
    peek = Store(isolated_env)
    assert all(peek.transcripts.search(s["text"]) == [] for s in hidden)  # not searchable
    peek.close()

    # transcribe again with another model: replaced once complete
    res = run_cli("transcribe", str(rec_id), "--model", "tiny.en", "--language", "en", "--json")
    assert res.returncode == 0, res.stderr
    after = _show(rec_id, "--hidden")
    assert after["stt_model"] == "tiny.en"
    old = [s["text"] for s in after["segments"]]

    # killed mid-way: the tiny.en version stays
    env = {**os.environ}
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", "transcribe", str(rec_id), "--model", "base", "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    store = Store(isolated_env)
    try:

        def transcribing() -> bool:
            jobs = store.jobs.list(recording_id=rec_id, states=["running"])
            return any(st.name == "transcribe" and st.state == "running" for j in jobs for st in j.stages)

        _wait_for(transcribing)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
        rec = store.recordings.get(rec_id)
        assert rec.stt_model == "tiny.en" and rec.transcribe_state == "done"
        assert [s.text for s in store.transcripts.segments(rec_id, include_flagged=True)] == old
    finally:
        store.close()

    res = run_cli("transcribe", str(rec_id), "--model", "base", "--language", "ko", "--json")
    assert res.returncode == 0, res.stderr
    final = _show(rec_id, "--hidden")
    assert final["stt_model"] == "base" and final["recognition"]["hidden_segments"] > 0
