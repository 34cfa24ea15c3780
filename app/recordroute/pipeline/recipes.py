"""Run a saved prompt ("recipe") on a recording, for every face; each run is a new version of its output."""

from __future__ import annotations

from pathlib import Path

from ..errors import Cancelled, InputError, LLMError, RecordRouteError, needs_llm
from ..progress import CancelToken, ProgressCallback
from ..settings import Settings
from ..store.recipes import RecipeRun
from .context import AppContext
from .summaries import resolve_backend


def recipe_dirs(settings: Settings) -> list[Path]:
    """The user's recipes live beside the library (and its templates), so they travel with the data folder."""
    return [settings.data_dir / "recipes"]


def recipe_list(settings: Settings) -> list[tuple[str, str, str]]:
    """(name, English description, Korean description) of every recipe, for pickers and `recipe list`."""
    from ..engines.llm.recipes import load_recipes

    return [(r.name, r.description, r.describe("ko")) for r in load_recipes(recipe_dirs(settings)).values()]


def run_recipe(
    ctx: AppContext,
    rec_id: int,
    name: str,
    *,
    language: str | None = None,
    backend: str | None = None,
    model: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> RecipeRun:
    from ..engines.llm import ExtractiveBackend, resolve_language, summarize
    from ..engines.llm.recipes import get_recipe

    store = ctx.store
    rec = store.recordings.get(rec_id)
    recipe = get_recipe(name, recipe_dirs(ctx.settings))
    segments = store.transcripts.segments(rec.id)
    if not any(s.text.strip() for s in segments):
        raise InputError.said("nothing_to_run_recipe_on", id=rec_id, name=name)
    llm = resolve_backend(ctx.settings, backend, model)
    if isinstance(llm, ExtractiveBackend):
        raise needs_llm(LLMError, "recipe", llm.reason, name=name)
    lang = resolve_language(language or ctx.settings.summary_language, segments)
    run_id = store.recipes.begin(
        rec.id, recipe.name, language=lang, backend=llm.label, model=llm.model or None
    )
    try:
        result = summarize(
            segments,
            backend=llm,
            template=recipe.template(lang),
            language=lang,
            progress=progress,
            cancel=cancel,
            want_title=False,  # the output keeps the recording's title
        )
    except Cancelled:
        store.recipes.finish(run_id, state="cancelled", error="cancelled by the user")
        raise
    except RecordRouteError as exc:
        store.recipes.finish(run_id, state="failed", error=exc.user_text())
        raise
    store.recipes.finish(run_id, state="complete", markdown=result.markdown)
    store.recordings.log(rec.id, f"recipe '{recipe.name}' by {llm.label}", stage="recipe")
    return store.recipes.get(run_id)
