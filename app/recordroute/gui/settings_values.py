"""What the settings dialog's fields hold, as setting values (Key -> value): reading the form, apart from
building it (settings_dialog.py). No user-facing text here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..settings import Key

if TYPE_CHECKING:
    from .settings_dialog import SettingsDialog


def form_values(dialog: SettingsDialog) -> dict[Key, object]:
    """The value each field holds; a language typed by hand wins over the list entry it was typed over."""
    vocab = [v.strip() for v in dialog.vocabulary.toPlainText().splitlines() if v.strip()]
    language = dialog.stt_language.currentData()
    if language is None or dialog.stt_language.currentText() != dialog.stt_language.itemText(
        dialog.stt_language.currentIndex()
    ):
        language = dialog.stt_language.currentText().strip() or "auto"
    return {
        Key.STT_MODEL: dialog.stt_model.currentText().strip() or dialog.settings.stt_model,
        Key.STT_LANGUAGE: language,
        Key.STT_TASK: dialog.stt_task.currentData(),
        Key.VOCABULARY: vocab,
        Key.LLM_BACKEND: dialog.llm_backend.currentData(),
        Key.OLLAMA_HOST: dialog.ollama_host.text().strip(),
        Key.OPENAI_BASE_URL: dialog.openai_url.text().strip(),
        Key.OPENAI_API_KEY: dialog.openai_key.text().strip(),
        Key.VAULT_DIR: dialog.vault_dir.text().strip(),
        Key.LLM_MODEL: dialog.llm_model.text().strip(),
        Key.LLM_NUM_CTX: dialog.llm_context.num_ctx.value(),
        Key.SUMMARY_TEMPLATE: dialog._template_value(),
        Key.SUMMARY_LANGUAGE: dialog.summary_language.currentData(),
        Key.DATA_DIR: Path(dialog.data_dir.text().strip()).expanduser(),
        Key.API_ENABLED: dialog.api_enabled.isChecked(),
        Key.API_PORT: dialog.api_port.value(),
        Key.API_TOKEN: dialog.api_token.text(),
        Key.UI_LANGUAGE: dialog.ui_language.currentData(),
        **dialog.languages.values(),
        Key.WATCH_FOLDERS: [f.strip() for f in dialog.watch_folders.toPlainText().splitlines() if f.strip()],
        Key.DIARIZE: dialog.diarize.isChecked(),
        Key.DIARIZE_METHOD: dialog.diarize_method.currentData(),
        Key.SPEECH_OFFER_DISMISSED: not dialog.speech_offer.isChecked(),
        Key.SPEAKER_OFFER_DISMISSED: not dialog.speaker_offer.isChecked(),
    }
