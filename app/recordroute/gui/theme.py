"""Light/dark palettes. 'system' follows the OS colour scheme (QStyleHints.colorScheme) and its changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .presenters import THEMES


def dark_palette() -> QPalette:
    p = QPalette()
    base, alt, text, mid = QColor(30, 31, 34), QColor(43, 45, 49), QColor(222, 224, 228), QColor(60, 63, 68)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, QColor(37, 38, 42))
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, alt)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, alt)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(140, 143, 150))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(48, 50, 55))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.BrightText, QColor(255, 90, 90))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(53, 120, 229))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.Link, QColor(110, 170, 255))
        p.setColor(group, QPalette.ColorRole.LinkVisited, QColor(170, 140, 255))
        p.setColor(group, QPalette.ColorRole.Mid, mid)
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(70, 73, 78))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(20, 21, 23))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor(10, 10, 10))
    disabled = QColor(120, 123, 128)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(37, 38, 42))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(42, 43, 47))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, QColor(37, 38, 42))
    return p


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


class ThemeManager(QObject):
    """Applies the chosen theme and re-applies it when the OS scheme changes while on 'system'."""

    changed = Signal(bool)  # dark?

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.mode = mode if mode in THEMES else "system"
        self.dark = False
        app.setStyle("Fusion")  # Fusion honours custom palettes on every platform
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)
        self.apply(self.mode)

    def apply(self, mode: str) -> None:
        self.mode = mode if mode in THEMES else "system"
        dark = system_is_dark() if self.mode == "system" else self.mode == "dark"
        self.dark = dark
        self.app.setPalette(dark_palette() if dark else self.app.style().standardPalette())
        self.changed.emit(dark)

    def _on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            self.apply("system")
