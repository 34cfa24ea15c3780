"""The models this machine has offline (speech, embedding and the speaker model in use), for the first-run screen
and settings. Facts, not sentences: each face words them in its own language."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import RecordRouteError
from ..settings import Settings


@dataclass(frozen=True)
class ModelInfo:
    kind: str  # "speech" | "embedding" | "speaker"
    name: str
    source: str  # where it comes from ("package", "downloaded", "model_dir", …)
    multilingual: bool | None = None  # None: not a language matter (speaker models)
    dim: int | None = None  # an embedding's dimensions


@dataclass(frozen=True)
class ModelProblem:
    kind: str  # the kind of model that could not be looked up
    code: str  # the error's code (errors.py), "internal" for an unexpected exception
    text: str  # the English developer text
    params: dict[str, object]


def speech_model_names(settings: Settings) -> list[str]:
    """Names of the speech models available offline; empty when the model folder cannot be read."""
    from ..engines.stt import list_available_models

    try:
        return [m.name for m in list_available_models(settings.model_dir)]
    except Exception:  # a broken model folder must not break the settings dialog
        return []


def _problem(kind: str, exc: Exception) -> ModelProblem:
    if isinstance(exc, RecordRouteError):
        return ModelProblem(kind, exc.code, exc.user_text(), exc.params)
    return ModelProblem(kind, "internal", f"{type(exc).__name__}: {exc}", {})


def models_overview(settings: Settings) -> tuple[list[ModelInfo], list[ModelProblem]]:
    """Models present offline, and problems found while looking (never raises)."""
    from ..engines.embed import resolve_embed_model
    from ..engines.stt import list_available_models

    found: list[ModelInfo] = []
    problems: list[ModelProblem] = []
    try:
        for m in list_available_models(settings.model_dir):
            found.append(ModelInfo("speech", m.name, m.source, m.multilingual))
    except Exception as exc:  # a broken model folder must not stop the first-run screen
        problems.append(_problem("speech", exc))
    try:
        spec = resolve_embed_model(settings.embed_model, model_dir=settings.model_dir)
        found.append(ModelInfo("embedding", spec.name, spec.source, spec.multilingual, spec.dim))
    except Exception as exc:
        problems.append(_problem("embedding", exc))
    try:  # the one diarization would use (none with the basic method), beside the offer of a better one
        from ..engines.models.speakers import speaker_states
        from .model_manager import manager_for, speaker_in_use

        used = speaker_in_use(settings)
        state = next((s for s in speaker_states(manager_for(settings)) if s.name == used), None)
        if state is not None:
            found.append(ModelInfo("speaker", state.name, state.source or "present"))
    except Exception as exc:
        problems.append(_problem("speaker", exc))
    return found, problems
