"""Settings: typed, file + environment, clear errors naming file and key, never silently reset."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordroute.errors import SettingsError
from recordroute.settings import Key, Settings


def test_defaults_and_env_overrides(tmp_path: Path) -> None:
    env = {
        "RECORDROUTE_DATA_DIR": str(tmp_path / "d"),
        "RECORDROUTE_STT_MODEL": "/models/x",
        "OLLAMA_HOST": "http://127.0.0.1:9",
        "RECORDROUTE_API_TOKEN": "tok",
    }
    s = Settings.load(tmp_path / "none.toml", env=env)
    assert s.data_dir == tmp_path / "d"
    assert s.stt_model == "/models/x" and s.ollama_host == "http://127.0.0.1:9" and s.api_token == "tok"
    assert s.db_path == tmp_path / "d" / "recordroute.db"
    assert Settings.load(tmp_path / "none.toml", env={}).stt_model == "base"


def test_round_trip_and_env_not_persisted(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('stt_language = "ko"\nvocabulary = ["예산", "OKR"]\n', encoding="utf-8")
    s = Settings.load(path, env={"RECORDROUTE_STT_MODEL": "tiny.en"})
    assert s.get(Key.STT_LANGUAGE) == "ko" and s.vocabulary == ["예산", "OKR"]
    s.set(Key.LLM_NUM_CTX, "16384")
    s.save()
    text = path.read_text(encoding="utf-8")
    assert "llm_num_ctx = 16384" in text and "tiny.en" not in text  # env values stay out of the file
    again = Settings.load(path, env={})
    assert again.llm_num_ctx == 16384 and again.stt_model == "base" and again.vocabulary == ["예산", "OKR"]


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ('llm_num_ctx = "lots"\n', "llm_num_ctx"),
        ("stt_vad = 3\n", "stt_vad"),
        ('stt_task = "dance"\n', "stt_task"),
        ("mystery = 1\n", "mystery"),
        ("vocabulary = [1, 2]\n", "vocabulary"),
    ],
)
def test_invalid_file_names_file_and_key_and_is_untouched(tmp_path: Path, content: str, key: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError) as err:
        Settings.load(path, env={})
    assert str(path) in err.value.message and key in err.value.message
    assert path.read_text(encoding="utf-8") == content


def test_broken_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("stt_language = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        Settings.load(path, env={})


def test_api_token_created_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = Settings.load(path, env={})
    token = s.ensure_api_token()
    assert len(token) >= 32
    assert Settings.load(path, env={}).ensure_api_token() == token


def test_invalid_override_names_the_key(tmp_path: Path) -> None:
    s = Settings.load(tmp_path / "x.toml", env={})
    with pytest.raises(SettingsError, match="llm_num_ctx"):
        s.with_overrides(llm_num_ctx="many")


def test_stt_batch_size_auto_by_default_and_env_override(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = Settings.load(path, env={})
    assert s.stt_batch_size is None and s.stt_batch_min_seconds == 120  # None: the device's measured default
    path.write_text("stt_batch_size = 4\nstt_batch_min_seconds = 300\n", encoding="utf-8")
    s = Settings.load(path, env={"RECORDROUTE_STT_BATCH_SIZE": "0"})
    assert s.stt_batch_size == 0 and s.stt_batch_min_seconds == 300 and "stt_batch_size" in s.overridden
    assert Settings.load(path, env={"RECORDROUTE_STT_BATCH_SIZE": "auto"}).stt_batch_size is None
    assert Settings.load(path, env={}).get(Key.STT_BATCH_SIZE) == 4
    s.set(Key.STT_BATCH_MIN_SECONDS, "60")
    s.save()
    again = Settings.load(path, env={})
    assert (
        again.stt_batch_size == 4 and again.stt_batch_min_seconds == 60
    )  # the env value stayed out of the file


@pytest.mark.parametrize(
    ("env", "needle"),
    [("-1", "between 0 and 64"), ("many", "expected int"), ("1000", "between 0 and 64")],
)
def test_stt_batch_size_bad_env_names_variable_and_key(tmp_path: Path, env: str, needle: str) -> None:
    with pytest.raises(SettingsError) as err:
        Settings.load(tmp_path / "x.toml", env={"RECORDROUTE_STT_BATCH_SIZE": env})
    assert "RECORDROUTE_STT_BATCH_SIZE" in err.value.message and "stt_batch_size" in err.value.message
    assert needle in err.value.message


def test_search_exact_setting_and_env(tmp_path: Path) -> None:
    from recordroute.settings import Settings

    assert Settings.load(tmp_path / "s.toml", env={}).search_exact is False
    assert Settings.load(tmp_path / "s.toml", env={"RECORDROUTE_SEARCH_EXACT": "1"}).search_exact is True
