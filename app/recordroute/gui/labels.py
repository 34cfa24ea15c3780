"""Labels that come from below the GUI (template names and descriptions, model notes, diarization methods,
stage names, task values, the LLM backend) in the UI's language. The engines keep English identifiers; the
window translates them here, so nothing English from below reaches the Korean UI. `engine_labels()` lists
every one of them for the translation test (tests/gui/test_translations.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from . import i18n

if TYPE_CHECKING:
    from ..engines.models.ollama import OllamaModel

translate = QCoreApplication.translate


def templates() -> dict[str, tuple[str, str]]:
    """Built-in template name -> (label, description)."""
    return {
        "minutes": (
            translate("Labels", "Meeting minutes"),
            translate(
                "Labels", "Meeting minutes — topics, key points, decisions, action items, risks, next steps"
            ),
        ),
        "interview": (
            translate("Labels", "Interview notes"),
            translate(
                "Labels",
                "Interview notes — topics, key answers, facts and figures, quotes, follow-ups, next steps",
            ),
        ),
        "lecture": (
            translate("Labels", "Lecture notes"),
            translate(
                "Labels",
                "Lecture notes — topics, key concepts, examples, questions, assignments, next session",
            ),
        ),
        "standup": (
            translate("Labels", "Stand-up notes"),
            translate(
                "Labels",
                "Stand-up notes — attendees' updates, done, in progress, blockers, action items, next stand-up",
            ),
        ),
    }


def template_label(name: str) -> str:
    return templates().get(name, (name, ""))[0]  # a user's own template keeps its own name


def template_description(name: str, description: str) -> str:
    return templates().get(name, ("", description))[1] or description


def model_notes() -> dict[str, str]:
    """Catalogue model name -> its one-line note (speed and quality)."""
    return {
        "tiny": translate("Labels", "fastest; rough, many errors outside English"),
        "tiny.en": translate("Labels", "fastest English-only; fine for clear speech"),
        "base": translate("Labels", "fast; usable drafts, weak on Korean names and numbers"),
        "base.en": translate("Labels", "fast English-only; better than tiny.en"),
        "small": translate("Labels", "about 3x slower than base; the smallest size good for Korean"),
        "medium": translate("Labels", "slow on CPU; clearly better Korean and accents"),
        "large-v3": translate("Labels", "best quality; needs a GPU or patience (about 10x base on CPU)"),
        "large-v3-turbo": translate(
            "Labels", "near large-v3 quality at about half its time; best CPU choice for Korean"
        ),
        "distil-large-v3": translate("Labels", "fast distilled large-v3; English only in practice"),
        "all-MiniLM-L6-v2-int8": translate("Labels", "bundled; fast, English only"),
        "multilingual-e5-small": translate(
            "Labels", "good Korean and English semantic search; 384 dimensions"
        ),
        "paraphrase-multilingual-MiniLM-L12-v2": translate(
            "Labels", "fast multilingual; a bit weaker than e5-small"
        ),
        # Speaker models (engines/diarize/catalog.py).
        "dvector-vfl": translate("Labels", "bundled; works out of the box, weaker on noisy and phone audio"),
        "wespeaker-resnet34": translate(
            "Labels", "WeSpeaker ResNet34, trained on English speech; not measured here"
        ),
        "3dspeaker-campplus": translate(
            "Labels", "3D-Speaker CAM++, trained on English speech; not measured here"
        ),
        "3dspeaker-campplus-zh-en": translate(
            "Labels",
            "3D-Speaker CAM++: the best measured here, tells voices apart better on noisy and phone audio; trained on Chinese and English speech",
        ),
        "3dspeaker-eres2net-zh": translate(
            "Labels",
            "3D-Speaker ERes2Net, trained on Mandarin speech, works across languages; not measured here",
        ),
    }


def model_note(name: str, note: str) -> str:
    return model_notes().get(name, note)


def sources() -> dict[str, str]:
    """Where a model comes from (ModelState.source, and the resolvers' own names) -> label."""
    bundled = translate("Labels", "bundled")
    return {
        "bundled": bundled,
        "package": bundled,  # the resolvers' name for a model shipped in a pip package
        "downloaded": translate("Labels", "downloaded"),
        "imported": translate("Labels", "imported"),
        "project": translate("Labels", "project folder"),
        "model_dir": translate("Labels", "model folder"),
        "path": translate("Labels", "your folder"),
        "hf_cache": translate("Labels", "Hugging Face cache"),
        "present": translate("Labels", "present"),
    }


def source_label(source: str | None) -> str:
    return sources().get(source or "", source or "")


_MULTILINGUAL = re.compile(r"^multilingual \((\d+)\)$")


def languages_label(languages: str) -> str:
    """The catalogue's "multilingual (99)" / "English" in the UI's language."""
    found = _MULTILINGUAL.match(languages)
    if found:
        return translate("Labels", "multilingual (%1 languages)").replace("%1", found.group(1))
    named = {
        "English": translate("Labels", "English only"),
        "multilingual": translate("Labels", "multilingual"),
    }
    return named.get(languages, languages)


def ollama_families() -> dict[str, str]:
    """Ollama family marker (engines/models/ollama.py FAMILIES, family_key) -> what it means for minutes."""
    return {
        "exaone": translate("Labels", "EXAONE: trained for Korean and English"),
        "qwen3": translate("Labels", "Qwen 3: strong multilingual, good Korean"),
        "qwen2.5": translate("Labels", "Qwen 2.5: strong multilingual, good Korean"),
        "qwen2": translate("Labels", "Qwen 2: multilingual"),
        "gemma3": translate("Labels", "Gemma 3: multilingual, good Korean"),
        "gemma2": translate("Labels", "Gemma 2: multilingual"),
        "aya": translate("Labels", "Aya: multilingual (23 languages incl. Korean)"),
        "llama3.3": translate("Labels", "Llama 3.3: usable Korean"),
        "llama3.2": translate("Labels", "Llama 3.2: usable Korean"),
        "llama3.1": translate("Labels", "Llama 3.1: usable Korean"),
        "llama3": translate("Labels", "Llama 3: mostly English"),
        "mistral": translate("Labels", "Mistral: mostly English and European languages"),
        "phi": translate("Labels", "Phi: English"),
        "embedding": translate("Labels", "an embedding model, not a chat model"),
        "": translate("Labels", "family not known to handle Korean well"),
    }


def ollama_reason(model: OllamaModel) -> str:
    """Why an Ollama model suits minutes or not (the engine's `score` reason, in the UI's language)."""
    from ..engines.models.ollama import EMBEDDING_FAMILY, billions

    parts = [ollama_families().get(model.family_key, model.family_key)]
    if model.family_key != EMBEDDING_FAMILY:
        size = billions(model.parameter_size, model.name)
        if size is not None:
            parts.append(translate("Labels", "%1B parameters").replace("%1", f"{size:g}"))
        if model.context_length:
            parts.append(translate("Labels", "%1 tokens of context").replace("%1", str(model.context_length)))
    return "; ".join(parts)


def use_note(note: str) -> str:
    """model_manager.use's note (English, for the CLI and API) in the UI's language, from the catalogue the
    command line shares."""
    from ..pipeline.model_manager import use_notice

    return use_notice(note).say(i18n.current())


def methods() -> dict[str, str]:
    """Diarization method key (and the engines' METHOD_LABELS) -> label."""
    return {
        "auto": translate("Labels", "Automatic"),
        "basic": translate("Labels", "Basic (no model)"),
        "neural": translate("Labels", "Neural (speaker model)"),
        "basic (no model)": translate("Labels", "Basic (no model)"),
    }


def method_label(text: str) -> str:
    """'neural (wespeaker-resnet34)' -> 'Neural (speaker model) (wespeaker-resnet34)'."""
    table = methods()
    if text in table:
        return table[text]
    head, sep, rest = text.partition(" (")
    return f"{table[head]}{sep}{rest}" if head in table and sep else text


def tasks() -> dict[str, str]:
    return {
        "transcribe": translate("Labels", "Transcribe"),
        "translate": translate("Labels", "Translate into English"),
    }


def task_label(task: str | None) -> str:
    return tasks().get(task or "", task or "—")


def engine_labels() -> dict[str, list[str]]:
    """Every English label the engines and pipeline hand to the window, by kind (for the translation test)."""
    from ..engines.diarize.engine import METHOD_LABELS, METHODS
    from ..engines.models.catalog import CATALOG
    from ..engines.models.manager import PROGRESS_MESSAGES
    from ..engines.models.ollama import EMBEDDING_FAMILY, FAMILIES
    from ..engines.models.speakers import speaker_models
    from ..engines.models.state import SOURCES
    from ..job_options import TASKS
    from ..pipeline import stages
    from ..pipeline.summaries import template_names
    from ..settings import Settings

    return {
        "templates": [n for n, _d in template_names(Settings())],
        "template descriptions": [d for _n, d in template_names(Settings())],
        "model notes": [e.note for e in CATALOG] + [m.note for m in speaker_models()],
        "model languages": sorted({e.languages for e in CATALOG}),
        "sources": [*SOURCES, "package", "path", "hf_cache"],
        "model steps": list(PROGRESS_MESSAGES),
        "ollama families": [*(marker for marker, _q, _t in FAMILIES), EMBEDDING_FAMILY, ""],
        "methods": ["auto", *METHODS, *METHOD_LABELS.values()],
        "stages": stages.default_stages(),
        "tasks": list(TASKS),
    }
