"""System tray icon: show/hide the window and a notification when a job finishes (where a tray exists)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class Tray(QObject):
    showRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None  # kept for tests and for platforms with no tray
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.icon = QSystemTrayIcon(icon, self)
        menu = QMenu(parent)
        menu.addAction(self.tr("&Show RecordRoute")).triggered.connect(lambda: self.showRequested.emit())
        menu.addAction(self.tr("&Quit")).triggered.connect(lambda: self.quitRequested.emit())
        self.icon.setContextMenu(menu)
        self.icon.setToolTip("RecordRoute")
        self.icon.activated.connect(lambda _reason: self.showRequested.emit())
        self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def notify(self, title: str, message: str, *, error: bool = False) -> None:
        self.last_message = (title, message)
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            kind = QSystemTrayIcon.MessageIcon.Warning if error else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, message, kind, 5000)
