"""Summary templates: Markdown files with a small front-matter and [[system]] / [[map]] / [[reduce]] parts.

Built-in templates live in resources/prompts/ as `<name>.<language>.md`; users add their own in extra folders
(a user file with the same name and language replaces the built-in one). Placeholders: `{sections}` (the
numbered headings), `{language}` (the output language's name), `{start}` / `{end}` (the part's time span, map
only).

    ---
    name: minutes
    language: en
    description: Meeting minutes
    temperature: 0.2
    sections: topics=Main topics | key_points=Key points | decisions=Decisions | ...
    ---
    [[system]]
    ...
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...errors import NotFoundError, TemplateError
from ...paths import resource

log = logging.getLogger(__name__)

PARTS = ("system", "map", "reduce")
_PART_RE = re.compile(r"^\[\[(\w+)\]\]\s*$", re.M)

LANGUAGE_NAMES = {
    "ko": ("Korean", "한국어"),
    "en": ("English", "영어"),
    "ja": ("Japanese", "일본어"),
    "zh": ("Chinese", "중국어"),
    "de": ("German", "독일어"),
    "fr": ("French", "프랑스어"),
    "es": ("Spanish", "스페인어"),
}


def language_name(code: str, *, in_language: str = "en") -> str:
    """Name of `code` written for a prompt in `in_language` ("Korean" or "한국어")."""
    names = LANGUAGE_NAMES.get(code)
    if not names:
        return code
    return names[1] if in_language == "ko" else names[0]


@dataclass(frozen=True)
class Section:
    role: str  # topics, key_points, decisions, actions, risks, next_steps, or a template's own
    title: str


@dataclass(frozen=True)
class Template:
    name: str
    language: str
    description: str
    temperature: float
    sections: tuple[Section, ...]
    system: str
    map: str
    reduce: str
    path: Path | None = None

    @property
    def key(self) -> str:
        return f"{self.name}.{self.language}"

    def headings(self) -> list[str]:
        """The Markdown headings, in order: "## 1. Main topics", ..."""
        return [f"## {i}. {s.title}" for i, s in enumerate(self.sections, 1)]

    def render(self, part: str, *, language: str, start: str = "", end: str = "") -> str:
        """One part with its placeholders filled for the output `language`."""
        text = getattr(self, part)
        return (
            text.replace("{sections}", "\n".join(self.headings()))
            .replace("{language}", language_name(language, in_language=self.language))
            .replace("{start}", start)
            .replace("{end}", end)
            .strip()
        )


def parse_template(text: str, *, path: Path | None = None) -> Template:
    where = str(path) if path else "template"
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", text.replace("\r\n", "\n"), re.S)
    if not m:
        raise TemplateError(f"{where}: missing the '---' front-matter block")
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if ":" not in line:
            raise TemplateError(f"{where}: front-matter line '{line.strip()}' is not 'key: value'")
        key, value = line.split(":", 1)
        meta[key.strip().lower()] = value.strip()
    for key in ("name", "language", "sections"):
        if not meta.get(key):
            raise TemplateError(f"{where}: front-matter needs '{key}'")
    sections = []
    for i, item in enumerate(meta["sections"].split("|"), 1):
        item = item.strip()
        if not item:
            continue
        role, _, title = item.partition("=") if "=" in item else (f"section{i}", "", item)
        sections.append(Section(role.strip(), title.strip()))
    if not sections:
        raise TemplateError(f"{where}: 'sections' lists no section")
    body = m.group(2)
    marks = list(_PART_RE.finditer(body))
    parts: dict[str, str] = {}
    for j, mark in enumerate(marks):
        stop = marks[j + 1].start() if j + 1 < len(marks) else len(body)
        parts[mark.group(1).lower()] = body[mark.end() : stop].strip()
    for part in PARTS:
        if not parts.get(part):
            raise TemplateError(f"{where}: missing or empty [[{part}]] part")
    try:
        temperature = float(meta.get("temperature", "0.2"))
    except ValueError as exc:
        raise TemplateError(f"{where}: temperature '{meta['temperature']}' is not a number") from exc
    return Template(
        name=meta["name"],
        language=meta["language"].lower(),
        description=meta.get("description", ""),
        temperature=temperature,
        sections=tuple(sections),
        system=parts["system"],
        map=parts["map"],
        reduce=parts["reduce"],
        path=path,
    )


def builtin_dir() -> Path:
    return resource("prompts")


def load_templates(extra_dirs: Iterable[Path | str] = ()) -> dict[str, Template]:
    """All templates keyed "name.language". Built-ins must parse; a broken user file is skipped with a warning."""
    out: dict[str, Template] = {}
    for path in sorted(builtin_dir().glob("*.md")):
        tpl = parse_template(path.read_text(encoding="utf-8"), path=path)
        out[tpl.key] = tpl
    for folder in extra_dirs:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            try:
                tpl = parse_template(path.read_text(encoding="utf-8"), path=path)
            except (TemplateError, UnicodeDecodeError, OSError) as exc:
                log.warning("skipping template %s: %s", path, exc)
                continue
            out[tpl.key] = tpl
    return out


def get_template(
    name: str,
    language: str,
    *,
    extra_dirs: Iterable[Path | str] = (),
    templates: dict[str, Template] | None = None,
) -> Template:
    """The template `name` for output `language`; falls back to English, then to any language of that name."""
    templates = templates if templates is not None else load_templates(extra_dirs)
    for key in (f"{name}.{language}", f"{name}.en"):
        if key in templates:
            return templates[key]
    for tpl in templates.values():
        if tpl.name == name:
            return tpl
    names = sorted({t.name for t in templates.values()})
    raise NotFoundError.said("no_such_template", name=name, names=", ".join(names))
