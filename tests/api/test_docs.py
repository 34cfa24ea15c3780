"""/docs works offline and without the token on loopback; everything else still needs the token."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx

from recordroute.api.config import ApiConfig
from recordroute.api.security import is_public
from tests.api.conftest import Api


def test_docs_render_from_local_assets_without_token(extra_server: Callable[..., Api]) -> None:
    api = extra_server(ApiConfig(run_jobs=False))
    with httpx.Client(base_url=api.url, timeout=30) as anon:
        page = anon.get("/docs")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert refs and all(r.startswith("/docs/assets/") for r in refs), refs
        assert (
            "http://" not in page.text and "https://" not in page.text and '"validatorUrl": null' in page.text
        )
        for ref in refs:
            asset = anon.get(ref)
            assert asset.status_code == 200 and len(asset.content) > 500, ref
        assert "SwaggerUIBundle" in anon.get("/docs/assets/swagger-ui-bundle.js").text
        assert anon.get("/docs/assets/%2e%2e%2fsettings.toml").status_code == 404
        assert anon.get("/docs/assets/index.j2").status_code == 404  # only the listed files are served
        schema = anon.get("/openapi.json")
        assert schema.status_code == 200
        schemes = schema.json()["components"]["securitySchemes"]
        assert any(s.get("type") == "http" and s.get("scheme") == "bearer" for s in schemes.values())
        assert anon.get("/redoc").status_code == 401  # no CDN page left behind: unknown paths need the token
        assert anon.get("/api/recordings").status_code == 401
        assert anon.get("/api/recordings", headers=api.auth).status_code == 200
        assert anon.get("/docs", headers={"Host": "evil.example"}).status_code == 421


def test_docs_are_public_only_for_loopback_clients() -> None:
    assert is_public({"path": "/docs", "client": ("127.0.0.1", 5000)})
    assert is_public({"path": "/openapi.json", "client": ("::1", 5000)})
    assert not is_public({"path": "/docs", "client": ("192.168.1.9", 5000)})
    assert not is_public({"path": "/docs/assets/swagger-ui.css", "client": None})
    assert is_public({"path": "/health", "client": ("10.0.0.1", 1)})


def test_export_route_gives_docx_and_only(extra_server: Callable[..., Api]) -> None:
    import io

    import docx

    from tests.helpers.library import add_recording

    api = extra_server(ApiConfig(run_jobs=False))
    rid = add_recording(api.ctx)
    with api.http() as http:
        got = http.get(f"/api/recordings/{rid}/export", params={"format": "docx", "only": "minutes"})
        assert got.status_code == 200 and got.headers["content-type"].startswith("application/vnd.openxml")
        assert got.headers["content-disposition"].endswith('.docx"')
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(got.content)).paragraphs)
        assert "Main topics" in text and "Welcome to the weekly" not in text
        md = http.get(f"/api/recordings/{rid}/export", params={"format": "md", "only": "transcript"}).text
        assert "## Transcript" in md and "## Minutes" not in md
        assert http.get(f"/api/recordings/{rid}/export", params={"only": "everything"}).status_code == 400
