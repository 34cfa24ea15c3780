"""Errors in the user's language: each error code (app/recordroute/errors.py and the engines' own) becomes a
translated sentence and, where one helps, an action (Download model, Open settings, Retry, Choose another
folder). The English developer text (paths, exception text, CLI hints) is kept as the detail, behind "Details"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors import RecordRouteError

DOWNLOAD_MODEL, OPEN_SETTINGS, RETRY, CHOOSE_FOLDER = (
    "download_model",
    "open_settings",
    "retry",
    "choose_folder",
)


@dataclass(frozen=True)
class ErrorView:
    code: str
    sentence: str  # translated, for the user
    action: str  # one of the action keys above, or ""
    detail: str  # English developer text, for "Details"
    params: dict[str, Any]


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def sentences() -> dict[str, tuple[str, str]]:
    """code -> (translated sentence, action). %1 is the error's main parameter (model, server, path)."""
    return {
        "error": (_t("Something went wrong."), RETRY),
        "internal": (
            _t("Something went wrong inside RecordRoute. Retry; if it happens again, see Details."),
            RETRY,
        ),
        "memory": (
            _t("The computer ran out of memory. Close other apps or choose a smaller model."),
            OPEN_SETTINGS,
        ),
        "cancelled": (_t("Cancelled."), ""),
        "bad_input": (_t("This file cannot be used."), ""),
        "not_found": (_t("The file or item was not found."), ""),
        "empty_file": (_t("The file is empty. Record or export it again."), ""),
        "unsupported": (_t("This kind of file is not supported (audio, video, PDF and text are)."), ""),
        "corrupt_media": (_t("The file is damaged or not really audio or video. Export it again."), ""),
        "no_audio": (_t("The file has no sound to transcribe."), ""),
        "encrypted_pdf": (
            _t("The PDF is password-protected. Save it without the password and add it again."),
            "",
        ),
        "no_text_layer": (_t("The PDF is a scan without text. Run text recognition (OCR) on it first."), ""),
        "corrupt_document": (_t("The document is damaged. Open and save it again, then add it again."), ""),
        "unknown_encoding": (
            _t("The text file's encoding is unknown. Save it as UTF-8 and add it again."),
            "",
        ),
        "folder_not_empty": (_t("The folder %1 is not empty. Choose a new or empty folder."), CHOOSE_FOLDER),
        "too_many_files": (_t("The folder has too many files; add fewer at once."), ""),
        "unreadable": (_t("The file cannot be read (permissions, or it was moved)."), ""),
        "same_in_batch": (_t("Same content as %1, added at the same time."), ""),
        "too_large": (_t("The file is too large. Split it into smaller files."), ""),
        "settings": (_t("A setting is not valid; it was left unchanged."), OPEN_SETTINGS),
        "model_not_found": (_t("The model %1 is not on this computer."), DOWNLOAD_MODEL),
        "model_capability": (
            _t("The chosen speech model cannot do this (e.g. an English-only model)."),
            OPEN_SETTINGS,
        ),
        "broken_model": (_t("The model's files are damaged. Download it again."), DOWNLOAD_MODEL),
        "model_verification": (
            _t("The downloaded model did not pass its check. Download it again."),
            DOWNLOAD_MODEL,
        ),
        "hub": (_t("The model could not be downloaded. Check the internet connection and retry."), RETRY),
        "confirmation_needed": (_t("This needs your confirmation."), ""),
        "storage": (_t("The library could not be written."), CHOOSE_FOLDER),
        "disk_full": (_t("The disk is full. Free some space and retry; nothing was changed."), RETRY),
        "index_corrupt": (_t("The search index is being rebuilt; nothing in the library was lost."), ""),
        "llm": (_t("The LLM server reported a problem."), RETRY),
        "llm_unavailable": (_t("The LLM server at %1 does not answer."), OPEN_SETTINGS),
        "llm_model_missing": (_t("The LLM server does not have the model %1."), DOWNLOAD_MODEL),
        "llm_truncated": (
            _t("The model's answer was cut off. Choose a model with a larger context."),
            OPEN_SETTINGS,
        ),
        "llm_context_exceeded": (
            _t("The text is longer than the model's context. Lower the context size in Settings."),
            OPEN_SETTINGS,
        ),
        "template": (_t("The minutes template has a mistake."), OPEN_SETTINGS),
        "bad_backup": (_t("This backup cannot be restored (damaged, or not a RecordRoute backup)."), ""),
        "no_input_device": (_t("No microphone was found."), OPEN_SETTINGS),
        "no_loopback_device": (_t("System audio cannot be recorded on this computer."), ""),
        "capture": (_t("Recording failed."), RETRY),
        "device_lost": (_t("The microphone was disconnected; what was recorded is kept."), ""),
        "api_server": (_t("The local API could not start (is the port in use?)."), OPEN_SETTINGS),
    }


def action_label(action: str) -> str:
    labels = {
        DOWNLOAD_MODEL: _t("Download model…"),
        OPEN_SETTINGS: _t("Open settings…"),
        RETRY: _t("Retry"),
        CHOOSE_FOLDER: _t("Choose another folder…"),
    }
    return labels.get(action, "")


def describe(code: str | None, detail: str = "", params: dict[str, Any] | None = None) -> ErrorView:
    params = dict(params or {})
    table = sentences()
    sentence, action = table.get(code or "error", table["error"])
    main = next((str(params[k]) for k in ("model", "server", "path", "name") if params.get(k)), "")
    # no parameter known: the sentence without the blank
    sentence = sentence.replace("%1", main) if main else sentence.replace(" %1", "").replace("%1", "")
    return ErrorView(code or "error", sentence, action, detail, params)


def describe_exception(exc: BaseException) -> ErrorView:
    if isinstance(exc, RecordRouteError):
        return describe(exc.code, exc.user_text(), exc.params)
    return describe("internal", f"{type(exc).__name__}: {exc}")
