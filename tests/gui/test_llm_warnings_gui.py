"""The translation and correction tabs say the engines' line warnings in the window's language: the English the
API and the stored meta keep is read back as its notice code (messages/pipeline_notices.py LLM_LINE_NOTES)."""

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
