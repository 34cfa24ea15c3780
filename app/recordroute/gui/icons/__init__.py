"""Icons: the app icon from resources/icons/, everything else from the style's standard set."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ...paths import resource


def app_icon() -> QIcon:
    path = resource("icons", "recordroute.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
