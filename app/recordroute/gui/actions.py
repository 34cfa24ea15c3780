"""The main window's actions and menus. Every action has a mnemonic in its menu path and most a shortcut,
so the whole app is usable from the keyboard. Texts are (re)set in `retranslate` for live language switching."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


@dataclass
class Actions:
    add_files: QAction
    add_folder: QAction
    record: QAction
    export: QAction
    backup: QAction
    restore_backup: QAction
    trash_view: QAction
    settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    paste: QAction
    rename: QAction
    trash: QAction
    find: QAction
    find_next: QAction
    find_prev: QAction
    filter: QAction
    search: QAction
    jobs: QAction
    tab_summary: QAction
    tab_transcript: QAction
    tab_details: QAction
    play: QAction
    back: QAction
    forward: QAction
    welcome: QAction
    about: QAction
    legend: QAction
    models: QAction
    add_with_options: QAction
    write_vault: QAction
    recover: QAction
    themes: dict[str, QAction] = field(default_factory=dict)
    languages: dict[str, QAction] = field(default_factory=dict)
    menus: dict[str, QMenu] = field(default_factory=dict)


def _action(win: QMainWindow, slot: Callable[..., object] | None, *keys: QKeySequence | str) -> QAction:
    act = QAction(win)
    if keys:
        act.setShortcuts([QKeySequence(k) for k in keys])
    if slot is not None:
        act.triggered.connect(lambda _checked=False: slot())
    win.addAction(act)  # shortcuts work even while the menu bar is hidden or the item's menu is closed
    return act


def build(win: QMainWindow, slots: dict[str, Callable[..., object]], undo: QAction, redo: QAction) -> Actions:
    S = QKeySequence.StandardKey
    a = Actions(
        add_files=_action(win, slots["add_files"], QKeySequence(S.Open)),
        add_folder=_action(win, slots["add_folder"], "Ctrl+Shift+O"),
        record=_action(win, slots["record"], "Ctrl+R"),
        export=_action(win, slots["export"], "Ctrl+E"),
        backup=_action(win, slots["backup"]),
        restore_backup=_action(win, slots["restore_backup"]),
        trash_view=_action(win, slots["trash_view"]),
        settings=_action(win, slots["settings"], "Ctrl+,"),
        quit=_action(win, slots["quit"], "Ctrl+Q"),
        undo=undo,
        redo=redo,
        paste=_action(win, slots["paste"], QKeySequence(S.Paste)),
        rename=_action(win, slots["rename"], "F2"),
        trash=_action(win, slots["trash"], QKeySequence(S.Delete)),
        find=_action(win, slots["find"], QKeySequence(S.Find)),
        find_next=_action(win, slots["find_next"], "F3"),
        find_prev=_action(win, slots["find_prev"], "Shift+F3"),
        filter=_action(win, slots["filter"], "Ctrl+L"),
        search=_action(win, slots["search"], "Ctrl+K", "Ctrl+Shift+F"),
        jobs=_action(win, slots["jobs"], "Ctrl+J"),
        tab_summary=_action(win, slots["tab_summary"], "Ctrl+1"),
        tab_transcript=_action(win, slots["tab_transcript"], "Ctrl+2"),
        tab_details=_action(win, slots["tab_details"], "Ctrl+3"),
        play=_action(win, slots["play"], "Ctrl+P"),
        back=_action(win, slots["back"], "Ctrl+["),
        forward=_action(win, slots["forward"], "Ctrl+]"),
        welcome=_action(win, slots["welcome"]),
        about=_action(win, slots["about"]),
        legend=_action(win, slots["legend"]),
        models=_action(win, slots["models"]),
        add_with_options=_action(win, slots["add_with_options"]),
        write_vault=_action(win, slots["write_vault"]),
        recover=_action(win, slots["recover"]),
    )
    undo.setShortcuts(QKeySequence.keyBindings(S.Undo))
    redo.setShortcuts(QKeySequence.keyBindings(S.Redo))
    win.addAction(undo)
    win.addAction(redo)
    a.jobs.setCheckable(True)
    a.search.setCheckable(True)
    _add_choices(win, a.themes, ("system", "light", "dark"), slots, "theme")
    _add_choices(win, a.languages, ("system", "en", "ko"), slots, "language")
    _build_menus(win, a)
    return a


def _add_choices(
    win: QMainWindow,
    into: dict[str, QAction],
    keys: tuple[str, ...],
    slots: dict[str, Callable[..., object]],
    slot: str,
) -> None:
    """One checkable action per key, exclusive in their group; triggering one calls `slots[slot](key)`."""
    group = QActionGroup(win)
    for key in keys:
        act = _action(win, None)
        act.setCheckable(True)
        act.triggered.connect(lambda _c=False, k=key: slots[slot](k))
        group.addAction(act)
        into[key] = act


def _build_menus(win: QMainWindow, a: Actions) -> None:
    """The menu bar; titles and texts come from `retranslate`."""
    bar = win.menuBar()
    m = a.menus
    m["file"] = bar.addMenu("")
    m["file"].addActions([a.add_files, a.add_with_options, a.add_folder, a.record])
    m["file"].addSeparator()
    m["file"].addActions([a.export, a.settings, a.models])
    m["file"].addSeparator()
    m["file"].addActions([a.backup, a.restore_backup, a.write_vault, a.recover])
    m["file"].addSeparator()
    m["file"].addAction(a.quit)
    m["edit"] = bar.addMenu("")
    m["edit"].addActions([a.undo, a.redo])
    m["edit"].addSeparator()
    m["edit"].addActions([a.paste, a.rename, a.trash])
    m["edit"].addSeparator()
    m["edit"].addActions([a.find, a.find_next, a.find_prev, a.filter])
    m["view"] = bar.addMenu("")
    m["view"].addActions([a.search, a.jobs, a.trash_view, a.legend])
    m["view"].addSeparator()
    m["view"].addActions([a.tab_summary, a.tab_transcript, a.tab_details])
    m["view"].addSeparator()
    m["theme"] = m["view"].addMenu("")
    m["theme"].addActions(list(a.themes.values()))
    m["language"] = m["view"].addMenu("")
    m["language"].addActions(list(a.languages.values()))
    m["play"] = bar.addMenu("")
    m["play"].addActions([a.play, a.back, a.forward])
    m["help"] = bar.addMenu("")
    m["help"].addActions([a.welcome, a.about])


def retranslate(a: Actions) -> None:
    """Menu texts carry '&' mnemonics (Korean: '파일(&F)'), so Alt+letter reaches every menu and item."""
    m = a.menus
    m["file"].setTitle(translate("MainWindow", "&File"))
    m["edit"].setTitle(translate("MainWindow", "&Edit"))
    m["view"].setTitle(translate("MainWindow", "&View"))
    m["theme"].setTitle(translate("MainWindow", "T&heme"))
    m["language"].setTitle(translate("MainWindow", "&Language"))
    m["play"].setTitle(translate("MainWindow", "&Playback"))
    m["help"].setTitle(translate("MainWindow", "&Help"))
    texts = {
        a.add_files: translate("MainWindow", "&Add files…"),
        a.add_folder: translate("MainWindow", "Add &folder…"),
        a.record: translate("MainWindow", "&Record…"),
        a.export: translate("MainWindow", "&Export transcript…"),
        a.settings: translate("MainWindow", "&Settings…"),
        a.quit: translate("MainWindow", "&Quit"),
        a.undo: translate("MainWindow", "&Undo"),
        a.redo: translate("MainWindow", "Re&do"),
        a.paste: translate("MainWindow", "&Paste files"),
        a.rename: translate("MainWindow", "Re&name"),
        a.trash: translate("MainWindow", "Move to &trash"),
        a.find: translate("MainWindow", "&Find in transcript"),
        a.find_next: translate("MainWindow", "Find ne&xt"),
        a.find_prev: translate("MainWindow", "Find pre&vious"),
        a.filter: translate("MainWindow", "Fi&lter history"),
        a.search: translate("MainWindow", "&Search"),
        a.jobs: translate("MainWindow", "&Jobs panel"),
        a.tab_summary: translate("MainWindow", "S&ummary"),
        a.tab_transcript: translate("MainWindow", "&Transcript"),
        a.tab_details: translate("MainWindow", "&Details"),
        a.play: translate("MainWindow", "&Play / pause"),
        a.back: translate("MainWindow", "&Back 5 seconds"),
        a.forward: translate("MainWindow", "&Forward 5 seconds"),
        a.welcome: translate("MainWindow", "&Welcome screen"),
        a.about: translate("MainWindow", "&About RecordRoute"),
    }
    texts.update(
        {
            a.backup: translate("MainWindow", "&Back up…"),
            a.restore_backup: translate("MainWindow", "Res&tore backup…"),
            a.trash_view: translate("MainWindow", "T&rash…"),
            a.legend: translate("MainWindow", "Status le&gend"),
            a.models: translate("MainWindow", "&Models…"),
            a.add_with_options: translate("MainWindow", "Add files &with options…"),
            a.write_vault: translate("MainWindow", "Write the &vault for the whole library"),
            a.recover: translate("MainWindow", "Re&cover unfinished recordings…"),
        }
    )
    for act, text in texts.items():
        act.setText(text)
    for key, text in (
        ("system", translate("MainWindow", "Follow the &system")),
        ("light", translate("MainWindow", "&Light")),
        ("dark", translate("MainWindow", "&Dark")),
    ):
        a.themes[key].setText(text)
    for key, text in (
        ("system", translate("MainWindow", "Follow the &system")),
        ("en", "&English"),
        ("ko", "한국어(&K)"),
    ):
        a.languages[key].setText(text)
