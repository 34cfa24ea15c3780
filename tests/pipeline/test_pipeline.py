"""The pipeline in-process: every container, progress, cancel, stage timings, translate option."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from recordroute.job_options import JobOptions
from recordroute.pipeline import runner
from recordroute.pipeline.runner import JobEvent
from recordroute.progress import CancelToken
from tests.conftest import SPEECH_WAV
from tests.helpers import media

pytestmark = pytest.mark.slow  # every test here runs a real Whisper or embedding model

CONTAINERS = ["wav", "mp3", "m4a", "flac", "ogg", "opus", "webm", "mp4", "mkv", "mov"]


@pytest.fixture(scope="module")
def containers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("containers")
    return {fmt: media.make_container(SPEECH_WAV, out / f"speech.{fmt}", fmt) for fmt in CONTAINERS}


def test_every_container_is_transcribed(ctx, containers: dict[str, Path]) -> None:
    for fmt, path in containers.items():
        job_id, final = runner.process_file(ctx, path)
        assert final.state == "done", (fmt, final.message)
        rec = ctx.store.recordings.get(final.recording_id)
        expected_kind = "video" if fmt in ("mp4", "mkv", "mov") else "audio"
        assert rec.kind == expected_kind, fmt
        assert abs((rec.duration or 0) - 30.0) < 1.0, (fmt, rec.duration)
        text = " ".join(s.text for s in ctx.store.transcripts.segments(rec.id)).lower()
        assert "budget" in text and "survey" in text, (fmt, text)


def test_progress_events_and_stage_timings(ctx) -> None:
    events: list[JobEvent] = []
    job_id, final = runner.process_file(ctx, SPEECH_WAV, listener=events.append)
    assert final.state == "done"
    stages = [e.stage for e in events]
    assert stages.index("ingest") < stages.index("transcribe")
    transcribe = [e.fraction for e in events if e.stage == "transcribe" and e.step == "transcribe"]
    assert transcribe == sorted(transcribe) and max(transcribe) <= 1.0
    assert any(e.step == "decode" for e in events)
    job = ctx.store.jobs.get(job_id)
    ran = [s for s in job.stages if s.name != "diarize"]
    assert job.state == "done" and all(s.state == "done" and s.seconds is not None for s in ran)
    assert [s.state for s in job.stages if s.name == "diarize"] == ["skipped"]  # the `diarize` setting is off
    assert any(e.message.startswith("transcribe finished in") for e in ctx.store.recordings.events(1))


def test_cancel_acts_within_a_second(ctx, tmp_path: Path) -> None:
    long_wav = media.make_tiled_wav(SPEECH_WAV, tmp_path / "long.wav", seconds=300)
    token = CancelToken()
    started = threading.Event()

    def listener(e: JobEvent) -> None:
        if e.stage == "transcribe" and e.step == "transcribe" and e.fraction > 0:
            started.set()

    result: dict[str, object] = {}

    def work() -> None:
        result["final"] = runner.process_file(ctx, long_wav, listener=listener, cancel=token)[1]
        result["t"] = time.monotonic()

    th = threading.Thread(target=work)
    th.start()
    assert started.wait(120)
    t0 = time.monotonic()
    token.cancel()
    th.join(30)
    assert not th.is_alive()
    assert result["t"] - t0 < 1.5  # type: ignore[operator]
    final = result["final"]
    assert final.state == "cancelled"  # type: ignore[attr-defined]
    rec = ctx.store.recordings.get(final.recording_id)  # type: ignore[attr-defined]
    assert rec.transcribe_state == "cancelled"
    assert ctx.store.transcripts.segments(rec.id) == []


def test_missing_model_names_places_tried(ctx) -> None:
    _, final = runner.process_file(ctx, SPEECH_WAV, options=JobOptions(model="no-such-model"))
    assert final.state == "failed"
    assert "no-such-model" in final.message and "models" in final.message
