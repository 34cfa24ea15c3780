"""Saved prompts ("recipes"): the user's own instruction, run on any recording like the minutes are.

A recipe is a Markdown file with a small front-matter (`name`, `description`, optional `description_ko`) and the
instruction as its body. Built-in ones live in resources/recipes/; the user's own in `<data dir>/recipes/` (a
file with the same name replaces the built-in). A recipe runs through the same map-reduce as the minutes, so a
recording of any length fits the model's context.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...errors import NotFoundError, TemplateError
from ...paths import resource
from .templates import Section, Template

log = logging.getLogger(__name__)

MAX_RECIPE_BYTES = 64 * 1024
_NAME_RE = re.compile(r"^[\w][\w .-]{0,63}$", re.UNICODE)

_SYSTEM = (
    "You work on the transcript of one recording. Follow the user's instruction below, using only what was said "
    "in the transcript: no guesses, no advice. Write in {language}. Keep numbers, names and times [mm:ss] exact."
    "\n\n<instruction>\n{instruction}\n</instruction>"
)
_MAP = (
    "Below is one part ({start}–{end}) of the transcript. Follow the instruction for this part only; your notes "
    "will be merged with those of the other parts, so keep every relevant fact with its time [mm:ss]."
)
_REDUCE = (
    "Below are the results for consecutive parts of the recording, in time order. Merge them into one answer to "
    "the instruction, without duplicates and without dropping anything relevant."
)


@dataclass(frozen=True)
class Recipe:
    name: str
    description: str
    instruction: str
    description_ko: str = ""
    path: Path | None = None

    def describe(self, language: str = "en") -> str:
        return self.description_ko if language == "ko" and self.description_ko else self.description

    def template(self, language: str) -> Template:
        """A one-section template the summarizer's map-reduce can run."""
        system = _SYSTEM.replace("{instruction}", self.instruction)
        return Template(
            name=f"recipe:{self.name}",
            language=language,
            description=self.description,
            temperature=0.3,
            sections=(Section("result", self.name),),
            system=system,
            map=_MAP,
            reduce=_REDUCE,
            path=None,
        )


def parse_recipe(text: str, *, path: Path | None = None) -> Recipe:
    where = path.name if path else "recipe"
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", text.replace("\r\n", "\n"), re.S)
    if not m:
        raise TemplateError(f"{where}: missing the '---' front-matter block")
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        if line.strip() and ":" in line:
            key, value = line.split(":", 1)
            meta[key.strip().lower()] = value.strip()
    name = meta.get("name") or (path.stem if path else "")
    if not _NAME_RE.match(name):
        raise TemplateError(f"{where}: '{name}' is not a usable recipe name")
    instruction = m.group(2).strip()
    if not instruction:
        raise TemplateError(f"{where}: the instruction is empty")
    return Recipe(name, meta.get("description", ""), instruction, meta.get("description_ko", ""), path)


def builtin_dir() -> Path:
    return resource("recipes")


def load_recipes(extra_dirs: Iterable[Path] = ()) -> dict[str, Recipe]:
    """Every recipe by name; a broken or oversized user file is skipped with a warning."""
    out: dict[str, Recipe] = {}
    for folder in (builtin_dir(), *extra_dirs):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            try:
                if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_RECIPE_BYTES:
                    raise TemplateError(f"{path.name}: not a regular file of at most 64 KB")
                recipe = parse_recipe(path.read_text(encoding="utf-8"), path=path)
            except (TemplateError, UnicodeDecodeError, OSError) as exc:
                log.warning("skipping recipe %s: %s", path, exc)
                continue
            out[recipe.name] = recipe
    return out


def get_recipe(name: str, extra_dirs: Iterable[Path] = ()) -> Recipe:
    recipes = load_recipes(extra_dirs)
    if name not in recipes:
        raise NotFoundError.said("no_such_recipe", name=name, names=", ".join(sorted(recipes)))
    return recipes[name]
