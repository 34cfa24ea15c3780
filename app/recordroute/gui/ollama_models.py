"""Ollama's models on the Models page: the list (parameters, context length, size, suitability for Korean and
English minutes), the recommendation, pull with progress and Cancel, and delete. Shown only when summaries
may use Ollama (backend ollama or auto) and a host is set."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engines.models import ollama
from ..engines.models.download import human_bytes
from ..settings import Settings
from .job_workers import run_task
from .labels import ollama_reason
from .model_download import DownloadBar, model_table


def _listing(host: str) -> tuple[list[ollama.OllamaModel], ollama.OllamaModel | None]:
    models = ollama.list_models(host)
    return models, ollama.recommend(models)


class OllamaModelsBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.host = settings.ollama_host.strip()
        self.models: list[ollama.OllamaModel] = []
        self.loaded = False
        self.setTitle(self.tr("Ollama models (summaries)"))
        self.table = model_table(
            self,
            [
                self.tr("Name"),
                self.tr("Parameters"),
                self.tr("Context"),
                self.tr("Size"),
                self.tr("Suits minutes"),
            ],
            stretch=0,
        )
        self.table.setMaximumHeight(160)
        self.recommendation = QLabel(self)
        self.recommendation.setWordWrap(True)
        self.pull_name = QLineEdit(self)
        self.pull_name.setPlaceholderText(self.tr("model to pull, e.g. qwen2.5:7b-instruct"))
        self.pull_button = QPushButton(self.tr("P&ull"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.progress = DownloadBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pull_button.clicked.connect(lambda: self.pull(self.pull_name.text().strip()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.progress.finished.connect(self._pulled)
        self.progress.failed.connect(self.status.setText)
        self.progress.cancelled.connect(lambda: self.status.setText(self.tr("Pull cancelled.")))
        row = QHBoxLayout()
        row.addWidget(self.pull_name, 1)
        row.addWidget(self.pull_button)
        row.addWidget(self.delete_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.recommendation)
        lay.addLayout(row)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        self.setVisible(self.enabled)
        if self.enabled:
            self.refresh()

    @property
    def enabled(self) -> bool:
        return bool(self.host) and self.settings.llm_backend in ("ollama", "auto")

    def _pulled(self, _result: object) -> None:
        self.status.setText(self.tr("Pulled."))
        self.refresh()

    def refresh(self) -> None:
        run_task(_listing, self.host, owner=self, on_result=self._fill, on_error=self._unreachable)

    def _unreachable(self, text: str) -> None:
        self.loaded = True
        self.status.setText(text)
        self.recommendation.setText("")

    def _fill(self, result: tuple[list[ollama.OllamaModel], ollama.OllamaModel | None]) -> None:
        self.models, best = result
        self.table.setRowCount(len(self.models))
        for r, m in enumerate(self.models):
            cells = [
                m.name,
                m.parameter_size,
                str(m.context_length or ""),
                human_bytes(m.size) if m.size else "",
                str(m.score),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(ollama_reason(m))
                self.table.setItem(r, c, item)
        if best is not None:
            self.recommendation.setText(
                self.tr("Recommended for Korean and English minutes: %1 (%2)")
                .replace("%1", best.name)
                .replace("%2", ollama_reason(best))
            )
        else:
            self.recommendation.setText(
                self.tr("None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.")
            )
        self.loaded = True

    def pull(self, name: str) -> None:
        if name and not self.progress.running:
            self.status.setText("")
            self.progress.start(
                ollama.pull_model, self.host, name, title=self.tr("Pulling %1…").replace("%1", name)
            )

    def confirm(self, text: str) -> bool:
        """A method so tests can answer it."""
        answer = QMessageBox.question(self, self.tr("Ollama models"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        name = self.models[rows[0].row()].name
        if self.confirm(self.tr("Delete %1 from Ollama?").replace("%1", name)):
            run_task(
                ollama.delete_model,
                self.host,
                name,
                owner=self,
                on_result=lambda _r: self.refresh(),
                on_error=self.status.setText,
            )
