"""The drop target: files and folders by drag-and-drop, the file dialog, or pasted paths/URLs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..pipeline.ingest import paths_from_text


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files from a drop or the clipboard: file URLs first, else path-looking text lines."""
    if mime.hasUrls():
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            return paths
    if mime.hasText():
        return [p for p in paths_from_text(mime.text()) if p.exists()]
    return []


class DropZone(QFrame):
    pathsDropped = Signal(list)  # list[Path]
    addFilesRequested = Signal()
    addFolderRequested = Signal()
    recordRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._hover = False
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # One line, never wrapped: a wrapped label's height-for-width made the window's minimum height grow
        # with the language and width. The whole window takes drops; the hint is the zone's tooltip.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.hide()
        self.add_files = QPushButton(self)
        self.add_folder = QPushButton(self)
        self.record = QPushButton(self)
        self.add_files.clicked.connect(self.addFilesRequested)
        self.add_folder.clicked.connect(self.addFolderRequested)
        self.record.clicked.connect(self.recordRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.add_files, self.add_folder, self.record):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addLayout(buttons)
        self._style()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Drop recordings, videos, PDFs or text files here"))
        self.hint.setText(
            self.tr(
                "Folders are added with everything inside. Ctrl+V pastes copied files or "
                "paths. Everything is processed on this computer."
            )
        )
        self.add_files.setText(self.tr("Add files…"))
        self.add_folder.setText(self.tr("Add folder…"))
        self.record.setText(self.tr("Record…"))
        self.setToolTip(self.hint.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._style()
        super().changeEvent(event)

    def _style(self) -> None:
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # A dashed outline painted by hand: a style sheet here would restyle the buttons inside.
        pal = self.palette()
        color = pal.highlight().color() if self._hover else pal.mid().color()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)

    # --- drag and drop ------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()
            self._hover = True
            self._style()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self._hover = False
        self._style()
        super().dragLeaveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover = False
        self._style()
        if self.handle_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def handle_mime(self, mime: QMimeData) -> bool:
        """Accept the files in `mime` (a drop or a paste); False when it holds no local files."""
        paths = paths_from_mime(mime)
        if paths:
            self.pathsDropped.emit(paths)
        return bool(paths)
