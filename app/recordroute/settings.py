"""One typed settings object, read from a TOML file in the platform config dir; environment overrides win.

An invalid file raises `SettingsError` naming the file and the key. The file is never reset or rewritten on error.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import platformdirs
import tomli_w

from .errors import SettingsError
from .messages import Text
from .vocab import DiarizeMethod, Task

APP = "recordroute"


class Key(str, enum.Enum):
    """Settings keys (Buzz-style) so faces never spell keys as free strings."""

    DATA_DIR = "data_dir"
    MODEL_DIR = "model_dir"
    STT_MODEL = "stt_model"
    STT_LANGUAGE = "stt_language"
    STT_TASK = "stt_task"
    STT_DEVICE = "stt_device"
    STT_VAD = "stt_vad"
    STT_FILLER_FILTER = "stt_filler_filter"
    STT_BATCH_SIZE = "stt_batch_size"
    STT_BATCH_MIN_SECONDS = "stt_batch_min_seconds"
    LANGUAGES = "languages"
    MIXED_KO_EN = "mixed_ko_en"
    VOCABULARY = "vocabulary"
    LLM_BACKEND = "llm_backend"
    LLM_MODEL = "llm_model"
    OLLAMA_HOST = "ollama_host"
    OPENAI_BASE_URL = "openai_base_url"
    OPENAI_API_KEY = "openai_api_key"
    LLM_NUM_CTX = "llm_num_ctx"
    SUMMARY_TEMPLATE = "summary_template"
    SUMMARY_LANGUAGE = "summary_language"
    EMBED_BACKEND = "embed_backend"
    EMBED_MODEL = "embed_model"
    SEARCH_EXACT = "search_exact"
    API_ENABLED = "api_enabled"
    API_PORT = "api_port"
    API_TOKEN = "api_token"
    UI_LANGUAGE = "ui_language"
    FIRST_RUN_DONE = "first_run_done"
    MODEL_IDLE_TTL = "model_idle_ttl"
    VAULT_DIR = "vault_dir"
    WATCH_FOLDERS = "watch_folders"
    DIARIZE = "diarize"
    DIARIZE_METHOD = "diarize_method"
    SPEAKER_OFFER_DISMISSED = "speaker_offer_dismissed"
    SPEECH_OFFER_DISMISSED = "speech_offer_dismissed"
    MCP_ALLOW_WRITES = "mcp_allow_writes"
    MCP_PROCESS_FOLDERS = "mcp_process_folders"
    HOOK_URLS = "hook_urls"
    HOOK_SECRET = "hook_secret"
    HOOK_COMMAND = "hook_command"
    STT_REMOTE_URL = "stt_remote_url"
    STT_REMOTE_KEY = "stt_remote_key"
    STT_REMOTE_MODEL = "stt_remote_model"
    STT_REMOTE_FALLBACK = "stt_remote_fallback"
    EMBED_REMOTE_URL = "embed_remote_url"
    EMBED_REMOTE_KEY = "embed_remote_key"
    CALENDAR_URL = "calendar_url"
    CALENDAR_USERNAME = "calendar_username"
    CALENDAR_PASSWORD = "calendar_password"
    LIVE_TRANSLATION_LANGUAGE = "live_translation_language"
    LIVE_TRANSLATION_MODEL = "live_translation_model"


# Environment variable -> key. These always win over the file.
ENV_OVERRIDES: dict[str, Key] = {
    "RECORDROUTE_DATA_DIR": Key.DATA_DIR,
    "RECORDROUTE_MODEL_DIR": Key.MODEL_DIR,
    "RECORDROUTE_STT_MODEL": Key.STT_MODEL,
    "RECORDROUTE_STT_BATCH_SIZE": Key.STT_BATCH_SIZE,
    "RECORDROUTE_LANGUAGES": Key.LANGUAGES,
    "RECORDROUTE_LLM_MODEL": Key.LLM_MODEL,
    "OLLAMA_HOST": Key.OLLAMA_HOST,
    "RECORDROUTE_API_TOKEN": Key.API_TOKEN,
    "RECORDROUTE_MODEL_IDLE_TTL": Key.MODEL_IDLE_TTL,
    "RECORDROUTE_SEARCH_EXACT": Key.SEARCH_EXACT,
    "RECORDROUTE_STT_REMOTE_URL": Key.STT_REMOTE_URL,
    "RECORDROUTE_STT_REMOTE_KEY": Key.STT_REMOTE_KEY,
    "RECORDROUTE_EMBED_REMOTE_KEY": Key.EMBED_REMOTE_KEY,
    "RECORDROUTE_CALENDAR_PASSWORD": Key.CALENDAR_PASSWORD,  # keeps the secret out of the settings file
}

_CHOICES: dict[str, tuple[str, ...]] = {
    "stt_task": tuple(Task),
    "stt_device": ("auto", "cpu", "cuda"),
    "llm_backend": ("auto", "ollama", "openai", "extractive"),
    "embed_backend": ("onnx", "ollama"),
    "summary_language": ("auto", "ko", "en"),
    "ui_language": ("system", "ko", "en"),
    "diarize_method": tuple(DiarizeMethod),
}


def choices(key: str) -> tuple[str, ...]:
    """The values a text setting accepts (empty: any text)."""
    return _CHOICES.get(key, ())


def default_config_file() -> Path:
    env = os.environ.get("RECORDROUTE_CONFIG")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


@dataclass
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    model_dir: Path | None = None
    stt_model: str = "base"  # multilingual default, shipped by the `models` extra
    stt_language: str = "auto"  # auto, or a Whisper code such as ko, en, ja, zh
    stt_task: str = "transcribe"
    stt_device: str = "auto"
    stt_vad: bool = True
    stt_filler_filter: bool = False
    # Windows decoded together for long files: None ("auto") = the measured default for the device, 0 = one at a time
    stt_batch_size: int | None = None
    stt_batch_min_seconds: int = 120  # shorter files are decoded one window at a time
    vocabulary: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=lambda: ["ko", "en"])  # auto-detect picks among these
    mixed_ko_en: bool = False  # Korean speech with English terms kept in Latin script
    llm_backend: str = "auto"
    llm_model: str = "qwen2.5:7b-instruct"
    ollama_host: str = "http://127.0.0.1:11434"
    openai_base_url: str = "http://127.0.0.1:8080/v1"
    openai_api_key: str = ""
    llm_num_ctx: int = 8192
    summary_template: str = "minutes"
    summary_language: str = "auto"
    embed_backend: str = "onnx"
    embed_model: str = ""  # empty: best available (multilingual where present)
    search_exact: bool = (
        False  # score every vector (slow on large archives) instead of the binary-code shortlist
    )
    api_enabled: bool = False
    api_port: int = 8765
    api_token: str = ""
    ui_language: str = "system"
    first_run_done: bool = False
    model_idle_ttl: int = 900  # seconds a loaded model may sit unused before it is unloaded (0 = never)
    vault_dir: str = ""  # a Markdown vault kept in sync after every finished job (empty: off)
    watch_folders: list[str] = field(default_factory=list)  # the desktop app imports what lands in these
    diarize: bool = False  # who said what: off by default (adds a stage after transcription)
    diarize_method: str = "auto"  # auto = neural when a speaker model is present, else basic
    # Stop offering a better speaker model (welcome screen, a recording's speakers, CLI note, API suggestions).
    speaker_offer_dismissed: bool = False
    # Stop offering a speech model better for the user's languages (welcome screen, CLI, API suggestions).
    speech_offer_dismissed: bool = False
    # --- reach (MCP, automation hooks, remote engines): all off until the user names something --------------
    mcp_allow_writes: bool = False  # MCP tools that change the library (start processing) are listed at all
    mcp_process_folders: list[str] = field(default_factory=list)  # files an assistant may ask to process
    hook_urls: list[str] = field(default_factory=list)  # POST a signed JSON event when a job ends
    hook_secret: str = (
        ""  # HMAC-SHA256 key of the X-RecordRoute-Signature header (empty: created on first use)
    )
    hook_command: list[str] = field(default_factory=list)  # argv run with the event on stdin (no shell)
    stt_remote_url: str = ""  # an OpenAI-compatible server's base URL (…/v1) that transcribes instead of here
    stt_remote_key: str = ""
    stt_remote_model: str = ""  # the model name the server knows (empty: the local stt_model's name)
    stt_remote_fallback: bool = True  # server down: transcribe here (with a note) instead of failing the job
    embed_remote_url: str = (
        ""  # an OpenAI-compatible server (…/v1) embeds for search instead; model: embed_model
    )
    embed_remote_key: str = ""
    calendar_url: str = ""  # a CalDAV calendar read by `calendar sync` (empty: off; the only network use)
    calendar_username: str = ""
    calendar_password: str = ""
    live_translation_language: str = ""  # live captions get a translation line in this language (empty: off)
    live_translation_model: str = ""  # a small, fast LLM for it (empty: llm_model)

    # Not settings: where this object came from, so `save()` writes back to the same file.
    source: Path | None = field(default=None, repr=False, compare=False)
    overridden: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)

    # --- derived paths ------------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / "recordroute.db"

    def get(self, key: Key) -> Any:
        return getattr(self, key.value)

    def set(self, key: Key, value: Any) -> None:
        setattr(self, key.value, _coerce(key.value, value, where=_VALUE))

    # --- persistence --------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None, *, env: Mapping[str, str] | None = None) -> Settings:
        path = path or default_config_file()
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        if path.exists():
            try:
                raw = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise SettingsError.said("settings_not_toml", path=path, reason=exc) from exc
            where = Text(f"settings file {path}", f"설정 파일 {path}")
            for key, value in raw.items():
                if key not in _FIELDS:
                    raise SettingsError.said("settings_unknown_key", where=where, key=key)
                values[key] = _coerce(key, value, where=where)
        overridden = set()
        for var, key in ENV_OVERRIDES.items():
            if env.get(var):
                values[key.value] = _coerce(
                    key.value, env[var], where=Text(f"environment variable {var}", f"환경 변수 {var}")
                )
                overridden.add(key.value)
        settings = cls(**values)
        settings.source = path
        settings.overridden = frozenset(overridden)
        return settings

    def save(self, path: Path | None = None) -> Path:
        """Write atomically. Values that came from the environment keep their file value."""
        from .store.files import atomic_write_bytes  # local: settings must import without the store

        path = path or self.source or default_config_file()
        previous: dict[str, Any] = {}
        if path.exists():
            try:
                previous = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                previous = {}
        out: dict[str, Any] = {}
        defaults = Settings()
        for name in _FIELDS:
            if name in self.overridden:
                if name in previous:
                    out[name] = previous[name]
                continue
            value = getattr(self, name)
            if value is None or (value == getattr(defaults, name) and name != "data_dir"):
                if name in previous:
                    out[name] = _to_toml(value) if value is not None else None
                continue
            out[name] = _to_toml(value)
        out = {k: v for k, v in out.items() if v is not None}
        atomic_write_bytes(path, tomli_w.dumps(out).encode("utf-8"))
        self.source = path
        return path

    def ensure_api_token(self) -> str:
        """Create the per-user API token on first use and store it with the settings."""
        if not self.api_token:
            self.api_token = secrets.token_urlsafe(32)
            self.save()
        return self.api_token

    def with_overrides(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: _coerce(k, v, where=_OPTION) for k, v in changes.items()})


_FIELDS: dict[str, Any] = {
    name: hint for name, hint in get_type_hints(Settings).items() if name not in ("source", "overridden")
}


def _to_toml(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


# Where a bad value came from, said in the user's language in the error's detail.
_VALUE, _OPTION = Text("value", "값"), Text("option", "옵션")


def _coerce(key: str, value: Any, *, where: Text) -> Any:
    hint = _FIELDS.get(key)
    if hint is None:
        raise SettingsError.said("settings_unknown_key", where=where, key=key)
    optional = type(None) in get_args(hint)
    base = next((a for a in get_args(hint) if a is not type(None)), hint) if optional else hint
    if optional and base is int and isinstance(value, str) and value.strip().lower() == "auto":
        return None  # an optional number left to the app ("auto"), as when the key is absent
    if value is None or (optional and value == ""):
        if optional:
            return None
        raise SettingsError.said("settings_key_empty", where=where, key=key)
    try:
        if base is bool:
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in (
                "1",
                "true",
                "yes",
                "on",
                "0",
                "false",
                "no",
                "off",
            ):
                return value.lower() in ("1", "true", "yes", "on")
            raise TypeError
        if base is int:
            if isinstance(value, bool):
                raise TypeError
            return _check_range(key, int(value), where)
        if base is Path:
            if not isinstance(value, (str, Path)):
                raise TypeError
            return Path(value).expanduser()
        if get_origin(base) is list:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise TypeError
            return _languages(value, where) if key == "languages" else list(value)
        if base is str:
            if not isinstance(value, str):
                raise TypeError
            choices = _CHOICES.get(key)
            if choices and value not in choices:
                raise SettingsError.said(
                    "settings_key_choices", where=where, key=key, choices=", ".join(choices), value=value
                )
            return value
    except (TypeError, ValueError) as exc:
        expected = getattr(base, "__name__", base)
        raise SettingsError.said(
            "settings_key_type", where=where, key=key, value=repr(value), expected=expected
        ) from exc
    return value


# Whole-number settings with a range: (lowest, highest) allowed.
_INT_RANGES: dict[str, tuple[int, int]] = {
    "stt_batch_size": (0, 64),
    "stt_batch_min_seconds": (0, 24 * 3600),
}


def _check_range(key: str, value: int, where: Text) -> int:
    low, high = _INT_RANGES.get(key, (value, value))
    if not low <= value <= high:
        raise SettingsError.said("settings_key_range", where=where, key=key, low=low, high=high, value=value)
    return value


_ANY_LANGUAGE = ("any", "all", "auto")


def _languages(codes: list[str], where: Text) -> list[str]:
    """Whisper language codes, lower case, de-duplicated; "any" (or "all", "auto") = no restriction."""
    out: list[str] = []
    for code in (c.strip().lower() for c in codes):
        if code in _ANY_LANGUAGE:
            return []
        if not code.isalpha() or not 2 <= len(code) <= 3:
            raise SettingsError.said("settings_not_a_language", where=where, code=code)
        if code not in out:
            out.append(code)
    return out
