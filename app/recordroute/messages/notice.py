"""A notice the pipeline gives a face to render: a code of the catalogue (pipeline_notices.py) and its
parameters, never a finished sentence. `english()` is the text for logs, the API and old rows; `say(language)`
is what a face shows. A parameter may itself be a notice (or a list of them, joined with "and"), so a sentence
that names a cause ("Ollama at … does not answer") is rendered whole in one language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from .pipeline_notices import AND, PARSED, PIPELINE_NOTICES
from .text import fill


@dataclass(frozen=True)
class Notice:
    """`code` "" is a sentence stored before codes existed (or one no code matches): `text`, in every language."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    text: str = ""

    @classmethod
    def plain(cls, text: str) -> Notice:
        return cls("", {}, text)

    def say(self, language: str) -> str:
        entry = PIPELINE_NOTICES.get(self.code)
        if entry is None:
            return self.text
        values = {key: _render(value, language) for key, value in self.params.items()}
        return fill(entry.get(language), values)

    def english(self) -> str:
        return self.say("en")

    def to_dict(self) -> dict[str, object]:
        """For JSON (summary meta, the API): nested notices as dicts, the English text beside the code."""
        params = {key: _to_json(value) for key, value in self.params.items()}
        return {"code": self.code, "params": params, "text": self.english()}

    @classmethod
    def from_dict(cls, data: object) -> Notice | None:
        if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
            return None
        raw = data.get("params")
        params = {str(k): _from_json(v) for k, v in raw.items()} if isinstance(raw, Mapping) else {}
        code = str(data["code"])
        # the stored English only matters for a code this version does not know (or a plain notice)
        text = "" if code in PIPELINE_NOTICES else str(data.get("text") or "")
        return cls(code, params, text)


def parse(text: str, codes: Iterable[str] = PARSED) -> Notice:
    """The notice whose English wording `text` is (a stored English line from before codes: the summarizer's
    warnings, an old row), or a plain notice that keeps it as is."""
    for code in codes:
        m = _pattern(code).fullmatch(text)
        if m is not None:
            return Notice(code, m.groupdict())
    return Notice.plain(text)


@cache
def _pattern(code: str) -> re.Pattern[str]:
    english = re.escape(PIPELINE_NOTICES[code].en)
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", english), re.DOTALL)


def _render(value: object, language: str) -> object:
    if isinstance(value, Notice):
        return value.say(language)
    if isinstance(value, list | tuple):
        return AND.get(language).join(str(_render(v, language)) for v in value)
    return value


def _to_json(value: object) -> object:
    if isinstance(value, Notice):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: object) -> object:
    if isinstance(value, Mapping):
        return Notice.from_dict(value) or str(value)
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value
