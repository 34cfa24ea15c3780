"""An error shown to the user: the sentence in their language, the action that helps as a button, and the
developer detail behind Qt's "Show Details…"."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .error_text import ErrorView, action_label, describe_exception


def error_box(
    parent: QWidget,
    error: BaseException | ErrorView,
    handlers: Mapping[str, Callable[[ErrorView], object]],
    title: str = "",
) -> QMessageBox:
    view = error if isinstance(error, ErrorView) else describe_exception(error)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title or parent.window().windowTitle(), view.sentence, parent=parent
    )
    if view.detail and view.detail != view.sentence:
        box.setDetailedText(view.detail)
    handler = handlers.get(view.action)
    if handler is not None:
        button = box.addButton(action_label(view.action), QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda _c=False: handler(view))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
