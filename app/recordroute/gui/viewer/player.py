"""Audio/video playback bar. QtMultimedia is imported and the player created on first use; a machine with no
audio device (or no multimedia backend) gets a disabled bar with the reason, never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolButton, QWidget

from ..icons import media_icon
from ..presenters import clock


class PlayerBar(QWidget):
    positionChanged = Signal(float)  # seconds
    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: Any = None
        self.audio: Any = None
        self.source: Path | None = None
        self.duration = 0.0
        self._pending_seek: float | None = None
        self._pending_play = False
        self._loaded = False
        self.error_text = ""
        self.play_button = QToolButton(self)
        self._playing = False
        self._paint_icon()
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 0)
        self.slider.sliderMoved.connect(lambda ms: self.seek(ms / 1000.0))
        self.time = QLabel("0:00 / 0:00", self)
        self.message = QLabel(self)
        self.message.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # never over the slider
        self.message.hide()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.play_button)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.time)
        lay.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.play_button.setToolTip(self.tr("Play / pause (Ctrl+P, or Space in the transcript)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()  # visible in light and dark
        super().changeEvent(event)

    def _paint_icon(self) -> None:
        self.play_button.setIcon(
            media_icon("pause" if self._playing else "play", self.palette().buttonText().color())
        )

    def _ensure_player(self) -> bool:
        if self.player is not None:
            return True
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:
            self._fail(self.tr("Playback is unavailable: %1").replace("%1", str(exc)))
            return False
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        return True

    def set_source(self, path: Path | None, duration: float | None = None) -> None:
        """Load a file (nothing plays yet). None clears the player."""
        self.source = path
        self._loaded = False
        self._pending_seek = None
        self._pending_play = False
        self.error_text = ""
        self.message.hide()
        self.duration = duration or 0.0
        self.slider.setRange(0, int(self.duration * 1000))
        self.slider.setValue(0)
        self._update_time(0.0)
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        self.setEnabled(path is not None)

    def _load(self) -> bool:
        if self.source is None or not self._ensure_player():
            return False
        if not self._loaded:
            self.player.setSource(QUrl.fromLocalFile(str(self.source)))
            self._loaded = True
        return True

    def seek(self, seconds: float, *, play: bool = False) -> None:
        if not self._load():
            return
        self._pending_play = self._pending_play or play
        from PySide6.QtMultimedia import QMediaPlayer

        ready = self.player.mediaStatus() in (
            QMediaPlayer.MediaStatus.LoadedMedia,
            QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.EndOfMedia,
        )
        if ready:
            self.player.setPosition(int(seconds * 1000))
            if play:
                self.player.play()
        else:  # the backend ignores positions until the media is loaded
            self._pending_seek = seconds
        self._update_time(seconds)
        self.slider.setValue(int(seconds * 1000))

    def toggle(self) -> None:
        if not self._load():
            return
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def is_playing(self) -> bool:
        if self.player is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer

        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def position(self) -> float:
        return self.player.position() / 1000.0 if self.player is not None else 0.0

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    # --- player signals -----------------------------------------------------------------------------------------
    def _on_status(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            if self._pending_seek is not None:
                self.player.setPosition(int(self._pending_seek * 1000))
                self._pending_seek = None
            if self._pending_play:
                self._pending_play = False
                self.player.play()

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self._update_time(ms / 1000.0)
        self.positionChanged.emit(ms / 1000.0)

    def _on_duration(self, ms: int) -> None:
        if ms > 0:
            self.duration = ms / 1000.0
            self.slider.setRange(0, ms)
            self._update_time(self.position())

    def _on_state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self._playing = playing
        self._paint_icon()
        self.playingChanged.emit(playing)

    def _on_error(self, _error: Any, text: str) -> None:
        self._fail(self.tr("Playback failed: %1").replace("%1", text or self.tr("unknown error")))

    def _fail(self, text: str) -> None:
        """A short sentence beside the slider; the system's own words (a missing library…) in its tooltip."""
        self.error_text = text
        self.message.setText(self.tr("Cannot play here"))
        self.message.setToolTip(text)
        self.message.show()

    def _update_time(self, seconds: float) -> None:
        self.time.setText(f"{clock(seconds)} / {clock(self.duration)}")
