"""Speech to text: `SttEngine(model).transcribe(audio, SttOptions(...))` -> Transcript.

Models resolve offline (see models.resolve_model) and stay warm in MODEL_CACHE between files.
"""

from ..slots import ModelKind, Owner, register_owner
from .cache import MODEL_CACHE, ModelCache, pick_device
from .data import Segment, SttOptions, Transcript, Word
from .models import ModelCapabilityError, ResolvedModel, list_available_models, resolve_model
from .postprocess import postprocess
from .transcriber import SttEngine, build_initial_prompt

__all__ = [
    "MODEL_CACHE",
    "ModelCache",
    "ModelCapabilityError",
    "ResolvedModel",
    "Segment",
    "SttEngine",
    "SttOptions",
    "Transcript",
    "Word",
    "build_initial_prompt",
    "list_available_models",
    "pick_device",
    "postprocess",
    "resolve_model",
]


def _release_speech(engine: SttEngine) -> list[object]:
    return list(engine.release())


register_owner(
    ModelKind.SPEECH,
    Owner(which=SttEngine.which_model, release=_release_speech, loaded=SttEngine.is_loaded),
)
