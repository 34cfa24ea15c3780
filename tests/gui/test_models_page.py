"""The Models page (offscreen Qt): the list, a download from the fake hub with progress, cancel mid-download,
delete (a bundled model is refused with the reason), verify/export/import, Korean, and Ollama's models."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.fake_hub import FakeHub, tiny_en_dir
from tests.gui.conftest import shoot
from tests.models.conftest import REPO, hub, leftovers, releases  # noqa: F401 - fixtures

NAME = "whisper-tiny-en-ct2"


@pytest.fixture
def page(qtbot: QtBot, gui_ctx: object) -> object:
    from recordroute.gui.models_page import ModelsPage

    gui_ctx.settings.llm_backend = "extractive"  # type: ignore[attr-defined] - no Ollama box in these tests
    widget = ModelsPage(gui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(820, 560)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=10_000)
    return widget


def cells(page: object, name: str) -> list[str]:
    row = page.row_of(name)  # type: ignore[attr-defined]
    assert row >= 0, name
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]  # type: ignore[attr-defined]


def test_lists_present_and_downloadable_models(page: object) -> None:
    tiny = cells(page, "tiny.en")
    assert (
        tiny[:4] == ["Speech", "tiny.en", "Present", "bundled"] and tiny[4].endswith("MB") and tiny[6] == "✓"
    )
    small = cells(page, "small")
    assert small[2] == "Not downloaded" and small[3] == "" and small[4].startswith("48")
    assert any(c[0] == "Search" for c in (cells(page, s.name) for s, _u in page.states))  # type: ignore[attr-defined]
    page.select("small")  # type: ignore[attr-defined]
    assert not page.delete_button.isEnabled() and page.download_button.isEnabled()  # type: ignore[attr-defined]
    assert "Korean" in page.detail.text()  # type: ignore[attr-defined]
    shoot(page, "models_page")  # type: ignore[arg-type]


def test_download_shows_progress_and_completes(qtbot: QtBot, page: object, hub: FakeHub) -> None:  # noqa: F811
    hub.chunk_delay = 0.003
    total = sum(p.stat().st_size for p in tiny_en_dir().iterdir() if p.is_file())
    seen: list[str] = []
    page.progress.bar.valueChanged.connect(lambda _v: seen.append(page.progress.label.text()))  # type: ignore[attr-defined]
    page.download(REPO)  # type: ignore[attr-defined]
    assert page.progress.isVisible() and not page.download_button.isEnabled()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.progress.running, timeout=60_000)  # type: ignore[attr-defined]
    assert "ready" in page.last_message, page.last_message  # type: ignore[attr-defined]
    last = page.progress.last  # type: ignore[attr-defined]
    assert last is not None and last.done == total and last.total == total
    assert any("MB /" in t and "/s" in t for t in seen), seen  # bytes and rate were shown
    qtbot.waitUntil(lambda: page.row_of(NAME) >= 0, timeout=10_000)  # type: ignore[attr-defined]
    row = cells(page, NAME)
    assert row[2:4] == ["Present", "downloaded"] and row[5]  # verified when it landed

    # Delete it (confirmed): the folder goes and the list no longer has it.
    page.select(NAME)  # type: ignore[attr-defined]
    page.confirm = lambda text: True  # type: ignore[attr-defined]
    page.delete_selected()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.row_of(NAME) < 0, timeout=10_000)  # type: ignore[attr-defined]
    assert leftovers(page.settings.data_dir / "models") == []  # type: ignore[attr-defined]


def test_cancel_mid_download_returns_fast_and_leaves_nothing(
    qtbot: QtBot,
    page: object,
    hub: FakeHub,  # noqa: F811
) -> None:
    hub.chunk_delay = 0.02  # ~3 MB/s
    page.download(REPO)  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: page.progress.last is not None and page.progress.last.done > 2_000_000,  # type: ignore[attr-defined]
        timeout=30_000,
    )
    t0 = time.monotonic()
    with qtbot.waitSignal(page.progress.cancelled, timeout=1500):  # type: ignore[attr-defined]
        page.progress.cancel_button.click()  # type: ignore[attr-defined]
    assert time.monotonic() - t0 < 1.0
    assert not page.progress.running and "Cancelled" in page.last_message  # type: ignore[attr-defined]
    assert leftovers(page.settings.data_dir / "models") == []  # type: ignore[attr-defined]
    assert page.download_button.isEnabled()  # type: ignore[attr-defined]


def test_bundled_model_delete_is_refused_with_the_reason(page: object) -> None:
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True  # type: ignore[attr-defined]
    page.inform = lambda text: setattr(page, "last_message", text)  # type: ignore[attr-defined]
    page.select("tiny.en")  # type: ignore[attr-defined]
    assert page.delete_button.isEnabled()  # type: ignore[attr-defined]
    page.delete_selected()  # type: ignore[attr-defined]
    assert asked == []  # refused before any confirmation
    assert "bundled" in page.last_message and "pip uninstall" in page.last_message  # type: ignore[attr-defined]
    assert cells(page, "tiny.en")[2] == "Present"


def test_models_window_is_sized_for_its_tables(qtbot: QtBot, window: object) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from recordroute.gui.models_page import ModelsDialog

    settings = window.dialogs.open_settings()  # type: ignore[attr-defined]
    settings.models_button.click()  # Settings → Manage models… opens the Models window
    dialogs = [w for w in window.findChildren(ModelsDialog) if w.isVisible()]  # type: ignore[attr-defined]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    page = dialog.page
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert dialog.width() >= 720 and dialog.height() >= 520
    table = page.table
    shown = table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize())
    assert shown >= min(8, table.rowCount()), (shown, table.rowCount())  # not 1.5 rows of 13
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            top_left = button.mapTo(dialog, button.rect().topLeft())
            assert dialog.rect().contains(button.rect().translated(top_left)), button.text()
    shoot(dialog, "models_window")
    cancelled: list[bool] = []
    page.progress.cancel = lambda: cancelled.append(True)  # type: ignore[method-assign]
    dialog.reject()
    assert cancelled == [True]  # closing the window ends a transfer nobody can follow
    settings.reject()


def test_models_page_in_korean(qtbot: QtBot, gui_ctx: object) -> None:
    from recordroute.gui import i18n
    from recordroute.gui.models_page import ModelsPage

    gui_ctx.settings.llm_backend = "extractive"  # type: ignore[attr-defined]
    i18n.install("ko")
    try:
        page = ModelsPage(gui_ctx)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
        assert headers[:3] == ["종류", "이름", "상태"] and page.download_button.text() == "다운로드(&D)"
        assert cells(page, "small")[2] == "다운로드 안 됨"
        assert cells(page, "dvector-vfl")[0] == "화자"  # the speaker models' kind
        page.select("3dspeaker-campplus-zh-en")
        assert "중국어·영어" in page.detail.text() and "화자 구분은" in page.detail.text()
    finally:
        i18n.install("en")


@pytest.mark.slow  # the import loads the model for real
def test_verify_export_and_import_round_trip(
    qtbot: QtBot,
    page: object,
    hub: FakeHub,  # noqa: F811
    tmp_path: Path,
) -> None:
    page.download(REPO)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.row_of(NAME) >= 0 and not page.progress.running, timeout=60_000)  # type: ignore[attr-defined]
    page.select(NAME)  # type: ignore[attr-defined]
    page.verify_selected()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.progress.running, timeout=60_000)  # type: ignore[attr-defined]
    assert page.last_message == "Verified: the model is intact."  # type: ignore[attr-defined]
    pack = tmp_path / "tiny-pack.tar"
    page.select(NAME)  # type: ignore[attr-defined]
    page.export_to(pack)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.progress.running, timeout=60_000)  # type: ignore[attr-defined]
    assert pack.stat().st_size > 30_000_000 and str(pack) in page.last_message  # type: ignore[attr-defined]
    page.select(NAME)  # type: ignore[attr-defined]
    page.confirm = lambda text: True  # type: ignore[attr-defined]
    page.delete_selected()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.row_of(NAME) < 0, timeout=10_000)  # type: ignore[attr-defined]
    page.import_path(pack)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.progress.running, timeout=120_000)  # type: ignore[attr-defined]
    assert "ready" in page.last_message, page.last_message  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.row_of(NAME) >= 0, timeout=10_000)  # type: ignore[attr-defined]
    assert cells(page, NAME)[2:4] == ["Present", "imported"]


def test_ollama_models_list_pull_and_delete(qtbot: QtBot, gui_ctx: object) -> None:
    from recordroute.gui.ollama_models import OllamaModelsBox
    from tests.fakes.fake_ollama import FakeOllama

    models = {
        "qwen2.5:7b-instruct": {"parameter_size": "7.6B", "context_length": 32768},
        "llama3.2:1b": {"family": "llama", "parameter_size": "1.2B"},
    }
    with FakeOllama(models) as fake:
        fake.library = {
            "exaone3.5:7.8b": {"family": "exaone", "parameter_size": "7.8B", "size": 4_800_000_000}
        }
        fake.pull_delay = 0.02
        settings = gui_ctx.settings  # type: ignore[attr-defined]
        settings.llm_backend, settings.ollama_host = "ollama", fake.url
        box = OllamaModelsBox(settings)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitUntil(lambda: box.loaded, timeout=10_000)
        rows = {
            box.table.item(r, 0).text(): [box.table.item(r, c).text() for c in range(5)]
            for r in range(box.table.rowCount())
        }
        assert (
            rows["qwen2.5:7b-instruct"][2] == "32768" and "qwen2.5:7b-instruct" in box.recommendation.text()
        )
        assert box.table.item(box.table.rowCount() - 1, 0).text() == "llama3.2:1b"  # poor minutes: last
        box.pull("exaone3.5:7.8b")
        qtbot.waitUntil(lambda: not box.progress.running, timeout=30_000)
        assert box.progress.last is not None and box.progress.last.done == 4_800_000_000
        qtbot.waitUntil(lambda: box.table.rowCount() == 3, timeout=10_000)
        box.table.selectRow([m.name for m in box.models].index("llama3.2:1b"))
        box.confirm = lambda text: "llama3.2:1b" in text  # type: ignore[method-assign]
        box.delete_selected()
        qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=10_000)
        assert "llama3.2:1b" not in {m.name for m in box.models}

    settings.llm_backend = "extractive"  # no Ollama in use: no Ollama section
    hidden = OllamaModelsBox(settings)
    qtbot.addWidget(hidden)
    assert not hidden.enabled and hidden.isHidden() and not hidden.loaded


def test_speaker_models_listed_downloaded_and_deleted(
    qtbot: QtBot,
    page: object,
    releases: object,  # noqa: F811
) -> None:
    from tests.models.conftest import CAMPP

    dvec = cells(page, "dvector-vfl")
    assert dvec[:4] == ["Speakers", "dvector-vfl", "Present", "bundled"] and dvec[6] == "✓"
    campp = cells(page, CAMPP.name)
    assert campp[2] == "Not downloaded" and campp[4] == "28.3 MB" and campp[6] == ""
    page.select(CAMPP.name)  # type: ignore[attr-defined]
    assert "first speaker model present" in page.detail.text()  # type: ignore[attr-defined]
    page.download()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.progress.running, timeout=60_000)  # type: ignore[attr-defined]
    assert "ready" in page.last_message, page.last_message  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: cells(page, CAMPP.name)[2] == "Present", timeout=10_000)
    assert cells(page, CAMPP.name)[3] == "downloaded" and cells(page, CAMPP.name)[6] == "✓"
    assert cells(page, "dvector-vfl")[6] == ""
    page.select(CAMPP.name)  # type: ignore[attr-defined]
    assert not page.use_button.isEnabled() and page.delete_button.isEnabled()  # type: ignore[attr-defined]
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True  # type: ignore[attr-defined]
    page.delete_selected()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: cells(page, CAMPP.name)[2] == "Not downloaded", timeout=10_000)
    assert "next one present" in asked[0]
    assert cells(page, "dvector-vfl")[6] == "✓"


def test_download_dialog_for_a_missing_speaker_model(
    qtbot: QtBot,
    gui_ctx: object,
    releases: object,  # noqa: F811
) -> None:
    from recordroute.engines.diarize.catalog import resolve_embedder
    from recordroute.gui.model_download import ModelDownloadDialog
    from tests.models.conftest import CAMPP

    dialog = ModelDownloadDialog(gui_ctx.settings, CAMPP.name)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    assert dialog.text.text().startswith(f"Download {CAMPP.name} (~28 MB)? 3D-Speaker CAM++")
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.start()
    models = gui_ctx.settings.data_dir / "models"  # type: ignore[attr-defined]
    assert resolve_embedder(None, models)[0].name == CAMPP.name


def test_a_refused_speaker_file_is_said_in_words(
    qtbot: QtBot,
    page: object,
    releases: object,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.models.conftest import CAMPP, RELEASE_PATH

    garbage = tmp_path / "garbage.onnx"
    garbage.write_bytes(b"<html>not a model</html>" * 50)
    releases.files[RELEASE_PATH] = garbage  # type: ignore[attr-defined]
    page.download(CAMPP.name)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.progress.running, timeout=60_000)  # type: ignore[attr-defined]
    assert "not a speaker model this app can run" in page.last_message, page.last_message  # type: ignore[attr-defined]
    assert cells(page, CAMPP.name)[2] == "Not downloaded"
    assert leftovers(page.settings.data_dir / "models") == []  # type: ignore[attr-defined]
