"""Background results that arrive after their widget is gone are dropped, not delivered to a deleted object
(issue 25, point 9): the class of bug behind `Internal C++ object (QListWidget) already deleted` and
`Signal source has been deleted` when the window closed during a download."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from huggingface_hub import constants
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from tests.fakes.fake_hub import FakeHub, FakeRepo, tiny_en_dir


def _delete_now(widget: QListWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot: QtBot) -> None:
    from recordroute.gui.job_workers import run_task

    gate = threading.Event()
    seen: list[str] = []
    items = QListWidget()

    def slow() -> str:
        gate.wait(10)
        return "found"

    def show(found: str) -> None:
        items.addItem(found)  # raised "already deleted" before the fix
        seen.append(found)

    worker = run_task(slow, owner=items, on_result=show, on_error=seen.append)
    _delete_now(items)
    with qtbot.waitSignal(worker.signals.result, timeout=10_000):
        gate.set()
    QCoreApplication.processEvents()
    assert seen == []  # dropped: nobody is left to show it

    alive = QListWidget()
    qtbot.addWidget(alive)
    run_task(lambda: "kept", owner=alive, on_result=alive.addItem)
    qtbot.waitUntil(lambda: alive.count() == 1, timeout=10_000)  # a living owner still gets its result
    assert alive.item(0).text() == "kept"


def test_a_cancellable_task_is_cancelled_with_its_owner(qtbot: QtBot) -> None:
    from recordroute.gui.job_workers import run_task
    from recordroute.progress import CancelToken

    started = threading.Event()
    owner = QListWidget()

    def wait_for_cancel(cancel: CancelToken) -> bool:
        started.set()
        for _ in range(1000):
            if cancel.cancelled:
                return True
            threading.Event().wait(0.01)
        return False

    worker = run_task(wait_for_cancel, owner=owner, cancellable=True)
    assert started.wait(10)
    with qtbot.waitSignal(worker.signals.result, timeout=15_000) as got:
        _delete_now(owner)
    assert got.args == [True]


@pytest.fixture
def slow_hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    files = {p.name: p for p in sorted(tiny_en_dir().iterdir()) if p.is_file()}
    with FakeHub({"Systran/faster-whisper-small": FakeRepo(files)}) as fake:
        fake.chunk_delay = 0.02
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        yield fake


def test_closing_a_download_dialog_mid_download_raises_nothing(
    qtbot: QtBot, gui_ctx: object, slow_hub: FakeHub, caplog: pytest.LogCaptureFixture
) -> None:
    from recordroute.gui.model_download import ModelDownloadDialog

    dialog = ModelDownloadDialog(gui_ctx.settings, "small")  # type: ignore[attr-defined]
    dialog.show()
    dialog.start()
    worker = dialog.progress.worker
    assert worker is not None
    qtbot.waitUntil(lambda: dialog.progress.last is not None or bool(dialog.error), timeout=30_000)
    assert not dialog.error, dialog.error  # bytes are flowing
    caplog.set_level(logging.ERROR)
    with qtbot.waitSignal(worker.signals.error, timeout=30_000) as ended:  # the cancelled download ends
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(dialog)
    QCoreApplication.processEvents()
    assert "cancel" in str(ended.args[0]).lower()
    assert "has been deleted" not in caplog.text and "RuntimeError" not in caplog.text
