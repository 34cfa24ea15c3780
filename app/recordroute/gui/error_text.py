"""Errors in the user's language: each error code (app/recordroute/errors.py and the engines' own) becomes a
translated sentence and, where one helps, an action (Download model, Open settings, Retry, Choose another
folder). The English developer text (paths, exception text, CLI hints) is kept as the detail, behind "Details"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors import RecordRouteError

translate = QCoreApplication.translate

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


def sentences() -> dict[str, tuple[str, str]]:
    """code -> (translated sentence, action). %1 is the error's main parameter (model, server, path)."""
    return {
        "error": (translate("Errors", "Something went wrong."), RETRY),
        "internal": (
            translate(
                "Errors", "Something went wrong inside RecordRoute. Retry; if it happens again, see Details."
            ),
            RETRY,
        ),
        "memory": (
            translate(
                "Errors", "The computer ran out of memory. Close other apps or choose a smaller model."
            ),
            OPEN_SETTINGS,
        ),
        "cancelled": (translate("Errors", "Cancelled."), ""),
        "bad_input": (translate("Errors", "This file cannot be used."), ""),
        "not_found": (translate("Errors", "The file or item was not found."), ""),
        "empty_file": (translate("Errors", "The file is empty. Record or export it again."), ""),
        "unsupported": (
            translate("Errors", "This kind of file is not supported (audio, video, PDF and text are)."),
            "",
        ),
        "corrupt_media": (
            translate("Errors", "The file is damaged or not really audio or video. Export it again."),
            "",
        ),
        "no_audio": (translate("Errors", "The file has no sound to transcribe."), ""),
        "encrypted_pdf": (
            translate(
                "Errors", "The PDF is password-protected. Save it without the password and add it again."
            ),
            "",
        ),
        "no_text_layer": (
            translate("Errors", "The PDF is a scan without text. Run text recognition (OCR) on it first."),
            "",
        ),
        "corrupt_document": (
            translate("Errors", "The document is damaged. Open and save it again, then add it again."),
            "",
        ),
        "unknown_encoding": (
            translate("Errors", "The text file's encoding is unknown. Save it as UTF-8 and add it again."),
            "",
        ),
        "folder_not_empty": (
            translate("Errors", "The folder %1 is not empty. Choose a new or empty folder."),
            CHOOSE_FOLDER,
        ),
        "too_many_files": (translate("Errors", "The folder has too many files; add fewer at once."), ""),
        "unreadable": (translate("Errors", "The file cannot be read (permissions, or it was moved)."), ""),
        "same_in_batch": (translate("Errors", "Same content as %1, added at the same time."), ""),
        "too_large": (translate("Errors", "The file is too large. Split it into smaller files."), ""),
        "path_not_allowed": (
            translate("Errors", "That file is outside the folders you allowed for outside tools."),
            OPEN_SETTINGS,
        ),
        "remote_engine": (
            translate("Errors", "The remote speech or search server did not work. Check it or work locally."),
            OPEN_SETTINGS,
        ),
        "unsafe_path": (
            translate("Errors", "A path in this file is unsafe; it was refused and nothing was written."),
            "",
        ),
        "output_in_data_folder": (
            translate("Errors", "Choose a place outside RecordRoute's data folder (for example Documents)."),
            "",
        ),
        "calendar_unreachable": (
            translate(
                "Errors", "The calendar server does not answer. Check its address and sign-in in Settings."
            ),
            OPEN_SETTINGS,
        ),
        "settings": (translate("Errors", "A setting is not valid; it was left unchanged."), OPEN_SETTINGS),
        "model_not_found": (translate("Errors", "The model %1 is not on this computer."), DOWNLOAD_MODEL),
        "model_capability": (
            translate("Errors", "The chosen speech model cannot do this (e.g. an English-only model)."),
            OPEN_SETTINGS,
        ),
        "broken_model": (
            translate("Errors", "The model's files are damaged. Download it again."),
            DOWNLOAD_MODEL,
        ),
        "model_verification": (
            translate("Errors", "The downloaded model did not pass its check. Download it again."),
            DOWNLOAD_MODEL,
        ),
        "hub": (
            translate(
                "Errors", "The model could not be downloaded. Check the internet connection and retry."
            ),
            RETRY,
        ),
        "confirmation_needed": (translate("Errors", "This needs your confirmation."), ""),
        "storage": (translate("Errors", "The library could not be written."), CHOOSE_FOLDER),
        "disk_full": (
            translate("Errors", "The disk is full. Free some space and retry; nothing was changed."),
            RETRY,
        ),
        "index_corrupt": (
            translate("Errors", "The search index is being rebuilt; nothing in the library was lost."),
            "",
        ),
        "llm": (translate("Errors", "The LLM server reported a problem."), RETRY),
        "llm_unavailable": (translate("Errors", "The LLM server at %1 does not answer."), OPEN_SETTINGS),
        "llm_model_missing": (
            translate("Errors", "The LLM server does not have the model %1."),
            DOWNLOAD_MODEL,
        ),
        "llm_truncated": (
            translate("Errors", "The model's answer was cut off. Choose a model with a larger context."),
            OPEN_SETTINGS,
        ),
        "llm_context_exceeded": (
            translate(
                "Errors", "The text is longer than the model's context. Lower the context size in Settings."
            ),
            OPEN_SETTINGS,
        ),
        "template": (translate("Errors", "The minutes template has a mistake."), OPEN_SETTINGS),
        "bad_backup": (
            translate("Errors", "This backup cannot be restored (damaged, or not a RecordRoute backup)."),
            "",
        ),
        "no_input_device": (translate("Errors", "No microphone was found."), OPEN_SETTINGS),
        "no_loopback_device": (translate("Errors", "System audio cannot be recorded on this computer."), ""),
        "capture": (translate("Errors", "Recording failed."), RETRY),
        "device_lost": (
            translate("Errors", "The microphone was disconnected; what was recorded is kept."),
            "",
        ),
        "api_server": (
            translate("Errors", "The local API could not start (is the port in use?)."),
            OPEN_SETTINGS,
        ),
    }


def action_label(action: str) -> str:
    labels = {
        DOWNLOAD_MODEL: translate("Errors", "Download model…"),
        OPEN_SETTINGS: translate("Errors", "Open settings…"),
        RETRY: translate("Errors", "Retry"),
        CHOOSE_FOLDER: translate("Errors", "Choose another folder…"),
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
