"""The command line in the user's language: chosen once per run (RECORDROUTE_LANG, then the `ui_language`
setting when it is ko or en, then LC_ALL / LC_MESSAGES / LANG, else English), and the error block every command
prints. `--help` and argparse's own words follow it too (cli/parser.py)."""

from __future__ import annotations

import errno
import os
import sys
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..errors import RecordRouteError
from ..inert import for_display
from ..messages import DOWNLOAD_MODEL, OPEN_SETTINGS, RETRY, choose_language, error_text, fill
from ..messages.cli_help import CLI_HELP
from ..messages.cli_texts import CLI_TEXTS, LABELS, STAGES, STATES, WORDS
from ..messages.model_notes import MODEL_NOTES, OLLAMA_FAMILIES, OLLAMA_PARTS
from ..messages.notice import Notice
from ..messages.notices import CLI_ACTIONS, NOTICES

if TYPE_CHECKING:
    from ..engines.models.ollama import OllamaModel

_language: str | None = None
# OS errors that have a sentence; the others keep the system's own text.
_OS_CODES = {errno.ENOENT: "not_found", errno.EACCES: "unreadable", errno.EPERM: "unreadable"}
_OS_CODES[errno.ENOSPC] = "disk_full"
# Codes whose sentence is only "something is wrong": the English detail is the message (see error_lines).
GENERIC_CODES = ("error", "bad_input")


def language() -> str:
    """'ko' or 'en', decided on the first call and kept for the run."""
    global _language
    if _language is None:
        _language = choose_language(_ui_language_setting(), os.environ)
    return _language


def _ui_language_setting() -> str | None:
    from ..settings import Settings

    try:
        return Settings.load().ui_language
    except (RecordRouteError, OSError, ValueError, TypeError):
        return None  # a broken settings file: the command itself reports it, in the locale's language


def notice(key: str, **params: object) -> str:
    return NOTICES[key].say(language(), params)


def text(key: str, **params: object) -> str:
    """One of the command line's own lines (messages/cli_texts.py) in the run's language."""
    return CLI_TEXTS[key].say(language(), params)


def help_text(key: str) -> str | None:
    """A command's or an argument's `--help` line (messages/cli_help.py) in the run's language."""
    return CLI_HELP[key].get(language())


def label(key: str) -> str:
    """'error', 'warning', 'note', 'details', 'suggestion' in the run's language."""
    return LABELS[key].get(language())


def state(value: str) -> str:
    """A job or stage state as the human output shows it; one it does not know stays as stored."""
    entry = STATES.get(value)
    return entry.get(language()) if entry else value


def stage(value: str) -> str:
    entry = STAGES.get(value)
    return entry.get(language()) if entry else value


def word(value: str) -> str:
    """A stored word (a recording's kind, a model's source or kind, yes/no) as the human output shows it."""
    entry = WORDS.get(value)
    return entry.get(language()) if entry else value


def method(label: str) -> str:
    """A diarization method's label ('basic (no model)', 'neural (model)') in the run's language."""
    for key in ("basic (no model)", "neural"):
        if label.startswith(key):
            return word(key) + label[len(key) :]
    return label


def width(shown: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in shown)


def pad(shown: str, columns: int, *, right: bool = False) -> str:
    """`shown` padded to `columns` terminal columns (left-aligned, or right-aligned)."""
    fill_ = " " * max(0, columns - width(shown))
    return fill_ + shown if right else shown + fill_


def model_note(name: str, note: str) -> str:
    """A catalogue model's note in the run's language; a model the catalogue does not know keeps its own."""
    entry = MODEL_NOTES.get(name)
    return entry.get(language()) if entry and entry.en == note else note


def llm_reason(model: OllamaModel) -> str:
    """Why an Ollama model suits minutes or not: the engine's English reason as is, else built in Korean from
    the same parts (family, size, context), the way the window words it."""
    from ..engines.models.ollama import EMBEDDING_FAMILY, billions

    family = OLLAMA_FAMILIES.get(model.family_key)
    if language() == "en" or family is None:
        return model.reason
    parts = [family.get(language())]
    if model.family_key != EMBEDDING_FAMILY:
        size = billions(model.parameter_size, model.name)
        if size is not None:
            parts.append(OLLAMA_PARTS["parameters"].say(language(), {"size": f"{size:g}"}))
        if model.context_length:
            parts.append(OLLAMA_PARTS["context"].say(language(), {"tokens": model.context_length}))
    return "; ".join(parts)


def language_name(name: str, code: str = "") -> str:
    """A language the pipeline names in English ("Korean"), in the run's language when its code is known."""
    return render(Notice(f"lang_{code}")) if code else name


def render(notice: Notice) -> str:
    """A notice from the pipeline (a fallback, a warning, an offer) in the run's language."""
    return for_display(notice.say(language()))


def _settings_file() -> str:
    from ..settings import default_config_file

    return str(default_config_file())


def action_line(code: str | None, params: Mapping[str, object], job: int | None = None) -> str:
    """The error's action as this face words it: a command to run, a file to edit."""
    action = error_text(code).action
    variant = ""
    if action == DOWNLOAD_MODEL and params.get("model"):
        variant = "llm" if (code or "").startswith("llm") else "model"
    elif action == RETRY and job is not None:
        variant = "job"
    elif action == "":
        return ""
    extra: dict[str, object] = {"job": job if job is not None else ""}
    if action == OPEN_SETTINGS:
        extra["settings"] = _settings_file()
    return fill(CLI_ACTIONS[(action, variant)].get(language()), {**params, **extra})


def error_lines(
    code: str | None, detail: str, params: Mapping[str, object] | None = None, *, job: int | None = None
) -> list[str]:
    """The sentence (user's language), the action, then the English developer detail. The detail is always
    printed, last: it names the path, server or exact cause that a user pastes into a search or a bug report,
    and asking them to run a long job again with --verbose only to see it would waste their time."""
    params = dict(params or {})
    if (code or "error") in GENERIC_CODES and detail:
        # The general sentences say less than the English text (which argument, which value) and "This file"
        # does not fit a bad argument: English keeps today's one line, Korean gets a Korean lead before it.
        if language() == "en":
            return [for_display(detail)]
        lines = [NOTICES[f"generic_{code or 'error'}"].get(language())]
    else:
        lines = [error_text(code).say(language(), params)]
    action = action_line(code, params, job)
    if action:
        lines.append(action)
    if detail:
        lines.append(f"{label('details')}: {detail}")
    return [for_display(line) for line in lines]


def print_error(
    code: str | None, detail: str, params: Mapping[str, object] | None = None, *, job: int | None = None
) -> None:
    """`recordroute: error: <sentence>`, the action on the next line, `details: ...` last."""
    first, *rest = error_lines(code, detail, params, job=job)
    print(f"recordroute: {label('error')}: {first}", file=sys.stderr)
    for line in rest:
        print(line, file=sys.stderr)


def print_exception(exc: RecordRouteError) -> None:
    print_error(exc.code, exc.user_text(language()), exc.params)


def print_os_error(exc: OSError) -> None:
    """An OSError that escaped a command: its sentence when there is one, else the system's text."""
    detail = f"{exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}"
    code = _OS_CODES.get(exc.errno or 0)
    if code is None:
        print(for_display(f"recordroute: {label('error')}: {detail}"), file=sys.stderr)
        return
    print_error(code, detail, {"path": getattr(exc, "filename", "") or ""})
