"""Microphone capture written straight to disk (no Qt).

A `CaptureSource` delivers 16-bit PCM blocks from a callback thread; a `Recorder` queues them and a writer
thread appends them to a WAV file whose header is patched about once a second. A crash or power loss
therefore keeps everything recorded up to the last second as a playable file.

`SoundDeviceSource` uses PortAudio through sounddevice; `FakeSource` plays a synthetic tone in real time
(or faster) so the whole path can be tested on machines without a sound card.
"""

from __future__ import annotations

import contextlib
import math
import queue
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from ..errors import RecordRouteError

BlockCallback = Callable[[bytes], None]
SAMPLE_WIDTH = 2  # int16


class NoInputDeviceError(RecordRouteError):
    code = "no_input_device"
    hint = "connect a microphone or allow microphone access in the system settings, then try again"


class CaptureError(RecordRouteError):
    code = "capture"
    hint = "pick another input device, or check that no other app holds the microphone"


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    samplerate: int
    is_default: bool = False


class CaptureSource(Protocol):
    samplerate: int
    channels: int

    def start(self, on_block: BlockCallback) -> None: ...

    def stop(self) -> None: ...


# --- devices -------------------------------------------------------------------------------------------------
def list_input_devices() -> list[InputDevice]:
    """Input devices PortAudio can see; empty when there are none or PortAudio itself is missing."""
    try:
        import sounddevice as sd
    except (ImportError, OSError):
        return []
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0] if sd.default.device else -1
    except Exception:  # PortAudio errors are plain Exceptions
        return []
    out = []
    for i, dev in enumerate(devices):
        if int(dev.get("max_input_channels", 0)) > 0:
            out.append(InputDevice(i, str(dev["name"]), min(2, int(dev["max_input_channels"])),
                                   int(dev.get("default_samplerate") or 48000), i == default_in))
    return out


class SoundDeviceSource:
    """PortAudio input through sounddevice; blocks arrive on PortAudio's thread."""

    def __init__(self, device: int | None = None, samplerate: int | None = None, channels: int = 1) -> None:
        devices = list_input_devices()
        if not devices:
            raise NoInputDeviceError("no microphone or other audio input was found")
        chosen = next((d for d in devices if d.index == device), None)
        if chosen is None:
            chosen = next((d for d in devices if d.is_default), devices[0])
        self.device = chosen.index
        self.samplerate = samplerate or chosen.samplerate
        self.channels = max(1, min(channels, chosen.channels))
        self._stream: Any = None  # a sounddevice.RawInputStream (the library is untyped)

    def start(self, on_block: BlockCallback) -> None:
        import sounddevice as sd

        def callback(indata: object, _frames: int, _time: object, _status: object) -> None:
            on_block(bytes(indata))  # type: ignore[call-overload]  # a cffi buffer, typed as object here

        try:
            self._stream = sd.RawInputStream(
                samplerate=self.samplerate, channels=self.channels, dtype="int16", device=self.device,
                callback=callback,
            )
            self._stream.start()
        except Exception as exc:
            raise CaptureError(f"cannot open the input device: {exc}") from exc

    def stop(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(Exception):
                self._stream.stop()
                self._stream.close()
            self._stream = None


class FakeSource:
    """A sine tone in blocks, paced like a real device (speed=1) or faster; for tests and demos."""

    def __init__(self, samplerate: int = 16000, channels: int = 1, *, frequency: float = 440.0,
                 amplitude: float = 0.5, block: float = 0.05, speed: float = 1.0) -> None:
        self.samplerate = samplerate
        self.channels = channels
        self.frequency = frequency
        self.amplitude = amplitude
        self.block_frames = max(1, int(samplerate * block))
        self.speed = speed
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.blocks_sent = 0

    def start(self, on_block: BlockCallback) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(on_block,), name="fake-capture", daemon=True)
        self._thread.start()

    def _run(self, on_block: BlockCallback) -> None:
        n = 0
        period = self.block_frames / self.samplerate / self.speed
        while not self._stop.is_set():
            frames = []
            for i in range(self.block_frames):
                v = int(self.amplitude * 32767 * math.sin(2 * math.pi * self.frequency * (n + i) / self.samplerate))
                frames.append(struct.pack("<h", v) * self.channels)
            n += self.block_frames
            on_block(b"".join(frames))
            self.blocks_sent += 1
            self._stop.wait(period)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None


# --- WAV written incrementally ------------------------------------------------------------------------------
class IncrementalWav:
    """A PCM WAV file that is valid on disk after every `patch()`: header sizes follow the data written."""

    def __init__(self, path: Path, samplerate: int, channels: int) -> None:
        self.path = Path(path)
        self.samplerate = samplerate
        self.channels = channels
        self.data_bytes = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: BinaryIO = open(self.path, "wb")  # noqa: SIM115 (closed in close())
        self._fh.write(self._header(0))
        self._fh.flush()

    def _header(self, data_bytes: int) -> bytes:
        block_align = self.channels * SAMPLE_WIDTH
        return b"".join([
            b"RIFF", struct.pack("<I", 36 + data_bytes), b"WAVE",
            b"fmt ", struct.pack("<IHHIIHH", 16, 1, self.channels, self.samplerate,
                                 self.samplerate * block_align, block_align, SAMPLE_WIDTH * 8),
            b"data", struct.pack("<I", data_bytes),
        ])

    def write(self, data: bytes) -> None:
        self._fh.write(data)
        self.data_bytes += len(data)

    def patch(self) -> None:
        """Rewrite the two size fields, then flush to the OS so another process sees a valid file."""
        pos = self._fh.tell()
        self._fh.seek(4)
        self._fh.write(struct.pack("<I", 36 + self.data_bytes))
        self._fh.seek(40)
        self._fh.write(struct.pack("<I", self.data_bytes))
        self._fh.seek(pos)
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self.patch()
            self._fh.close()

    @property
    def seconds(self) -> float:
        return self.data_bytes / (self.samplerate * self.channels * SAMPLE_WIDTH)


# --- a recording session ------------------------------------------------------------------------------------
class Recorder:
    """Source → queue → writer thread → incremental WAV. `level` is the last block's peak (0..1)."""

    def __init__(self, source: CaptureSource, path: Path, *, patch_every: float = 1.0) -> None:
        self.source = source
        self.path = Path(path)
        self.patch_every = patch_every
        self.level = 0.0
        self.paused = False
        self.state = "idle"  # idle, recording, paused, stopped
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._wav: IncrementalWav | None = None
        self._writer: threading.Thread | None = None
        self.error: BaseException | None = None

    @property
    def seconds(self) -> float:
        return self._wav.seconds if self._wav else 0.0

    def start(self) -> None:
        self._wav = IncrementalWav(self.path, self.source.samplerate, self.source.channels)
        self._writer = threading.Thread(target=self._write_loop, name="capture-writer", daemon=True)
        self._writer.start()
        try:
            self.source.start(self._on_block)
        except BaseException:
            self._queue.put(None)
            self._writer.join()
            self._wav.close()
            raise
        self.state = "recording"

    def _on_block(self, data: bytes) -> None:
        # Runs on the audio thread: no file IO here, only a peak and a queue put.
        if self.paused or not data:
            self.level = 0.0 if self.paused else self.level
            return
        self.level = _peak(data)
        self._queue.put(data)

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
            try:
                if item:
                    self._wav.write(item)
                if time.monotonic() - last_patch >= self.patch_every:
                    self._wav.patch()
                    last_patch = time.monotonic()
            except OSError as exc:  # disk full or unplugged drive: keep what is on disk, stop writing
                self.error = exc
                break

    def pause(self) -> None:
        if self.state == "recording":
            self.paused = True
            self.state = "paused"

    def resume(self) -> None:
        if self.state == "paused":
            self.paused = False
            self.state = "recording"

    def stop(self) -> Path:
        """Stop capturing, write out what is queued and finalise the header; returns the file."""
        if self.state in ("idle", "stopped"):
            return self.path
        self.source.stop()
        self._queue.put(None)
        if self._writer is not None:
            self._writer.join()
        if self._wav is not None:
            self._wav.close()
        self.state = "stopped"
        self.level = 0.0
        return self.path


def _peak(data: bytes) -> float:
    n = len(data) // SAMPLE_WIDTH
    if n == 0:
        return 0.0
    step = max(1, n // 256)  # a sampled peak is plenty for a meter and cheap on the audio thread
    samples = memoryview(data)[: n * SAMPLE_WIDTH].cast("h")
    return min(1.0, max(abs(samples[i]) for i in range(0, n, step)) / 32768.0)
