"""Window embedders: MFCC statistics (basic, no weights) and ONNX speaker-embedding models (neural)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from ...progress import CancelToken, Progress, ProgressCallback
from . import features
from .catalog import DiarizeModel
from .cluster import l2norm
from .counting import Calibration

# Calibrated on the tuning part of the test set (bench/diarization.py --calibrate).
BASIC_MAX_COST = 4.0

FRAME = features.HOP / features.SAMPLE_RATE  # seconds per feature frame


class Embedder(Protocol):
    name: str
    # Basic features are z-scored per recording before clustering; neural embeddings are compared as they are.
    standardize: bool
    calibration: Calibration  # where agglomerative clustering stops for this embedder

    def embed(
        self,
        samples: np.ndarray,
        windows: Sequence[tuple[float, float]],
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> np.ndarray: ...


def _slices(n_frames: int, windows: Sequence[tuple[float, float]]) -> list[slice]:
    out = []
    for a, b in windows:
        i, j = int(a / FRAME), max(int(a / FRAME) + 1, int(b / FRAME))
        out.append(slice(min(i, n_frames - 1), min(j, n_frames)))
    return out


class MfccStats:
    """Mean and spread of MFCC 1..19 and their deltas per window: voice timbre without any model."""

    name = "mfcc-stats"
    standardize = True
    calibration = Calibration(BASIC_MAX_COST)

    def embed(
        self,
        samples: np.ndarray,
        windows: Sequence[tuple[float, float]],
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> np.ndarray:
        cancel.raise_if_cancelled()
        logmel = features.log_mel(samples, 40)
        cep = features.mfcc(logmel, 20)[:, 1:]
        delta = np.gradient(cep, axis=0)
        out = []
        for i, sl in enumerate(_slices(len(cep), windows)):
            if i % 200 == 0:
                cancel.raise_if_cancelled()
                progress(Progress("embed", i / max(len(windows), 1)))
            c, d = cep[sl], delta[sl]
            out.append(np.concatenate([c.mean(0), c.std(0), d.std(0)]))
        return np.array(out, dtype=np.float32).reshape(len(windows), -1)


class OnnxEmbedder:
    """A speaker-embedding ONNX model (d-vector LSTM or a WeSpeaker/3D-Speaker fbank model) run by onnxruntime."""

    standardize = False
    BATCH = 64

    def __init__(self, model: DiarizeModel, path: Path, threads: int = 0) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.input = self.session.get_inputs()[0].name
        self.model = model
        self.name = model.name
        self.calibration = Calibration(model.max_cost)

    def embed(
        self,
        samples: np.ndarray,
        windows: Sequence[tuple[float, float]],
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> np.ndarray:
        cancel.raise_if_cancelled()
        dvector = self.model.feature == "dvector40"
        feats = features.log_mel(samples, 40) if dvector else features.kaldi_fbank(samples, 80)
        slices = _slices(len(feats), windows)
        out: list[np.ndarray] = []
        for start in range(0, len(slices), self.BATCH):
            cancel.raise_if_cancelled()
            progress(Progress("embed", start / max(len(slices), 1)))
            batch = slices[start : start + self.BATCH]
            out.extend(self._dvector(feats, batch) if dvector else self._fbank(feats, batch))
        return np.array(out, dtype=np.float32).reshape(len(windows), -1)

    def _dvector(self, feats: np.ndarray, batch: list[slice]) -> list[np.ndarray]:
        # 80-frame sub-windows, stride 40: L2 each, mean, L2 (the model's published recipe).
        win, hop = 80, 40
        subs: list[np.ndarray] = []
        owner: list[int] = []
        for k, sl in enumerate(batch):
            f = feats[sl]
            if len(f) < win:
                f = np.pad(f, ((0, win - len(f)), (0, 0)), mode="edge")
            for s in range(0, len(f) - win + 1, hop):
                subs.append(f[s : s + win])
                owner.append(k)
        emb = l2norm(self.session.run(None, {self.input: np.stack(subs).astype(np.float32)})[0])
        own = np.array(owner)
        return [l2norm(emb[own == k].mean(0)) for k in range(len(batch))]

    def _fbank(self, feats: np.ndarray, batch: list[slice]) -> list[np.ndarray]:
        out = []
        for sl in batch:  # windows differ in length at region ends: one call each keeps it simple
            f = feats[sl]
            f = f - f.mean(0, keepdims=True)
            emb = self.session.run(None, {self.input: f[None].astype(np.float32)})[0]
            out.append(l2norm(emb.reshape(-1)))
        return out
