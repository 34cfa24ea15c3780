"""The settings a restore writes: the archive's, minus everything that could send data off this computer, run
a command, or reach a folder outside the restored library. Each reset is said, so nothing changes silently."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..messages.notice import Notice
from .backup import SECRET_KEYS
from .hosts import is_loopback_url

# Where transcripts, audio or text would be sent: kept only when on this computer, else reset to the default.
HOST_KEYS = {
    "ollama_host": "http://127.0.0.1:11434",
    "openai_base_url": "http://127.0.0.1:8080/v1",
    "stt_remote_url": "",
    "embed_remote_url": "",
    "calendar_url": "",
}
FOLDER_KEYS = ("model_dir", "vault_dir", "watch_folders", "mcp_process_folders")
NEVER_KEYS = ("hook_command",)  # a command from someone else's archive must never run here
OFF_KEYS = ("mcp_allow_writes",)  # permissions start off again


def _said(code: str, **params: object) -> str:
    """A note in English (the manifest, the API); faces read it back as its notice (RESTORE_NOTES)."""
    return Notice(code, params).english()


def _shown(value: object) -> str:
    return repr(str(value)[:200])


def restored_settings(raw: dict[str, Any], data_dir: Path) -> tuple[dict[str, Any], list[str]]:
    """The archive's settings without secrets, non-loopback hosts, hooks or outside folders; a note per reset."""
    notes: list[str] = []
    kept = {k: v for k, v in raw.items() if k not in SECRET_KEYS}
    for key, default in HOST_KEYS.items():
        if kept.get(key) and not is_loopback_url(kept[key]):
            notes.append(
                _said("restore_host_reset", key=key, value=_shown(kept[key]), default=default or "off")
            )
            kept[key] = default
    urls = kept.get("hook_urls")
    if urls:
        local = [u for u in urls if is_loopback_url(u)] if isinstance(urls, list) else []
        if local != urls:
            notes.append(_said("restore_hooks_dropped", value=_shown(urls)))
            kept["hook_urls"] = local
    for key in (*NEVER_KEYS, *FOLDER_KEYS):
        if kept.get(key):
            notes.append(_said("restore_not_carried", key=key, value=_shown(kept[key])))
            del kept[key]
    for key in OFF_KEYS:
        if kept.get(key):
            notes.append(_said("restore_turned_off", key=key))
            kept[key] = False
    kept["data_dir"] = str(data_dir)
    return kept, notes
