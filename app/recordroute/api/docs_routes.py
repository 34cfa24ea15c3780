"""/docs: Swagger UI 5 served from this machine (assets from the swagger-ui-bundle-v2 package, never a CDN).

/docs, its assets and /openapi.json need no token on loopback (the schema is not a secret); "Try it out" sends
the token the user enters under "Authorize" (the HTTPBearer scheme in the OpenAPI document).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import swagger_ui_bundle
from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

from .errors import not_found

ASSET_PREFIX = "/docs/assets/"
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon-32x32.png": "image/png",
}

router = APIRouter(include_in_schema=False)


def _newest_swagger_ui() -> Path:
    """The newest Swagger UI the package folder holds. swagger-ui-bundle 1.x (Swagger UI 4, which cannot read
    OpenAPI 3.1) and swagger-ui-bundle-v2 share that folder, so a stale 1.x beside v2 must not win."""
    vendor = Path(swagger_ui_bundle.__file__).parent / "vendor"
    found = [d for d in vendor.glob("swagger-ui-*") if (d / "swagger-ui-bundle.js").is_file()]

    def version(d: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", d.name))

    return max(found, key=version) if found else Path(swagger_ui_bundle.swagger_ui_path)


swagger_ui_path = _newest_swagger_ui()


def docs_page(title: str, openapi_url: str = "/openapi.json") -> str:
    config = {
        "url": openapi_url,
        "dom_id": "#swagger-ui",
        "layout": "BaseLayout",
        "deepLinking": True,
        "validatorUrl": None,  # the default badge would call an online validator
        "persistAuthorization": False,
    }
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{ASSET_PREFIX}swagger-ui.css">
<link rel="icon" href="{ASSET_PREFIX}favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="{ASSET_PREFIX}swagger-ui-bundle.js"></script>
<script>
const config = {json.dumps(config)};
config.presets = [SwaggerUIBundle.presets.apis];
window.ui = SwaggerUIBundle(config);
</script></body></html>
"""


@router.get("/docs")
def docs() -> HTMLResponse:
    return HTMLResponse(
        docs_page("RecordRoute local API"),
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )


@router.get(ASSET_PREFIX + "{name}")
def docs_asset(name: str) -> FileResponse:
    if name not in ASSETS:  # a fixed list: nothing else in the package folder is reachable
        raise not_found(f"no docs asset {name!r}")
    return FileResponse(
        str(swagger_ui_path / name),
        media_type=ASSETS[name],
        headers={"Cache-Control": "max-age=86400", "X-Content-Type-Options": "nosniff"},
    )
