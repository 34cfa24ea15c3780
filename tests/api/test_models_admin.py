"""/api/admin/models over real HTTP: a download from the fake hub with progress over SSE, cancel, verify,
delete (bundled refused with the reason), bearer auth and unknown names."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import Api
from tests.fakes.fake_hub import FakeHub, tiny_en_dir
from tests.models.conftest import REPO, hub, leftovers  # noqa: F401 - `hub` is a fixture

ROUTES = [
    ("POST", "/api/admin/models/download", {"name": "small"}),
    ("GET", "/api/admin/models/inventory", None),
    ("GET", "/api/admin/models/downloads", None),
    ("GET", "/api/admin/models/downloads/1/events", None),
    ("POST", "/api/admin/models/delete", {"name": "small"}),
    ("POST", "/api/admin/models/verify", {"name": "tiny.en"}),
]


@pytest.fixture
def server(extra_server: Callable[..., Api], hub: FakeHub) -> Api:  # noqa: F811 - the fixture imported above
    return extra_server(ApiConfig(run_jobs=False))


def download_events(http: httpx.Client, task_id: int) -> Iterator[dict]:
    with http.stream("GET", f"/api/admin/models/downloads/{task_id}/events") as stream:
        assert stream.status_code == 200 and stream.headers["content-type"].startswith("text/event-stream")
        event = None
        for line in stream.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "download":
                yield json.loads(line[6:])


def models_root(api: Api) -> Path:
    return api.ctx.settings.data_dir / "models"


def test_download_streams_progress_then_verify_and_delete(server: Api, hub: FakeHub) -> None:  # noqa: F811
    hub.chunk_delay = 0.002  # slow enough for several progress reports
    total = sum(p.stat().st_size for p in tiny_en_dir().iterdir() if p.is_file())
    with server.http() as http:
        started = http.post("/api/admin/models/download", json={"name": REPO})
        assert started.status_code == 202, started.text
        task = started.json()
        assert task["state"] in ("running", "done") and task["name"] == REPO
        events = list(download_events(http, task["id"]))
        assert events[-1]["state"] == "done", events[-1]
        running = [e for e in events if e["state"] == "running" and e["done"]]
        assert len(running) >= 2, events
        done = [e["done"] for e in running]
        assert done == sorted(done) and all(e["total"] == total and e["rate"] > 0 for e in running)
        assert events[-1]["model"]["source"] == "downloaded" and events[-1]["kind"] == "speech"
        assert http.get(f"/api/admin/models/downloads/{task['id']}").json()["state"] == "done"

        inventory = {m["name"]: m for m in http.get("/api/admin/models/inventory").json()}
        got = inventory["whisper-tiny-en-ct2"]
        assert got["present"] and got["source"] == "downloaded" and got["size"] == total and got["deletable"]
        assert inventory["tiny.en"]["source"] == "bundled" and not inventory["tiny.en"]["deletable"]
        assert not inventory["small"]["present"] and inventory["small"]["download_size"] > 400_000_000

        verified = http.post("/api/admin/models/verify", json={"name": REPO})
        assert verified.status_code == 200, verified.text
        (report,) = verified.json()
        assert report["ok"] and report["method"] == "sha256" and report["verified_at"]

        bundled = http.post("/api/admin/models/delete", json={"name": "tiny.en", "type": "stt"})
        assert bundled.status_code == 400 and "bundled" in bundled.json()["error"]["message"]
        gone = http.post("/api/admin/models/delete", json={"name": REPO})
        assert gone.status_code == 200 and gone.json() == {
            "kind": "speech",
            "name": "whisper-tiny-en-ct2",
            "deleted": True,
        }
        assert leftovers(models_root(server)) == []
        assert http.post("/api/admin/models/verify", json={"name": REPO}).status_code == 404


def test_cancel_mid_download_ends_fast_and_leaves_nothing(server: Api, hub: FakeHub) -> None:  # noqa: F811
    hub.chunk_delay = 0.02  # ~3 MB/s: the model takes many seconds
    with server.http() as http:
        task = http.post("/api/admin/models/download", json={"name": REPO}).json()
        cancelled_at = None
        for event in download_events(http, task["id"]):
            if event["done"] > 2_000_000 and cancelled_at is None:
                cancelled_at = time.monotonic()
                assert http.post(f"/api/admin/models/downloads/{task['id']}/cancel").status_code == 200
            last = event
        assert cancelled_at is not None and last["state"] == "cancelled"
        assert time.monotonic() - cancelled_at < 1.5
        assert leftovers(models_root(server)) == []
        names = {m["name"]: m for m in http.get("/api/admin/models/inventory").json()}
        assert "whisper-tiny-en-ct2" not in names


def test_unknown_and_invalid_names(server: Api) -> None:
    with server.http() as http:
        missing = http.post("/api/admin/models/download", json={"name": "test-org/no-such-repo"})
        assert missing.status_code == 202  # a repository id is only known to the hub: the task fails
        *_, last = download_events(http, missing.json()["id"])
        assert last["state"] == "failed" and "no-such-repo" in last["error"] and last["error_code"]
        assert leftovers(models_root(server)) == []
        unknown = http.post("/api/admin/models/download", json={"name": "no-such-model"})
        assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "unknown_model"
        for bad in ("../../etc/passwd", "/tmp/x", "a\\b", "x/y/z", "owner/.."):
            r = http.post("/api/admin/models/download", json={"name": bad})
            assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_model", bad
            assert http.post("/api/admin/models/delete", json={"name": bad}).status_code == 400
        assert http.post("/api/admin/models/delete", json={"name": "nope"}).status_code == 404
        assert http.post("/api/admin/models/verify", json={"name": "nope"}).status_code == 404
        assert http.post("/api/admin/models/delete", json={"name": "small"}).status_code == 404  # not here
        assert http.get("/api/admin/models/downloads/999").status_code == 404
        assert http.get("/api/admin/models/downloads/999/events").status_code == 404
        assert (
            http.post("/api/admin/models/download", json={"name": "small", "type": "gpu"}).status_code == 400
        )


def test_model_routes_need_the_token(server: Api) -> None:
    for method, path, body in ROUTES:
        r = httpx.request(method, server.url + path, json=body)
        assert r.status_code == 401, (path, r.status_code)
        wrong = httpx.request(method, server.url + path, json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401, path
    assert leftovers(models_root(server)) == []
