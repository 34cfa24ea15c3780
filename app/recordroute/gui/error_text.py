"""Errors in the user's language: each error code becomes the sentence and action from the Qt-free catalogue
(recordroute.messages, shared with the command line), in the language the window shows. The English developer
text (paths, exception text, CLI hints) is kept as the detail, behind "Details"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors import RecordRouteError
from ..messages import CHOOSE_FOLDER, DOWNLOAD_MODEL, ERROR_TEXTS, OPEN_SETTINGS, RETRY, error_text, fill
from . import i18n

translate = QCoreApplication.translate

__all__ = [
    "CHOOSE_FOLDER",
    "DOWNLOAD_MODEL",
    "OPEN_SETTINGS",
    "RETRY",
    "ErrorView",
    "describe",
    "detail_of",
    "sentences",
]


@dataclass(frozen=True)
class ErrorView:
    code: str
    sentence: str  # translated, for the user
    action: str  # one of the action keys above, or ""
    detail: str  # the developer text (in the window's language when it has a twin), for "Details"
    params: dict[str, Any]


def sentences() -> dict[str, tuple[str, str]]:
    """code -> (sentence in the window's language, action); {model}, {server}... mark the parameters. Looked up
    on every call, so a language switched at run time shows at once."""
    lang = i18n.current()
    return {code: (entry.get(lang), entry.action) for code, entry in ERROR_TEXTS.items()}


def action_label(action: str) -> str:
    """The window's button for an action (the command line words the same actions as commands)."""
    labels = {
        DOWNLOAD_MODEL: translate("Errors", "Download model…"),
        OPEN_SETTINGS: translate("Errors", "Open settings…"),
        RETRY: translate("Errors", "Retry"),
        CHOOSE_FOLDER: translate("Errors", "Choose another folder…"),
    }
    return labels.get(action, "")


def describe(code: str | None, detail: str = "", params: dict[str, Any] | None = None) -> ErrorView:
    params = dict(params or {})
    entry = error_text(code)
    sentence = fill(entry.get(i18n.current()), params)
    return ErrorView(code or "error", sentence, entry.action, detail, params)


def detail_of(exc: RecordRouteError) -> str:
    """The error's detail in the window's language: our own errors that have a Korean twin say it in Korean,
    any other text stays as it was written."""
    return exc.user_text(i18n.current())


def describe_exception(exc: BaseException) -> ErrorView:
    if isinstance(exc, RecordRouteError):
        return describe(exc.code, detail_of(exc), exc.params)
    return describe("internal", f"{type(exc).__name__}: {exc}")
