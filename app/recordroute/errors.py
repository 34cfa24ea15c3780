"""Typed errors shared by every layer.

Each error carries a user-facing message and a hint saying what to do, so every face (CLI, GUI, API) can show
"what went wrong and what to do" without knowing where the error came from.
"""

from __future__ import annotations

from typing import Self, TypeVar

from .messages.detail_texts import DETAILS
from .messages.text import Text


class RecordRouteError(Exception):
    """Base for errors the user can act on (never shown as a traceback).

    `code` names the kind of error for every face; `params` carries the values a face needs to say it in the
    user's language (a model name, a host, a path); `message` and `hint` are the English developer text."""

    code = "error"
    hint = ""

    def __init__(
        self, message: str, *, hint: str | None = None, params: dict[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.params: dict[str, object] = dict(params or {})
        if hint is not None:
            self.hint = hint
        # set by said(): the detail has a twin in Korean (messages/detail_texts.py)
        self.detail_key: str | None = None
        self.detail_values: dict[str, object] = {}

    @classmethod
    def said(cls, key: str, /, *, params: dict[str, object] | None = None, **values: object) -> Self:
        """The error whose message and hint are the catalogue's `key`, filled with `values`; its English
        developer text is the catalogue's English, and user_text() can say it in Korean too. `params` are the
        error's own (what the code's sentence names), as for the constructor."""
        detail = DETAILS[key]
        hint = detail.hint.say("en", values) if detail.hint else None
        error = cls(detail.message.say("en", values), hint=hint, params=params)
        error.detail_key, error.detail_values = key, dict(values)
        return error

    def user_text(self, language: str = "en") -> str:
        """The detail: the English developer text, or its twin in `language` when the catalogue has one."""
        message, hint = self.message, self.hint
        if language != "en" and self.detail_key is not None:
            detail = DETAILS[self.detail_key]
            message = detail.message.say(language, self.detail_values)
            # No hint where the English has none (another library's reason that came back empty).
            hint = detail.hint.say(language, self.detail_values) if detail.hint and self.hint else ""
        return f"{message} ({hint})" if hint else message

    def detail_twin(self) -> Text:
        """user_text() in both languages, for a face that says it later (a dropped file's refusal)."""
        return Text(self.user_text("en"), self.user_text("ko"))

    def message_twin(self) -> Text:
        """The message alone (no hint) in both languages, to be said inside another error's detail."""
        if self.detail_key is None:
            return Text(self.message, self.message)
        detail = DETAILS[self.detail_key].message
        return Text(detail.say("en", self.detail_values), detail.say("ko", self.detail_values))


_E = TypeVar("_E", bound=RecordRouteError)


def needs_llm(cls: type[_E], what: str, reason: str, name: str = "") -> _E:
    """`what` ("recipe" `name`, "translation", "correcting") needs an LLM and none answered: the hint is the
    backend's reason when it gave one, else how to start one."""
    if reason:
        return cls.said(f"{what}_needs_llm", reason=reason, name=name)
    return cls.said(f"{what}_needs_llm_plain", name=name)


class Cancelled(RecordRouteError):
    code = "cancelled"

    def __init__(self, message: str = "cancelled by the user") -> None:
        super().__init__(message)


# --- input ------------------------------------------------------------------------------------------------
class InputError(RecordRouteError):
    code = "bad_input"


class FileNotFound(InputError):
    code = "not_found"
    hint = "check the path"


class EmptyFileError(InputError):
    code = "empty_file"
    hint = "the file has no content; record or export it again"


class UnsupportedFileError(InputError):
    code = "unsupported"
    hint = "supported: audio/video (wav, mp3, m4a, flac, ogg, opus, webm, mp4, mkv, mov), PDF and text"


class CorruptMediaError(InputError):
    code = "corrupt_media"
    hint = "the file is damaged or not really audio/video; try re-exporting it from the recorder"


class NoAudioError(InputError):
    code = "no_audio"
    hint = "the file has no audio track or zero length; check that the right file was chosen"


class EncryptedPdfError(InputError):
    code = "encrypted_pdf"
    hint = "remove the password (print to PDF or 'Save without password') and add it again"


class NoTextLayerError(InputError):
    code = "no_text_layer"
    hint = "this looks like a scanned PDF; run OCR on it first (for example with ocrmypdf) and add the result"


class CorruptDocumentError(InputError):
    code = "corrupt_document"
    hint = "the document is damaged or not really a PDF; open and re-save it, then add it again"


class TextDecodeError(InputError):
    code = "unknown_encoding"
    hint = "save the file as UTF-8 and add it again"


class FolderNotEmpty(InputError):
    code = "folder_not_empty"
    hint = "choose a new or empty folder"


class TooLargeError(InputError):
    code = "too_large"
    hint = "split it into smaller files and add those"


# --- configuration and models -----------------------------------------------------------------------------
class SettingsError(RecordRouteError):
    code = "settings"
    hint = "fix or delete that key in the settings file; it was left untouched"


class ModelNotFoundError(RecordRouteError):
    code = "model_not_found"
    model: str | None = None  # the name asked for, when known (the API's message names only that)


class DownloadTooLarge(RecordRouteError):
    """A server offered a model file far larger than the catalogue says: refused before (or as soon as) the bytes
    pass the bound, nothing kept."""

    code = "download_too_large"
    hint = "the server (or the mirror set in RECORDROUTE_SPEAKER_MODEL_ENDPOINT) is not serving the expected file"


class StorageError(RecordRouteError):
    code = "storage"


class DiskFullError(StorageError):
    code = "disk_full"
    hint = "free some disk space and retry; nothing was changed"


class IndexCorrupt(StorageError):
    """A derived index (vectors) no longer matches its manifest; it is rebuilt from the database."""

    code = "index_corrupt"
    hint = "the search index will be rebuilt from the library; nothing in the library was lost"


class NotFoundError(RecordRouteError):
    code = "not_found"


class PathNotAllowed(InputError):
    """A path from outside (an MCP client) that is not a plain file under a folder the user allowed."""

    code = "path_not_allowed"
    hint = "add its folder to mcp_process_folders in the settings, or move the file into an allowed folder"


class RemoteEngineError(RecordRouteError):
    """A configured remote engine (speech-to-text or embeddings server) failed or answered nonsense."""

    code = "remote_engine"
    hint = "check that the server named in the settings is running and reachable, or clear the setting to work locally"


# --- LLM --------------------------------------------------------------------------------------------------
class LLMError(RecordRouteError):
    code = "llm"


class LLMUnavailable(LLMError):
    code = "llm_unavailable"
    hint = "start Ollama (`ollama serve`) or pick another backend in settings"


class LLMModelMissing(LLMError):
    code = "llm_model_missing"


class LLMTruncated(LLMError):
    code = "llm_truncated"
    hint = "the answer hit the model's length limit; raise num_ctx or pick a larger-context model"
    partial: str = ""  # the text produced before the cut, for diagnostics only


class LLMContextExceeded(LLMError):
    """The server rejected a prompt as longer than its context. `used` is the context the app planned for,
    `server` the server's own size (None when its reply did not say)."""

    code = "llm_context_exceeded"
    hint = "lower the context size (llm_num_ctx) in settings or start the server with a larger context"

    def __init__(
        self,
        message: str,
        *,
        used: int | None = None,
        server: int | None = None,
        prompt_tokens: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.used = used
        self.server = server
        self.prompt_tokens = prompt_tokens


class LLMPromptOverflow(LLMTruncated, LLMContextExceeded):
    """The prompt filled the whole context, so the server cut its beginning and answered anyway (Ollama).
    The pipeline treats it as truncation (it re-splits); an API client gets context_length_exceeded."""

    code = "llm_context_exceeded"
    hint = (
        "raise the context size (llm_num_ctx) in settings if the model allows it, pick a model with a longer "
        "context, or send a shorter prompt"
    )


class TemplateError(RecordRouteError):
    code = "template"
    hint = "fix the template's front-matter (name, language, sections) and its [[system]], [[map]], [[reduce]] parts"
