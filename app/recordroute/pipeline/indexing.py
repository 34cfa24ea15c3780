"""The index stage: chunk a recording, embed the chunks, keep the vector index in step with the DB.

The DB's chunk rows are the truth; the memory-mapped vector files are derived. So a kill mid-write, a corrupt
file or a model change always ends in a rebuild from the DB, never in a silent mix of vector spaces.

Many processes (window, `serve`, CLI) share one library, so:
- every write opens the files afresh under the folder's cross-process writer lock (store/vector_files.py);
- searches read through a read-only snapshot leased for the search (`reading()`): a write publishes a new
  snapshot and the old one closes when its last reader is done, so a search never sees a closed index;
- a damaged index is re-checked under the writer lock before it is rebuilt: one rebuild, not one per process;
- the embedding model belongs to the library (its active vector space), not to each process's settings.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..engines.embed.calibration import text_language
from ..errors import IndexCorrupt, RecordRouteError
from ..progress import CancelToken, Progress, ProgressCallback, null_progress
from ..store.chunks import bump_generation
from ..store.vector_files import MANIFEST, dir_id, sweep_temp, writer_lock
from ..transcript import Segment
from . import stages
from .chunking import Chunk, chunk_document, chunk_transcript
from .context import EMBED_KEY, AppContext, embed_key

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


@dataclass(eq=False)
class _Snapshot:
    """One generation of the index as searches see it, closed when retired and no search holds it."""

    index: MmapVectorIndex
    stamp: tuple[object, ...]
    refs: int = 0
    retired: bool = False


class SemanticIndex:
    """One per AppContext (see `semantic_index`): the warm embedder plus the open vector index."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.folder = ctx.settings.data_dir / "vectors"
        self._lock = threading.RLock()
        self._writer = writer_lock(self.folder)
        self._snap: _Snapshot | None = None
        self._verified = False
        self._reconciled = False
        self._noted: str | None = None
        self.repairs = 0  # damaged indexes this process rebuilt (for status pages and the reliability bench)

    # --- engines ------------------------------------------------------------------------------------------
    def configured(self) -> Embedder:
        """The model this process's settings ask for (used for a new library and for an explicit re-index)."""
        from ..engines.embed import embedder_from_settings

        return self.ctx.model(EMBED_KEY, lambda: embedder_from_settings(self.ctx.settings))

    def embedder(self) -> Embedder:
        """The library's model (its active vector space): every process searches and indexes with it, whatever
        its own settings say, so two processes never re-embed the library back and forth."""
        space = self.ctx.store.chunks.active_space()
        mine = self.configured()
        if space is None or space[0] == mine.name:
            return mine
        try:
            lib = self._named(space[0])
        except RecordRouteError as exc:
            self._note(
                f"this library's search model {space[0]} cannot be loaded here ({exc.message}); "
                f"semantic search uses {mine.name} and finds nothing until `recordroute reindex`"
            )
            return mine
        self._note(
            f"this library searches with {lib.name}; the settings ask for {mine.name}, which is used only "
            "after an explicit re-index (`recordroute reindex`, or `reindex --queue` for the open app)"
        )
        return lib

    def warm(self) -> Embedder:
        """The library's model loaded, and a faster query path it may have readied in the background (the
        default model's ONNX Runtime graph): for long-lived faces, before their first search."""
        emb = self.embedder()
        prepare = getattr(emb, "prepare_queries", None)
        if callable(prepare):
            prepare()
        return emb

    def _named(self, name: str) -> Embedder:
        from ..engines.embed import get_embedder

        settings = self.ctx.settings
        if name.startswith("ollama:"):
            model = name.split(":", 1)[1]
            return self.ctx.model(
                embed_key(name), lambda: get_embedder(model, backend="ollama", host=settings.ollama_host)
            )
        return self.ctx.model(embed_key(name), lambda: get_embedder(name, model_dir=settings.model_dir))

    def _note(self, text: str) -> None:
        if self._noted != text:
            self._noted = text
            log.info("%s", text)  # the faces show it (`model_note`, search notes)

    @property
    def model_note(self) -> str | None:
        """Why this process searches with another model than its settings name (None when they agree)."""
        self.embedder()
        space = self.ctx.store.chunks.active_space()
        return self._noted if space is not None and space[0] != self.configured().name else None

    def target(self) -> Embedder:
        """The model new vectors are written with: a pending switch's model, else the library's."""
        chunks = self.ctx.store.chunks
        pending = chunks.reindex_model()
        if pending is None and chunks.active_space() is None:
            mine = self.configured()
            chunks.claim_space(mine.name, mine.dim)  # the first process to index gives the library its model
        if pending and pending != self.embedder().name:
            return self.configured() if pending == self.configured().name else self._named(pending)
        return self.embedder()

    # --- reading --------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[MmapVectorIndex]:
        """The current index for a search, held until the block ends even if a writer publishes a newer one."""
        snap = self._acquire()
        try:
            yield snap.index
        finally:
            with self._lock:
                snap.refs -= 1
                if snap.retired and snap.refs == 0:
                    snap.index.close()

    def index(self) -> MmapVectorIndex:
        """The current snapshot without a lease (for one-shot callers; a search uses `reading()`)."""
        return self._current().index

    def _acquire(self) -> _Snapshot:
        with self._lock:
            snap = self._current()
            snap.refs += 1
            return snap

    def _current(self) -> _Snapshot:
        emb = self.embedder()
        with self._lock:
            snap = self._snap
            if snap is None or snap.index.model_name != emb.name or snap.stamp != self._stamp(emb):
                fresh = self._open_view(emb)
                if snap is not None:
                    snap.retired = True
                    if snap.refs == 0:
                        snap.index.close()
                self._snap = snap = fresh
            return snap

    def _stamp(self, emb: Embedder) -> tuple[object, ...]:
        """Changes whenever a writer (any process) replaced the manifest or swapped the folder."""
        from ..store.vectors import model_slug

        path = self.folder / model_slug(emb.name, emb.dim)
        return dir_id(path), dir_id(path / MANIFEST)

    def _open_view(self, emb: Embedder) -> _Snapshot:
        from ..store.vectors import MmapVectorIndex

        if not self._reconciled:
            self._reconciled = True
            self._reconcile(emb)
        stamp = self._stamp(emb)
        try:
            view = MmapVectorIndex(
                self.folder, emb.name, emb.dim, readonly=True, verify_vectors=not self._verified
            )
        except IndexCorrupt as exc:
            self._repair(emb, exc.message)
            stamp = self._stamp(emb)
            view = MmapVectorIndex(self.folder, emb.name, emb.dim, readonly=True)
        self._verified = True
        return _Snapshot(view, stamp)

    # --- writing --------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def writing(self, emb: Embedder | None = None) -> Iterator[MmapVectorIndex]:
        """The index opened afresh under the cross-process writer lock (another process's appends are seen
        before ours land after them); a damaged one is rebuilt first."""
        from ..store.vectors import MmapVectorIndex

        emb = emb or self.target()
        if (
            sys.platform == "win32"
        ):  # Windows cannot rename a folder whose files are mapped: let idle views go
            self._retire_idle()
        with self._writer:
            sweep_temp(self.folder)
            try:
                ix = MmapVectorIndex(self.folder, emb.name, emb.dim, verify_vectors=False)
            except IndexCorrupt as exc:
                self._repair(emb, exc.message)
                ix = MmapVectorIndex(self.folder, emb.name, emb.dim, verify_vectors=False)
            try:
                yield ix
            finally:
                ix.close()

    def _retire_idle(self) -> None:
        with self._lock:
            snap, self._snap = self._snap, None
            if snap is not None:
                snap.retired = True
                if snap.refs == 0:
                    snap.index.close()

    def _repair(self, emb: Embedder, problem: str) -> bool:
        """Rebuild a damaged index from the DB, once: re-checked under the writer lock, so the processes that
        saw the damage at the same time wait for the first one's rebuild instead of each re-embedding all."""
        from ..store.vectors import MmapVectorIndex

        with self._writer:
            try:
                MmapVectorIndex(self.folder, emb.name, emb.dim).close()
                return False  # another process repaired it while we waited
            except IndexCorrupt:
                pass
            log.warning("vector index damaged (%s); rebuilding it from the database", problem)
            ix = MmapVectorIndex(self.folder, emb.name, emb.dim, strict=False)
            try:
                self._rebuild_locked(ix, emb, null_progress, None)
            finally:
                ix.close()
            self.repairs += 1
            return True

    def _rebuild_locked(
        self, index: MmapVectorIndex, emb: Embedder, progress: ProgressCallback, cancel: CancelToken | None
    ) -> None:
        """Embed every chunk of the recordings indexed with `emb` into a fresh index (rebuild = atomic swap)."""
        store = self.ctx.store
        rows = store.chunks.for_rebuild(emb.name)
        ids = np.asarray([r[0] for r in rows], dtype=np.int64)
        vectors = (
            emb.embed([r[1] for r in rows], progress=_scaled(progress, "reindex"), cancel=cancel)
            if rows
            else np.empty((0, emb.dim), np.float32)
        )
        index.rebuild(zip(ids.tolist(), vectors, strict=True))
        with store.db.tx() as con:
            bump_generation(con)

    def _reconcile(self, emb: Embedder) -> tuple[int, int]:
        """After a crash: drop vectors of vanished chunks and embed chunks missing from the index, computed
        and written under the writer lock on freshly opened files."""
        with self.writing(emb) as index:
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

    # --- model changes ----------------------------------------------------------------------------------------
    def needs_reindex(self) -> bool:
        """The settings name another model than the library's (switching is an explicit re-index)."""
        space = self.ctx.store.chunks.active_space()
        mine = self.configured()
        return space is not None and space != (mine.name, mine.dim)

    def ensure_current(
        self, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None
    ) -> bool:
        """Kept for callers from before the library owned its model: never re-embeds implicitly now (two
        processes with different settings would flip the library back and forth). Returns False."""
        del progress, cancel
        return False

    def reindex_all(
        self,
        progress: ProgressCallback = null_progress,
        cancel: CancelToken | None = None,
        *,
        rechunk: bool = True,
    ) -> int:
        """Re-chunk and re-embed every transcribed recording with the settings' model (an explicit switch when
        it differs from the library's). Marked per recording: an interrupted run resumes where it stopped."""
        del rechunk  # every recording is re-chunked: the chunker may have changed too
        from .reindex import resume_reindex, start_reindex

        start_reindex(self, self.configured())
        return resume_reindex(self, progress, cancel)

    # --- one recording ----------------------------------------------------------------------------------------
    def _store_chunks(self, rec_id: int, kind: str) -> tuple[list[int], list[int], list[str]]:
        store = self.ctx.store
        chunks = make_chunks(kind, store.transcripts.segments(rec_id))
        with store.db.tx() as con:
            old, new = store.chunks.replace(con, rec_id, chunks, [text_language(c.text) for c in chunks])
            store.recordings.mark_indexing(con, rec_id)
        return old, new, [c.text for c in chunks]

    def index_recording(
        self, rec_id: int, progress: ProgressCallback = null_progress, cancel: CancelToken | None = None
    ) -> int:
        """(Re)build one recording's chunks and vectors; returns the number of chunks."""
        store = self.ctx.store
        rec = store.recordings.get(rec_id, include_deleted=True)
        emb = self.target()
        old, new, texts = self._store_chunks(rec.id, rec.kind)
        # Embed outside the writer lock (the slow part); only the file writes are serialised.
        vectors = emb.embed(texts, progress=_scaled(progress, "embed"), cancel=cancel) if texts else None
        with self.writing(emb) as index:
            # Another process may have re-chunked this recording while we embedded: its chunks replaced ours,
            # so ours are dropped (never added as stale vectors) and its own write adds the current ones.
            current = set(store.chunks.ids_for(rec.id))
            keep = [i for i, cid in enumerate(new) if cid in current]
            gone = old + [cid for cid in new if cid not in current]
            if gone:
                index.delete(np.asarray(gone, dtype=np.int64))
            if vectors is not None and keep:
                index.add(np.asarray([new[i] for i in keep], dtype=np.int64), vectors[keep])
            # Still under the lock: a reconcile in another process must not see our vectors without this mark.
            with store.db.tx() as con:
                store.recordings.mark_indexed(con, [rec.id], emb.name)
                store.chunks.clear_pending(con, rec.id)
                bump_generation(con)
        return len(new)


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
