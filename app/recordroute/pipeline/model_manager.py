"""Model management for every face: the engine's ModelManager bound to the settings (data dir, model folder,
the models in use), plus the policies that need settings: confirmation before deleting the model in use,
`use` saving the default, unloading a deleted model from the warm caches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..engines.models import (
    EMBEDDING,
    SPEAKER,
    SPEECH,
    ModelManager,
    ModelState,
    VerifyReport,
    download_model,
    import_model,
)
from ..engines.slots import ModelKind
from ..errors import InputError, RecordRouteError
from ..messages.notice import Notice, parse
from ..messages.pipeline_notices import PIPELINE_NOTICES
from ..progress import CancelToken, ProgressCallback
from ..settings import Key, Settings
from .context import EMBED_KEY, AppContext, embed_key


class ConfirmationNeeded(RecordRouteError):
    code = "confirmation_needed"
    hint = "pass --yes to do it anyway"


def manager_for(settings: Settings) -> ModelManager:
    return ModelManager(settings.data_dir / "models", model_dir=settings.model_dir)


def models_in_use(settings: Settings) -> dict[str, str]:
    """kind -> the name the settings use ('' for the embedding default = best available)."""
    return {SPEECH: settings.stt_model, EMBEDDING: settings.embed_model}


def speaker_in_use(settings: Settings) -> str | None:
    """The speaker model diarization uses (none with the basic method)."""
    from ..engines.models.speakers import used_speaker_model

    if settings.diarize_method == "basic":
        return None
    return used_speaker_model(settings.data_dir / "models", settings.model_dir)


def is_downloadable(name: str, kind: str | None = None) -> bool:
    """A catalogue name the manager can download (speech, embedding or speaker), repository ids aside."""
    from ..engines.models import lookup
    from ..engines.models.speakers import downloadable

    entry = lookup(name, kind) if kind != SPEAKER else None
    return (entry is not None and bool(entry.repo)) or (
        kind in (None, SPEAKER) and downloadable(name) is not None
    )


def is_in_use(settings: Settings, state: ModelState) -> bool:
    from ..engines.stt.models import canonical_name

    if state.kind == SPEAKER:
        return state.name == speaker_in_use(settings)
    want = models_in_use(settings).get(state.kind, "")
    if not want:
        if state.kind == EMBEDDING and settings.embed_backend == "onnx":
            from ..engines.embed.resolve import resolve_embed_model

            try:
                return resolve_embed_model("", model_dir=settings.model_dir).name == state.name
            except RecordRouteError:
                return False
        return False
    keys = {state.name.lower(), state.repo.lower(), (state.path or "").lower()}
    if state.path:
        keys.add(Path(state.path).name.lower())
    return want.lower() in keys or canonical_name(want).lower() in keys


def list_models(settings: Settings, kind: str | None = None) -> list[tuple[ModelState, bool]]:
    """(state, in use) for every model, present ones first."""
    states = manager_for(settings).states(kind)
    return [(s, s.present and is_in_use(settings, s)) for s in states]


def download(
    settings: Settings,
    name: str,
    *,
    kind: str | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ModelState:
    return download_model(
        manager_for(settings), name, kind=kind, force=force, progress=progress, cancel=cancel
    )


def import_pack(
    settings: Settings,
    path: Path,
    *,
    name: str | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ModelState:
    return import_model(manager_for(settings), path, name=name, force=force, progress=progress, cancel=cancel)


def export_pack(
    settings: Settings,
    name: str,
    dest: Path,
    *,
    kind: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    return manager_for(settings).export(name, dest, kind=kind, progress=progress, cancel=cancel)


def verify(
    settings: Settings,
    name: str | None = None,
    *,
    kind: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> list[VerifyReport]:
    return manager_for(settings).verify(name, kind=kind, progress=progress, cancel=cancel)


def delete(ctx: AppContext, name: str, *, kind: str | None = None, yes: bool = False) -> ModelState:
    """Delete a model folder. The model in use, or a folder the user put in place, needs `yes`."""
    settings = ctx.settings
    mgr = manager_for(settings)
    state = mgr.get(name, kind)
    mgr.check_deletable(state)  # a bundled model is refused before any confirmation is asked
    in_use = not yes and is_in_use(settings, state)
    if in_use and state.kind == SPEAKER:
        raise ConfirmationNeeded(
            f"'{state.name}' is the speaker model diarization uses; after deleting it, diarization uses the "
            "next speaker model present (the bundled d-vector at worst), which finds speakers less reliably"
        )
    if in_use:
        setting = "stt_model" if state.kind == SPEECH else "embed_model"
        raise ConfirmationNeeded(
            f"'{state.name}' is the {state.kind} model in use (settings: {setting}); "
            "deleting it stops transcription until another model is chosen"
        )
    if not yes and state.source in ("project", "model_dir"):
        raise ConfirmationNeeded(
            f"'{state.name}' is your own folder {state.path}, not one the app downloaded"
        )
    _unload(ctx, state)
    return mgr.delete(state.name, state.kind)


def _unload(ctx: AppContext, state: ModelState) -> None:
    if state.kind == SPEAKER:
        return  # diarization loads its speaker model per run: nothing stays warm
    if state.kind == SPEECH:
        from ..engines.stt import MODEL_CACHE

        MODEL_CACHE.unload(state.name)
        for key in ctx.models.holding(ModelKind.SPEECH, state.name):
            ctx.drop_model(key)
    else:
        from ..engines.embed import EMBED_CACHE

        EMBED_CACHE.unload(state.name)
        ctx.drop_model(EMBED_KEY)
        ctx.drop_model(embed_key(state.name))


def use(settings: Settings, name: str, *, kind: str | None = None) -> tuple[ModelState, str]:
    """Make `name` the default for its kind and save the settings. Returns (state, a note for the user)."""
    state = manager_for(settings).get(name, kind)
    if state.kind == SPEAKER:
        raise InputError(
            f"'{state.name}' is a speaker model: diarization always uses the best one present, in the order "
            "of `recordroute models list`",
            hint="download a better one, or delete the one you do not want used",
        )
    key = Key.STT_MODEL if state.kind == SPEECH else Key.EMBED_MODEL
    settings.set(key, state.name)
    if state.kind == EMBEDDING and settings.embed_backend != "onnx":
        settings.set(Key.EMBED_BACKEND, "onnx")
    overridden = settings.overridden
    settings.overridden = overridden - {
        key.value
    }  # the file gets the choice even if the environment wins now
    try:
        settings.save()
    finally:
        settings.overridden = overridden
    note = ""
    if key.value in overridden:
        note = NOTE_ENV_OVERRIDES
    elif state.kind == EMBEDDING:
        note = NOTE_REINDEX
    return state, note


# `use`'s notes, in English (the API); use_notice gives a face the notice to word in its language.
NOTE_ENV_OVERRIDES = PIPELINE_NOTICES["use_env_overrides"].en
NOTE_REINDEX = PIPELINE_NOTICES["use_reindex"].en


def use_notice(note: str) -> Notice:
    """`use`'s English note as a notice (a note it does not know stays as it is)."""
    return parse(note, ("use_env_overrides", "use_reindex"))


# --- what the faces offer ----------------------------------------------------------------------------------------
LANGUAGE_NAMES = {
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "en": "English",
}
_MISSING = re.compile(r"model '([^']+)'")


@dataclass(frozen=True)
class ModelOffer:
    """A model the faces offer to download (speech or speaker)."""

    name: str
    size: int  # download size in bytes

    @property
    def size_mb(self) -> int:
        mb = self.size / 1_000_000
        return int(round(mb, -1)) if mb > 100 else int(round(mb))  # "480 MB", not "483 MB"

    @property
    def command(self) -> str:
        return f"recordroute models download {self.name}"


@dataclass(frozen=True)
class Suggestion(ModelOffer):
    language: str  # the language it helps with, in English ("Korean")
    code: str = ""  # its code ("ko"), for a face that names it in another language

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": SPEECH,
            "size": self.size,
            "language": self.language,
            "command": self.command,
        }


def wanted_languages(settings: Settings, extra: tuple[str, ...] = ()) -> list[str]:
    """The user's languages: the settings' `languages` (when set), the speech language and `extra` (the
    desktop's locale), two-letter codes, in that order."""
    listed: list[str] | str = settings.languages or []  # a list, or "ko, en" as a settings file may spell it
    if isinstance(listed, str):
        listed = re.split(r"[\s,;]+", listed)
    codes = [c for c in listed if c != "any"] + [settings.stt_language, *extra]  # "any": no restriction
    out: list[str] = []
    for code in codes:
        c = str(code or "").strip().lower()
        c = "" if c == "auto" else c[:2]  # "ko_KR" -> "ko"; the "C" locale names no language
        if len(c) == 2 and c.isalpha() and c not in out:
            out.append(c)
    return out


def suggest_speech_model(settings: Settings, extra_languages: tuple[str, ...] = ()) -> Suggestion | None:
    """A better speech model to download when the user speaks a language other than English and no speech model
    here handles it well (the smallest catalogue model good for Korean, also fine for the other languages), unless
    the user turned the suggestion off. The same rule for every face: the welcome screen, the CLI's first-run note
    and `models list`, the API's suggestions."""
    from ..engines.models.hub import offline_requested

    if settings.speech_offer_dismissed or offline_requested():
        return None  # turned off, or downloads are off: an offer would only lead to an error
    others = [c for c in wanted_languages(settings, extra_languages) if c != "en"]
    if not others:
        return None
    states = manager_for(settings).states(SPEECH)
    if any(s.present and s.korean for s in states):
        return None
    entry = next((s for s in states if s.korean and s.repo), None)
    if entry is None:
        return None
    lang = "ko" if "ko" in others else others[0]
    code = lang if lang in LANGUAGE_NAMES else ""
    return Suggestion(entry.name, entry.download_size, LANGUAGE_NAMES.get(lang, lang), code)


def dismiss_speech_offer(settings: Settings, dismissed: bool = True) -> None:
    """Stop (or resume) suggesting a speech model, saved at once so every face and the next start agree."""
    settings.set(Key.SPEECH_OFFER_DISMISSED, dismissed)
    settings.save()


def missing_model(error_code: str | None, message: str | None) -> str | None:
    """The downloadable model a failed job was missing (from its error), or None."""
    from ..engines.models import lookup

    if error_code != "model_not_found" or not message:
        return None
    m = _MISSING.search(message)
    if m is not None and is_downloadable(m.group(1), SPEAKER):
        return m.group(1)  # a speaker model diarization lacked
    entry = lookup(m.group(1)) if m else None
    return entry.name if entry is not None and entry.repo else None


# --- the speaker model offered over the bundled d-vector ----------------------------------------------------------
OFFERED_SPEAKER = "3dspeaker-campplus-zh-en"  # measured better than the d-vector on noisy and phone audio
BUNDLED_SPEAKER = "dvector-vfl"
# Why it is offered (faces turn the key into a sentence in the user's language).
BETTER_THAN_BUNDLED = "better_than_bundled"  # diarization would use the bundled d-vector
NO_SPEAKER_MODEL = "no_speaker_model"  # no neural model here: diarization falls back to the basic method


@dataclass(frozen=True)
class SpeakerSuggestion(ModelOffer):
    reason: str  # BETTER_THAN_BUNDLED or NO_SPEAKER_MODEL
    title: str = "3D-Speaker CAM++"  # what people call it (a name: the same in every language)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "title": self.title,
            "type": SPEAKER,
            "size": self.size,
            "reason": self.reason,
            "command": self.command,
        }


def suggest_speaker_model(settings: Settings) -> SpeakerSuggestion | None:
    """CAM++ zh+en when diarization would use the bundled d-vector (or no neural model at all), it can be
    downloaded here and the user has not turned the suggestion off; None otherwise. The same rule for every face:
    the welcome screen, the speakers of a recording, the CLI after diarizing, the API's model inventory."""
    from ..engines.models.hub import offline_requested
    from ..engines.models.speakers import downloadable

    if settings.speaker_offer_dismissed or settings.diarize_method == "basic":
        return None  # turned off; or speakers are found without a model by choice, so none would be used
    model = downloadable(OFFERED_SPEAKER)
    if model is None or offline_requested():
        return None  # nothing can be downloaded: an offer would only lead to an error
    used = speaker_in_use(settings)
    if used not in (None, BUNDLED_SPEAKER):
        return None  # CAM++ itself, or another downloaded model, is used already
    reason = BETTER_THAN_BUNDLED if used == BUNDLED_SPEAKER else NO_SPEAKER_MODEL
    return SpeakerSuggestion(model.name, int(model.size_mb * 1_000_000), reason)


def suggest_for_run(settings: Settings, method: str, model: str) -> SpeakerSuggestion | None:
    """The suggestion for a recording diarized with `method`/`model`: only when that run used the bundled
    d-vector (or the basic method for want of a model), so a better model would have found its speakers."""
    suggestion = suggest_speaker_model(settings)
    if suggestion is None:
        return None
    if method == "neural" and model == BUNDLED_SPEAKER:
        return suggestion
    return suggestion if method == "basic" and suggestion.reason == NO_SPEAKER_MODEL else None


def dismiss_speaker_offer(settings: Settings, dismissed: bool = True) -> None:
    """Stop (or resume) suggesting the speaker model, saved at once so every face and the next start agree."""
    settings.set(Key.SPEAKER_OFFER_DISMISSED, dismissed)
    settings.save()
