"""UI language: Qt translators for our strings (resources/i18n/recordroute_<lang>.qm) and Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGES = ("en", "ko")
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """'ko' when the system locale is Korean, else 'en' (the only languages the UI ships)."""
    name = QLocale.system().name().lower()
    return "ko" if name.startswith("ko") else "en"


def resolve(setting: str | None) -> str:
    """The language to show for a `ui_language` setting ('system', 'ko' or 'en')."""
    return setting if setting in LANGUAGES else system_language()


def install(language_setting: str | None) -> str:
    """Swap the application's translators; widgets receive a LanguageChange event and retranslate."""
    app = QCoreApplication.instance()
    lang = resolve(language_setting)
    if app is None:
        return lang
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    global _current
    _current = lang
    ours = QTranslator(app)  # English: source strings plus plural forms ("1 file" / "2 files")
    if ours.load(str(resource("i18n", f"recordroute_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        _install_qt(app, lang)
    # Deliver the LanguageChange events now, so every widget shows the new language on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def _install_qt(app: QCoreApplication, lang: str) -> None:
    """Qt's own strings (file dialogs, standard buttons)."""
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
        f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)


def current() -> str:
    return _current
