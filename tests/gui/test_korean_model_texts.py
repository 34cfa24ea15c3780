"""No English reaches the Korean UI where models are shown: the welcome screen (its model list and offers) and
the Models window (every row's kind, source and detail line, the Ollama box with its models' reasons), walked
widget by widget offscreen with the Korean translator loaded.

The rule: every English word a person can read there is a name (a model's, a product's) or a unit; a word of
an English sentence ("multilingual", "bundled", "only") fails. Paths, URLs and words with digits or dots
("large-v3", "qwen2.5:7b-instruct", "3D-Speaker") are names by construction and are not looked at."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama

pytestmark = pytest.mark.gui

_WORD = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*$")  # letters only, hyphens inside
_EDGE = "()[]{}<>.,;:!?\"'“”‘’~·—–…%+=*"
# Names and units that stay as they are in Korean.
NAMES = {
    "RecordRoute", "Whisper", "Ollama", "API", "PDF", "LLM", "ID", "Hugging", "Face", "CPU", "GPU", "MB", "GB",
    "KB", "ko", "en", "CAM", "WeSpeaker", "EXAONE", "Qwen", "Gemma", "Aya", "Llama", "Mistral", "Phi",
}  # fmt: skip
OLLAMA = {
    "qwen2.5:7b-instruct": {"family": "qwen2", "parameter_size": "7.6B", "context_length": 32768},
    "llama3.2:1b": {"family": "llama", "parameter_size": "1.2B"},
    "nomic-embed-text": {"family": "nomic-bert", "parameter_size": "137M"},
    "mystery:13b": {"family": "mystery", "parameter_size": "13B", "context_length": 4096},
}


def english_words(text: str, names: set[str]) -> list[str]:
    """The words of `text` that are English and not a name: a sentence (or part of one) left untranslated."""
    out = []
    for token in text.replace("&", "").split():
        if "/" in token or "\\" in token:
            continue  # a path or a URL
        word = token.strip(_EDGE)
        if len(word) > 1 and _WORD.match(word) and word not in names:
            out.append(word)
    return out


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def texts(root: QWidget) -> Iterator[str]:
    """Every text a person can read in `root`: titles, labels, buttons, fields, lists, table cells, tool tips."""
    for w in [root, *root.findChildren(QWidget)]:
        yield from (w.windowTitle(), w.toolTip())
        if isinstance(w, QLabel):
            yield plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QLineEdit):
            yield from (w.text(), w.placeholderText())
        elif isinstance(w, QTextEdit):
            yield w.toPlainText()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            yield from _cells(w)


def _cells(table: QTableWidget) -> Iterator[str]:
    for c in range(table.columnCount()):
        head = table.horizontalHeaderItem(c)
        yield head.text() if head else ""
        for r in range(table.rowCount()):
            item = table.item(r, c)
            if item is not None:
                yield from (item.text(), item.toolTip())


def untranslated(shown: Iterable[str], names: set[str]) -> dict[str, str]:
    """English word -> the first text that shows it."""
    found: dict[str, str] = {}
    for text in shown:
        for word in english_words(text, names):
            found.setdefault(word, text)
    return found


def test_the_rule_tells_sentences_from_names() -> None:
    names = NAMES | {"small", "base"}
    assert english_words("✓ 음성 인식: base (multilingual, package)", names) == ["multilingual", "package"]
    assert english_words("tiny.en (English only) · /tmp/x/data · https://x.org/a b", names) == [
        "English",
        "only",
    ]
    assert english_words("small(약 480 MB) — 한국어에 더 좋음 · 3D-Speaker CAM++ · 다운로드(&D)", names) == []


@pytest.fixture
def korean(gui_ctx: object) -> Iterator[None]:
    from recordroute.gui import i18n

    i18n.install("ko")
    try:
        yield
    finally:
        i18n.install("en")


def _names(states: Iterable[object]) -> set[str]:
    return NAMES | {s.name for s in states}  # type: ignore[attr-defined]


@pytest.mark.usefixtures("downloads_allowed")
def test_welcome_screen_has_no_english_sentence(qtbot: QtBot, gui_ctx: object, korean: None) -> None:
    from recordroute.gui.first_run import FirstRunDialog
    from recordroute.pipeline import model_manager

    dialog = FirstRunDialog(gui_ctx.settings, mark_done=False)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.models_loaded and dialog.offer.checked and dialog.speaker_offer.checked, timeout=20_000
    )
    names = _names(s for s, _u in model_manager.list_models(gui_ctx.settings))  # type: ignore[attr-defined]
    assert untranslated(texts(dialog), names) == {}
    listed = dialog.models.toPlainText()
    assert "✓ 음성 인식: tiny.en (영어 전용, 기본 포함)" in listed, listed
    assert "(다국어, 384차원, 기본 포함)" in listed and "✓ 화자: dvector-vfl (기본 포함)" in listed, listed
    assert dialog.offer.isVisible() and dialog.offer.dismiss.text() == "다시 제안하지 않기"


def test_models_window_has_no_english_sentence(qtbot: QtBot, gui_ctx: object, korean: None) -> None:
    from recordroute.gui.models_page import ModelsDialog

    with FakeOllama(OLLAMA) as fake:
        gui_ctx.settings.ollama_host = fake.url  # type: ignore[attr-defined]
        dialog = ModelsDialog(gui_ctx)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        page = dialog.page
        qtbot.waitUntil(lambda: page.loaded and page.ollama.loaded, timeout=20_000)
        names = _names(s for s, _u in page.states) | set(OLLAMA) | {"B"}
        shown = list(texts(dialog))
        for state, _used in page.states:  # the detail line of every model
            page.select(state.name)
            assert page.detail.text(), state.name
            shown.append(page.detail.text())
        assert untranslated(shown, names) == {}
        page.select("small")
        assert page.detail.text().startswith("다국어(99개 언어) · "), page.detail.text()
        tips = {page.ollama.table.item(r, 0).text(): page.ollama.table.item(r, 0).toolTip() for r in range(4)}
        assert tips["qwen2.5:7b-instruct"].startswith("Qwen 2.5: "), tips
        assert "7.6B" in tips["qwen2.5:7b-instruct"] and "32768" in tips["qwen2.5:7b-instruct"]
        assert "qwen2.5:7b-instruct" in page.ollama.recommendation.text()


def test_an_unreachable_ollama_is_named(qtbot: QtBot, gui_ctx: object, korean: None) -> None:
    from recordroute.gui.ollama_models import OllamaModelsBox

    settings = gui_ctx.settings  # type: ignore[attr-defined]
    settings.llm_backend, settings.ollama_host = "ollama", "http://127.0.0.1:9"  # port 9: nothing listens
    box = OllamaModelsBox(settings)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.loaded, timeout=20_000)
    assert box.status.text() == "http://127.0.0.1:9의 LLM 서버가 응답하지 않습니다.", box.status.text()


def test_import_steps_and_a_failed_verify_are_korean(qtbot: QtBot, gui_ctx: object, korean: None) -> None:
    from recordroute.engines.models.manager import PROGRESS_MESSAGES, VerifyReport
    from recordroute.gui.model_download import progress_text
    from recordroute.gui.models_page import ModelsPage
    from recordroute.progress import Progress

    steps = [progress_text(Progress("import", 0.5, m)) for m in PROGRESS_MESSAGES]
    assert (
        untranslated(steps, NAMES) == {}
        and progress_text(Progress("export", 0.5, "model.bin")) == "model.bin"
    )
    gui_ctx.settings.llm_backend = "extractive"  # type: ignore[attr-defined]
    page = ModelsPage(gui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    state = page.states[0][0]
    page._transfer_done(
        [VerifyReport(state, False, "sha256", ["model.bin is missing"])]
    )  # what verify returns
    assert page.status.text() == f"{state.name}: 모델 파일이 손상되었습니다. 다시 다운로드하세요.", (
        page.status.text()
    )
    assert "model.bin is missing" in page.status.toolTip()  # the finding, for whoever looks closer
