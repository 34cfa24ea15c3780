"""The export route names the file for any title: Korean, emoji, quotes (issue 23: 11)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

import pytest

from recordroute.pipeline.export import content_disposition
from tests.api.conftest import Api
from tests.helpers.library import add_recording


@pytest.mark.parametrize("title", ["주간 회의 – 예산", "Emoji 🎙️ call", 'Quote "x" \\ y', "Plain title"])
def test_export_of_any_title_has_a_valid_content_disposition(
    extra_server: Callable[..., Api], title: str
) -> None:
    api = extra_server()
    rid = add_recording(api.ctx, title=title)
    with api.http() as http:
        res = http.get(f"/api/recordings/{rid}/export", params={"format": "md"})
    assert res.status_code == 200, res.text
    header = res.headers["content-disposition"]
    header.encode("latin-1")  # a header must be Latin-1; the server would have answered 500 otherwise
    assert header.startswith('attachment; filename="')
    if "filename*=" in header:
        assert unquote(header.split("filename*=UTF-8''", 1)[1]).startswith(title.replace('"', "_")[:5])
    assert title.split()[0] in res.text


def test_content_disposition_forms() -> None:
    assert content_disposition("a.md") == 'attachment; filename="a.md"'
    value = content_disposition("회의.md")
    assert value == "attachment; filename=\"__.md\"; filename*=UTF-8''%ED%9A%8C%EC%9D%98.md"
    assert '\\"' not in content_disposition('a"b.md')
