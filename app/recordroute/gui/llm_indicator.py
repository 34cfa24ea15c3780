"""The LLM's state, always visible where minutes are made: connected (server, model, context), or "Ollama at …
does not answer" with Settings and Retry. One monitor per window probes the configured server on the thread
pool every few seconds (pipeline.llm_status); every indicator shows its latest state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..pipeline.llm_status import (
    CONNECTED,
    DOWN,
    EXTRACTIVE,
    MODEL_MISSING,
    LlmStatus,
    llm_status,
    server_reachable,
)
from ..settings import Settings
from .job_workers import run_task
from .retranslating import Retranslating
from .status_icons import status_icon

POLL_MS = 3000  # a server that stops answering shows within 5 s (poll + a refused connection)
FULL_EVERY = 20  # polls between full checks (the model list) while nothing changes: once a minute
translate = QCoreApplication.translate


def server_name(status: LlmStatus) -> str:
    return "Ollama" if status.backend == "ollama" else translate("LlmIndicator", "The LLM server")


def status_text(status: LlmStatus) -> str:
    """One sentence in the UI's language."""
    if status.state == CONNECTED:
        text = translate("LlmIndicator", "%1 at %2 · %3").replace("%1", server_name(status))
        text = text.replace("%2", status.server).replace("%3", status.model)
        if status.context:
            text += " · " + translate("LlmIndicator", "%1-token context").replace("%1", f"{status.context:,}")
        return text
    if status.state == EXTRACTIVE:
        return translate("LlmIndicator", "No LLM: minutes are extractive (quoted from the transcript)")
    if status.state == MODEL_MISSING:
        text = translate("LlmIndicator", "%1 at %2 does not have the model %3")
        text = (
            text.replace("%1", server_name(status)).replace("%2", status.server).replace("%3", status.model)
        )
    else:
        text = translate("LlmIndicator", "%1 at %2 does not answer")
        text = text.replace("%1", server_name(status)).replace("%2", status.server)
    if status.fallback:
        text += translate("LlmIndicator", "; minutes will be extractive until it does")
    return text


def _icon_state(status: LlmStatus | None) -> str:
    if status is None:
        return "queued"
    return {CONNECTED: "done", DOWN: "failed", MODEL_MISSING: "interrupted"}.get(status.state, "none")


class LlmMonitor(QObject):
    """Polls the configured LLM while its owner lives; `changed` fires when the state (not the detail) changes."""

    changed = Signal(object)  # LlmStatus

    def __init__(
        self, settings: Callable[[], Settings], parent: QObject, *, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.status: LlmStatus | None = None
        self.started = False  # not started (a screenshot run): indicators stay hidden
        self._busy = False
        self._polls = 0
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self.started = True
        self._timer.start()
        self.changed.emit(self.status)  # indicators show "Checking…" until the first answer
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        """Every few seconds a TCP connect only (cheap: no client, no TLS context); the full check when the
        answer changes, and once a minute anyway."""
        if self._busy:
            return
        self._polls += 1
        if self.status is None or self._polls % FULL_EVERY == 0:
            self.check_now()
            return
        self._busy = True
        run_task(
            server_reachable,
            self._settings(),
            owner=self,
            on_result=self._reached,
            on_error=lambda _text: setattr(self, "_busy", False),
        )

    def _reached(self, reachable: bool | None) -> None:
        self._busy = False
        was = None if self.status is None or self.status.state == EXTRACTIVE else self.status.state != DOWN
        if reachable != was:
            self.check_now()

    def check_now(self) -> None:
        if self._busy:  # a slow server: never stack probes
            return
        self._busy = True
        want_context = self.status is None or self.status.state != CONNECTED
        run_task(
            llm_status,
            self._settings(),
            owner=self,
            with_context=want_context,
            on_result=self._got,
            on_error=lambda _text: setattr(self, "_busy", False),
        )

    def _got(self, status: LlmStatus) -> None:
        self._busy = False
        if status.state == CONNECTED and status.context is None and self.status is not None:
            status = LlmStatus(
                **{**status.__dict__, "context": self.status.context}
            )  # asked once per connection
        if status != self.status:
            self.status = status
            self.changed.emit(status)


class LlmIndicator(Retranslating, QWidget):
    """An icon and a sentence; with `actions`, Settings and Retry (or Download model) when something is wrong."""

    settingsRequested = Signal()
    modelsRequested = Signal()

    def __init__(self, monitor: LlmMonitor, parent: QWidget | None = None, *, actions: bool = True) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # never widens its parent
        self.text.setWordWrap(actions)  # the Summary tab has room for two lines; the status bar has one
        self.settings_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.model_button = QPushButton(self)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.retry_button.clicked.connect(monitor.check_now)
        self.model_button.clicked.connect(self.modelsRequested)
        self._actions = actions
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.icon)
        lay.addWidget(self.text, 1)
        for b in (self.model_button, self.settings_button, self.retry_button):
            lay.addWidget(b)
        monitor.changed.connect(self.show_status)
        self.retranslate()
        self.show_status(monitor.status)

    def retranslate(self) -> None:
        self.settings_button.setText(self.tr("Settings…"))
        self.retry_button.setText(self.tr("Retry"))
        self.model_button.setText(self.tr("Download model…"))
        self.show_status(self.monitor.status)

    def show_status(self, status: LlmStatus | None) -> None:
        self.setVisible(status is not None or self.monitor.started)
        self.icon.setPixmap(status_icon(_icon_state(status), 14).pixmap(14, 14))
        text = status_text(status) if status is not None else self.tr("Checking the LLM server…")
        self.text.setText(text)
        self.setToolTip(text + (f"\n\n{status.detail}" if status is not None and status.detail else ""))
        wrong = status is not None and status.state in (DOWN, MODEL_MISSING)
        self.settings_button.setVisible(self._actions and wrong)
        self.retry_button.setVisible(self._actions and wrong)
        self.model_button.setVisible(self._actions and status is not None and status.state == MODEL_MISSING)
        self.text.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
