"""Security defaults: token on every route, loopback Host only, no CORS, traversal-proof ids, rate limit."""

from __future__ import annotations

import http.client
import re
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx
import pytest

from recordroute.api.config import ApiConfig
from recordroute.api.ops import flat_routes
from recordroute.api.security import host_allowed, host_name
from recordroute.api.server import ApiServer, ApiServerError
from tests.api.conftest import Api
from tests.conftest import SPEECH_WAV

PUBLIC = {"/health", "/docs", "/openapi.json"}  # docs: loopback clients only
DOCS_ASSET = "/docs/assets/{name}"


def concrete(path: str) -> str:
    path = path.replace("{model_id:path}", "tiny.en")
    return re.sub(r"\{[^}]+\}", "1", path)


def all_routes(api: Api) -> list[tuple[str, str]]:
    out = []
    for route in flat_routes(api.server.app):
        for method in sorted(getattr(route, "methods", None) or []):
            if method != "HEAD":
                out.append((method, route.path))
    return out


def raw_request(api: Api, method: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    """http.client sends the path exactly as given (no dot-segment normalisation)."""
    parts = urlsplit(api.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()) | {"_body": resp.read()}
    finally:
        conn.close()


def test_route_table_is_complete(api: Api) -> None:
    paths = {p for _m, p in all_routes(api)}
    for expected in (
        "/v1/audio/transcriptions",
        "/v1/audio/translations",
        "/v1/chat/completions",
        "/v1/embeddings",
        "/v1/models",
        "/api/recordings",
        "/api/recordings/{rec_id}",
        "/api/recordings/{rec_id}/file",
        "/api/recordings/{rec_id}/export",
        "/api/recordings/{rec_id}/summary",
        "/api/search",
        "/api/recordings/{rec_id}/similar",
        "/api/ask",
        "/api/jobs",
        "/api/jobs/{job_id}",
        "/api/jobs/{job_id}/cancel",
        "/api/jobs/events",
        "/api/jobs/{job_id}/events",
        "/api/admin/models",
        "/api/admin/models/load",
        "/api/admin/models/unload",
        "/health",
        "/metrics",
        "/docs",
        "/openapi.json",
    ):
        assert expected in paths, expected


def test_every_route_needs_the_token(api: Api) -> None:
    routes = all_routes(api)
    assert len(routes) >= 30
    with httpx.Client(base_url=api.url, timeout=30) as anon:
        for method, path in routes:
            url = concrete(path)
            r = anon.request(method, url)
            if path in PUBLIC:
                assert r.status_code == 200, (method, path)
                continue
            if path == DOCS_ASSET:  # public, and "1" is not one of the listed assets
                assert r.status_code == 404, (method, path)
                continue
            assert r.status_code == 401, (method, path, r.status_code)
            assert r.headers["www-authenticate"].startswith("Bearer"), (method, path)
            assert r.json()["error"]["code"] == "missing_token"
            for bad in (
                "Bearer wrong-token",
                f"Bearer {api.token}x",
                f"Basic {api.token}",
                "Bearer",
                f"bearer {api.token[:-1]}",
            ):
                r = anon.request(method, url, headers={"Authorization": bad})
                assert r.status_code in (401, 403), (method, path, bad, r.status_code)
                assert "www-authenticate" in r.headers


def test_right_token_opens_the_door(api: Api, http: httpx.Client) -> None:
    assert http.get("/api/recordings").status_code == 200
    assert http.get("/openapi.json").json()["info"]["title"].startswith("RecordRoute")
    assert http.get("/docs").status_code == 200
    scheme = http.get("/openapi.json").json()["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in scheme.values())


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:8765",
        "127.0.0.1.nip.io",
        "192.168.1.20:8765",
        "localhost.evil.com",
        "0.0.0.0",
        "",
    ],
)
def test_foreign_host_header_is_refused(api: Api, host: str) -> None:
    for path in ("/health", "/v1/models"):
        status, headers = raw_request(
            api, "GET", path, {"Host": host, "Authorization": f"Bearer {api.token}"}
        )
        assert 400 <= status < 500, (host, path, status)
        assert b"invalid_host" in headers["_body"]


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "LOCALHOST:9", "[::1]", "[::1]:8765", "127.0.0.1:1"]
)
def test_loopback_host_headers_pass(api: Api, host: str) -> None:
    status, _ = raw_request(api, "GET", "/health", {"Host": host})
    assert status == 200


def test_host_parsing() -> None:
    assert host_name("[::1]:8765") == "::1"
    assert host_name("LocalHost:80") == "localhost"
    assert host_allowed("127.0.0.1:8765") and host_allowed("[::1]")
    assert not host_allowed(None) and not host_allowed("127.0.0.1:80:80")
    assert host_allowed("nas.lan:8765", {"nas.lan"})


def test_no_cors_headers_by_default(api: Api, http: httpx.Client) -> None:
    origin = {"Origin": "http://evil.example"}
    r = http.get("/api/recordings", headers=origin)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    r = http.options("/api/recordings", headers={**origin, "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers
    r = httpx.get(f"{api.url}/health", headers=origin)
    assert "access-control-allow-origin" not in r.headers


def test_cors_only_for_configured_origins(extra_server: Callable[..., Api]) -> None:
    api = extra_server(cors_origins=["http://localhost:5173"])
    with api.http() as http:
        ok = http.get("/api/recordings", headers={"Origin": "http://localhost:5173"})
        assert ok.headers["access-control-allow-origin"] == "http://localhost:5173"
        other = http.get("/api/recordings", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    pre = httpx.options(
        f"{api.url}/api/recordings",
        headers={
            "Origin": "http://localhost:5173",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "http://localhost:5173"
    # The Host check runs before CORS, so even a preflight addressed to a rebinding name is refused.
    status, headers = raw_request(
        api,
        "OPTIONS",
        "/api/recordings",
        {"Host": "evil.example", "Origin": "http://localhost:5173", "Access-Control-Request-Method": "GET"},
    )
    assert status == 421 and "access-control-allow-origin" not in {k.lower() for k in headers}


def test_traversal_and_bad_ids_are_404(api: Api, http: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {api.token}"}
    for path in (
        "/api/recordings/../../etc/passwd",
        "/api/recordings/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/recordings/%2e%2e/file",
        "/api/recordings/..%2f..%2fetc%2fpasswd/file",
        "/api/recordings//etc/passwd/file",
        "/api/recordings/%2Fetc%2Fpasswd/export",
        "/api/recordings/C:%5CWindows%5Cwin.ini/file",
        "/api/recordings/1e3/file",
        "/api/recordings/-1/file",
        "/api/recordings/99999999/file",
        "/api/jobs/..%2f1",
        "/api/recordings/0x1/export?format=txt",
    ):
        status, _ = raw_request(api, "GET", path, auth)
        assert status == 404, (path, status)
    assert http.get("/api/recordings/1/export", params={"format": "../../etc/passwd"}).status_code == 400


def test_deleted_recordings_are_404(api: Api, http: httpx.Client) -> None:
    files = {"file": ("del.txt", b"a short note to delete\n", "text/plain")}
    rec_id = http.post("/api/recordings", files=files).json()["recording_id"]
    assert http.get(f"/api/recordings/{rec_id}/file").status_code == 200
    assert http.delete(f"/api/recordings/{rec_id}").status_code == 200
    for url in (
        f"/api/recordings/{rec_id}",
        f"/api/recordings/{rec_id}/file",
        f"/api/recordings/{rec_id}/export?format=md",
        f"/api/recordings/{rec_id}/summary",
    ):
        assert http.get(url).status_code == 404, url
    assert http.patch(f"/api/recordings/{rec_id}", json={"title": "x"}).status_code == 404
    assert http.delete(f"/api/recordings/{rec_id}").status_code == 404  # already in the trash
    assert http.delete(f"/api/recordings/{rec_id}", params={"purge": "true"}).status_code == 200
    assert http.delete(f"/api/recordings/{rec_id}", params={"purge": "true"}).status_code == 404


def test_rate_limit_gives_429_with_retry_after(extra_server: Callable[..., Api]) -> None:
    api = extra_server(ApiConfig(rate_per_second=1.0, rate_burst=3, run_jobs=False))
    with api.http() as http:
        codes = [http.get("/api/recordings") for _ in range(5)]
    assert [r.status_code for r in codes[:3]] == [200, 200, 200]
    limited = [r for r in codes if r.status_code == 429]
    assert limited, [r.status_code for r in codes]
    assert int(limited[0].headers["retry-after"]) >= 1
    assert limited[0].json()["error"]["type"] == "rate_limit_exceeded"
    assert httpx.get(f"{api.url}/health").status_code == 200  # health is never throttled


def test_remote_bind_needs_allow_remote(api: Api) -> None:
    with pytest.raises(ApiServerError, match="only loopback") as err:
        ApiServer(api.ctx, "0.0.0.0", 0, token="t")
    assert "--allow-remote" in err.value.user_text()


@pytest.mark.slow
def test_upload_is_not_a_path(api: Api, http: httpx.Client) -> None:
    """A client file name with path parts never reaches the file system as such."""
    files = {"file": ("../../../../tmp/evil.wav", SPEECH_WAV.read_bytes()[:100_000], "audio/wav")}
    r = http.post(
        "/v1/audio/transcriptions", data={"model": "whisper-1", "response_format": "text"}, files=files
    )
    assert r.status_code == 200
    uploads = api.ctx.data_dir / "tmp" / "api-uploads"
    assert not list(uploads.iterdir())
    assert not (api.ctx.data_dir.parent / "tmp" / "evil.wav").exists()
