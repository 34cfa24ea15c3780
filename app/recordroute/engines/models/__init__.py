"""The model manager (no Qt): a catalogue of speech and embedding models, downloads from the Hugging Face hub
(resumable, cancellable, SHA-256 verified), packs for air-gapped machines, verification and deletion; speaker
models for diarization (catalogued in engines/diarize/catalog.py) downloaded from their release (speakers.py).

Typical use: `download_model(ModelManager(), "small", progress=cb, cancel=token)`; afterwards the STT and
embedding resolvers find the model offline by its short name or repository id.
"""

from __future__ import annotations

from ..model_catalog import CATALOG, EMBEDDING, KINDS, SPEAKER, SPEECH, CatalogEntry, lookup
from ..model_registry import Registry, default_models_root
from .check import BrokenModelError
from .download import TransferProgress
from .hub import HubError, VerificationError
from .install import download_model, import_model
from .manager import ModelManager, VerifyReport
from .state import ModelState

__all__ = [
    "CATALOG",
    "EMBEDDING",
    "KINDS",
    "SPEAKER",
    "SPEECH",
    "BrokenModelError",
    "CatalogEntry",
    "HubError",
    "ModelManager",
    "ModelState",
    "Registry",
    "TransferProgress",
    "VerificationError",
    "VerifyReport",
    "default_models_root",
    "download_model",
    "import_model",
    "lookup",
]
