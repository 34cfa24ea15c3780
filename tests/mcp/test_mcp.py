"""The MCP server driven through the official `mcp` client SDK, over stdio (a real `recordroute mcp` process) and
over streamable HTTP (the real local API's /mcp, with and without the token)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from mcp import Client

from tests.mcp.conftest import Archive, HttpMcp, stdio_params

READ_TOOLS = {
    "search",
    "list_recordings",
    "get_recording",
    "transcript",
    "latest_minutes",
    "ask",
    "similar",
    "speakers",
}


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def _read_session(client: Client, archive: Archive) -> dict[str, Any]:
    tools = {t.name: t for t in (await client.list_tools()).tools}
    en = data(await client.call_tool("search", {"query": "budget", "mode": "keyword"}))
    ko = data(await client.call_tool("search", {"query": "예산", "mode": "keyword", "language": "ko"}))
    page = data(await client.call_tool("transcript", {"recording_id": archive.ko, "offset": 1, "limit": 1}))
    minutes = data(await client.call_tool("latest_minutes", {"recording_id": archive.ko}))
    missing = await client.call_tool("get_recording", {"recording_id": 9999})
    return {"tools": tools, "en": en, "ko": ko, "page": page, "minutes": minutes, "missing": missing}


def _check_read_session(seen: dict[str, Any], archive: Archive) -> None:
    tools = seen["tools"]
    assert set(tools) == READ_TOOLS  # read-only by default: no tool that changes anything is even listed
    assert all(t.annotations and t.annotations.read_only_hint for t in tools.values())
    en_hit = seen["en"]["hits"][0]
    assert en_hit["recording_id"] == archive.en and "120 million won" in en_hit["text"]
    assert en_hit["link"] == f"recordroute://recording/{archive.en}?t=30"
    ko_hits = seen["ko"]["hits"]
    assert {h["recording_id"] for h in ko_hits} == {archive.ko}
    assert {h["start"] for h in ko_hits} == {0.0, 60.0} and "[예산]" in ko_hits[0]["snippet"]
    page = seen["page"]
    assert page["total"] == 3 and page["offset"] == 1 and page["next_offset"] == 2
    (seg,) = page["segments"]
    assert seg["text"] == "고객 설문 조사는 민수 씨가 담당합니다." and (seg["start"], seg["end"]) == (
        30.0,
        55.0,
    )
    assert seg["link"] == f"recordroute://recording/{archive.ko}?t=30"
    assert seen["minutes"]["action_items"][0]["owner"] == "민아"
    assert seen["missing"].is_error and "[not_found]" in seen["missing"].content[0].text


def test_stdio_lists_tools_searches_both_languages_and_pages_a_transcript(archive: Archive) -> None:
    async def session() -> dict[str, Any]:
        async with Client(stdio_params(), read_timeout_seconds=120) as client:
            return await _read_session(client, archive)

    _check_read_session(run(session()), archive)


def test_http_with_the_token(http_mcp: HttpMcp, archive: Archive) -> None:
    async def session() -> dict[str, Any]:
        async with http_mcp.client() as client:
            return await _read_session(client, archive)

    _check_read_session(run(session()), archive)


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_http_without_the_right_token_is_refused(http_mcp: HttpMcp, token: str | None) -> None:
    statuses: list[int] = []

    async def session() -> None:
        async with http_mcp.client(token=token, statuses=statuses) as client:
            await client.list_tools()

    with pytest.raises(BaseException, match="unhandled errors|error response"):  # the SDK raises (in a group)
        run(session())
    assert statuses and set(statuses) == {401}  # every request the SDK made was refused
    # The same request in plain HTTP: 401 with the API's error body, before anything reaches the MCP server.
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    res = httpx.post(http_mcp.url, json=body, headers=headers, timeout=30)
    assert res.status_code == 401
    assert res.json()["error"]["code"] in ("missing_token", "invalid_token")


def test_http_refuses_a_foreign_host_header(http_mcp: HttpMcp) -> None:
    res = httpx.post(
        http_mcp.url,
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        headers={"Authorization": f"Bearer {http_mcp.token}", "Host": "evil.example"},
        timeout=30,
    )
    assert res.status_code == 421 and res.json()["error"]["code"] == "invalid_host"


def test_tool_arguments_are_validated(http_mcp: HttpMcp) -> None:
    async def session() -> list[Any]:
        async with http_mcp.client() as client:
            return [
                await client.call_tool("transcript", {"recording_id": 0}),
                await client.call_tool("search", {"query": "x", "mode": "fuzzy"}),
                await client.call_tool("transcript", {"recording_id": 1, "limit": 10_000}),
            ]

    for result in run(session()):
        assert result.is_error, result


def test_results_are_json_text_too(http_mcp: HttpMcp, archive: Archive) -> None:
    """Assistants that read only text content get the same record as JSON."""

    async def session() -> Any:
        async with http_mcp.client() as client:
            return await client.call_tool("get_recording", {"recording_id": archive.en})

    result = run(session())
    record = data(result)
    assert json.loads(result.content[0].text) == record
    assert record["title"] == "Weekly planning" and record["minutes"]["version"] == 1
    assert record["link"] == f"recordroute://recording/{archive.en}" and record["segment_count"] == 3


def test_serve_mounts_mcp_behind_its_token(tmp_path) -> None:
    """`recordroute serve` in its own process: /mcp answers the SDK with the token, 401 without."""
    import signal

    import httpx2
    from mcp.client.streamable_http import streamable_http_client

    from tests.helpers.serve_box import start_box

    box = start_box(tmp_path)

    async def tools() -> set[str]:
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {box.token}"}) as http,
            Client(streamable_http_client(f"{box.url}/mcp", http_client=http)) as client,
        ):
            return {t.name for t in (await client.list_tools()).tools}

    try:
        assert run(tools()) == READ_TOOLS
        assert httpx.post(f"{box.url}/mcp", json={}, timeout=10).status_code == 401
    finally:
        box.proc.send_signal(signal.SIGTERM)
        box.proc.communicate(timeout=60)
