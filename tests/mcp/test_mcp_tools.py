"""MCP tools beyond reading: ask with citations (real embedding model, fake Ollama over HTTP), the write tool
behind its settings and the path check it runs, and the recordroute:// links results carry."""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from recordroute.errors import PathNotAllowed
from recordroute.mcp import build_server
from recordroute.pipeline.allowed_paths import allowed_file
from recordroute.pipeline.context import AppContext
from recordroute.pipeline.indexing import semantic_index
from recordroute.pipeline.links import parse_link, recording_link
from tests.conftest import SPEECH_WAV
from tests.fakes.fake_ollama import FakeOllama
from tests.mcp.conftest import Archive, HttpMcp, stdio_params, write_settings
from tests.mcp.test_mcp import READ_TOOLS, data


@pytest.mark.slow
def test_ask_over_http_answers_with_citations_that_link_to_the_moment(
    http_mcp: HttpMcp, archive: Archive
) -> None:
    ctx = archive.ctx
    for rid in (archive.en, archive.ko):
        semantic_index(ctx).index_recording(rid)
    with FakeOllama(models=[ctx.settings.llm_model]) as fake:
        ctx.settings.llm_backend, ctx.settings.ollama_host = "ollama", fake.url
        fake.responder = lambda model, seen, options: "The budget is 120 million won [1]."

        async def session() -> tuple[dict[str, Any], dict[str, Any]]:
            async with http_mcp.client() as client:
                answer = data(await client.call_tool("ask", {"question": "What is the budget?"}))
                ko = data(await client.call_tool("search", {"query": "예산 확정", "mode": "hybrid"}))
                return answer, ko

        answer, ko = asyncio.run(session())
        prompt = fake.requests[-1].seen_text
    assert answer["found"] and "120 million won" in prompt
    (cite,) = answer["citations"]
    assert cite["recording_id"] == archive.en and cite["start"] is not None  # the chunk that says it
    assert cite["link"] == f"recordroute://recording/{archive.en}?t={int(cite['start'])}"
    assert "[1]" not in answer["text"] and "Weekly planning" in answer["text"]  # [n] became a readable label
    assert ko["hits"][0]["recording_id"] == archive.ko  # hybrid search in Korean finds the Korean meeting


@pytest.mark.slow
def test_ask_over_stdio_answers_with_citations(archive: Archive) -> None:
    """The `recordroute mcp` process answers from the same archive (indexed here), its LLM the fake Ollama."""
    ctx = archive.ctx
    for rid in (archive.en, archive.ko):
        semantic_index(ctx).index_recording(rid)
    write_settings(llm_backend="ollama")
    with FakeOllama(models=[ctx.settings.llm_model]) as fake:
        fake.responder = lambda model, seen, options: "민수 씨가 설문 조사를 담당합니다 [1]."

        async def session() -> dict[str, Any]:
            async with Client(stdio_params(OLLAMA_HOST=fake.url), read_timeout_seconds=300) as client:
                return data(await client.call_tool("ask", {"question": "설문 조사는 누가 담당하나요?"}))

        answer = asyncio.run(session())
        prompt = fake.requests[-1].seen_text
    assert answer["found"] and "고객 설문 조사는 민수 씨가 담당합니다." in prompt
    (cite,) = answer["citations"]
    assert cite["recording_id"] == archive.ko and cite["start"] is not None
    assert cite["link"] == f"recordroute://recording/{archive.ko}?t={int(cite['start'])}"


# --- the write tool ---------------------------------------------------------------------------------------------
def _tools(ctx: AppContext, enqueue: Any) -> set[str]:
    async def names() -> set[str]:
        async with Client(build_server(ctx, enqueue)) as client:
            return {t.name for t in (await client.list_tools()).tools}

    return asyncio.run(names())


def test_write_tools_are_off_until_writes_are_allowed_and_a_folder_is_named(
    ctx: AppContext, tmp_path: Path
) -> None:
    calls: list[Path] = []

    def enqueue(path: Path, **_kw: Any) -> int:
        calls.append(path)
        return 1

    assert _tools(ctx, enqueue) == READ_TOOLS
    ctx.settings.mcp_allow_writes = True
    assert _tools(ctx, enqueue) == READ_TOOLS  # writes allowed but no folder named: still off
    ctx.settings.mcp_process_folders = [str(tmp_path)]
    assert _tools(ctx, enqueue) == READ_TOOLS | {"process_file", "job_status"}
    ctx.settings.mcp_allow_writes = False
    assert _tools(ctx, enqueue) == READ_TOOLS and calls == []


def test_process_file_queues_an_allowed_file_and_refuses_the_rest(ctx: AppContext, tmp_path: Path) -> None:
    from recordroute.pipeline.queue import JobQueue

    allowed = tmp_path / "allowed"
    allowed.mkdir()
    good = allowed / "meeting.wav"
    good.write_bytes(SPEECH_WAV.read_bytes())
    outside = tmp_path / "outside.wav"
    outside.write_bytes(SPEECH_WAV.read_bytes())
    (allowed / "link.wav").symlink_to(outside)
    ctx.settings.mcp_allow_writes, ctx.settings.mcp_process_folders = True, [str(allowed)]
    queue = JobQueue(ctx)  # not started: the job stays queued, which is all this test needs

    async def session() -> list[Any]:
        async with Client(build_server(ctx, queue.enqueue)) as client:
            out = [await client.call_tool("process_file", {"path": str(good)})]
            for bad in (outside, allowed / "link.wav", allowed / ".." / "outside.wav", Path("meeting.wav")):
                out.append(await client.call_tool("process_file", {"path": str(bad)}))
            job = out[0].structured_content["job_id"]
            out.append(await client.call_tool("job_status", {"job_id": job}))
            ctx.settings.mcp_allow_writes = False  # turned off while the assistant is connected
            out.append(await client.call_tool("process_file", {"path": str(good)}))
            return out

    first, *refused, status, late = asyncio.run(session())
    queued = data(first)
    assert queued["state"] == "queued" and Path(queued["path"]) == good.resolve()
    assert ctx.store.jobs.get(queued["job_id"]).source_path == str(good.resolve())
    for result in refused:
        assert result.is_error and "[path_not_allowed]" in result.content[0].text, result.content
    assert data(status)["state"] == "queued"
    assert late.is_error and "[writes_off]" in late.content[0].text
    assert len(ctx.store.jobs.list(limit=100)) == 1  # nothing but the allowed file was queued


def test_allowed_file_refuses_special_files_dirs_and_escapes(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    plain = root / "sub" / "a.wav"
    plain.write_bytes(b"x" * 10)
    folders = [str(root)]
    assert allowed_file(str(plain), folders) == plain.resolve()
    fifo = root / "pipe.wav"
    os.mkfifo(fifo)
    sock_path = root / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        (root / "dirlink").symlink_to(root / "sub", target_is_directory=True)
        bad = [
            str(fifo),
            str(sock_path),
            str(root / "sub"),
            str(root / "dirlink" / "a.wav"),  # a linked folder on the way
            str(root / "missing.wav"),
            "relative/a.wav",
            str(root) + "/../root/sub/a.wav",
            "",
            str(plain) + "\x00",
        ]
        for raw in bad:
            with pytest.raises(PathNotAllowed):
                allowed_file(raw, folders)
    with pytest.raises(PathNotAllowed, match="off"):
        allowed_file(str(plain), [])
    with pytest.raises(PathNotAllowed, match="larger"):
        allowed_file(str(plain), folders, max_bytes=5)


# --- links ------------------------------------------------------------------------------------------------------
def test_links_round_trip_and_hostile_ones_are_refused() -> None:
    assert recording_link(12, 83.9) == "recordroute://recording/12?t=83"
    assert recording_link(12, None) == "recordroute://recording/12"
    link = parse_link("recordroute://recording/12?t=83")
    assert link is not None and (link.recording_id, link.seconds) == (12, 83.0)
    assert parse_link("RecordRoute://recording/7") is not None
    for bad in (
        "https://recording/12",
        "recordroute://evil/12",
        "recordroute://recording/../../etc/passwd",
        "recordroute://recording/0",
        "recordroute://recording/12?t=-1",
        "recordroute://recording/12?t=nan",
        "recordroute://recording/12?t=1e12",
        "recordroute://recording/" + "9" * 300,
    ):
        assert parse_link(bad) is None, bad
