"""A minimal writer of ONNX ModelProto bytes: just the fields a small inference graph needs.

The `onnx` package is not a runtime dependency (the packed bundle has no room for it), and ONNX Runtime
loads a model from bytes, so the few messages are encoded here by hand: protobuf varints and
length-delimited fields, with the field numbers of onnx/onnx.proto3.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

import numpy as np

# TensorProto.DataType
FLOAT, UINT8, INT8, INT32, INT64 = 1, 2, 3, 6, 7
_NP_TYPES = {
    np.dtype(np.float32): FLOAT,
    np.dtype(np.uint8): UINT8,
    np.dtype(np.int8): INT8,
    np.dtype(np.int32): INT32,
    np.dtype(np.int64): INT64,
}
# AttributeProto.AttributeType
_ATTR_FLOAT, _ATTR_INT, _ATTR_STRING, _ATTR_INTS = 1, 2, 3, 7
IR_VERSION = 8  # ONNX 1.10+, read by every onnxruntime since 1.10

AttrValue = int | float | str | Sequence[int]


def _varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64  # int64 fields: two's complement, ten bytes
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _key(number: int, wire: int) -> bytes:
    return _varint(number << 3 | wire)


def _int(number: int, value: int) -> bytes:
    return _key(number, 0) + _varint(value)


def _bytes(number: int, value: bytes) -> bytes:
    return _key(number, 2) + _varint(len(value)) + value


def _str(number: int, value: str) -> bytes:
    return _bytes(number, value.encode("utf-8"))


def _packed(number: int, values: Iterable[int]) -> bytes:
    return _bytes(number, b"".join(_varint(v) for v in values))


def tensor(name: str, array: np.ndarray) -> bytes:
    """TensorProto with raw little-endian data (an initializer)."""
    arr = np.ascontiguousarray(array)
    kind = _NP_TYPES.get(arr.dtype)
    if kind is None:
        raise TypeError(f"no ONNX type for {arr.dtype}")
    return (
        _packed(1, arr.shape)
        + _int(2, kind)
        + _str(8, name)
        + _bytes(9, arr.astype(arr.dtype.newbyteorder("<")).tobytes())
    )


def _attribute(name: str, value: AttrValue) -> bytes:
    if isinstance(value, bool):
        raise TypeError("boolean attributes are ints in ONNX")
    if isinstance(value, int):
        return _str(1, name) + _int(3, value) + _int(20, _ATTR_INT)
    if isinstance(value, float):
        return _str(1, name) + _key(2, 5) + struct.pack("<f", value) + _int(20, _ATTR_FLOAT)
    if isinstance(value, str):
        return _str(1, name) + _bytes(4, value.encode("utf-8")) + _int(20, _ATTR_STRING)
    return _str(1, name) + _packed(8, value) + _int(20, _ATTR_INTS)


def node(
    op: str, inputs: Sequence[str], outputs: Sequence[str], *, domain: str = "", **attrs: AttrValue
) -> bytes:
    """NodeProto; an empty input name marks an omitted optional input."""
    body = b"".join(_str(1, i) for i in inputs) + b"".join(_str(2, o) for o in outputs)
    body += _str(3, outputs[0]) + _str(4, op)
    body += b"".join(_bytes(5, _attribute(k, v)) for k, v in sorted(attrs.items()))
    if domain:
        body += _str(7, domain)
    return body


def value_info(name: str, elem_type: int, dims: Sequence[int | str]) -> bytes:
    """ValueInfoProto of a tensor; a str dim is symbolic (dim_param)."""
    shape = b"".join(_bytes(1, _str(2, d) if isinstance(d, str) else _int(1, d)) for d in dims)
    tensor_type = _int(1, elem_type) + _bytes(2, shape)
    return _str(1, name) + _bytes(2, _bytes(1, tensor_type))


class Graph:
    """Collects nodes and initializers, then encodes a ModelProto."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.nodes: list[bytes] = []
        self.initializers: list[bytes] = []
        self.inputs: list[bytes] = []
        self.outputs: list[bytes] = []

    def add(self, op: str, inputs: Sequence[str], outputs: Sequence[str], **kw: AttrValue | str) -> str:
        self.nodes.append(node(op, inputs, outputs, **kw))  # type: ignore[arg-type]
        return outputs[0]

    def const(self, name: str, array: np.ndarray) -> str:
        self.initializers.append(tensor(name, array))
        return name

    def model(self, opsets: dict[str, int], producer: str) -> bytes:
        graph = b"".join(_bytes(1, n) for n in self.nodes) + _str(2, self.name)
        graph += b"".join(_bytes(5, t) for t in self.initializers)
        graph += b"".join(_bytes(11, i) for i in self.inputs)
        graph += b"".join(_bytes(12, o) for o in self.outputs)
        out = _int(1, IR_VERSION) + _str(2, producer)
        for domain, version in opsets.items():
            out += _bytes(8, _str(1, domain) + _int(2, version))
        return out + _bytes(7, graph)
