"""UI language: Qt translators for our strings (resources/i18n/recordroute_<lang>.qm) and Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGES = ("en", "ko")
_installed: list[QTranslator] = []


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
    if lang == "en":
        return lang  # source strings are English
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"recordroute_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
        f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def current() -> str:
    return "ko" if _installed else "en"
