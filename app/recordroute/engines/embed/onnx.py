"""Sentence embeddings on ONNX Runtime: WordPiece/SentencePiece via `tokenizers`, pooled and L2-normalised."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ...errors import ModelNotFoundError
from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from .base import cls_pool, default_threads, empty_matrix, l2_normalize, mean_pool
from .resolve import INSTALL_HINT, EmbedModelSpec, max_tokens_for, spec_from_dir

if TYPE_CHECKING:
    from tokenizers import Tokenizer

log = logging.getLogger(__name__)

# Padded tokens per inference call. Measured on 2 cores with MiniLM: ~1k tokens per call is fastest; 8k
# (32 passages of 256 tokens) is 25-40% slower, as the attention tensors (batch x heads x len x len) grow.
TOKEN_BUDGET = 1024
_OUTPUT_NAMES = ("last_hidden_state", "token_embeddings", "sentence_embedding")


def _as_spec(model: Path | str | EmbedModelSpec, tokenizer_path: Path | str | None) -> EmbedModelSpec:
    if isinstance(model, EmbedModelSpec):
        return model
    path = Path(model).expanduser()
    if path.is_dir():
        return spec_from_dir(path, "path")
    if path.is_file():
        tok = Path(tokenizer_path) if tokenizer_path is not None else path.parent / "tokenizer.json"
        if not tok.is_file():
            raise ModelNotFoundError.said("no_tokenizer_next_to", path=path)
        try:
            base = spec_from_dir(path.parent, "path")
            return EmbedModelSpec(
                base.name,
                path,
                tok,
                base.dim,
                base.multilingual,
                "path",
                base.max_tokens,
                base.pooling,
                base.query_prefix,
                base.doc_prefix,
            )
        except ModelNotFoundError:
            return EmbedModelSpec(path.stem, path, tok, 0, False, "path")
    raise ModelNotFoundError.said("embedding_model_missing_at", path=path)


class OnnxEmbedder:
    """Batched sentence embeddings. Texts are sorted by token count so each batch pads little, then put
    back in input order; padding never changes a row (the attention mask hides it from the model and the
    pooling)."""

    def __init__(
        self,
        model_dir_or_files: Path | str | EmbedModelSpec,
        *,
        tokenizer_path: Path | str | None = None,
        name: str | None = None,
        max_tokens: int | None = None,
        threads: int | None = None,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.spec = _as_spec(model_dir_or_files, tokenizer_path)
        self.name: str = name or self.spec.name
        self.multilingual: bool = self.spec.multilingual
        try:
            tokenizer = Tokenizer.from_file(str(self.spec.tokenizer_path))
        except Exception as exc:  # tokenizers raises plain Exception on bad JSON
            raise ModelNotFoundError(
                f"cannot read {self.spec.tokenizer_path}: {exc}", hint=INSTALL_HINT
            ) from exc
        folder = self.spec.onnx_path.parent
        self.max_tokens: int = int(
            max_tokens
            or self.spec.max_tokens
            or max_tokens_for(folder, self.name, {"truncation": tokenizer.truncation})
        )
        tokenizer.no_padding()  # we pad per batch, to the batch's longest row
        tokenizer.enable_truncation(max_length=self.max_tokens)
        self._tokenizer = tokenizer
        self._pad_id = self._find_pad_id(tokenizer)

        options = ort.SessionOptions()
        # Two cores here: parallelism inside ops, none between them.
        options.intra_op_num_threads = threads or default_threads()
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        # No busy-waiting between ops: spinning threads stall when another process holds a core, and burn
        # battery on a desktop for no measurable gain here.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(
                str(self.spec.onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own Fail/InvalidGraph types
            raise ModelNotFoundError(
                f"cannot load embedding model {self.spec.onnx_path}: {exc}",
                hint="the model file looks damaged; reinstall it or replace the folder",
            ) from exc
        self._inputs = {
            i.name: (np.int32 if "int32" in i.type else np.int64) for i in self._session.get_inputs()
        }
        outputs = self._session.get_outputs()
        chosen = next((o for name in _OUTPUT_NAMES for o in outputs if o.name == name), outputs[0])
        self._output = chosen.name
        self._pooled_output = len(chosen.shape) == 2  # graph already pools (sentence_embedding)
        self._pool = cls_pool if self.spec.pooling == "cls" else mean_pool
        last = chosen.shape[-1] if chosen.shape else None
        self.dim: int = self.spec.dim or (last if isinstance(last, int) else 0) or self._probe_dim()

    @staticmethod
    def _find_pad_id(tokenizer: Tokenizer) -> int:
        for tok in ("[PAD]", "<pad>"):
            idx = tokenizer.token_to_id(tok)
            if idx is not None:
                return int(idx)
        return 0

    def _probe_dim(self) -> int:
        return int(self._run_batch([self._tokenizer.encode("dimension probe").ids]).shape[1])

    # --- inference ---------------------------------------------------------------------------------------
    def _run_batch(self, rows: list[list[int]]) -> np.ndarray:
        """One inference call on token-id rows, padded to the longest; returns normalised pooled rows."""
        longest = max(len(r) for r in rows)
        ids = np.full((len(rows), longest), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), longest), dtype=np.int64)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        feeds: dict[str, np.ndarray] = {}
        for name, dtype in self._inputs.items():
            if name == "input_ids":
                value = ids
            elif name == "attention_mask":
                value = mask
            elif name == "token_type_ids":
                value = np.zeros_like(ids)
            elif name == "position_ids":
                value = np.broadcast_to(np.arange(longest, dtype=np.int64), ids.shape).copy()
            else:
                raise ModelNotFoundError(
                    f"embedding model input '{name}' is not supported", hint=INSTALL_HINT
                )
            feeds[name] = value.astype(dtype, copy=False)
        out = self._session.run([self._output], feeds)[0]
        pooled = out if self._pooled_output else self._pool(out, mask)
        return l2_normalize(pooled)

    def tokenize_lengths(self, texts: list[str]) -> list[int]:
        """Token counts after truncation (for chunk sizing and the bench)."""
        return [len(e.ids) for e in self._tokenizer.encode_batch(list(texts))]

    def embed(
        self,
        texts: list[str],
        *,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> np.ndarray:
        """Document/passage vectors, one row per text, in input order."""
        return self._embed([self.spec.doc_prefix + t for t in texts], batch_size, progress, cancel)

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([self.spec.query_prefix + text], 1, None, None)[0]

    def _embed(
        self,
        texts: list[str],
        batch_size: int,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> np.ndarray:
        if not texts:
            return empty_matrix(self.dim)
        encodings = self._tokenizer.encode_batch(texts)
        rows = [e.ids for e in encodings]
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]), reverse=True)
        out = np.empty((len(rows), self.dim), dtype=np.float32)
        eta = EtaEstimator()
        done = 0
        while done < len(order):
            if cancel is not None:
                cancel.raise_if_cancelled()
            longest = len(rows[order[done]])  # sorted descending: the first row is the batch's longest
            size = max(1, min(batch_size, TOKEN_BUDGET // max(longest, 1)))
            picked = order[done : done + size]
            out[picked] = self._run_batch([rows[i] for i in picked])
            done += len(picked)
            if progress is not None:
                frac = done / len(order)
                progress(Progress("embed", frac, f"{done}/{len(order)} passages", eta.eta(frac)))
        return out

    def __repr__(self) -> str:
        return f"OnnxEmbedder({self.name!r}, dim={self.dim}, max_tokens={self.max_tokens})"
