"""Where the desktop app offers a model download: the welcome screen (a better speech model for the user's
languages, with its size) and a job that failed because its model is missing (download, then retry)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import constants
from pytestqt.qtbot import QtBot

from tests.conftest import SPEECH_WAV
from tests.fakes.fake_hub import FakeHub, FakeRepo, tiny_en_dir
from tests.gui.conftest import shoot


@pytest.fixture
def small_hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """The catalogue's `small` repository, served (with tiny.en's files: the suite stays small) by the fake hub."""
    files = {p.name: p for p in sorted(tiny_en_dir().iterdir()) if p.is_file()}
    with FakeHub({"Systran/faster-whisper-small": FakeRepo(files)}) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        yield fake


def test_welcome_offers_a_korean_model_and_downloads_it(
    qtbot: QtBot, gui_ctx: object, small_hub: FakeHub
) -> None:
    from recordroute.gui.model_offer import ModelOffer

    settings = gui_ctx.settings  # type: ignore[attr-defined]
    settings.languages = ["any"]  # only the locale speaks here (the default, ko and en, would ask for Korean)
    english = ModelOffer(settings, locale_languages=("en",))
    qtbot.addWidget(english)
    qtbot.waitUntil(lambda: english.checked, timeout=10_000)
    assert english.suggestion is None and english.isHidden()  # English only: tiny.en / base are fine

    offer = ModelOffer(settings, locale_languages=("ko",))
    qtbot.addWidget(offer)
    offer.show()
    qtbot.waitUntil(lambda: offer.checked, timeout=10_000)
    assert offer.suggestion is not None and offer.suggestion.name == "small"
    assert "small (~480 MB)" in offer.text.text() and "Korean" in offer.text.text()
    shoot(offer, "first_run_model_offer")
    offer.button.click()
    assert offer.progress.isVisible()
    qtbot.waitUntil(lambda: not offer.progress.running, timeout=60_000)
    assert offer.progress.last is not None and offer.progress.last.fraction == 1.0
    assert "ready" in offer.text.text() and settings.stt_model == "small"

    again = ModelOffer(settings, locale_languages=("ko",))  # a Korean-capable model is here now
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.checked, timeout=10_000)
    assert again.suggestion is None


@pytest.mark.usefixtures("downloads_allowed")
def test_first_run_dialog_has_the_offer(qtbot: QtBot, gui_ctx: object) -> None:
    from recordroute.gui.first_run import FirstRunDialog

    gui_ctx.settings.stt_language = "ko"  # type: ignore[attr-defined]
    dialog = FirstRunDialog(gui_ctx.settings, mark_done=False)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.offer.checked, timeout=10_000)
    assert dialog.offer.suggestion is not None and "480 MB" in dialog.offer.text.text()


@pytest.mark.slow
def test_failed_job_for_a_missing_model_offers_the_download(
    qtbot: QtBot, window: object, small_hub: FakeHub, tmp_path: Path
) -> None:
    window.ctx.settings.stt_model = "small"  # type: ignore[attr-defined] - not on this machine
    with qtbot.waitSignal(window.controller.jobFinished, timeout=60_000) as failed:  # type: ignore[attr-defined]
        window.add_paths([SPEECH_WAV])  # type: ignore[attr-defined]
    event = failed.args[0]
    assert event.state == "failed" and "small" in event.message
    row = window.queue.rows[event.job_id]  # type: ignore[attr-defined]
    assert row.missing_model == "small" and row.get_model.isVisibleTo(row)
    shoot(window, "job_missing_model")  # type: ignore[arg-type]
    dialog = row.offer_download()
    assert dialog is not None and "small (~484 MB)" in dialog.text.text()
    with qtbot.waitSignal(window.controller.jobFinished, timeout=180_000) as retried:  # type: ignore[attr-defined]
        dialog.download_button.click()
    assert retried.args[0].job_id == event.job_id and retried.args[0].state == "done", retried.args[0].message


@pytest.mark.usefixtures("downloads_allowed")
def test_dont_suggest_again_hides_the_speech_offer_for_good(
    qtbot: QtBot, gui_ctx: object, tmp_path: Path
) -> None:
    from recordroute.gui.first_run import FirstRunDialog
    from recordroute.gui.presenters import GuiPrefs
    from recordroute.gui.settings_dialog import SettingsDialog
    from recordroute.settings import Settings

    dialog = FirstRunDialog(gui_ctx.settings, mark_done=False)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    offer = dialog.offer
    qtbot.waitUntil(lambda: offer.checked, timeout=10_000)
    assert offer.isVisible() and offer.dismiss.isVisible() and offer.dismiss.text() == "Don't suggest again"
    offer.dismiss.click()
    assert offer.isHidden() and Settings.load().speech_offer_dismissed  # saved at once
    assert not Settings.load().speaker_offer_dismissed  # the speaker offer is its own choice

    later = FirstRunDialog(Settings.load(), mark_done=False)  # the next start
    qtbot.addWidget(later)
    later.show()
    qtbot.waitUntil(lambda: later.offer.checked, timeout=10_000)
    assert later.offer.suggestion is None and later.offer.isHidden()

    settings = SettingsDialog(Settings.load(), GuiPrefs(path=tmp_path / "gui.json"))
    qtbot.addWidget(settings)
    assert not settings.speech_offer.isChecked() and settings.speaker_offer.isChecked()
    settings.speech_offer.setChecked(True)  # Settings turns it back on
    assert settings.apply()
    assert not Settings.load().speech_offer_dismissed
    back = FirstRunDialog(Settings.load(), mark_done=False)
    qtbot.addWidget(back)
    qtbot.waitUntil(lambda: back.offer.checked, timeout=10_000)
    assert back.offer.suggestion is not None and back.offer.suggestion.name == "small"
