"""A recording session: source → bounded queue → writer thread → incremental WAV (+ a sidecar marker).

The audio callback only queues; the writer thread writes, patches the header about once
a second, updates the per-channel level meters and feeds taps (live captions). The queue is bounded: if the
writer ever fell that far behind, blocks are dropped and counted in `overflows` instead of growing memory
without end. `overflows` also counts what the device itself reported as lost.

While recording, `<file>.recording` holds the recorder's pid and the recorder holds its liveness mark in
`.alive/`; a clean stop removes both. A marker whose mark is not held means the recording was cut short by a
crash (see pipeline/recovery.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...store.locks import mark_alive, release_mark
from .sources import CaptureSource, DeviceLostError
from .wav import IncrementalWav

MARKER_SUFFIX = ".recording"
QUEUE_SECONDS = 30.0  # how far the writer may fall behind before blocks are dropped

Tap = Callable[[bytes, int, int], None]  # (pcm block, samplerate, channels), called on the writer thread


@dataclass(frozen=True)
class CaptureEvent:
    kind: str  # device_lost, switched, stopped, write_error
    message: str
    fatal: bool = False


def alive_folder(path: Path) -> Path:
    """Where the recorder holds its liveness mark while it records `path` (as job claimers do)."""
    return path.parent / ".alive"


def marker_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + MARKER_SUFFIX)


class Recorder:
    """`level` is the loudest channel's peak of the last block (0..1); `levels` has one peak per channel."""

    def __init__(
        self,
        source: CaptureSource,
        path: Path,
        *,
        patch_every: float = 1.0,
        fallback: Callable[[], CaptureSource] | None = None,
        on_event: Callable[[CaptureEvent], None] | None = None,
        on_levels: Callable[[list[float]], None] | None = None,
        queue_blocks: int | None = None,
    ) -> None:
        self.source = source
        self.path = Path(path)
        self.patch_every = patch_every
        self.fallback = fallback
        self.on_event = on_event
        self.on_levels = on_levels
        self.levels = [0.0] * source.channels
        self.paused = False
        self.state = "idle"  # idle, recording, paused, stopped
        self.dropped_blocks = 0
        self.events: list[CaptureEvent] = []
        self.error: BaseException | None = None
        self._taps: list[Tap] = []
        # Blocks are >= 10 ms on every backend we use, so this holds at least QUEUE_SECONDS of audio.
        maxsize = queue_blocks or int(QUEUE_SECONDS / 0.01)
        self._queue: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=maxsize)
        self._wav: IncrementalWav | None = None
        self._writer: threading.Thread | None = None
        self._finished = threading.Event()
        self._marked = False  # holds its liveness mark (between start and stop)

    # --- what faces read --------------------------------------------------------------------------------------
    @property
    def level(self) -> float:
        return max(self.levels, default=0.0)

    @property
    def seconds(self) -> float:
        return self._wav.seconds if self._wav else 0.0

    @property
    def samplerate(self) -> int:
        return self.source.samplerate

    @property
    def channels(self) -> int:
        return self.source.channels

    @property
    def overflows(self) -> int:
        """Blocks lost: dropped by our queue plus overflows the device reported. Must stay 0."""
        return self.dropped_blocks + self.source.overflows

    @property
    def finished(self) -> bool:
        """True once the writer ended by itself (the source died with no fallback, or the disk failed)."""
        return self._finished.is_set()

    def add_tap(self, tap: Tap) -> None:
        self._taps.append(tap)

    # --- control ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        self._wav = IncrementalWav(self.path, self.source.samplerate, self.source.channels)
        self._write_marker()
        self._writer = threading.Thread(target=self._write_loop, name="capture-writer", daemon=True)
        self._writer.start()
        try:
            self.source.start(self._on_block, self._on_error)
        except BaseException:
            self._queue.put(None)
            self._writer.join()
            self._wav.close()
            self._remove_marker()
            raise
        self.state = "recording"

    def _write_marker(self) -> None:
        # The marker says which process records; the liveness mark (a lock the OS drops when the process
        # dies) says whether it still does. A pid alone lies after a reboot or when the OS reuses it.
        mark_alive(alive_folder(self.path))
        self._marked = True
        data = {
            "pid": os.getpid(),
            "started": time.time(),
            "samplerate": self.source.samplerate,
            "channels": self.source.channels,
        }
        marker_path(self.path).write_text(json.dumps(data), encoding="utf-8")

    def _remove_marker(self) -> None:
        with contextlib.suppress(OSError):
            marker_path(self.path).unlink()
        if self._marked:
            self._marked = False
            release_mark(alive_folder(self.path))

    def _on_block(self, data: bytes) -> None:
        # Runs on the audio thread: no file IO, no maths, never blocks.
        if self.paused or not data:
            return
        try:
            self._queue.put_nowait(data)
        except queue.Full:
            self.dropped_blocks += 1

    def _on_error(self, exc: BaseException) -> None:
        # The writer thread decides what happens (switch or stop): never stop a source from its own thread.
        self._queue.put(exc)

    def _write_loop(self) -> None:
        assert self._wav is not None
        last_patch = time.monotonic()
        while True:
            try:
                item = self._queue.get(timeout=self.patch_every)
            except queue.Empty:
                item = b""
            if item is None:
                break
            if isinstance(item, BaseException):
                if self._source_failed(item):
                    break
                continue
            try:
                if item:
                    self._wav.write(item)
                    self._meter(item)
                    for tap in self._taps:
                        tap(item, self.source.samplerate, self.source.channels)
                if time.monotonic() - last_patch >= self.patch_every:
                    self._wav.patch()
                    last_patch = time.monotonic()
            except OSError as exc:  # disk full or unplugged drive: keep what is on disk, stop writing
                self.error = exc
                self._event(CaptureEvent("write_error", f"cannot write the recording: {exc}", fatal=True))
                with contextlib.suppress(Exception):
                    self.source.stop()
                break
        with contextlib.suppress(OSError):  # a failed disk may refuse the last header patch too
            self._wav.close()
        self._finished.set()

    def _source_failed(self, exc: BaseException) -> bool:
        """Handle a lost device; True when the recording must end here."""
        fatal = getattr(exc, "fatal", True)
        self._event(CaptureEvent("device_lost", str(exc), fatal=fatal and self.fallback is None))
        if not fatal:
            return False
        if self.fallback is not None:
            with contextlib.suppress(Exception):
                self.source.stop()
            try:
                replacement = self.fallback()
                if (replacement.samplerate, replacement.channels) != (
                    self.source.samplerate,
                    self.source.channels,
                ):
                    raise DeviceLostError(
                        "the default device has a different format; cannot continue this file"
                    )
                replacement.start(self._on_block, self._on_error)
            except Exception as err:  # no usable default device: end the recording, keep the file
                self.error = exc
                self._event(
                    CaptureEvent(
                        "stopped", f"no device to continue on ({err}); recording stopped", fatal=True
                    )
                )
                return True
            self.source = replacement
            self._event(
                CaptureEvent(
                    "switched", f"recording continues on {getattr(replacement, 'name', 'the default device')}"
                )
            )
            return False
        self.error = exc
        with contextlib.suppress(Exception):
            self.source.stop()
        return True

    def _event(self, event: CaptureEvent) -> None:
        self.events.append(event)
        if self.on_event is not None:
            self.on_event(event)

    def _meter(self, data: bytes) -> None:
        channels = self.source.channels
        pcm = np.frombuffer(data, dtype="<i2")
        pcm = pcm[: len(pcm) - len(pcm) % channels].reshape(-1, channels)
        if len(pcm) == 0:
            return
        self.levels = [float(v) / 32768.0 for v in np.abs(pcm.astype(np.int32)).max(axis=0)]
        if self.on_levels is not None:
            self.on_levels(list(self.levels))

    def pause(self) -> None:
        if self.state == "recording":
            self.paused = True
            self.state = "paused"
            self.levels = [0.0] * self.source.channels

    def resume(self) -> None:
        if self.state == "paused":
            self.paused = False
            self.state = "recording"

    def stop(self) -> Path:
        """Stop capturing, write out what is queued and finalise the header; returns the file."""
        if self.state in ("idle", "stopped"):
            return self.path
        with contextlib.suppress(Exception):
            self.source.stop()
        while self._writer is not None and self._writer.is_alive():
            try:  # a writer that already ended (disk error) drains nothing: never block on a full queue
                self._queue.put(None, timeout=0.1)
                break
            except queue.Full:
                continue
        if self._writer is not None:
            self._writer.join()
        self._remove_marker()
        self.state = "stopped"
        self.levels = [0.0] * self.source.channels
        return self.path
