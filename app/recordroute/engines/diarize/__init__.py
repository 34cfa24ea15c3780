"""Speaker diarization (who spoke when), Qt-free: `diarize(samples, DiarizeOptions(...))` -> Diarization.

Two methods behind one interface: "basic" (MFCC statistics + spectral clustering, no weights, always offline)
and "neural" (an ONNX speaker-embedding model from the catalogue, run with onnxruntime).
"""

from .catalog import CATALOG, DiarizeModel, available, resolve_embedder
from .engine import (
    METHOD_LABELS,
    METHODS,
    Diarization,
    DiarizeOptions,
    SpeakerInfo,
    Turn,
    diarize,
    diarize_file,
    make_embedder,
    similarity,
)

__all__ = [
    "CATALOG",
    "METHODS",
    "METHOD_LABELS",
    "Diarization",
    "DiarizeModel",
    "DiarizeOptions",
    "SpeakerInfo",
    "Turn",
    "available",
    "diarize",
    "diarize_file",
    "make_embedder",
    "resolve_embedder",
    "similarity",
]
