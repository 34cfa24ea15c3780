"""Purge: a deleted recording's vectors leave every vector space at once, in whichever face purged it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import RecordRouteError
from .vector_files import list_models, writer_lock
from .vectors import MmapVectorIndex

log = logging.getLogger(__name__)


def drop_everywhere(folder: Path, chunk_ids: Sequence[int]) -> int:
    """Remove `chunk_ids` from every vector space under `folder` and compact the spaces they were in, so the
    purged text's vectors are gone from the files (and from any backup taken afterwards), not only
    tombstoned. Returns how many vectors were removed; a failure is logged (the next reconcile drops them)."""
    if not chunk_ids or not Path(folder).is_dir():
        return 0
    ids = np.asarray(sorted(set(chunk_ids)), dtype=np.int64)
    removed = 0
    with writer_lock(folder):
        for info in list_models(folder):
            try:
                index = MmapVectorIndex(folder, info.model_name, info.dim, verify_vectors=False)
                try:
                    n = index.delete(ids)
                    if n:
                        index.compact()
                    removed += n
                finally:
                    index.close()
            except RecordRouteError as exc:
                log.warning(
                    "could not drop %d vectors from %s now (%s); the next start removes them",
                    ids.size,
                    info.path.name,
                    exc,
                )
    return removed
