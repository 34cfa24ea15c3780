"""The models this machine has offline (speech and embedding), for the first-run screen and settings."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import RecordRouteError
from ..settings import Settings


@dataclass(frozen=True)
class ModelInfo:
    kind: str  # "speech" | "embedding"
    name: str
    detail: str


def speech_model_names(settings: Settings) -> list[str]:
    """Names of the speech models available offline; empty when the model folder cannot be read."""
    from ..engines.stt import list_available_models

    try:
        return [m.name for m in list_available_models(settings.model_dir)]
    except Exception:  # a broken model folder must not break the settings dialog
        return []


def models_overview(settings: Settings) -> tuple[list[ModelInfo], list[str]]:
    """Models present offline, and problems found while looking (never raises)."""
    from ..engines.embed import resolve_embed_model
    from ..engines.stt import list_available_models

    found: list[ModelInfo] = []
    problems: list[str] = []
    try:
        for m in list_available_models(settings.model_dir):
            langs = "multilingual" if m.multilingual else "English only"
            found.append(ModelInfo("speech", m.name, f"{langs}, {m.source}"))
    except Exception as exc:  # a broken model folder must not stop the first-run screen
        problems.append(f"speech models: {exc}")
    try:
        spec = resolve_embed_model(settings.embed_model, model_dir=settings.model_dir)
        langs = "multilingual" if spec.multilingual else "English"
        found.append(ModelInfo("embedding", spec.name, f"{langs}, {spec.dim} dimensions, {spec.source}"))
    except RecordRouteError as exc:
        problems.append(exc.user_text())
    except Exception as exc:
        problems.append(f"embedding model: {exc}")
    try:  # the one diarization would use (none with the basic method), beside the offer of a better one
        from ..engines.models.speakers import speaker_states
        from .model_manager import manager_for, speaker_in_use

        used = speaker_in_use(settings)
        state = next((s for s in speaker_states(manager_for(settings)) if s.name == used), None)
        if state is not None:
            found.append(ModelInfo("speaker", state.name, state.source or "present"))
    except Exception as exc:
        problems.append(f"speaker model: {exc}")
    return found, problems
