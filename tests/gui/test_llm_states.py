"""States a user can read (issue 25): the LLM indicator (connected, or "Ollama at … does not answer" within 5 s,
with Settings and Retry), a Regenerate that fell back to extractive minutes says so, minutes kept aside in the
wrong language are visible with "Regenerate in Korean", and a recording whose audio gave no text says so."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from tests.fakes.fake_ollama import FakeOllama
from tests.gui.conftest import shoot
from tests.helpers.library import MINUTES_EN, add_recording


def test_indicator_follows_the_server_within_five_seconds(qtbot, make_window, gui_ctx) -> None:
    with FakeOllama(models={"qwen2.5:7b-instruct": {"context_length": 8192}}) as fake:
        gui_ctx.settings.ollama_host = fake.url
        window = make_window(autostart=False)
        window.llm.start()
        indicator = window.llm_status
        qtbot.waitUntil(lambda: "qwen2.5:7b-instruct" in indicator.text.text(), timeout=5000)
        assert fake.url in indicator.text.text() and "context" in indicator.text.text()
        assert not indicator.retry_button.isVisible()
        url = fake.url
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: "does not answer" in indicator.text.text(), timeout=5000)
    assert time.monotonic() - t0 <= 5.0
    assert url in indicator.text.text()
    window.open_recording(add_recording(gui_ctx, title="Down", tag="down"))
    summary_indicator = window.viewer.summary.findChildren(type(indicator))[0]
    window.viewer.tabs.setCurrentWidget(window.viewer.summary)
    QApplication.processEvents()
    assert "does not answer" in summary_indicator.text.text()
    assert summary_indicator.retry_button.isVisible() and summary_indicator.settings_button.isVisible()
    shoot(window, "llm-down")
    summary_indicator.settings_button.click()  # Settings opens on the Summaries page
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "llm_backend")]
    assert dialogs and dialogs[0].tabs.currentIndex() == 1
    dialogs[0].reject()


def test_regenerate_with_ollama_down_says_extractive_minutes_were_written(
    qtbot, make_window, gui_ctx
) -> None:
    gui_ctx.settings.llm_backend = "auto"
    rec_id = add_recording(gui_ctx, title="Planning", tag="fallback", minutes=None)
    window = make_window(autostart=False)
    messages: list[str] = []
    window.viewer.summary.status.connect(messages.append)
    assert window.open_recording(rec_id)
    summary = window.viewer.summary
    window.viewer.tabs.setCurrentWidget(summary)
    summary.start_summary()
    qtbot.waitUntil(lambda: summary.worker is None, timeout=60_000)
    # the catalogue's sentence, as the command line says it
    expected = f"Ollama at {gui_ctx.settings.ollama_host} does not answer: extractive minutes written instead"
    assert messages[-1] == expected, messages
    assert summary.notice.isVisible() and summary.notice.text() == expected
    assert "Summary ready" not in messages
    window.open_recording(rec_id)  # reopened later: the tab still says why the minutes are extractive
    assert "extractive" in summary.notice.text() and summary.notice_buttons[0].isVisible()
    assert summary.notice.toolTip()  # the developer detail (the reason) sits in the tooltip


def test_minutes_in_the_wrong_language_are_visible_with_regenerate_in_korean(
    qtbot, make_window, gui_ctx
) -> None:
    rec_id = add_recording(gui_ctx, title="회의", tag="mismatch", language="ko", minutes=None)
    store = gui_ctx.store
    sid = store.summaries.begin(rec_id, template="minutes", language="ko", backend="ollama", model="m")
    store.summaries.language_mismatch(
        sid, markdown=MINUTES_EN, title=None, llm_calls=1, error="language mismatch: asked for ko"
    )
    window = make_window(autostart=False)
    assert window.open_recording(rec_id)
    summary = window.viewer.summary
    window.viewer.tabs.setCurrentWidget(summary)
    assert "another language" in summary.notice.text() and "Korean" in summary.notice.text()
    texts = [b.text() for b in summary.notice_buttons if b.isVisible()]
    assert texts == ["Show them", "Regenerate in Korean"], texts
    summary.notice_buttons[0].click()
    assert "Main topics" in summary.browser.toPlainText()
    row = window.history.model.row_of(rec_id)
    tip = window.history.model.index(row, window.history.model.status_column).data(3)  # ToolTipRole
    assert "Summary: in another language" in tip
    shoot(window, "summary-language-mismatch")


def test_a_recording_whose_audio_gave_no_text_says_so(qtbot, make_window, gui_ctx) -> None:
    rec_id = add_recording(gui_ctx, title="Silence", tag="silence", texts=[" "], minutes=None)
    window = make_window(autostart=False)
    asked: list[int] = []
    window.viewer.summary.transcribeAgainRequested.connect(asked.append)
    assert window.open_recording(rec_id)
    summary = window.viewer.summary
    window.viewer.tabs.setCurrentWidget(summary)
    assert "no text" in summary.notice.text()
    button = summary.notice_buttons[0]
    assert button.isVisible() and button.text() == "Transcribe again with…"
    button.click()
    assert asked == [rec_id]


def test_the_fallback_is_said_in_korean_in_the_korean_window(qtbot, make_window, gui_ctx) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.labels import use_note
    from recordroute.messages.notice import Notice
    from recordroute.pipeline.model_manager import NOTE_REINDEX

    gui_ctx.settings.llm_backend = "auto"
    rec_id = add_recording(gui_ctx, title="기획", tag="fallback-ko", minutes=None)
    i18n.install("ko")
    try:
        window = make_window(autostart=False)
        messages: list[str] = []
        window.viewer.summary.status.connect(messages.append)
        assert window.open_recording(rec_id)
        summary = window.viewer.summary
        window.viewer.tabs.setCurrentWidget(summary)
        summary.start_summary()
        qtbot.waitUntil(lambda: summary.worker is None, timeout=60_000)
        cause = Notice("llm_ollama_down", {"server": gui_ctx.settings.ollama_host})
        expected = Notice("summary_fallback", {"headline": [cause]}).say("ko")
        assert messages[-1] == expected and summary.notice.text() == expected, messages
        assert "extractive minutes" not in summary.notice.text() + summary.notice.toolTip()
        korean_note = use_note(NOTE_REINDEX)  # the Models window's note after "use", from the same catalogue
        assert korean_note != NOTE_REINDEX and "recordroute reindex" in korean_note
    finally:
        i18n.install("en")


def test_the_event_log_words_a_fallback_in_korean(qtbot, make_window, gui_ctx) -> None:
    from recordroute.gui import i18n
    from recordroute.messages.notice import Notice

    rec_id = add_recording(gui_ctx, title="기록", tag="log-ko", minutes=None)
    remote = Notice("remote_stt_fallback", {"reason": "the speech server at http://box:8000 does not answer"})
    gui_ctx.store.recordings.log(rec_id, remote.english(), level="warning", stage="transcribe")
    gui_ctx.store.recordings.log(rec_id, "transcribe finished in 3.0 s", stage="transcribe")
    i18n.install("ko")
    try:
        window = make_window(autostart=False)
        assert window.open_recording(rec_id)
        html = window.viewer.details.render_html(gui_ctx.store.recordings.get(rec_id))
        assert remote.say("ko") in html and "원격 음성 인식 서버가 실패해" in html
        assert "transcribing on this computer instead" not in html
        assert "transcribe finished in 3.0 s" in html  # the technical log stays as recorded
    finally:
        i18n.install("en")
