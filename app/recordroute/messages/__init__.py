"""Sentences for people, in English and Korean, below every face (Qt-free): the error codes' sentences and
actions, and the notices the command line prints. Faces pick the language and word the actions."""

from __future__ import annotations

from .error_texts import ACTIONS, CHOOSE_FOLDER, DOWNLOAD_MODEL, ERROR_TEXTS, OPEN_SETTINGS, RETRY, ErrorText
from .text import LANGUAGES, Text, choose_language, fill, main_param, placeholders


def error_text(code: str | None) -> ErrorText:
    """The entry for an error code; the general "Something went wrong." for a code it does not know."""
    return ERROR_TEXTS.get(code or "error", ERROR_TEXTS["error"])


__all__ = [
    "ACTIONS",
    "CHOOSE_FOLDER",
    "DOWNLOAD_MODEL",
    "ERROR_TEXTS",
    "LANGUAGES",
    "OPEN_SETTINGS",
    "RETRY",
    "ErrorText",
    "Text",
    "choose_language",
    "error_text",
    "fill",
    "main_param",
    "placeholders",
]
