"""/api/admin/models with speaker models over real HTTP: the inventory says which one diarization uses, a
download from the fake release host (progress over SSE), verify, delete with confirmation; no URL from the
request is ever fetched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from recordroute.api.config import ApiConfig
from recordroute.engines.diarize.catalog import resolve_embedder
from tests.api.conftest import Api
from tests.api.test_models_admin import download_events, models_root
from tests.fakes.fake_releases import FakeReleases
from tests.models.conftest import CAMPP, SPEAKER_ONNX, releases  # noqa: F401 - `releases` is a fixture


@pytest.fixture
def server(extra_server: Callable[..., Api], releases: FakeReleases) -> Api:  # noqa: F811
    return extra_server(ApiConfig(run_jobs=False))


def _speakers(http: httpx.Client) -> dict[str, dict]:
    rows = http.get("/api/admin/models/inventory", params={"type": "speaker"}).json()
    assert {r["kind"] for r in rows} == {"speaker"}
    return {r["name"]: r for r in rows}


def test_speaker_download_verify_delete(server: Api, releases: FakeReleases) -> None:  # noqa: F811
    with server.http() as http:
        before = _speakers(http)
        assert before["dvector-vfl"]["in_use"] and not before["dvector-vfl"]["deletable"]
        assert not before[CAMPP.name]["present"] and before[CAMPP.name]["download_size"] == 28_300_000
        offered = http.get("/api/admin/models/suggestions").json()["speaker"]
        assert offered == {
            "name": CAMPP.name,
            "title": "3D-Speaker CAM++",
            "type": "speaker",
            "size": 28_300_000,
            "reason": "better_than_bundled",
            "command": f"recordroute models download {CAMPP.name}",
        }
        started = http.post("/api/admin/models/download", json={"name": CAMPP.name, "type": "speaker"})
        assert started.status_code == 202, started.text
        *_, last = download_events(http, started.json()["id"])
        assert last["state"] == "done", last
        assert last["model"]["kind"] == "speaker" and last["done"] == SPEAKER_ONNX.stat().st_size
        after = _speakers(http)
        assert after[CAMPP.name]["in_use"] and after[CAMPP.name]["deletable"]
        assert not after["dvector-vfl"]["in_use"]
        assert http.get("/api/admin/models/suggestions").json()["speaker"] is None  # here now
        assert resolve_embedder(None, models_root(server))[0].name == CAMPP.name

        (report,) = http.post("/api/admin/models/verify", json={"name": CAMPP.name}).json()
        assert report["ok"] and report["method"] == "sha256"

        asked = http.post("/api/admin/models/delete", json={"name": CAMPP.name, "type": "speaker"})
        assert asked.status_code == 409 and asked.json()["error"]["code"] == "confirmation_needed"
        gone = http.post("/api/admin/models/delete", json={"name": CAMPP.name, "confirm": True})
        assert gone.status_code == 200 and gone.json()["kind"] == "speaker"
        assert not Path(models_root(server) / "diarize" / CAMPP.name).exists()
        assert _speakers(http)["dvector-vfl"]["in_use"]


def test_only_catalogue_speaker_names(server: Api, releases: FakeReleases) -> None:  # noqa: F811
    with server.http() as http:
        for name in ("pyannote-segmentation-3.0", "dvector-vfl", "owner/repo", "http://x"):
            r = http.post("/api/admin/models/download", json={"name": name, "type": "speaker"})
            assert r.status_code in (400, 422), (name, r.text)
    assert releases.log == []  # nothing was fetched
