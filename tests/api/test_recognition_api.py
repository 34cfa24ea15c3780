"""The API's way forward: a recording's detail says how much speech is hidden as not recognised reliably and
which model to try, and POST .../transcribe queues "transcribe again" (the old transcript stays meanwhile)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from recordroute.pipeline.recognition import SPEECH_SECONDS
from recordroute.store import Segment

GUESS = "average log-probability -1.25 < -1.0 (a guess)"


def _recording(store: Any) -> int:
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash="ko-robot",
            kind="audio",
            source_name="ko.wav",
            stored_name="h/ko.wav",
            size_bytes=1,
            title="회의",
            duration=17.0,
            transcribe_state="done",
            language="ko",
            stt_model="base",
            meta={SPEECH_SECONDS: 16.6},
        )
        segs = [
            Segment(idx=0, text="아닌툴 쇠고불가리식무", start=0.0, end=6.0, confidence=0.3, flag=GUESS),
            Segment(idx=1, text="나이선 놈", start=6.0, end=12.0, confidence=0.3, flag=GUESS),
        ]
        store.transcripts.replace(con, rid, segs)
    return rid


def test_detail_names_hidden_speech_and_transcribe_again_is_queued(extra_server: Callable[..., Any]) -> None:
    api = extra_server()
    rid = _recording(api.ctx.store)
    with httpx.Client(base_url=api.url, headers=api.auth, timeout=60) as http:
        detail = http.get(f"/api/recordings/{rid}").json()
        assert detail["segments"] == []  # nothing trusted to show
        rec = detail["recognition"]
        assert rec["hidden_segments"] == 2 and rec["poor"] and rec["suggested_model"] == "small"
        assert rec["messages"][0] == "12 s of speech not recognised reliably: 2 segments hidden"
        res = http.post(f"/api/recordings/{rid}/transcribe", json={"model": "small", "language": "ko"})
        assert res.status_code == 202, res.text
        job = api.ctx.store.jobs.get(res.json()["job_id"])
        assert [s.name for s in job.stages] == ["transcribe", "index"] and job.recording_id == rid
        assert (job.options.model, job.options.language, job.options.force) == ("small", "ko", True)
        assert http.post("/api/recordings/999/transcribe", json={}).status_code == 404
        assert http.post(f"/api/recordings/{rid}/transcribe", json={"model": "../x"}).status_code == 400
    assert len(api.ctx.store.transcripts.segments(rid, include_flagged=True)) == 2  # the old one stays
