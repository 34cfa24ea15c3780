"""Saved prompts ("recipes") for one recording: pick one, run it through the LLM, read the newest output of
each; every run is kept as a new version."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.context import AppContext
from ..pipeline.recipes import recipe_list, run_recipe
from ..store.recipes import RecipeRun
from . import i18n
from .job_workers import TaskWorker, run_task
from .retranslating import Retranslating


class RecipeDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, rec_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec_id = rec_id
        self.worker: TaskWorker | None = None
        self.recipe = QComboBox(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.run_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.output = QTextBrowser(self)
        self.output.setOpenExternalLinks(False)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.run_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.close)
        self.recipe.currentIndexChanged.connect(lambda _i: self.show_latest())
        row = QHBoxLayout()
        row.addWidget(self.recipe, 1)
        row.addWidget(self.run_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.description)
        lay.addWidget(self.output, 1)
        lay.addLayout(bottom)
        self.setMinimumSize(420, 320)
        self.resize(640, 520)
        self._items = recipe_list(ctx.settings)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recipes"))
        self.run_button.setText(self.tr("&Run"))
        self.close_button.setText(self.tr("&Close"))
        korean = i18n.current() == "ko"
        current = self.recipe.currentData()
        self.recipe.blockSignals(True)
        self.recipe.clear()
        for name, english, ko in self._items:
            self.recipe.addItem(name, (name, ko if korean and ko else english))
        index = next((i for i in range(self.recipe.count()) if self.recipe.itemData(i) == current), 0)
        self.recipe.setCurrentIndex(index)
        self.recipe.blockSignals(False)
        self.show_latest()

    @property
    def name(self) -> str:
        data = self.recipe.currentData()
        return str(data[0]) if data else ""

    def show_latest(self) -> None:
        data = self.recipe.currentData()
        self.description.setText(str(data[1]) if data else self.tr("No recipes found."))
        latest = self.ctx.store.recipes.latest(self.rec_id, self.name) if self.name else None
        self.output.setMarkdown(latest.markdown or "" if latest else "")
        busy = self.worker is not None
        self.run_button.setEnabled(bool(self.name) and not busy)
        if busy:
            self.notice.setText(self.tr("Running %1…").replace("%1", self.name))
        elif latest is not None:
            self.notice.setText(
                self.tr("Version %1 · %2").replace("%1", str(latest.version)).replace("%2", latest.backend)
            )
        else:
            self.notice.setText(self.tr("Not run on this recording yet."))

    def run(self) -> None:
        if not self.name or self.worker is not None:
            return
        self.worker = run_task(
            run_recipe,
            self.ctx,
            self.rec_id,
            self.name,
            owner=self,
            on_result=self._done,
            on_error=self._failed,
            cancellable=True,
        )
        self.show_latest()

    def _done(self, run: Any) -> None:
        self.worker = None
        assert isinstance(run, RecipeRun)
        self.show_latest()

    def _failed(self, text: str) -> None:
        self.worker = None
        self.show_latest()
        self.notice.setText(text)
