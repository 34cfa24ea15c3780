"""Remote embeddings through the app's own /v1/embeddings on loopback (a real API server, the real MiniLM): the
vector space is recorded as the remote model's, so switching re-indexes; search works through it; a dead server
is a clear error."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from recordroute.api.config import ApiConfig
from recordroute.api.server import ApiServer
from recordroute.engines.embed import get_embedder
from recordroute.engines.embed.resolve import PACKAGED_NAME
from recordroute.errors import RemoteEngineError
from recordroute.pipeline.context import EMBED_KEY, AppContext
from recordroute.pipeline.indexing import semantic_index
from recordroute.pipeline.search import search
from recordroute.settings import Settings
from tests.helpers.library import add_recording

pytestmark = pytest.mark.slow  # the real MiniLM, here and behind the server

TEXTS = [
    "We reviewed the budget for the new office and agreed to cap furniture spending.",
    "Our database servers crashed twice last week because the disks were full.",
    "Sarah will interview three candidates for the designer position on Thursday.",
]


@pytest.fixture
def box(tmp_path: Path) -> Iterator[tuple[ApiServer, str]]:
    ctx = AppContext.open(Settings(data_dir=tmp_path / "box"))
    token = secrets.token_urlsafe(24)
    server = ApiServer(ctx, "127.0.0.1", 0, token=token, config=ApiConfig(run_jobs=False)).start()
    try:
        yield server, token
    finally:
        server.stop()
        ctx.close()


def test_switching_to_remote_embeddings_reindexes_into_their_own_space(
    ctx: AppContext, box: tuple[ApiServer, str]
) -> None:
    server, token = box
    ctx.settings.embed_model = PACKAGED_NAME
    rid = add_recording(ctx, texts=TEXTS, minutes=None)
    sem = semantic_index(ctx)
    sem.index_recording(rid)
    local_space = ctx.store.chunks.active_space()
    assert local_space == (PACKAGED_NAME, 384)

    ctx.settings.embed_remote_url, ctx.settings.embed_remote_key = f"{server.url}/v1", token
    ctx.drop_model(EMBED_KEY)
    sem = semantic_index(ctx)
    assert sem.needs_reindex()
    assert sem.reindex_all() == 1  # the library owns its model: switching is an explicit re-index
    assert ctx.store.chunks.active_space() == (f"openai:{PACKAGED_NAME}", 384)
    assert {r.index_model for r in ctx.store.recordings.list()} == {f"openai:{PACKAGED_NAME}"}
    hits = search(ctx, "disk failures took the database down", mode="semantic", limit=1)
    assert hits and "database servers crashed" in hits[0].text
    # The same model behind the server: the vectors agree with the local ones (only the space is kept apart).
    remote = sem.embedder().embed_query("budget for the office")
    local = get_embedder(PACKAGED_NAME).embed_query("budget for the office")
    assert float(np.dot(remote, local)) > 0.999

    ctx.settings.embed_remote_url = ""  # and back: local again, re-indexed again
    ctx.drop_model(EMBED_KEY)
    assert semantic_index(ctx).reindex_all() == 1
    assert ctx.store.chunks.active_space() == local_space


def test_a_dead_embeddings_server_is_a_clear_error(ctx: AppContext, box: tuple[ApiServer, str]) -> None:
    server, token = box
    url = f"{server.url}/v1"
    server.stop()
    ctx.settings.embed_model = PACKAGED_NAME
    ctx.settings.embed_remote_url, ctx.settings.embed_remote_key = url, token
    ctx.drop_model(EMBED_KEY)
    with pytest.raises(RemoteEngineError, match="embeddings server"):
        semantic_index(ctx).embedder().embed_query("anything")
