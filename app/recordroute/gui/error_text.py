"""Errors in the user's language: each error code (app/recordroute/errors.py and the engines' own) becomes a
translated sentence and, where one helps, an action (Download model, Open settings, Retry, Choose another
folder). The English developer text (paths, exception text, CLI hints) is kept as the detail, behind "Details"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


# code -> (English sentence, action), built once. lupdate finds the sentences through QT_TRANSLATE_NOOP (context
# "Errors"); `sentences()` translates them on every call, so a language switched at run time shows at once.
_SENTENCES: dict[str, tuple[object, str]] = {
    "error": (QT_TRANSLATE_NOOP("Errors", "Something went wrong."), RETRY),
    "internal": (
        QT_TRANSLATE_NOOP(
            "Errors", "Something went wrong inside RecordRoute. Retry; if it happens again, see Details."
        ),
        RETRY,
    ),
    "memory": (
        QT_TRANSLATE_NOOP(
            "Errors", "The computer ran out of memory. Close other apps or choose a smaller model."
        ),
        OPEN_SETTINGS,
    ),
    "cancelled": (QT_TRANSLATE_NOOP("Errors", "Cancelled."), ""),
    "bad_input": (QT_TRANSLATE_NOOP("Errors", "This file cannot be used."), ""),
    "not_found": (QT_TRANSLATE_NOOP("Errors", "The file or item was not found."), ""),
    "empty_file": (QT_TRANSLATE_NOOP("Errors", "The file is empty. Record or export it again."), ""),
    "unsupported": (
        QT_TRANSLATE_NOOP("Errors", "This kind of file is not supported (audio, video, PDF and text are)."),
        "",
    ),
    "corrupt_media": (
        QT_TRANSLATE_NOOP("Errors", "The file is damaged or not really audio or video. Export it again."),
        "",
    ),
    "no_audio": (QT_TRANSLATE_NOOP("Errors", "The file has no sound to transcribe."), ""),
    "encrypted_pdf": (
        QT_TRANSLATE_NOOP(
            "Errors", "The PDF is password-protected. Save it without the password and add it again."
        ),
        "",
    ),
    "no_text_layer": (
        QT_TRANSLATE_NOOP(
            "Errors", "The PDF is a scan without text. Run text recognition (OCR) on it first."
        ),
        "",
    ),
    "corrupt_document": (
        QT_TRANSLATE_NOOP("Errors", "The document is damaged. Open and save it again, then add it again."),
        "",
    ),
    "unknown_encoding": (
        QT_TRANSLATE_NOOP(
            "Errors", "The text file's encoding is unknown. Save it as UTF-8 and add it again."
        ),
        "",
    ),
    "folder_not_empty": (
        QT_TRANSLATE_NOOP("Errors", "The folder %1 is not empty. Choose a new or empty folder."),
        CHOOSE_FOLDER,
    ),
    "too_many_files": (QT_TRANSLATE_NOOP("Errors", "The folder has too many files; add fewer at once."), ""),
    "unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The file cannot be read (permissions, or it was moved)."),
        "",
    ),
    "same_in_batch": (QT_TRANSLATE_NOOP("Errors", "Same content as %1, added at the same time."), ""),
    "too_large": (QT_TRANSLATE_NOOP("Errors", "The file is too large. Split it into smaller files."), ""),
    "path_not_allowed": (
        QT_TRANSLATE_NOOP("Errors", "That file is outside the folders you allowed for outside tools."),
        OPEN_SETTINGS,
    ),
    "remote_engine": (
        QT_TRANSLATE_NOOP(
            "Errors", "The remote speech or search server did not work. Check it or work locally."
        ),
        OPEN_SETTINGS,
    ),
    "unsafe_path": (
        QT_TRANSLATE_NOOP("Errors", "A path in this file is unsafe; it was refused and nothing was written."),
        "",
    ),
    "output_in_data_folder": (
        QT_TRANSLATE_NOOP(
            "Errors", "Choose a place outside RecordRoute's data folder (for example Documents)."
        ),
        "",
    ),
    "calendar_unreachable": (
        QT_TRANSLATE_NOOP(
            "Errors", "The calendar server does not answer. Check its address and sign-in in Settings."
        ),
        OPEN_SETTINGS,
    ),
    "settings": (
        QT_TRANSLATE_NOOP("Errors", "A setting is not valid; it was left unchanged."),
        OPEN_SETTINGS,
    ),
    "model_not_found": (QT_TRANSLATE_NOOP("Errors", "The model %1 is not on this computer."), DOWNLOAD_MODEL),
    "model_capability": (
        QT_TRANSLATE_NOOP("Errors", "The chosen speech model cannot do this (e.g. an English-only model)."),
        OPEN_SETTINGS,
    ),
    "broken_model": (
        QT_TRANSLATE_NOOP("Errors", "The model's files are damaged. Download it again."),
        DOWNLOAD_MODEL,
    ),
    "model_verification": (
        QT_TRANSLATE_NOOP("Errors", "The downloaded model did not pass its check. Download it again."),
        DOWNLOAD_MODEL,
    ),
    "hub": (
        QT_TRANSLATE_NOOP(
            "Errors", "The model could not be downloaded. Check the internet connection and retry."
        ),
        RETRY,
    ),
    "download_too_large": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server offered a file much larger than this model; nothing was downloaded. Check the download "
            "mirror and retry.",
        ),
        RETRY,
    ),
    "not_speaker_model": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The downloaded file is not a speaker model this app can run, so it was deleted. Download it again.",
        ),
        DOWNLOAD_MODEL,
    ),
    "confirmation_needed": (QT_TRANSLATE_NOOP("Errors", "This needs your confirmation."), ""),
    "storage": (QT_TRANSLATE_NOOP("Errors", "The library could not be written."), CHOOSE_FOLDER),
    "disk_full": (
        QT_TRANSLATE_NOOP("Errors", "The disk is full. Free some space and retry; nothing was changed."),
        RETRY,
    ),
    "index_corrupt": (
        QT_TRANSLATE_NOOP("Errors", "The search index is being rebuilt; nothing in the library was lost."),
        "",
    ),
    "llm": (QT_TRANSLATE_NOOP("Errors", "The LLM server reported a problem."), RETRY),
    "llm_unavailable": (QT_TRANSLATE_NOOP("Errors", "The LLM server at %1 does not answer."), OPEN_SETTINGS),
    "llm_model_missing": (
        QT_TRANSLATE_NOOP("Errors", "The LLM server does not have the model %1."),
        DOWNLOAD_MODEL,
    ),
    "llm_truncated": (
        QT_TRANSLATE_NOOP("Errors", "The model's answer was cut off. Choose a model with a larger context."),
        OPEN_SETTINGS,
    ),
    "llm_context_exceeded": (
        QT_TRANSLATE_NOOP(
            "Errors", "The text is longer than the model's context. Lower the context size in Settings."
        ),
        OPEN_SETTINGS,
    ),
    "template": (QT_TRANSLATE_NOOP("Errors", "The minutes template has a mistake."), OPEN_SETTINGS),
    "bad_backup": (
        QT_TRANSLATE_NOOP("Errors", "This backup cannot be restored (damaged, or not a RecordRoute backup)."),
        "",
    ),
    "no_input_device": (QT_TRANSLATE_NOOP("Errors", "No microphone was found."), OPEN_SETTINGS),
    "no_loopback_device": (
        QT_TRANSLATE_NOOP("Errors", "System audio cannot be recorded on this computer."),
        "",
    ),
    "capture": (QT_TRANSLATE_NOOP("Errors", "Recording failed."), RETRY),
    "device_lost": (
        QT_TRANSLATE_NOOP("Errors", "The microphone was disconnected; what was recorded is kept."),
        "",
    ),
    "api_server": (
        QT_TRANSLATE_NOOP("Errors", "The local API could not start (is the port in use?)."),
        OPEN_SETTINGS,
    ),
}


def sentences() -> dict[str, tuple[str, str]]:
    """code -> (translated sentence, action). %1 is the error's main parameter (model, server, path)."""
    return {code: (translate("Errors", str(text)), action) for code, (text, action) in _SENTENCES.items()}


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
