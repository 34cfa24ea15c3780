"""Remote speech-to-text against a second, real `recordroute serve` on loopback (the "GPU box"): same transcript
as here (WER within a point) with word timestamps; killing the server mid-run falls back with a note, or fails
clearly, never leaving a partial transcript."""

from __future__ import annotations

import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import jiwer
import pytest

from recordroute.job_options import JobOptions
from recordroute.pipeline import runner
from recordroute.pipeline.context import AppContext
from tests.conftest import SPEECH_TEXT, SPEECH_WAV
from tests.gui.conftest import concat_wav
from tests.helpers.serve_box import GpuBox, start_box

pytestmark = pytest.mark.slow  # real Whisper models, here and in the server process

OPTIONS = JobOptions(force=True, no_summary=True, no_index=True)


@pytest.fixture
def box(tmp_path: Path) -> Iterator[GpuBox]:
    server = start_box(tmp_path)
    try:
        yield server
    finally:
        if server.proc.poll() is None:
            server.proc.send_signal(signal.SIGTERM)
            try:
                server.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                server.proc.kill()
                server.proc.communicate()


def _point_at(ctx: AppContext, box: GpuBox, *, fallback: bool) -> None:
    s = ctx.settings
    s.stt_remote_url, s.stt_remote_key, s.stt_remote_fallback = f"{box.url}/v1", box.token, fallback


def _text(ctx: AppContext, rec_id: int) -> str:
    return " ".join(s.text for s in ctx.store.transcripts.segments(rec_id))


def test_the_gpu_box_transcribes_the_same_with_word_timestamps(
    ctx: AppContext, box: GpuBox, tmp_path: Path
) -> None:
    here = tmp_path / "here.wav"
    shutil.copy(SPEECH_WAV, here)
    _job, local = runner.process_file(ctx, here, options=OPTIONS)
    assert local.state == "done", local.message
    _point_at(ctx, box, fallback=False)
    there = tmp_path / "there.wav"
    shutil.copy(SPEECH_WAV, there)
    _job, remote = runner.process_file(ctx, there, options=OPTIONS)
    assert remote.state == "done", remote.message
    assert remote.recording_id is not None and local.recording_id is not None
    rec = ctx.store.recordings.get(remote.recording_id)
    assert rec.stt_model == f"tiny.en@{box.url.removeprefix('http://')}"  # where it was transcribed, kept
    segs = ctx.store.transcripts.segments(remote.recording_id)
    words = [w for s in segs for w in s.words]
    assert words and all(s.words for s in segs)
    for s in segs:
        assert s.start is not None and s.end is not None
        assert all(s.start - 0.5 <= w.start <= w.end <= s.end + 0.5 for w in s.words)
    norm = jiwer.Compose(
        [jiwer.ToLowerCase(), jiwer.RemovePunctuation(), jiwer.RemoveMultipleSpaces(), jiwer.Strip()]
    )
    ref = norm(SPEECH_TEXT)
    wer_here = jiwer.wer(ref, norm(_text(ctx, local.recording_id)))
    wer_there = jiwer.wer(ref, norm(_text(ctx, remote.recording_id)))
    print(f"WER here {wer_here:.3f}, on the box {wer_there:.3f}")
    assert abs(wer_there - wer_here) <= 0.01
    assert jiwer.wer(norm(_text(ctx, local.recording_id)), norm(_text(ctx, remote.recording_id))) <= 0.01


def _kill_mid_run(ctx: AppContext, box: GpuBox, media: Path) -> runner.JobEvent:
    result: dict[str, runner.JobEvent] = {}
    worker = threading.Thread(
        target=lambda: result.update(final=runner.process_file(ctx, media, options=OPTIONS)[1])
    )
    worker.start()
    deadline = time.monotonic() + 120
    while box.stt_busy() < 1:  # the server is decoding this file now
        assert time.monotonic() < deadline and worker.is_alive(), "the request never reached the server"
        time.sleep(0.05)
    box.proc.kill()
    box.proc.communicate()
    worker.join(600)
    return result["final"]


@pytest.mark.parametrize("fallback", [True, False])
def test_the_box_dies_mid_run(ctx: AppContext, box: GpuBox, tmp_path: Path, fallback: bool) -> None:
    media = concat_wav(SPEECH_WAV, tmp_path / "long.wav", 4)  # 2 minutes: the server is still at work
    _point_at(ctx, box, fallback=fallback)
    final = _kill_mid_run(ctx, box, media)
    assert final.recording_id is not None
    rec = ctx.store.recordings.get(final.recording_id)
    notes = [e for e in ctx.store.recordings.events(rec.id) if e.stage == "transcribe"]
    if fallback:
        assert final.state == "done", final.message
        assert rec.stt_model == "tiny.en" and "budget" in _text(ctx, rec.id).lower()  # transcribed here
        assert any("fallback" in e.message and box.url.removeprefix("http://") in e.message for e in notes)
    else:
        assert final.state == "failed"
        assert "speech-to-text server" in final.message and box.url.removeprefix("http://") in final.message
        assert ctx.store.transcripts.segments(rec.id) == []  # nothing partial
        assert rec.transcribe_state == "failed"
