"""The MCP server over the archive, built with the official SDK's `MCPServer`. Tools are thin: each calls one
`pipeline.archive` function and turns the typed errors the user can act on into MCP tool errors.

Read-only by default. `process_file` (and `job_status`) exist only when the settings allow writes and name at
least one folder; the folder check runs again on every call, so a setting changed later applies at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field

from .. import __version__
from ..errors import RecordRouteError
from ..pipeline import archive
from ..pipeline.context import AppContext

Enqueue = Callable[..., int]  # the process's job queue's enqueue(path, options=...)
READ = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False)
RecId = Annotated[int, Field(ge=1, description="a recording id (from search or list_recordings)")]
Mode = Literal["hybrid", "keyword", "semantic"]
Kind = Literal["audio", "video", "pdf", "text"]

INSTRUCTIONS = (
    "RecordRoute is the user's archive of recorded meetings (Korean and English), with transcripts, named "
    "speakers, minutes and documents. Search or ask first; cite passages with the `link` each result carries "
    "(recordroute://recording/ID?t=SECONDS opens the recording at that moment in the desktop app)."
)


@contextmanager
def _tool_errors() -> Iterator[None]:
    try:
        yield
    except RecordRouteError as exc:
        raise ToolError(f"[{exc.code}] {exc.user_text()}") from None
    except ValueError as exc:
        raise ToolError(f"[bad_input] {exc}") from None


def writes_allowed(ctx: AppContext) -> bool:
    s = ctx.settings
    return bool(s.mcp_allow_writes and s.mcp_process_folders)


def build_server(ctx: AppContext, enqueue: Enqueue | None = None) -> MCPServer:
    """The server for this process's context. `enqueue` starts jobs (needed for the write tools)."""
    server: MCPServer = MCPServer(
        "recordroute",
        title="RecordRoute",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
    )
    _read_tools(server, ctx)
    if enqueue is not None and writes_allowed(ctx):
        _write_tools(server, ctx, enqueue)
    return server


def _read_tools(server: MCPServer, ctx: AppContext) -> None:
    _search_tools(server, ctx)
    _record_tools(server, ctx)


def _search_tools(server: MCPServer, ctx: AppContext) -> None:
    @server.tool(annotations=READ)
    def search(
        query: Annotated[str, Field(min_length=1, max_length=500)],
        mode: Mode = "hybrid",
        kind: Kind | None = None,
        language: Annotated[str | None, Field(max_length=16, description="ko, en, ...")] = None,
        since: Annotated[float | None, Field(description="unix time, inclusive")] = None,
        until: Annotated[float | None, Field(description="unix time, exclusive")] = None,
        limit: Annotated[int, Field(ge=1, le=100)] = 10,
    ) -> dict[str, Any]:
        """Search every transcript and document (Korean-aware keyword, semantic, or both fused). Each hit
        has the passage, who said it, when, and a link to that moment."""
        with _tool_errors():
            return archive.search(
                ctx,
                query,
                mode=mode,
                kind=kind,
                language=language,
                since=since,
                until=until,
                limit=limit,
            )

    @server.tool(annotations=READ)
    def ask(
        question: Annotated[str, Field(min_length=1, max_length=2000)],
        limit: Annotated[int, Field(ge=1, le=20, description="passages to answer from")] = 8,
    ) -> dict[str, Any]:
        """Answer a question from the recordings only; every claim cites a passage ([n] -> citations, each
        with a link to its moment). Says so when the archive has no answer."""
        with _tool_errors():
            return archive.ask(ctx, question, limit=limit)

    @server.tool(annotations=READ)
    def similar(recording_id: RecId, limit: Annotated[int, Field(ge=1, le=50)] = 5) -> dict[str, Any]:
        """Recordings about the same things as this one (semantic, chunk by chunk)."""
        with _tool_errors():
            return {"recording_id": recording_id, "similar": archive.similar(ctx, recording_id, limit=limit)}


def _record_tools(server: MCPServer, ctx: AppContext) -> None:
    @server.tool(annotations=READ)
    def list_recordings(
        text: Annotated[
            str | None, Field(max_length=200, description="part of the title or file name")
        ] = None,
        kind: Kind | None = None,
        language: Annotated[str | None, Field(max_length=16)] = None,
        since: float | None = None,
        until: float | None = None,
        offset: Annotated[int, Field(ge=0)] = 0,
        limit: Annotated[int, Field(ge=1, le=200)] = 50,
    ) -> dict[str, Any]:
        """Recordings, newest first, with their processing states (paged: pass next_offset back)."""
        with _tool_errors():
            return archive.list_recordings(
                ctx,
                text=text,
                kind=kind,
                language=language,
                since=since,
                until=until,
                offset=offset,
                limit=limit,
            )

    @server.tool(annotations=READ)
    def get_recording(recording_id: RecId) -> dict[str, Any]:
        """One recording: title, duration, language, states, speakers and whether minutes exist."""
        with _tool_errors():
            return archive.get_recording(ctx, recording_id)

    @server.tool(annotations=READ)
    def transcript(
        recording_id: RecId,
        offset: Annotated[int, Field(ge=0)] = 0,
        limit: Annotated[int, Field(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """A page of the transcript: segments with start/end seconds, speaker and a link to each moment."""
        with _tool_errors():
            return archive.transcript_page(ctx, recording_id, offset=offset, limit=limit)

    @server.tool(annotations=READ)
    def latest_minutes(recording_id: RecId) -> dict[str, Any]:
        """The newest complete minutes (Markdown) and their action items (owner, task, due)."""
        with _tool_errors():
            minutes = archive.latest_minutes(ctx, recording_id)
        if minutes is None:
            raise ToolError(f"[no_minutes] recording {recording_id} has no minutes yet")
        return minutes

    @server.tool(annotations=READ)
    def speakers(recording_id: RecId) -> dict[str, Any]:
        """Who speaks in a recording (names the user gave, else labels) and for how long."""
        with _tool_errors():
            archive.get_recording(ctx, recording_id)
            return {"recording_id": recording_id, "speakers": archive.speakers(ctx, recording_id)}


def _write_tools(server: MCPServer, ctx: AppContext, enqueue: Enqueue) -> None:
    @server.tool(annotations=WRITE)
    def process_file(
        path: Annotated[str, Field(min_length=1, max_length=4096, description="absolute path of the file")],
    ) -> dict[str, Any]:
        """Transcribe (and summarize, index) a file from a folder the user allowed for this; returns a job."""
        with _tool_errors():
            if not writes_allowed(ctx):
                raise ToolError("[writes_off] processing files on request was turned off in the settings")
            return archive.process_allowed_file(ctx, enqueue, path, ctx.settings.mcp_process_folders)

    @server.tool(annotations=READ)
    def job_status(job_id: Annotated[int, Field(ge=1)]) -> dict[str, Any]:
        """State and progress of a processing job started with process_file."""
        with _tool_errors():
            return archive.job_status(ctx, job_id)
