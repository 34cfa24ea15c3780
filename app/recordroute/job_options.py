"""Typed job options: what a face asks of one job, stored with it in the jobs table as versioned JSON.

Shared by the store (which loads rows) and the pipeline (whose stages read the fields), so it lives beside
`settings` rather than in either layer. `None` means "use the setting"; the flags default to off.

Submitting is strict: an unknown key or a bad value is refused with the known keys named. Loading a stored row is
lenient: rows written before the options were typed (plain dicts without "v") may hold keys that no longer exist,
and a queue or a recovery must never die on them, so such keys are dropped and logged.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .settings import choices
from .vocab import Task

log = logging.getLogger(__name__)

VERSION = 1
TASKS: tuple[str, ...] = tuple(Task)
MAX_SPEAKERS = 50
_MAX_TEXT = 200  # model names, template names: the API caps its form fields the same way


@dataclass(frozen=True)
class JobOptions:
    """Per-job overrides of the settings."""

    model: str | None = None  # speech model name or folder (setting: stt_model)
    language: str | None = None  # audio language code or "auto" (setting: stt_language)
    task: Task | None = None  # translate = into English (setting: stt_task)
    force: bool = False  # transcribe again even if the recording is already done
    diarize: bool | None = None  # who said what (setting: diarize)
    speakers: int | None = None  # known number of speakers for diarization; None = estimate
    min_speakers: int | None = None  # bounds for the estimate when the exact number is not known
    max_speakers: int | None = None
    meeting: bool | None = None  # a two-channel meeting recording: channel 1 is the user ("Me")
    diarize_method: str | None = None  # auto, basic or neural (setting: diarize_method)
    no_summary: bool = False  # skip the summarize stage
    template: str | None = None  # summary template (setting: summary_template)
    summary_language: str | None = None  # auto, ko or en (setting: summary_language)
    backend: str | None = None  # LLM backend for the summary (setting: llm_backend)
    llm_model: str | None = None  # LLM model for the summary (setting: llm_model)
    no_index: bool = False  # skip the index stage

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            _check(f.name, getattr(self, f.name))
        if self.min_speakers and self.max_speakers and self.min_speakers > self.max_speakers:
            raise InputError.said("option_speaker_bounds", low=self.min_speakers, high=self.max_speakers)
        if self.task is not None:  # a plain "translate" from a form becomes the member (same string)
            object.__setattr__(self, "task", Task(self.task))
        if (self.speakers, self.min_speakers, self.max_speakers) != (None, None, None):
            object.__setattr__(self, "diarize", True)  # the one place of "speaker hints imply diarize"

    # --- serialization -----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """{"v": 1, ...} with only the fields that differ from their defaults (the row stays small)."""
        out: dict[str, Any] = {"v": VERSION}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value != f.default:
                out[f.name] = value
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobOptions:
        """Strict: for input at submit time. Unknown keys and bad values raise `InputError`."""
        if not isinstance(data, Mapping):
            raise InputError(f"job options must be a mapping of key to value, not {type(data).__name__}")
        values = dict(data)
        version = values.pop("v", VERSION)
        if version != VERSION:
            raise InputError(
                f"job options version {version!r} is not supported (this app reads version {VERSION})",
                hint="update RecordRoute",
            )
        unknown = sorted(k for k in values if k not in FIELDS)
        if unknown:
            key = "unknown_options" if len(unknown) > 1 else "unknown_option"
            raise InputError.said(key, keys=", ".join(repr(k) for k in unknown), known=", ".join(FIELDS))
        return cls(**{k: v for k, v in values.items() if v is not None})

    @classmethod
    def from_json(cls, text: str) -> JobOptions:
        """Strict parse of `to_json` output (or of JSON a user typed)."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"job options are not valid JSON: {exc}") from None
        return cls.from_dict(data)

    @classmethod
    def from_text(cls, pairs: Iterable[str]) -> JobOptions:
        """KEY=VALUE strings (the CLI's --option): each value is read as its field's type."""
        values: dict[str, Any] = {}
        for pair in pairs:
            key, sep, raw = pair.partition("=")
            key = key.strip().replace("-", "_")
            if not sep or not key:
                raise InputError.said("option_not_key_value", pair=repr(pair), known=", ".join(FIELDS))
            values[key] = _from_text(key, raw.strip()) if key in FIELDS else raw
        return cls.from_dict(values)

    @classmethod
    def load(cls, text: str | None, *, where: str = "a stored job") -> JobOptions:
        """Lenient: for rows in the jobs table. Never raises; what cannot be kept is logged and dropped."""
        try:
            data = json.loads(text or "{}")
        except json.JSONDecodeError:
            log.warning("%s: options are not valid JSON; running with the settings", where)
            return cls()
        if not isinstance(data, dict):
            log.warning("%s: options are not a JSON object; running with the settings", where)
            return cls()
        version = data.pop("v", None)
        if version not in (None, VERSION):
            log.warning(
                "%s: options version %r is newer than this app's %d; reading the known keys",
                where,
                version,
                VERSION,
            )
        kept: dict[str, Any] = {}
        for key, value in data.items():
            if key not in FIELDS:
                log.warning("%s: ignoring the unknown option %r=%r", where, key, value)
                continue
            if value is None:
                continue
            try:
                _check(key, value)
            except InputError as exc:
                log.warning("%s: ignoring option %r: %s", where, key, exc.message)
                continue
            kept[key] = value
        return cls(**kept)


FIELDS: dict[str, dataclasses.Field[Any]] = {f.name: f for f in dataclasses.fields(JobOptions)}
_FLAGS = ("force", "diarize", "no_summary", "no_index", "meeting")
_COUNTS = ("speakers", "min_speakers", "max_speakers")
_SETTING_CHOICES = {
    "diarize_method": "diarize_method",
    "summary_language": "summary_language",
    "backend": "llm_backend",
}


def _check(key: str, value: Any) -> None:
    """Raise InputError unless `value` fits field `key` (None is always fine: it means the default)."""
    if value is None:
        if key in ("force", "no_summary", "no_index"):
            raise InputError(f"job option {key!r} must be true or false, not null")
        return
    if key in _FLAGS:
        if not isinstance(value, bool):
            raise InputError.said("option_not_a_flag", key=repr(key), value=repr(value))
        return
    if key in _COUNTS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError.said("option_not_a_count", key=repr(key), value=repr(value))
        if not 1 <= value <= MAX_SPEAKERS:
            raise InputError.said("option_count_range", key=repr(key), most=MAX_SPEAKERS, value=value)
        return
    if not isinstance(value, str) or not value.strip():
        raise InputError.said("option_not_text", key=repr(key), value=repr(value))
    if len(value) > _MAX_TEXT:
        raise InputError.said("option_too_long", key=repr(key), most=_MAX_TEXT)
    allowed = TASKS if key == "task" else choices(_SETTING_CHOICES[key]) if key in _SETTING_CHOICES else ()
    if allowed and value not in allowed:
        raise InputError.said(
            "option_not_allowed", key=repr(key), allowed=", ".join(allowed), value=repr(value)
        )
    if key == "language" and (len(value) > 16 or not value.replace("-", "").isalpha()):
        raise InputError.said("option_not_a_language", value=repr(value))


def _from_text(key: str, raw: str) -> Any:
    if key in _FLAGS:
        low = raw.lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise InputError.said("option_not_a_flag", key=repr(key), value=repr(raw))
    if key in _COUNTS:
        try:
            return int(raw)
        except ValueError:
            raise InputError.said("option_not_a_count", key=repr(key), value=repr(raw)) from None
    return raw
