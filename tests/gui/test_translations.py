"""No English from below the GUI in the Korean UI (issue 25): every error code and every label the engines hand
to the window (template names and descriptions, model notes, diarization methods, stage names, task values) goes
through the Korean translator and comes out Korean; Qt's own dialogs speak Korean from Qt's translations."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from tests.helpers.error_codes import error_codes

pytestmark = pytest.mark.gui

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    from recordroute.gui import i18n

    i18n.install("ko")
    yield
    i18n.install("en")


def test_every_error_code_has_a_korean_sentence_and_action(korean: None) -> None:
    from recordroute.gui.error_text import action_label, describe, sentences

    codes = error_codes()
    known = sentences()
    assert codes <= set(known), f"codes without a sentence: {sorted(codes - set(known))}"
    untranslated = []
    for code in sorted(codes):
        view = describe(code, "developer detail", {"model": "small", "server": "http://127.0.0.1:9"})
        if not HANGUL.search(view.sentence):
            untranslated.append((code, view.sentence))
        if view.action and not HANGUL.search(action_label(view.action)):
            untranslated.append((code, action_label(view.action)))
        assert "%1" not in view.sentence and view.detail == "developer detail"
    assert untranslated == []


def test_every_engine_label_is_korean(korean: None) -> None:
    from recordroute.engines.models.catalog import CATALOG
    from recordroute.gui import labels
    from recordroute.gui.model_download import step_text
    from recordroute.gui.queue_panel import stage_name

    found = labels.engine_labels()
    assert all(found.values()), found  # every kind has labels to check
    shown: list[tuple[str, str]] = []
    shown += [(n, labels.template_label(n)) for n in found["templates"]]
    shown += [
        (d, labels.template_description(n, d))
        for n, d in zip(found["templates"], found["template descriptions"], strict=True)
    ]
    shown += [(e.note, labels.model_note(e.name, e.note)) for e in CATALOG]
    from recordroute.engines.models.speakers import speaker_models

    shown += [(m.note, labels.model_note(m.name, m.note)) for m in speaker_models()]
    shown += [(lang, labels.languages_label(lang)) for lang in found["model languages"]]
    shown += [(src, labels.source_label(src)) for src in found["sources"]]
    shown += [(f, labels.ollama_families()[f]) for f in found["ollama families"]]
    shown += [(m, step_text(m)) for m in found["model steps"]]
    shown += [(m, labels.method_label(m)) for m in found["methods"]]
    shown += [(m, labels.method_label(f"{m} (wespeaker-resnet34)")) for m in ("neural",)]
    shown += [(s, stage_name(s)) for s in [*found["stages"], "decode"]]
    shown += [(t, labels.task_label(t)) for t in found["tasks"]]
    untranslated = [(source, text) for source, text in shown if not HANGUL.search(text)]
    assert untranslated == []


def test_the_llm_state_and_status_legend_are_korean(korean: None) -> None:
    from recordroute.gui.llm_indicator import status_text
    from recordroute.gui.status_icons import LEGEND_STATES, legend_text, state_text
    from recordroute.pipeline.llm_status import CONNECTED, DOWN, EXTRACTIVE, MODEL_MISSING, LlmStatus

    for state in (CONNECTED, DOWN, MODEL_MISSING, EXTRACTIVE):
        text = status_text(
            LlmStatus(state, "ollama", "http://127.0.0.1:11434", "qwen2.5:7b", context=8192, fallback=True)
        )
        assert HANGUL.search(text), text
    for state in LEGEND_STATES:
        assert HANGUL.search(legend_text(state)) and HANGUL.search(state_text(state)), state


def test_qt_s_own_dialog_strings_come_from_qt_s_korean_translations(korean: None) -> None:
    look_in = QCoreApplication.translate("QFileDialog", "Look in:")
    assert look_in != "Look in:" and HANGUL.search(look_in), look_in
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert HANGUL.search(cancel), cancel
