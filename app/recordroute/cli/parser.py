"""argparse in the run's language. English is argparse exactly as it is; Korean retitles the help's headings,
shows Korean placeholders for the values (metavars), says the usage errors in Korean after `오류:` and lays
help out by terminal columns. Everything is on the parser
and formatter classes (argparse makes each sub-command's parser from type(self)), so no global state changes
and other parsers in the same process keep their English."""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn, TypeVar

from ..messages.argparse_texts import ARGPARSE_ERRORS, ARGPARSE_TYPES, ARGPARSE_WORDS
from ..messages.cli_metavars import METAVARS
from ..messages.cli_texts import LABELS
from .say import width

_Action = TypeVar("_Action", bound=argparse.Action)


def parser_class(language: str) -> type[Parser]:
    """The ArgumentParser class for a run in `language` ('en' or 'ko')."""
    return KoreanParser if language == "ko" else Parser


class Parser(argparse.ArgumentParser):
    """argparse's own parser; the subclasses below speak another language."""

    language = "en"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if self.language == "en":
            super().__init__(*args, **kwargs)
            return
        kwargs.setdefault("formatter_class", KoreanHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        # argparse titles its two default groups in English when it makes them; retitled here, in this parser
        self._positionals.title = word("positionals", self.language)
        self._optionals.title = word("options", self.language)
        if add_help:  # argparse's own -h, with its help line in this language
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=word("help", self.language)
            )

    def _add_action(self, action: _Action) -> _Action:
        if self.language != "en":
            action.metavar = metavar(action, self.language)
        return super()._add_action(action)

    def add_subparsers(self, **kwargs: Any) -> Any:
        if self.language != "en" and "metavar" in kwargs:
            kwargs["metavar"] = _placeholder(kwargs["metavar"], self.language)
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """The usage, then `PROG: 오류: <argparse's message in this language>`; exit 2 as argparse does."""
        if self.language == "en":
            super().error(message)
        self.print_usage(sys.stderr)
        label = LABELS["error"].get(self.language)
        self.exit(2, f"{self.prog}: {label}: {say_error(message, self.language)}\n")


class KoreanParser(Parser):
    language = "ko"


class KoreanHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a Korean usage prefix, wrapping help by terminal columns (Hangul takes two
    columns: wrapped by characters, a Korean line would run past the terminal's edge)."""

    language = "ko"

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        prefix = word("usage", self.language) if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        # argparse measures the prefix by len(); on screen the Korean one is wider: its extra columns come off
        # the line argparse wraps, and go before each next line so they line up under the first. Korean
        # placeholders are wider too: a line that still runs past the edge narrows the wrap by its overflow.
        shift = width(prefix) - len(prefix) if prefix else 0
        narrower = shift
        for _attempt in range(8):
            self._width -= narrower
            try:
                text = super()._format_usage(usage, actions, groups, prefix)
            finally:
                self._width += narrower
            text = re.sub(r"\n(?=.)", "\n" + " " * shift, text)
            over = max(map(width, text.splitlines())) - self._width
            if over <= 0:
                break
            narrower += over
        return text

    def add_argument(self, action: argparse.Action) -> None:
        # argparse measures the invocations by len() to place the help column; a Korean placeholder is wider
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            shown = self._format_action_invocation(action)
            self._action_max_length = max(self._action_max_length, width(shown) + self._current_indent)

    def _format_action(self, action: argparse.Action) -> str:
        """argparse's layout of one argument, with the invocation measured in terminal columns."""
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        header = self._format_action_invocation(action)
        fits = width(header) <= help_position - self._current_indent - 2
        indent = " " * self._current_indent
        parts = [indent + header]
        help_text = self._expand_help(action) if action.help and action.help.strip() else ""
        if help_text:
            lines = self._split_lines(help_text, help_width)
            gap = help_position - self._current_indent - width(header)
            first = " " * gap + lines[0] if fits else "\n" + " " * help_position + lines[0]
            parts[0] += first
            parts += [" " * help_position + line for line in lines[1:]]
        text = "\n".join(parts) + "\n"
        return text + "".join(self._format_action(sub) for sub in self._iter_indented_subactions(action))

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_columns(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap_columns(text, width - len(indent)))


def metavar(action: argparse.Action, language: str) -> str | tuple[str, ...] | None:
    """The placeholder an action shows in `language`, set on the action so that usage, help and errors name
    it alike. Flags and choices (typed as they are) keep theirs; a metavar the catalogue lacks stays."""
    if action.nargs == 0 or action.choices is not None or action.metavar == argparse.SUPPRESS:
        return action.metavar
    shown = action.metavar or (action.dest.upper() if action.option_strings else action.dest)
    if isinstance(shown, tuple):
        return tuple(_placeholder(s, language) for s in shown)
    return _placeholder(shown, language)


def _placeholder(shown: str, language: str) -> str:
    entry = METAVARS.get(shown)
    return entry.get(language) if entry else shown


def word(key: str, language: str) -> str:
    return ARGPARSE_WORDS[key].get(language)


def wrap_columns(text: str, columns: int) -> list[str]:
    """Words of `text` in lines of at most `columns` terminal columns (a longer word keeps its own line)."""
    lines: list[str] = []
    line = ""
    for token in text.split():
        longer = f"{line} {token}" if line else token
        if line and width(longer) > columns:
            lines.append(line)
            longer = token
        line = longer
    return [*lines, line] if line else lines


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    """argparse's English template as a regex: each {name} captures the shortest text that lets it match."""
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(f"{body}$", re.DOTALL)


def say_error(message: str, language: str) -> str:
    """argparse's English usage error in `language`; a message it does not know stays as argparse wrote it."""
    if language == "en":
        return message
    for text in ARGPARSE_ERRORS.values():
        found = _pattern(text.en).match(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:  # "argument X: <one of the others>"
            values["message"] = say_error(values["message"], language)
        if values.get("type") in ARGPARSE_TYPES:
            values["type"] = ARGPARSE_TYPES[values["type"]].get(language)
        said = text.get(language)
        for name, value in values.items():
            said = said.replace("{" + name + "}", value)
        return said
    return message
