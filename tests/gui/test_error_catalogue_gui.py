"""The window's error sentences come from the Qt-free catalogue and read exactly as they did when they lived in
recordroute_ko.ts, in the language the window shows, switching with it."""

from __future__ import annotations

import pytest

from recordroute.messages import ERROR_TEXTS

pytestmark = pytest.mark.gui

# Korean as the window showed it before the sentences moved (recordroute_ko.ts, context "Errors").
BEFORE = {
    ("model_not_found", "small"): "small 모델이 이 컴퓨터에 없습니다.",
    ("disk_full", ""): "디스크가 가득 찼습니다. 공간을 비우고 다시 시도하세요. 바뀐 것은 없습니다.",
    ("no_text_layer", ""): "글자가 없는 스캔 PDF입니다. 먼저 문자 인식(OCR)을 하세요.",
    ("folder_not_empty", "/data"): "/data 폴더가 비어 있지 않습니다. 새 폴더나 빈 폴더를 고르세요.",
    ("llm_unavailable", "http://127.0.0.1:11434"): "http://127.0.0.1:11434의 LLM 서버가 응답하지 않습니다.",
    ("same_in_batch", "a.wav"): "함께 추가한 a.wav과(와) 내용이 같습니다.",
}
PARAM = {
    "model_not_found": "model",
    "folder_not_empty": "path",
    "llm_unavailable": "server",
    "same_in_batch": "name",
}


def test_korean_sentences_read_as_before_and_follow_the_language(qapp: object) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.error_text import action_label, describe

    i18n.install("ko")
    try:
        for (code, value), sentence in BEFORE.items():
            params = {PARAM[code]: value} if code in PARAM else {}
            view = describe(code, "detail", params)
            assert (view.sentence, view.detail) == (sentence, "detail"), code
        assert action_label(describe("disk_full").action) == "다시 시도"  # the button stays the window's own
    finally:
        i18n.install("en")
    english = describe("model_not_found", "", {"model": "small"})
    assert english.sentence == ERROR_TEXTS["model_not_found"].say("en", {"model": "small"})
    assert (
        english.sentence == "The model small is not on this computer." and english.action == "download_model"
    )
