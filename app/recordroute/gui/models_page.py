"""The Models page of the settings: every speech, embedding and speaker model (present or downloadable, source,
size on disk, last verified, in use: for speaker models the one diarization uses), and download (with progress and Cancel), import, export, verify, delete and "use".
Ollama's models are listed below when an Ollama host is configured (gui/ollama_models.py).

Everything slow runs off the UI thread; one transfer (download, import, export, verify) at a time.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engines.models import ModelManager, ModelState
from ..engines.models.download import human_bytes
from ..errors import RecordRouteError
from ..pipeline import model_manager
from ..pipeline.context import AppContext
from . import presenters as gs
from .error_text import describe, detail_of
from .job_workers import run_task
from .labels import languages_label, model_note, source_label, use_note
from .model_download import DownloadBar, model_table
from .ollama_models import OllamaModelsBox


class ModelsDialog(QDialog):
    """The Models page in a window of its own, sized for its two tables (speech/search models and Ollama's)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.page = ModelsPage(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.page, 1)
        lay.addWidget(buttons)
        self.setMinimumSize(720, 520)
        self.resize(
            960, 700
        )  # at least eight rows of the model table at once (13 models with the speaker ones)
        # Closing the window ends a transfer whose progress nobody can see any more.
        self.finished.connect(lambda _result: self.page.progress.cancel())


class ModelsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self.states: list[tuple[ModelState, bool]] = []
        self.loaded = False
        self.last_message = ""
        self.table = model_table(
            self,
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Source"),
                self.tr("Size"),
                self.tr("Last verified"),
                self.tr("In use"),
            ],
            stretch=1,
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.repo = QLineEdit(self)
        self.repo.setPlaceholderText(self.tr("or a Hugging Face repository id (owner/name)"))
        self.download_button = QPushButton(self.tr("&Download"), self)
        self.import_file_button = QPushButton(self.tr("Import &pack…"), self)
        self.import_folder_button = QPushButton(self.tr("Import &folder…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.use_button = QPushButton(self.tr("&Use"), self)
        self.use_button.setToolTip(self.tr("Make this the default model of its kind"))
        self.progress = DownloadBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_button.clicked.connect(lambda: self.download(self.repo.text().strip() or None))
        self.import_file_button.clicked.connect(self._pick_pack)
        self.import_folder_button.clicked.connect(self._pick_folder)
        self.export_button.clicked.connect(self._pick_export)
        self.verify_button.clicked.connect(self.verify_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.use_button.clicked.connect(self.use_selected)
        self.progress.finished.connect(self._transfer_done)
        self.progress.failed.connect(lambda text: self._say(text))
        self.progress.failed.connect(self._update_buttons)
        self.progress.cancelled.connect(lambda: self._say(self.tr("Cancelled; nothing was kept.")))
        self.progress.cancelled.connect(self._update_buttons)
        self.ollama = OllamaModelsBox(self.settings, self)
        self._layout()
        self._update_buttons()
        self.refresh()

    def _layout(self) -> None:
        row1 = QHBoxLayout()
        row1.addWidget(self.repo, 1)
        row1.addWidget(self.download_button)
        row2 = QHBoxLayout()
        for b in (
            self.import_file_button,
            self.import_folder_button,
            self.export_button,
            self.verify_button,
            self.delete_button,
            self.use_button,
        ):
            row2.addWidget(b)
        row2.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 2)
        lay.addWidget(self.detail)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.ollama, 1)

    # --- the list --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_task(
            model_manager.list_models, self.settings, owner=self, on_result=self._fill, on_error=self._say
        )

    def _fill(self, states: list[tuple[ModelState, bool]]) -> None:
        selected = self.selected()
        self.states = states
        self.table.setRowCount(len(states))
        kinds = {"speech": self.tr("Speech"), "embedding": self.tr("Search"), "speaker": self.tr("Speakers")}
        for row, (s, in_use) in enumerate(states):
            size = s.size if s.present else s.download_size
            cells = [
                kinds.get(s.kind, s.kind),
                s.name,
                self.tr("Present") if s.present else self.tr("Not downloaded"),
                source_label(s.source),
                human_bytes(size) if size else "",
                gs.date_text(s.verified_at) if s.verified_at else "",
                "✓" if in_use else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and not s.present:
                    item.setToolTip(self.tr("Download size"))
                self.table.setItem(row, col, item)
            if selected is not None and (s.kind, s.name) == (selected.kind, selected.name):
                self.table.selectRow(row)
        self.loaded = True
        self._update_buttons()

    def row_of(self, name: str) -> int:
        return next((i for i, (s, _u) in enumerate(self.states) if s.name == name), -1)

    def selected(self) -> ModelState | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.states):
            return None
        return self.states[rows[0].row()][0]

    def select(self, name: str) -> None:
        self.table.selectRow(self.row_of(name))

    def _update_buttons(self) -> None:
        s = self.selected()
        busy = self.progress.running
        present = s is not None and s.present
        self.download_button.setEnabled(not busy)
        for b in (self.import_file_button, self.import_folder_button):
            b.setEnabled(not busy)
        for b in (self.export_button, self.verify_button, self.use_button, self.delete_button):
            b.setEnabled(present and not busy)
        speaker = s is not None and s.kind == "speaker"
        if speaker:  # no setting chooses it: diarization takes the best one present
            self.use_button.setEnabled(False)
        if s is None:
            self.detail.setText("")
        else:
            how = self.tr("Diarization uses the first speaker model present, in the order listed.")
            parts = (
                languages_label(s.languages),
                model_note(s.name, s.note),
                s.path or s.repo,
                how if speaker else "",
            )
            self.detail.setText(" · ".join(x for x in parts if x))

    def _say(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)
        self.status.setToolTip("")

    # --- dialogs (methods so tests can answer them) -------------------------------------------------------------
    def confirm(self, text: str) -> bool:
        self.last_message = text
        answer = QMessageBox.question(self, self.tr("Models"), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        self.last_message = text
        QMessageBox.information(self, self.tr("Models"), text)

    # --- actions -----------------------------------------------------------------------------------------------
    def download(self, name: str | None = None) -> None:
        """Download `name` (a catalogue name or a repository id), else the selected model."""
        force = False
        if name is None:
            s = self.selected()
            if s is None:
                self._say(self.tr("Choose a model in the list, or type a repository id."))
                return
            name = s.name
            if s.present:
                if not self.confirm(self.tr("%1 is already here. Download it again?").replace("%1", s.name)):
                    return
                force = True
        self._start(
            model_manager.download,
            self.settings,
            name,
            force=force,
            title=self.tr("Downloading %1…").replace("%1", name),
        )

    def import_path(self, path: Path) -> None:
        self._start(
            model_manager.import_pack,
            self.settings,
            Path(path),
            title=self.tr("Importing %1…").replace("%1", Path(path).name),
        )

    def export_to(self, dest: Path) -> None:
        s = self.selected()
        if s is not None:
            self._start(
                model_manager.export_pack,
                self.settings,
                s.name,
                Path(dest),
                kind=s.kind,
                title=self.tr("Exporting %1…").replace("%1", s.name),
            )

    def verify_selected(self) -> None:
        s = self.selected()
        if s is not None:
            self._start(
                model_manager.verify,
                self.settings,
                s.name,
                kind=s.kind,
                title=self.tr("Verifying %1…").replace("%1", s.name),
            )

    def _start(self, fn: Any, *args: Any, title: str, **kwargs: Any) -> None:
        self._say("")
        self.progress.start(fn, *args, title=title, **kwargs)
        self._update_buttons()

    def _transfer_done(self, result: Any) -> None:
        if isinstance(result, ModelState):
            self._say(
                self.tr("%1 is ready (%2).")
                .replace("%1", result.name)
                .replace("%2", human_bytes(result.size))
            )
        elif isinstance(result, Path):
            self._say(self.tr("Saved %1").replace("%1", str(result)))
        elif isinstance(
            result, list
        ):  # verify reports: a sentence each; the English findings in the tool tip
            broken = describe("broken_model").sentence
            bad = [f"{r.state.name}: {broken}" for r in result if not r.ok]
            self._say("\n".join(bad) if bad else self.tr("Verified: the model is intact."))
            self.status.setToolTip(
                "\n".join(f"{r.state.name}: {'; '.join(r.problems)}" for r in result if not r.ok)
            )
        self.refresh()

    def delete_selected(self) -> None:
        s = self.selected()
        if s is None:
            return
        try:
            ModelManager.check_deletable(s)
        except RecordRouteError as exc:
            self.inform(
                self.tr("%1 cannot be deleted: %2").replace("%1", s.name).replace("%2", detail_of(exc))
            )
            return
        used = any(u for st, u in self.states if st is s)
        text = (
            self.tr("Delete %1 (%2) from this computer?")
            .replace("%1", s.name)
            .replace("%2", human_bytes(s.size))
        )
        if used and s.kind == "speaker":
            text += "\n" + self.tr(
                "Diarization uses this speaker model; without it, it uses the next one present."
            )
        elif used:
            text += "\n" + self.tr("It is the model in use: choose another one before transcribing again.")
        if not self.confirm(text):
            return
        run_task(
            model_manager.delete,
            self.ctx,
            s.name,
            kind=s.kind,
            yes=True,
            owner=self,
            on_result=self._deleted,
            on_error=self._say,
        )

    def _deleted(self, state: Any) -> None:
        self._say(self.tr("Deleted %1.").replace("%1", state.name))
        self.refresh()

    def use_selected(self) -> None:
        s = self.selected()
        if s is None:
            return
        try:
            state, note = model_manager.use(self.settings, s.name, kind=s.kind)
        except (RecordRouteError, OSError) as exc:
            self._say(str(exc))
            return
        self._say(
            self.tr("%1 is now the default.").replace("%1", state.name)
            + (f" ({use_note(note)})" if note else "")
        )
        self.refresh()

    def _pack_filter(self) -> str:
        return self.tr("Model packs (*.tar *.tar.gz *.tgz *.zip)")

    def _pick_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a model pack"), "", self._pack_filter())
        if path:
            self.import_path(Path(path))

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a model folder"))
        if path:
            self.import_path(Path(path))

    def _pick_export(self) -> None:
        s = self.selected()
        if s is None:
            return
        suggested = str(Path.home() / f"{s.name}-{time.strftime('%Y%m%d')}.tar")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a model pack"), suggested, self._pack_filter()
        )
        if path:
            self.export_to(Path(path))
