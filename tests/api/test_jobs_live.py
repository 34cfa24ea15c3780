"""/api/jobs over a real server and the real tiny.en model: a job's SSE stream carries live progress while it
runs (not one snapshot and keep-alives), and cancelling through the API stops the running job."""

from __future__ import annotations

import json
import secrets
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import Api
from tests.conftest import SPEECH_WAV


def long_clip(dest: Path, times: int = 6) -> Path:
    """The 30 s fixture `times` times over, with a random tail so its content hash is new."""
    with wave.open(str(SPEECH_WAV), "rb") as src:
        params = src.getparams()
        frames = src.readframes(src.getnframes())
    with wave.open(str(dest), "wb") as out:
        out.setparams(params)
        out.writeframes(frames * times + bytes(secrets.randbelow(2) for _ in range(64)))
    return dest


def model_progress(events: list[tuple[float, dict]]) -> list[float]:
    """Fractions of the transcribe stage while the model decodes speech (after decoding audio and loading)."""
    return [
        e["fraction"]
        for _, e in events
        if e["stage"] == "transcribe"
        and e["state"] == "running"
        and e["fraction"] > 0
        and " / " in e["message"]
    ]  # "0:42 / 2:55"


@pytest.mark.slow
def test_job_stream_is_live_and_cancel_stops_the_running_job(
    extra_server: Callable[..., Api], tmp_path: Path
) -> None:
    api = extra_server(ApiConfig(run_jobs=True, max_upload_bytes=64 * 1024**2))  # its own queue, worker on
    clip = long_clip(tmp_path / "live progress.wav")
    events: list[tuple[float, dict]] = []
    with api.http() as http:
        up = http.post(
            "/api/recordings",
            files={"file": (clip.name, clip.read_bytes(), "audio/wav")},
            data={"language": "en", "summarize": "false"},
        )
        assert up.status_code == 202, up.text
        job_id = up.json()["job_id"]
        cancelled: dict[str, object] = {}

        def cancel_when_transcribing() -> None:
            with api.http() as other:
                cancelled["at"] = time.monotonic()
                cancelled["response"] = other.post(f"/api/jobs/{job_id}/cancel").json()

        canceller = None
        with http.stream("GET", f"/api/jobs/{job_id}/events", params={"timeout": 120}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data: "):
                    continue
                event = json.loads(line[6:])
                events.append((time.monotonic(), event))
                if canceller is None and len(model_progress(events)) >= 2:
                    canceller = threading.Thread(target=cancel_when_transcribing)
                    canceller.start()
        assert canceller is not None, [e for _, e in events]
        canceller.join(30)
        job = http.get(f"/api/jobs/{job_id}").json()

    states = [e["state"] for _, e in events]
    assert cancelled["response"] == {"id": job_id, "cancelled": True}
    assert states[-1] == "cancelled" and job["state"] == "cancelled"
    assert {"transcribe": "cancelled"}.items() <= {s["name"]: s["state"] for s in job["stages"]}.items()
    # Live: several progress events, rising, spread over time while the model worked.
    assert len([e for _, e in events if e["state"] == "running"]) >= 5
    fractions = model_progress(events)
    assert len(fractions) >= 2 and fractions == sorted(fractions)
    running_times = [t for t, e in events if e["state"] == "running"]
    assert running_times[-1] - running_times[0] > 0.2
    # The job stopped soon after the cancel (the engine checks its token at least once a second).
    stopped_at = events[-1][0]
    assert stopped_at - float(cancelled["at"]) < 10.0  # type: ignore[arg-type]
    assert fractions[-1] < 1.0  # it did not run to the end
