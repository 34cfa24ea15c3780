"""The languages auto-detect chooses among, and the mixed Korean-English option (settings and welcome screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from ..settings import Key, Settings


class LanguagesField(QWidget):
    """The languages auto-detect chooses among ("ko, en"; empty = any) and the mixed Korean-English option.
    Shared by the settings dialog and the welcome screen."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = QLineEdit(", ".join(settings.languages), self)
        self.codes.setPlaceholderText(self.tr("any language"))
        self.codes.setToolTip(
            self.tr(
                "Language codes you speak, e.g. ko, en. Detection picks the most likely "
                "of these; leave empty to allow any language."
            )
        )
        self.mixed = QCheckBox(
            self.tr("Mixed Korean–English speech (keep English terms in Latin script)"), self
        )
        self.mixed.setChecked(settings.mixed_ko_en)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.codes)
        lay.addWidget(self.mixed)

    def values(self) -> dict[Key, object]:
        codes = [c.strip() for c in self.codes.text().replace(";", ",").split(",") if c.strip()]
        return {Key.LANGUAGES: codes or ["any"], Key.MIXED_KO_EN: self.mixed.isChecked()}
