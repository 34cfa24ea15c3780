"""The index stage: chunk a recording, embed the chunks, keep the vector index in step with the DB.

The DB's chunk rows are the truth; the memory-mapped vector files are derived. So a kill mid-write, a corrupt
file or a model change always ends in a rebuild from the DB, never in a silent mix of vector spaces.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..errors import IndexCorrupt, RecordRouteError
from ..progress import CancelToken, Progress, ProgressCallback, null_progress
from ..store.chunks import bump_generation
from ..store.locks import InterProcessLock
from ..store.vector_files import sweep_temp
from ..transcript import Segment
from . import stages
from .chunking import Chunk, chunk_document, chunk_transcript
from .context import EMBED_KEY, AppContext

if TYPE_CHECKING:
    from ..engines.embed import Embedder
    from ..store.vectors import MmapVectorIndex

log = logging.getLogger(__name__)


def make_chunks(kind: str, segments: Sequence[Segment]) -> list[Chunk]:
    """Chunks whose seg_from/seg_to are Segment.idx values (the chunkers return list positions)."""
    raw = chunk_document(segments) if kind in ("pdf", "text") else chunk_transcript(segments)
    out = []
    for ch in raw:
        out.append(
            Chunk(
                ch.index,
                ch.text,
                ch.start,
                ch.end,
                ch.page,
                segments[ch.seg_from].idx,
                segments[ch.seg_to].idx,
            )
        )
    return out


class SemanticIndex:
    """One per AppContext (see `semantic_index`): the warm embedder plus the open vector index."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.folder = ctx.settings.data_dir / "vectors"
        self._lock = threading.RLock()
        # One writer across processes (GUI, CLI, serve): writes happen under this lock on freshly opened files.
        self._writer = InterProcessLock(self.folder / ".writer.lock")
        self._index: MmapVectorIndex | None = None
        self._generation = -1
        self._verified = False
        self._reconciled = False
        ctx.store.on_purge(self._drop_ids)

    # --- engines ------------------------------------------------------------------------------------------
    def embedder(self) -> Embedder:
        from ..engines.embed import embedder_from_settings

        return self.ctx.model(EMBED_KEY, lambda: embedder_from_settings(self.ctx.settings))

    def index(self) -> MmapVectorIndex:
        """The open index for the current model, reopened when another process changed it."""
        from ..store.vectors import MmapVectorIndex

        emb = self.embedder()
        gen = self.ctx.store.chunks.generation()
        with self._lock:
            if self._index is not None and (self._index.model_name != emb.name or gen != self._generation):
                self._index.close()
                self._index = None
            if self._index is None:
                try:
                    # Full checksum verification once per process; reopens after other writers are cheap.
                    self._index = MmapVectorIndex(
                        self.folder, emb.name, emb.dim, verify_vectors=not self._verified
                    )
                    self._verified = True
                except IndexCorrupt as exc:
                    log.warning("vector index damaged (%s); rebuilding it from the database", exc)
                    self._index = MmapVectorIndex(self.folder, emb.name, emb.dim, strict=False)
                    self._rebuild_locked(self._index, null_progress, None)
                self._generation = gen
                if not self._reconciled:
                    self._reconciled = True
                    with self._writer:
                        self._reconcile_locked(self._index)
            return self._index

    @contextlib.contextmanager
    def _writing(self) -> Iterator[MmapVectorIndex]:
        """Hold the cross-process writer lock and reopen the files, so another process's appends are seen
        before ours land after them."""
        with self._lock, self._writer:
            sweep_temp(self.folder)
            if self._index is not None:
                self._index.close()
                self._index = None
            yield self.index()

    def _drop_ids(self, chunk_ids: list[int]) -> None:
        if not chunk_ids or not self.folder.exists():
            return
        try:
            with self._writing() as index:
                index.delete(np.asarray(chunk_ids, dtype=np.int64))
        except RecordRouteError as exc:
            # The recording is already gone from the DB; a stale vector is filtered out of every search and
            # dropped by the next reconcile, so a purge never fails over it.
            log.warning(
                "could not drop %d vectors now (%s); the next start removes them", len(chunk_ids), exc
            )

    # --- model changes ----------------------------------------------------------------------------------------
    def needs_reindex(self) -> bool:
        emb = self.embedder()
        return self.ctx.store.chunks.active_space() != (emb.name, emb.dim)

    def ensure_current(
        self, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None
    ) -> bool:
        """Re-embed everything when the configured model differs from the one the index was built with.
        Returns True if a re-index ran."""
        if not self.needs_reindex():
            return False
        self.reindex_all(progress, cancel)
        return True

    def reindex_all(
        self,
        progress: ProgressCallback = null_progress,
        cancel: CancelToken | None = None,
        *,
        rechunk: bool = False,
    ) -> int:
        store = self.ctx.store
        emb = self.embedder()
        recs = [r for r in store.recordings.list(limit=None) if r.transcribe_state == "done"]
        if rechunk:
            for n, rec in enumerate(recs):
                self._store_chunks(rec.id, rec.kind)
                progress(Progress("chunk", (n + 1) / max(1, len(recs)), f"chunking {rec.title}"))
        with self._writing() as index:
            self._rebuild_locked(index, progress, cancel, all_recordings=True)
        store.chunks.activate_space(emb.name, emb.dim)
        self._generation = -1
        return len(recs)

    def _rebuild_locked(
        self,
        index: MmapVectorIndex,
        progress: ProgressCallback,
        cancel: CancelToken | None,
        *,
        all_recordings: bool = False,
    ) -> None:
        """Embed every chunk of every indexed recording into a fresh index (rebuild = atomic swap)."""
        store, emb = self.ctx.store, self.embedder()
        # All recordings includes trashed ones, so a restore finds them indexed.
        rows = store.chunks.for_rebuild(None if all_recordings else emb.name)
        ids = np.asarray([r[0] for r in rows], dtype=np.int64)
        vectors = (
            emb.embed([r[1] for r in rows], progress=_scaled(progress, "reindex"), cancel=cancel)
            if rows
            else np.empty((0, emb.dim), np.float32)
        )
        index.rebuild(zip(ids.tolist(), vectors, strict=True))
        with store.db.tx() as con:
            store.recordings.mark_indexed(con, sorted({r[2] for r in rows}), emb.name)
            bump_generation(con)

    # --- one recording ----------------------------------------------------------------------------------------
    def _store_chunks(self, rec_id: int, kind: str) -> tuple[list[int], list[int], list[str]]:
        store = self.ctx.store
        chunks = make_chunks(kind, store.transcripts.segments(rec_id))
        with store.db.tx() as con:
            old, new = store.chunks.replace(con, rec_id, chunks)
            store.recordings.mark_indexing(con, rec_id)
        return old, new, [c.text for c in chunks]

    def index_recording(
        self, rec_id: int, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None
    ) -> int:
        """(Re)build one recording's chunks and vectors; returns the number of chunks."""
        store = self.ctx.store
        rec = store.recordings.get(rec_id)
        self.ensure_current(progress, cancel)  # a model change re-indexes the archive first
        old, new, texts = self._store_chunks(rec.id, rec.kind)
        emb = self.embedder()
        # Embed outside the writer lock (the slow part); only the file writes are serialised.
        vectors = emb.embed(texts, progress=_scaled(progress, "embed"), cancel=cancel) if texts else None
        with self._writing() as index:
            # Another process may have re-chunked this recording while we embedded: its chunks replaced ours,
            # so ours are dropped (never added as stale vectors) and its own write adds the current ones.
            current = set(store.chunks.ids_for(rec.id))
            keep = [i for i, cid in enumerate(new) if cid in current]
            gone = old + [cid for cid in new if cid not in current]
            if gone:
                index.delete(np.asarray(gone, dtype=np.int64))
            if vectors is not None and keep:
                index.add(np.asarray([new[i] for i in keep], dtype=np.int64), vectors[keep])
        with store.db.tx() as con:
            store.recordings.mark_indexed(con, [rec.id], emb.name)
            bump_generation(con)
        if store.chunks.active_space() is None:
            store.chunks.activate_space(emb.name, emb.dim)
        self._generation = store.chunks.generation()
        return len(new)

    def _reconcile_locked(self, index: MmapVectorIndex) -> tuple[int, int]:
        """After a crash: drop vectors of vanished chunks and embed chunks missing from the index."""
        emb = self.embedder()
        want = set(self.ctx.store.chunks.indexed_ids(emb.name))
        have = set(index.live_ids().tolist())
        extra = np.asarray(sorted(have - want), dtype=np.int64)
        missing = sorted(want - have)
        if extra.size:
            index.delete(extra)
        if missing:
            rows = self.ctx.store.chunks.get_many(missing)
            ids = [i for i in missing if i in rows]
            index.add(np.asarray(ids, dtype=np.int64), emb.embed([rows[i].text for i in ids]))
        if extra.size or missing:
            log.info(
                "vector index reconciled: %d stale vectors dropped, %d chunks re-embedded",
                extra.size,
                len(missing),
            )
        return int(extra.size), len(missing)


def _scaled(progress: ProgressCallback, step: str) -> ProgressCallback:
    def report(p: Progress) -> None:
        progress(Progress(step, p.fraction, p.message or step, p.eta))

    return report


def semantic_index(ctx: AppContext) -> SemanticIndex:
    """The context's one SemanticIndex (kept in its warm-engine slots, so it lives and dies with the context)."""
    return ctx.engine("semantic_index", lambda: SemanticIndex(ctx))


def stage_index(run: stages.StageRun) -> None:
    semantic_index(run.ctx).index_recording(run.recording_id, run.progress, run.cancel)


stages.register("index", stage_index, lambda run: not run.options.no_index)
