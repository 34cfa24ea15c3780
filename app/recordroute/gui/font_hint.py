"""The one-time hint to install a Korean font (the detection itself is Qt-free: recordroute.fonts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from ..fonts import CJK_PACKAGE, HINT, fontconfig_korean_fonts, hint_once, needs_cjk_hint
from ..settings import Settings

MARKER = ".cjk-font-hint-shown"


def korean_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def cjk_font_hint_text() -> str | None:
    """The hint (translated) when this machine has no Korean font, else None."""
    if not needs_cjk_hint(korean_families(), fontconfig_korean_fonts()):
        return None
    text = QCoreApplication.translate(
        "FontHint",
        "No font for Korean text was found, so Korean may show as empty boxes. Install one, for "
        "example: sudo apt install %1",
    )
    return text.replace("%1", CJK_PACKAGE) if "%1" in text else HINT


def maybe_show_cjk_font_hint(parent: QWidget | None, settings: Settings) -> bool:
    """Show the hint once per data folder; True if it was shown."""
    text = cjk_font_hint_text()
    if text is None or not hint_once(settings.data_dir / MARKER):
        return False
    QMessageBox.information(parent, "RecordRoute", text)
    return True
