"""The Embedder interface and the numeric helpers every backend shares."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol, runtime_checkable

import numpy as np

from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into float32, L2-normalised rows; a query and a passage land in the same space."""

    # Read-only: implementations may compute these (OllamaEmbedder learns `dim` from the server).
    @property
    def name(self) -> str: ...
    @property
    def dim(self) -> int: ...
    @property
    def max_tokens(self) -> int: ...

    def embed(
        self,
        texts: list[str],
        *,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def default_threads() -> int:
    """Intra-op threads of the ONNX Runtime engines: every core, up to 4."""
    return max(1, min(4, os.cpu_count() or 1))


def l2_normalize(matrix: np.ndarray) -> np.ndarray:
    """Row-wise unit length in float32; all-zero rows stay zero instead of becoming NaN."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Average of the token vectors the attention mask keeps (sentence-transformers' Pooling(mean))."""
    weights = mask[..., None].astype(np.float32)
    summed = np.einsum("bld,bl->bd", hidden.astype(np.float32, copy=False), weights[..., 0])
    return summed / np.maximum(weights.sum(axis=1), 1e-9)


def cls_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """First token's vector (BGE-style models)."""
    del mask
    return np.asarray(hidden[:, 0, :], dtype=np.float32)


def empty_matrix(dim: int) -> np.ndarray:
    return np.zeros((0, dim), dtype=np.float32)


def embed_in_batches(
    request: Callable[[list[str]], np.ndarray],
    texts: list[str],
    batch_size: int,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> np.ndarray:
    """`request` over `texts` `batch_size` at a time, with progress and cancel between batches (the embedders
    that call a server: one request per batch)."""
    parts: list[np.ndarray] = []
    eta = EtaEstimator()
    step = max(1, batch_size)
    for start in range(0, len(texts), step):
        if cancel is not None:
            cancel.raise_if_cancelled()
        parts.append(request(texts[start : start + step]))
        if progress is not None:
            done = min(len(texts), start + step)
            frac = done / len(texts)
            progress(Progress("embed", frac, f"{done}/{len(texts)} passages", eta.eta(frac)))
    return np.vstack(parts)


class ServerEmbedder:
    """What the embedders that call a server share: `_request` (one HTTP call, a unit-row matrix) does the
    work; passages go in batches with progress and cancel, a query is a batch of one."""

    _dim = 0

    def _request(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def embed(
        self,
        texts: list[str],
        *,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> np.ndarray:
        if not texts:
            return empty_matrix(self._dim)
        return embed_in_batches(self._request, texts, batch_size, progress, cancel)

    def embed_query(self, text: str) -> np.ndarray:
        return self._request([text])[0]
