"""The hand-written ONNX protobuf encoder (engines/embed/onnx_proto.py): ONNX Runtime loads what it writes and
computes what the graph says. (The `onnx` package, not a dependency, read the e5 graph and passed its checker
at development time.)"""

from __future__ import annotations

import numpy as np
import pytest

from recordroute.engines.embed import onnx_proto as proto


def _tiny() -> bytes:
    g = proto.Graph("tiny")
    g.inputs.append(proto.value_info("x", proto.FLOAT, ["n", 3]))
    w = g.const("w", np.array([[1.0, -2.0], [0.5, 0.0], [3.0, 1.0]], dtype=np.float32))
    b = g.const("b", np.array([0.25, -1.0], dtype=np.float32))
    mm = g.add("MatMul", ["x", w], ["mm"])
    y = g.add("Add", [mm, b], ["y"])
    g.add("Transpose", [y], ["yt"], perm=[1, 0])
    g.add("LeakyRelu", ["yt"], ["out"], alpha=0.5)
    g.add("ReduceSum", ["out"], ["total"], axes=[0, 1], keepdims=0)
    g.add("Cast", ["total"], ["count"], to=proto.INT64)
    g.outputs.append(proto.value_info("out", proto.FLOAT, [2, "n"]))
    g.outputs.append(proto.value_info("count", proto.INT64, []))
    return g.model({"": 12}, "test")


def test_onnxruntime_runs_the_encoded_graph() -> None:
    import onnxruntime as ort

    session = ort.InferenceSession(_tiny(), providers=["CPUExecutionProvider"])
    x = np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]], dtype=np.float32)
    out, count = session.run(None, {"x": x})
    y = (x @ np.array([[1, -2], [0.5, 0], [3, 1]], dtype=np.float32) + [0.25, -1.0]).T
    want = np.where(y > 0, y, 0.5 * y)
    assert np.allclose(out, want) and count == int(want.sum())


def test_varints_and_negative_ints() -> None:
    assert proto._varint(0) == b"\x00" and proto._varint(300) == b"\xac\x02"
    assert proto._varint(-1) == b"\xff" * 9 + b"\x01"  # int64 -1: ten bytes, as protobuf writes it
    with pytest.raises(TypeError):
        proto.tensor("bad", np.zeros(2, dtype=np.float16))
