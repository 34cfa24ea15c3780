"""The plumbing every face's sentences share: the two languages, one sentence in both, filling {params}, and
choosing the language from a `ui_language` setting and the environment."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("en", "ko")
# The error's main parameter, in the order the GUI has always picked it (a model over the server it lives on).
MAIN_PARAMS = ("model", "server", "path", "name")
# A Korean particle written right after a blank ("{server}의", "{name}과(와)") belongs to it: with nothing to put
# there, it goes too, or the sentence would start with a dangling "의".
_PLACEHOLDER = re.compile(r" ?\{(\w+)\}(?:과\(와\)|이\(가\)|을\(를\)|은\(는\)|의|에서|에)?")
_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


@dataclass(frozen=True)
class Text:
    """One sentence in English and Korean; {name} marks a parameter, the same ones in both."""

    en: str
    ko: str

    def get(self, language: str) -> str:
        return self.ko if language == "ko" else self.en

    def say(self, language: str, params: Mapping[str, object] | None = None) -> str:
        # a value that is itself a twin (a settings error's "settings file …") is said in the same language
        said = {k: v.get(language) if isinstance(v, Text) else v for k, v in (params or {}).items()}
        return fill(self.get(language), said)


def placeholders(text: str) -> set[str]:
    return {m.group(1) for m in _PLACEHOLDER.finditer(text)}


def main_param(params: Mapping[str, object]) -> str:
    return next((str(params[k]) for k in MAIN_PARAMS if params.get(k)), "")


def fill(text: str, params: Mapping[str, object]) -> str:
    """Each {name} becomes params[name]; a sentence naming one thing takes the error's main parameter when its
    own is missing (as the GUI always did); with nothing to put there the blank goes, with its space."""

    def value(m: re.Match[str]) -> str:
        found = params.get(m.group(1))
        shown = str(found) if found not in (None, "") else main_param(params)
        return m.group(0).replace("{" + m.group(1) + "}", shown) if shown else ""

    return _PLACEHOLDER.sub(value, text).lstrip()


def language_from_environment(environ: Mapping[str, str]) -> str:
    """'ko' when the first locale variable that is set (POSIX order: LC_ALL, LC_MESSAGES, LANG) is Korean."""
    for name in _LOCALE_VARS:
        value = environ.get(name, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def choose_language(setting: str | None, environ: Mapping[str, str]) -> str:
    """RECORDROUTE_LANG (ko/en) first, then the `ui_language` setting when it names a language, else the
    locale; English when nothing says Korean."""
    forced = environ.get("RECORDROUTE_LANG", "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if setting in LANGUAGES:
        return str(setting)
    return language_from_environment(environ)
