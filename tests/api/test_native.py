"""Native /api routes against the real server: upload-and-process with job progress over SSE, the library,
exports, search, jobs, admin models, metrics."""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import srt
import webvtt

from recordroute.api.config import ApiConfig
from recordroute.api.ops import flat_routes
from recordroute.job_options import JobOptions
from recordroute.pipeline.context import embed_key
from tests.api.conftest import Api
from tests.conftest import SPEECH_WAV


def speech_clip(dest: Path, seconds: float = 12.0) -> Path:
    """The first seconds of the fixture plus a few random samples, so its content hash is new every time."""
    with wave.open(str(SPEECH_WAV), "rb") as src:
        params = src.getparams()
        frames = src.readframes(int(params.framerate * seconds))
    with wave.open(str(dest), "wb") as out:
        out.setparams(params)
        out.writeframes(frames + bytes(secrets.randbelow(2) for _ in range(64)))  # 32 inaudible samples
    return dest


def sse_events(lines: Iterator[str]) -> Iterator[dict]:
    event = None
    for line in lines:
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: ") and event == "job":
            yield json.loads(line[6:])


@pytest.fixture(scope="module")
def processed(api: Api, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Upload a clip, follow its job over SSE to the end; the recording is shared by the tests below."""
    clip = speech_clip(tmp_path_factory.mktemp("clip") / "standup notes.wav")
    with api.http() as http:
        r = http.post(
            "/api/recordings",
            files={"file": (clip.name, clip.read_bytes(), "audio/wav")},
            data={"language": "en", "summarize": "false"},
        )
        assert r.status_code == 202, r.text
        result = r.json()
        events = []
        with http.stream("GET", f"/api/jobs/{result['job_id']}/events", params={"timeout": 120}) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            for event in sse_events(stream.iter_lines()):
                events.append(event)
    return {"upload": result, "events": events, "clip": clip}


@pytest.mark.slow
def test_upload_and_process_reports_progress(processed: dict, http: httpx.Client) -> None:
    up, events = processed["upload"], processed["events"]
    assert up["duplicate"] is False and up["state"] == "queued"
    assert isinstance(up["job_id"], int) and isinstance(up["recording_id"], int)
    assert events[-1]["state"] == "done", events[-3:]
    assert any(e["stage"] == "transcribe" and e["state"] == "running" for e in events)
    assert all(e["job_id"] == up["job_id"] for e in events)
    rec = http.get(f"/api/recordings/{up['recording_id']}").json()
    assert rec["title"] == "standup notes" and rec["source_name"] == "standup notes.wav"
    assert rec["transcribe_state"] == "done" and rec["language"] == "en"
    assert "budget" in " ".join(s["text"] for s in rec["segments"]).lower()
    job = http.get(f"/api/jobs/{up['job_id']}").json()
    assert job["state"] == "done" and [s["name"] for s in job["stages"]][:2] == ["ingest", "transcribe"]


@pytest.mark.slow
def test_duplicate_upload_is_reported(processed: dict, http: httpx.Client) -> None:
    clip: Path = processed["clip"]
    r = http.post("/api/recordings", files={"file": ("again.wav", clip.read_bytes(), "audio/wav")})
    assert r.status_code == 202
    body = r.json()
    assert body["duplicate"] is True and body["recording_id"] == processed["upload"]["recording_id"]
    assert body["job_id"] is None and body["state"] == "done"


@pytest.mark.slow
def test_list_filters_and_paging(processed: dict, http: httpx.Client) -> None:
    rec_id = processed["upload"]["recording_id"]
    http.post("/api/recordings", files={"file": ("paging-note.txt", b"notes about paging\n", "text/plain")})
    page = http.get("/api/recordings", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["total"] >= 2 and page["limit"] == 1
    second = http.get("/api/recordings", params={"limit": 1, "offset": 1}).json()
    assert second["items"][0]["id"] != page["items"][0]["id"]
    found = http.get("/api/recordings", params={"q": "standup", "kind": "audio", "language": "en"}).json()
    assert [x["id"] for x in found["items"]] == [rec_id]
    assert http.get("/api/recordings", params={"q": "standup", "kind": "pdf"}).json()["total"] == 0
    assert http.get("/api/recordings", params={"since": 4102444800}).json()["total"] == 0  # year 2100
    texts = http.get("/api/recordings", params={"kind": "text"}).json()
    assert any(x["title"] == "paging-note" and x["transcribe_state"] == "done" for x in texts["items"])
    assert http.get("/api/recordings", params={"limit": 0}).status_code == 400
    assert http.get("/api/recordings", params={"kind": "exe"}).status_code == 400


@pytest.mark.slow
def test_rename_and_escaped_exports(processed: dict, http: httpx.Client, tmp_path: Path) -> None:
    rec_id = processed["upload"]["recording_id"]
    evil = "<script>alert(1)</script> *Q3* [link](javascript:x)"
    renamed = http.patch(f"/api/recordings/{rec_id}", json={"title": evil})
    assert renamed.status_code == 200 and renamed.json()["title"] == evil
    assert http.patch(f"/api/recordings/{rec_id}", json={"title": "   "}).status_code == 400

    html = http.get(f"/api/recordings/{rec_id}/export", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html")
    assert "<script>" not in html.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in html.text
    assert (
        "attachment" in html.headers["content-disposition"]
        and "nosniff" in html.headers["x-content-type-options"]
    )
    md = http.get(f"/api/recordings/{rec_id}/export", params={"format": "md"}).text
    assert "<script>" not in md and "&lt;script&gt;" in md and "\\*Q3\\*" in md and "\\[link\\]" in md

    subs = list(srt.parse(http.get(f"/api/recordings/{rec_id}/export", params={"format": "srt"}).text))
    assert subs and all(s.end > s.start for s in subs)
    vtt = tmp_path / "x.vtt"
    vtt.write_text(
        http.get(f"/api/recordings/{rec_id}/export", params={"format": "vtt"}).text, encoding="utf-8"
    )
    assert len(webvtt.read(str(vtt))) == len(subs)
    doc = http.get(f"/api/recordings/{rec_id}/export", params={"format": "json"}).json()
    assert doc["recording"]["title"] == evil and len(doc["segments"]) == len(subs)
    txt = http.get(f"/api/recordings/{rec_id}/export", params={"format": "txt"}).text
    assert "budget" in txt.lower()
    http.patch(f"/api/recordings/{rec_id}", json={"title": "standup notes"})


@pytest.mark.slow
def test_download_original(processed: dict, http: httpx.Client) -> None:
    r = http.get(f"/api/recordings/{processed['upload']['recording_id']}/file")
    assert r.status_code == 200 and r.content == processed["clip"].read_bytes()
    assert (
        'filename="standup notes.wav"' in r.headers["content-disposition"]
        or "standup%20notes.wav" in r.headers["content-disposition"]
    )


@pytest.mark.slow
def test_keyword_search(processed: dict, http: httpx.Client) -> None:
    body = http.get("/api/search", params={"q": "budget", "mode": "keyword"}).json()
    assert any(h["recording_id"] == processed["upload"]["recording_id"] for h in body["hits"])
    hit = body["hits"][0]
    assert hit["start"] is not None and "budget" in hit["text"].lower()
    assert http.get("/api/search", params={"q": ""}).status_code == 400
    assert http.get("/api/search", params={"q": "x", "mode": "magic"}).status_code == 400


def test_non_audio_upload_is_400(http: httpx.Client) -> None:
    r = http.post(
        "/api/recordings", files={"file": ("song.mp3", b"<html>not audio</html>" * 40, "audio/mpeg")}
    )
    assert r.status_code == 400
    assert "cannot be processed" in r.json()["error"]["message"]
    r = http.post(
        "/api/recordings", files={"file": ("tool.exe", b"MZ" + b"\0" * 100, "application/octet-stream")}
    )
    assert r.status_code == 400
    r = http.post("/api/recordings", files={"file": ("empty.wav", b"", "audio/wav")})
    assert r.status_code == 400 and r.json()["error"]["code"] == "empty_file"


def test_jobs_queue_cancel(extra_server: Callable[..., Api]) -> None:
    """Without a worker the job stays queued, so it can be cancelled through the API."""
    api = extra_server(ApiConfig(run_jobs=False))
    with api.http() as http:
        up = http.post("/api/recordings", files={"file": ("q.txt", b"queued text\n", "text/plain")}).json()
        job_id = up["job_id"]
        listed = http.get("/api/jobs", params={"state": "queued"}).json()["items"]
        assert [j["id"] for j in listed] == [job_id]
        assert http.post(f"/api/jobs/{job_id}/cancel").json() == {"id": job_id, "cancelled": True}
        assert http.get(f"/api/jobs/{job_id}").json()["state"] == "cancelled"
        assert http.post(f"/api/jobs/{job_id}/cancel").json()["cancelled"] is False
        assert http.post("/api/jobs/999/cancel").status_code == 404
        # A finished job's event stream sends its final state and closes.
        with http.stream("GET", f"/api/jobs/{job_id}/events") as stream:
            events = list(sse_events(stream.iter_lines()))
        assert [e["state"] for e in events] == ["cancelled"]


def test_upload_options_are_typed_and_unknown_fields_refused(extra_server: Callable[..., Api]) -> None:
    """A misspelt form field is a 400 naming it and the known ones (never silently dropped); the rest become the
    job's typed options."""
    api = extra_server(ApiConfig(run_jobs=False))
    with api.http() as http:
        r = http.post(
            "/api/recordings",
            files={"file": ("o.txt", b"options text\n", "text/plain")},
            data={"diarise": "true"},
        )
        assert r.status_code == 400
        err = r.json()["error"]
        assert err["code"] == "unknown_option" and err["param"] == "diarise"
        assert "'diarise'" in err["message"] and "diarize" in err["message"] and "speakers" in err["message"]
        assert api.ctx.store.jobs.list() == []
        r = http.post(
            "/api/recordings",
            files={"file": ("o.txt", b"options text\n", "text/plain")},
            data={"speakers": "0"},
        )
        assert r.status_code == 400 and r.json()["error"]["param"] == "speakers"
        up = http.post(
            "/api/recordings",
            files={"file": ("o.txt", b"options text\n", "text/plain")},
            data={"speakers": "2", "summarize": "false", "language": "en"},
        ).json()
    assert api.ctx.store.jobs.get(up["job_id"]).options == JobOptions(
        language="en", no_summary=True, diarize=True, speakers=2
    )


@pytest.mark.slow
def test_all_jobs_event_stream(api: Api, tmp_path: Path) -> None:
    events: list[dict] = []
    ready = threading.Event()

    def listen() -> None:
        with api.http() as http, http.stream("GET", "/api/jobs/events", params={"timeout": 60}) as stream:
            lines = stream.iter_lines()
            ready.set()
            for event in sse_events(lines):
                events.append(event)
                if event["state"] in ("done", "failed"):
                    return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    assert ready.wait(10)
    with api.http() as http:
        up = http.post(
            "/api/recordings",
            files={"file": ("all-events.txt", secrets.token_hex(8).encode() + b" text", "text/plain")},
        ).json()
    thread.join(60)
    assert events and events[-1]["job_id"] == up["job_id"] and events[-1]["state"] == "done"
    assert {e["stage"] for e in events} >= {"summarize"}  # the default stages include the minutes
    with api.http() as http:
        summary = http.get(f"/api/recordings/{up['recording_id']}/summary")
    assert summary.status_code == 200 and summary.json()["state"] == "complete"


@pytest.mark.slow
def test_admin_models_load_unload(api: Api, http: httpx.Client) -> None:
    listing = http.get("/api/admin/models").json()
    names = {(m["type"], m["name"]) for m in listing["items"]}
    assert ("stt", "tiny.en") in names and any(t == "embedding" for t, _ in names)
    emb = next(m["name"] for m in listing["items"] if m["type"] == "embedding")
    loaded = http.post("/api/admin/models/load", json={"type": "embedding", "name": emb})
    assert loaded.status_code == 200 and loaded.json()["loaded"] is True
    after = {(m["type"], m["name"]): m for m in http.get("/api/admin/models").json()["items"]}
    assert after[("embedding", emb)]["loaded"] is True
    assert (
        http.post("/api/admin/models/unload", json={"type": "embedding", "name": emb}).json()["loaded"]
        is False
    )
    after = {(m["type"], m["name"]): m for m in http.get("/api/admin/models").json()["items"]}
    assert after[("embedding", emb)]["loaded"] is False
    stt = http.post("/api/admin/models/load", json={"type": "stt", "name": "tiny.en"}).json()
    assert stt["loaded"] is True
    assert http.post("/api/admin/models/load", json={"type": "stt", "name": "nope"}).status_code == 404
    assert http.post("/api/admin/models/load", json={"type": "stt", "name": "../../x"}).status_code == 400
    assert http.post("/api/admin/models/load", json={"type": "gpu", "name": "x"}).status_code == 400


@pytest.mark.slow
def test_idle_models_are_reaped(extra_server: Callable[..., Api]) -> None:
    api = extra_server(ApiConfig(run_jobs=False), settings={"model_idle_ttl": 0.3})
    ctx = api.server.app.state.api.ctx
    with api.http() as http:
        assert http.get("/api/admin/models").json()["idle_ttl"] == 0.3
        http.post("/v1/embeddings", json={"model": "default", "input": "warm me up"})
        emb = next(
            m
            for m in http.get("/api/admin/models").json()["items"]
            if m["loaded"] and m["type"] == "embedding"
        )
        assert emb["idle_seconds"] is not None
        key = embed_key(emb["name"])
        for _ in range(40):  # the context's reaper (not a server-side tracker) unloads it
            if ctx.unloads and ctx.idle_seconds(key) is None:  # counted once its memory is released
                break
            threading.Event().wait(0.1)
        assert ctx.unloads >= 1 and key not in ctx.loaded_models()
        emb = next(m for m in http.get("/api/admin/models").json()["items"] if m["name"] == emb["name"])
        assert emb["loaded"] is False and emb["idle_seconds"] is None
        # The next request loads it again.
        assert http.post("/v1/embeddings", json={"model": "default", "input": "again"}).status_code == 200
        assert ctx.idle_seconds(key) is not None


def test_api_model_slots_are_reaped_by_the_context(isolated_env: Path) -> None:
    """The serve face keeps no idle tracker of its own: its named embedder slots go through the context."""
    from recordroute.pipeline.context import AppContext, embed_key
    from recordroute.settings import Settings

    ctx = AppContext(Settings.load(), idle_ttl=10.0)
    try:
        key = embed_key("minilm")
        ctx.model(key, lambda: type("E", (), {"name": "minilm"})())
        with ctx.busy(key):
            assert ctx.reap(time.monotonic() + 11) == []  # in use: kept however old
        assert ctx.reap() == []
        assert ctx.reap(time.monotonic() + 11) == [key] and ctx.idle_seconds(key) is None
    finally:
        ctx.close()


@pytest.mark.slow
def test_summary_similar_and_ask(extra_server: Callable[..., Api]) -> None:
    # Its own library: ask and similar rank over everything stored, so other tests' recordings must not be there.
    own = extra_server(ApiConfig(rate_per_second=10_000, rate_burst=10_000))
    with own.http() as http:
        check_summary_similar_and_ask(http)


def upload_text(http: httpx.Client, name: str, text: bytes) -> int:
    """Upload a note and wait until its job (ingest, summarize, index) has finished."""
    up = http.post("/api/recordings", files={"file": (name, text, "text/plain")}).json()
    deadline = time.monotonic() + 120
    while http.get(f"/api/jobs/{up['job_id']}").json()["state"] not in ("done", "failed", "cancelled"):
        assert time.monotonic() < deadline, "the upload's job did not finish"
        time.sleep(0.2)
    assert http.get(f"/api/jobs/{up['job_id']}").json()["state"] == "done"
    return int(up["recording_id"])


def check_summary_similar_and_ask(http: httpx.Client) -> None:
    rec_id = upload_text(http, "sum.txt", b"Fact 0001: the budget is approved.\n")
    other = upload_text(http, "more.txt", b"The budget was approved by the board.\n")
    made = http.post(f"/api/recordings/{rec_id}/summary", json={})
    assert made.status_code == 200, made.text
    assert made.json()["recording_id"] == rec_id
    assert http.get(f"/api/recordings/{rec_id}/summary").json()["version"] == made.json()["version"]
    assert http.post("/api/recordings/999999/summary", json={}).status_code == 404
    ask = http.post("/api/ask", json={"question": "what about the budget?"})
    assert ask.status_code == 200, ask.text
    body = ask.json()
    assert body["text"] and body["found"] and body["citations"]
    assert {c["recording_id"] for c in body["citations"]} <= {rec_id, other}
    sim = http.get(f"/api/recordings/{rec_id}/similar")
    assert sim.status_code == 200, sim.text
    ids = [s["recording_id"] for s in sim.json()]
    assert ids[0] == other and rec_id not in ids
    assert http.get("/api/recordings/999999/similar").status_code == 404


def test_metrics_use_route_templates(api: Api, http: httpx.Client) -> None:
    http.get("/api/recordings/424242")  # 404, but labelled by its template
    httpx.get(f"{api.url}/api/recordings/777")  # refused without a token, still counted
    http.post("/v1/embeddings", json={"model": "default", "input": "metrics"})
    text = http.get("/metrics").text
    assert 'route="/api/recordings/{rec_id}",status="404"' in text
    assert 'route="/api/recordings/{rec_id}",status="401"' in text
    routes = set(re.findall(r'route="([^"]+)"', text))
    templates = {r.path for r in flat_routes(api.server.app)} | {"<unmatched>"}
    assert routes <= templates, routes - templates  # never a raw path such as /api/recordings/424242
    assert re.search(
        r'recordroute_http_request_duration_seconds_count\{method="GET",'
        r'route="/api/recordings/\{rec_id\}"\} [1-9]',
        text,
    )
    assert (
        'recordroute_queue_depth{engine="stt"}' in text and 'recordroute_queue_depth{engine="embed"}' in text
    )
    assert 'recordroute_engine_work_seconds_count{engine="embed"}' in text
    assert "recordroute_jobs_queued" in text
