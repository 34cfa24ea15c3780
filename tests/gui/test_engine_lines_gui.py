"""The window says the engines' and the watcher's English lines in its language: the translation and correction
tabs' line warnings (read back as LLM_LINE_NOTES codes; the API and the stored meta keep the English) and what
the watch folders did with each file (a notice code, or a rejected file's error sentence)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

pytestmark = pytest.mark.gui

NOT_TRANSLATED = "line 4 was not translated; the original is kept"
NO_LLM = "no LLM available: the transcript was not corrected"


def _said(tab: object, call: object) -> list[str]:
    seen: list[str] = []
    tab.status.connect(seen.append)  # type: ignore[attr-defined]
    call()  # type: ignore[operator]
    return seen


def test_warnings_follow_the_window_language(qtbot: object, gui_ctx: object) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.viewer.correction_tab import CorrectionTab
    from recordroute.gui.viewer.translation_tab import TranslationTab

    translation = TranslationTab(gui_ctx)  # type: ignore[arg-type]
    correction = CorrectionTab(gui_ctx)  # type: ignore[arg-type]
    for tab in (translation, correction):
        qtbot.addWidget(tab)  # type: ignore[attr-defined]
    result = SimpleNamespace(lines=3, warnings=[NOT_TRANSLATED])
    i18n.install("ko")
    try:
        ko_translated = _said(translation, lambda: translation._done(result))
        ko_corrected = _said(correction, lambda: correction._done(({}, [NO_LLM])))
    finally:
        i18n.install("en")
    assert ko_translated[-1] == "4번 줄은 번역되지 않아 원문을 두었습니다", ko_translated
    assert ko_corrected[-1] == "쓸 수 있는 LLM이 없어 전사본을 교정하지 않았습니다", ko_corrected
    assert _said(translation, lambda: translation._done(result))[-1] == NOT_TRANSLATED
    assert _said(correction, lambda: correction._done(({}, [NO_LLM])))[-1] == NO_LLM


def test_watched_files_are_said_in_the_window_language(qapp: object, tmp_path: object) -> None:
    from pathlib import Path

    from recordroute.errors import UnsupportedFileError
    from recordroute.gui import i18n
    from recordroute.gui.watch_service import watch_text
    from recordroute.messages import error_text
    from recordroute.messages.notice import Notice
    from recordroute.pipeline.watch import WatchEvent

    path = Path(str(tmp_path)) / "talk.wav"
    imported = WatchEvent("imported", path, Notice("watch_imported", {"name": "talk.wav", "id": 3}).english())
    refused = UnsupportedFileError("notes.xyz: .xyz files are not supported")
    rejected = WatchEvent("rejected", path.with_name("notes.xyz"), refused.user_text(), code=refused.code)
    assert imported.message == "talk.wav: imported as recording 3"  # the English the CLI and logs keep
    assert watch_text(imported) == imported.message and watch_text(rejected) == rejected.message
    i18n.install("ko")
    try:
        assert watch_text(imported) == "talk.wav: 녹음 3(으)로 가져왔습니다"
        assert watch_text(rejected) == f"notes.xyz: {error_text('unsupported').get('ko')}"
    finally:
        i18n.install("en")


def test_a_running_job_s_step_is_said_in_the_window_language(qtbot: object, window: object) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.queue_panel import JobRow
    from recordroute.pipeline.runner import JobEvent
    from recordroute.store import Job

    row = JobRow(Job(5, "running", 1, 0.0), "talk.wav", window.controller)  # type: ignore[attr-defined]
    qtbot.addWidget(row)  # type: ignore[attr-defined]
    event = JobEvent(5, "running", "transcribe", 0.25, None, "loading the speech model")  # type: ignore[arg-type]
    row.apply(event)
    assert "loading the speech model" in row.status.text()
    i18n.install("ko")
    try:
        row.apply(event)
        korean = row.status.text()
        row.apply(JobEvent(5, "running", "summarize", 0.5, None, "reading part 2 of 7"))  # type: ignore[arg-type]
        parts = row.status.text()
    finally:
        i18n.install("en")
    assert "음성 모델을 불러오는 중" in korean and "loading" not in korean, korean
    assert "7개 중 2번째 부분을 읽는 중" in parts, parts
