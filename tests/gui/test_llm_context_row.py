"""The settings' context row: Check asks the server typed in the dialog (not yet saved) for its real context,
shows both sizes and the one used, and the context setting is saved with the dialog."""

from __future__ import annotations

from pathlib import Path

from recordroute.gui.presenters import GuiPrefs
from recordroute.gui.settings_dialog import SettingsDialog
from recordroute.settings import Key, Settings
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.fake_openai import FakeOpenAI


def _dialog(qtbot, settings: Settings, tmp_path: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, GuiPrefs(path=tmp_path / "gui.json"))
    qtbot.addWidget(dialog)
    return dialog


def test_check_shows_the_servers_context_beside_the_setting(qtbot, gui_ctx, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, gui_ctx.settings, tmp_path)
    with FakeOllama(models={"small:1b": {"context_length": 2048}}) as fake:
        dialog.llm_backend.setCurrentIndex(dialog.llm_backend.findData("ollama"))
        dialog.ollama_host.setText(fake.url)  # typed, not saved: the check uses what the dialog shows
        dialog.llm_model.setText("small:1b")
        dialog.llm_context.num_ctx.setValue(8192)
        dialog.llm_context.check.click()
        qtbot.waitUntil(lambda: dialog.llm_context.check.isEnabled(), timeout=15_000)
        text = dialog.llm_context.status.text()
        assert "2048" in text and "8192" in text and "using 2048" in text, text
        assert any(path == "/api/show" for _m, path, _s in fake.log), fake.log
    dialog.llm_context.num_ctx.setValue(4096)
    assert dialog.apply()
    assert Settings.load().llm_num_ctx == 4096


def test_check_says_when_the_server_does_not_answer_or_does_not_report(
    qtbot, gui_ctx, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, gui_ctx.settings, tmp_path)
    dialog.llm_backend.setCurrentIndex(dialog.llm_backend.findData("openai"))
    with FakeOpenAI(models=["m"]) as fake:
        dialog.openai_url.setText(fake.url)
        dialog.llm_model.setText("m")
        dialog.llm_context.num_ctx.setValue(8192)
        dialog.llm_context.check.click()
        qtbot.waitUntil(lambda: dialog.llm_context.check.isEnabled(), timeout=15_000)
        assert (
            "does not report" in dialog.llm_context.status.text()
            and "8192" in dialog.llm_context.status.text()
        )
        url = fake.url
    dialog.openai_url.setText(url)  # the server is gone now
    dialog.llm_context.check.click()
    qtbot.waitUntil(lambda: dialog.llm_context.check.isEnabled(), timeout=15_000)
    text = dialog.llm_context.status.text()
    assert f"The LLM server at {url} does not answer" in text, text  # Check server names the server


def test_check_names_ollama_when_it_does_not_answer(qtbot, gui_ctx, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, gui_ctx.settings, tmp_path)
    dialog.llm_backend.setCurrentIndex(dialog.llm_backend.findData("auto"))  # the default
    dialog.ollama_host.setText("http://127.0.0.1:9")
    dialog.llm_context.check.click()
    qtbot.waitUntil(lambda: dialog.llm_context.check.isEnabled(), timeout=15_000)
    text = dialog.llm_context.status.text()
    assert text.startswith("Ollama at http://127.0.0.1:9 does not answer"), text
    assert "No LLM is in use" not in text


def test_the_model_field_lists_the_servers_models_and_still_takes_a_typed_name(
    qtbot, gui_ctx, tmp_path: Path
) -> None:
    with FakeOllama(models=["qwen2.5:7b-instruct", "llama3.2:3b", "gemma3:4b"]) as fake:
        gui_ctx.settings.ollama_host = fake.url
        dialog = _dialog(qtbot, gui_ctx.settings, tmp_path)
        combo = dialog.llm_model
        qtbot.waitUntil(lambda: combo.loaded is not None, timeout=10_000)
        listed = [combo.itemText(i) for i in range(combo.count())]
        assert {"llama3.2:3b", "gemma3:4b", "qwen2.5:7b-instruct"} <= set(listed), listed
        assert combo.text() == gui_ctx.settings.llm_model  # the current model stays selected
        combo.setCurrentIndex(listed.index("llama3.2:3b"))
        assert dialog.values()[Key.LLM_MODEL] == "llama3.2:3b"
        combo.setText("not-pulled-yet:1b")  # typed by hand: allowed
        assert dialog.values()[Key.LLM_MODEL] == "not-pulled-yet:1b"
