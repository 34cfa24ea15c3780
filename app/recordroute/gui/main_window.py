"""The main window: drop zone and history on the left, the viewer on the right, jobs and search in docks.

A face only: files go to pipeline.ingest.triage and the job queue, everything else to the store.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.context import AppContext
from ..store import Recording
from . import actions as acts
from . import i18n
from . import presenters as gs
from .drop_overlay import DropOverlay
from .drop_zone import DropZone
from .history_view import HistoryView
from .icons import app_icon
from .job_workers import JobController, run_task
from .live_sync import LiveSync
from .llm_indicator import LlmIndicator, LlmMonitor
from .notices import NoticePanel
from .queue_panel import QueuePanel
from .recording_actions import RecordingActions
from .recovery_dialog import offer_recovery
from .search_page import SearchPage
from .search_pane import SearchPane
from .status_icons import StatusLegend
from .theme import ThemeManager
from .tray import Tray
from .viewer import ViewerPane
from .watch_service import start_watching
from .window_dialogs import WindowDialogs
from .window_drop import WindowDrop
from .window_status import WindowStatus


class LocalService(Protocol):
    """A companion sharing the app's context and job queue (the local API), started by the entry point."""

    def apply(self) -> None:
        """Start, stop or restart to match the current settings (raises RecordRouteError on failure)."""

    def stop(self) -> None: ...


class MainWindow(WindowDrop, WindowStatus, QMainWindow):
    triaged = Signal(object)  # Triage, after a drop/paste/dialog has been checked

    def __init__(
        self, ctx: AppContext, *, theme: ThemeManager | None = None, autostart: bool = True, tray: bool = True
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.prefs = gs.GuiPrefs.load()
        self.theme = theme
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self._last_step: dict[int, tuple[str, str, str]] = {}
        self._sized = False
        self.controller = JobController(ctx, self, autostart=False)
        self.local_api: LocalService | None = None  # set by the entry point when it runs the local API
        self.dialogs = WindowDialogs(
            self,
            ctx,
            self.prefs,
            add_paths=self.add_paths,
            current_recording=self._current_recording,
            show_status=self.show_status,
            settings_saved=self._settings_saved,
            library_changed=lambda _rec_id: self.history.model.reload(keep_loaded=True),
        )
        self._build_ui()
        undo, redo = QAction(self), QAction(self)
        undo.triggered.connect(self.undo_stack.undo)
        redo.triggered.connect(self.undo_stack.redo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_stack.indexChanged.connect(self._undo_changed)
        self.acts = acts.build(self, self._slots(), undo, redo)
        self.tray = Tray(app_icon(), self) if tray else None
        if self.tray is not None:
            self.tray.showRequested.connect(self._raise)
            self.tray.quitRequested.connect(self.close)
        self.controller.jobEvent.connect(self._on_job_event)
        self.controller.jobFinished.connect(self._on_job_finished)
        self.live = LiveSync(ctx, self.controller, self.viewer, self.show_status, self)
        self.recording_actions = RecordingActions(self)
        self.history.extend_menu = self.recording_actions.fill_menu
        self.viewer.actionsRequested.connect(self.recording_actions.fill_menu)
        self.viewer.summary.transcribeAgainRequested.connect(self.recording_actions.transcribe_again)
        self.viewer.details.speakers.findAgainRequested.connect(self.recording_actions.find_speakers_again)
        self.retranslate()
        self._sync_checks()
        self.resize(1280, 800)
        if autostart:
            # The first check imports the LLM client (GIL-heavy): a moment after the window paints.
            QTimer.singleShot(1000, self.llm, self.llm.start)
            self.controller.start()  # resume the persistent queue
            offer_recovery(self)  # recordings a crash left in the inbox
        self.watch = start_watching(self) if autostart else None  # the settings' watch folders

    # --- layout ------------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        """Built in this order: panes, jobs dock, status bar, then their connections."""
        self._build_panes()
        self._build_queue_dock()
        self._build_status_bar()
        self._connect_ui()

    def _build_panes(self) -> None:
        """The library (drop zone, notices, history) or Search on the left, the viewer on the right."""
        self.drop_zone = DropZone(self)
        self.notices = NoticePanel(self)
        self.history = HistoryView(self.ctx.store, self.undo_stack, self)
        library = QWidget(self)
        ll = QVBoxLayout(library)
        ll.setContentsMargins(6, 6, 0, 6)
        ll.addWidget(self.drop_zone)
        ll.addWidget(self.notices)
        ll.addWidget(self.history, 1)
        # Search and Ask take the list's place, never the viewer's width.
        self.search = SearchPane(self.ctx, self)
        self.search_page = SearchPage(self.search, self)
        self.search_page.closeRequested.connect(self.close_search)
        left = self.left = QStackedWidget(self)
        left.addWidget(library)
        left.addWidget(self.search_page)
        self.viewer = ViewerPane(self.ctx, self)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.viewer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        # The viewer absorbs width changes (a search dock opening), the history keeps its width.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        left.setMinimumWidth(330)
        self.splitter.setSizes([600, 680])
        self.setCentralWidget(self.splitter)
        self.drop_overlay = DropOverlay(self.splitter)

    def _build_queue_dock(self) -> None:
        """The jobs panel, docked at the bottom."""
        self.queue = QueuePanel(self.controller, self)
        self.queue_dock = QDockWidget(self)
        self.queue_dock.setObjectName("jobsDock")
        self.queue_dock.setWidget(self.queue)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.queue_dock)
        self.resizeDocks([self.queue_dock], [150], Qt.Orientation.Vertical)

    def _build_status_bar(self) -> None:
        """The LLM indicator (also on the Summary tab) and the Undo button in the status bar."""
        # The LLM's state: in the status bar (always) and on the Summary tab (with Settings / Retry).
        self.llm = LlmMonitor(lambda: self.ctx.settings, self)
        self.llm_status = LlmIndicator(self.llm, self, actions=False)
        self.llm_status.setMaximumWidth(420)
        self.statusBar().addPermanentWidget(self.llm_status)
        summary_llm = LlmIndicator(self.llm, self.viewer.summary)
        summary_llm.settingsRequested.connect(lambda: self.dialogs.open_settings(page=1))
        summary_llm.modelsRequested.connect(lambda: self.dialogs.open_models())
        self.viewer.summary.attach_llm(summary_llm)

        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self._undo_from_status)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)

    def _connect_ui(self) -> None:
        """The panes' signals to the window (after every widget they touch exists)."""
        self.drop_zone.pathsDropped.connect(self.add_paths)
        self.drop_zone.addFilesRequested.connect(self.dialogs.open_add_files)
        self.drop_zone.addFolderRequested.connect(self.dialogs.open_add_folder)
        self.drop_zone.recordRequested.connect(self.dialogs.open_record)
        self.history.openRequested.connect(lambda rec_id: self.open_recording(rec_id))
        self.history.trashed.connect(self._on_trashed)
        self.search.openRequested.connect(self.open_recording)
        self.search.status.connect(self.show_status)
        self.viewer.status.connect(self.show_status)
        self.viewer.openRequested.connect(self._show_recording)
        self.viewer.summary.finished.connect(self.history.model.refresh_recording)
        self.setAcceptDrops(True)
        self.queue_dock.visibilityChanged.connect(lambda _v: self._sync_checks())

    def _slots(self) -> dict[str, Any]:
        v, d = self.viewer, self.dialogs
        return {
            "add_files": d.open_add_files,
            "add_folder": d.open_add_folder,
            "record": d.open_record,
            "export": d.open_export,
            "settings": d.open_settings,
            "quit": self.close,
            "backup": d.open_backup,
            "restore_backup": d.open_restore,
            "trash_view": d.open_trash,
            "paste": self.paste,
            "rename": self.history.rename_current,
            "trash": self.history.trash_current,
            "find": self.find_in_transcript,
            "find_next": lambda: self._find(True),
            "find_prev": lambda: self._find(False),
            "filter": self._focus_filter,
            "search": self.toggle_search,
            "jobs": lambda: self.queue_dock.setVisible(not self.queue_dock.isVisible()),
            "tab_summary": lambda: self._tab(v.summary),
            "tab_transcript": lambda: self._tab(v.transcript),
            "tab_details": lambda: self._tab(v.details),
            "play": v.player.toggle,
            "back": lambda: v.player.seek(max(0.0, v.player.position() - 5)),
            "forward": lambda: v.player.seek(v.player.position() + 5),
            "welcome": d.open_first_run,
            "about": d.open_about,
            "legend": self.open_status_legend,
            "models": d.open_models,
            "add_with_options": d.open_add_with_options,
            "write_vault": d.write_vault,
            "recover": lambda: offer_recovery(self, asked=True),
            "theme": self.set_theme,
            "language": self.set_ui_language,
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("RecordRoute"))
        acts.retranslate(self.acts)
        self.queue_dock.setWindowTitle(self.tr("Jobs"))
        self.placeholder.setText(
            self.tr(
                "Select a recording to see its transcript, summary and details.\n\n"
                "Ctrl+O adds files · Ctrl+K searches · Ctrl+R records"
            )
        )
        self.undo_button.setText(self.tr("Undo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.controller.refresh()  # jobs another process (the CLI) queued meanwhile; no timer polls for them
        super().changeEvent(event)

    def _sync_checks(self) -> None:
        self.acts.jobs.setChecked(self.queue_dock.isVisible())
        self.acts.search.setChecked(self.search_open())
        mode = self.theme.mode if self.theme else self.prefs.theme
        self.acts.themes.get(mode, self.acts.themes["system"]).setChecked(True)
        self.acts.languages.get(self.ctx.settings.ui_language, self.acts.languages["system"]).setChecked(True)

    # --- viewer / search -------------------------------------------------------------------------------------------
    def open_recording(
        self, rec_id: int, segment_idx: int | None = None, start: float | None = None, page: int | None = None
    ) -> bool:
        if not self.viewer.open_recording(rec_id, segment_idx=segment_idx, start=start, page=page):
            return False
        self.right.setCurrentWidget(self.viewer)
        if self.history.current_id() != rec_id:
            selection = self.history.table.selectionModel()
            selection.blockSignals(True)  # selecting the row must not open the recording a second time
            self.history.select_recording(rec_id)
            selection.blockSignals(False)
        return True

    def _show_recording(self, rec_id: int) -> None:
        self.open_recording(rec_id)

    def search_open(self) -> bool:
        return self.left.currentWidget() is self.search_page

    def open_search(self) -> None:
        self.left.setCurrentWidget(self.search_page)
        self.search.focus_query()
        self._sync_checks()

    def close_search(self) -> None:
        self.left.setCurrentIndex(0)
        self.history.table.setFocus()
        self._sync_checks()

    def toggle_search(self) -> None:
        if self.search_open() and self.search.query.hasFocus():
            self.close_search()
        else:
            self.open_search()

    def open_status_legend(self) -> StatusLegend:
        dialog = StatusLegend(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def find_in_transcript(self) -> None:
        if self.right.currentWidget() is self.viewer:
            self._tab(self.viewer.transcript)
            self.viewer.transcript.open_find()

    def _find(self, forward: bool) -> None:
        if self.right.currentWidget() is self.viewer:
            self._tab(self.viewer.transcript)
            (self.viewer.transcript.find_next if forward else self.viewer.transcript.find_previous)()

    def _current_recording(self) -> Recording | None:
        return self.viewer.rec if self.right.currentWidget() is self.viewer else None

    def _tab(self, widget: QWidget) -> None:
        if self.right.currentWidget() is self.viewer:
            self.viewer.tabs.setCurrentWidget(widget)

    def _focus_filter(self) -> None:
        self.history.filter.setFocus()
        self.history.filter.selectAll()

    # --- appearance --------------------------------------------------------------------------------------------------
    def set_theme(self, mode: str) -> None:
        self.prefs.theme = mode
        self.prefs.save()
        if self.theme is not None:
            self.theme.apply(mode)
        self.viewer.transcript.model.dark = bool(self.theme and self.theme.dark)
        self._sync_checks()

    def set_ui_language(self, lang: str) -> None:
        from ..settings import Key

        self.ctx.settings.set(Key.UI_LANGUAGE, lang)
        try:
            self.ctx.settings.save()
        except OSError as exc:
            self.show_status(str(exc))
        i18n.install(lang)  # every widget gets a LanguageChange event and retranslates itself
        self._sync_checks()

    # --- settings ----------------------------------------------------------------------------------------------------
    def _settings_saved(self) -> None:
        self.set_theme(self.prefs.theme)
        i18n.install(self.ctx.settings.ui_language)
        self._sync_checks()
        if self.watch is not None:
            self.watch.restart(
                settle=self.prefs.watch_settle
            )  # the folders, move-to or settle may have changed
        self.show_status(self.tr("Settings saved"))
        self.llm.check_now()
        if self.local_api is not None:  # on, off or another port: at once, off the UI thread
            run_task(self.local_api.apply, owner=self, on_error=lambda text: self.show_status(text, 15000))

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # history about 45% of the window, within sensible bounds
            self._sized = True
            share = 0.45 if self.width() >= 1200 else 0.41  # a small screen gives the viewer its tabs' width
            left = max(330, min(600, int(self.width() * share)))
            self.splitter.setSizes([left, max(1, self.splitter.width() - left)])
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.llm.stop()
        self.viewer.player.stop()
        self.viewer.summary.stop_summary()
        self.controller.shutdown()
        super().closeEvent(event)
