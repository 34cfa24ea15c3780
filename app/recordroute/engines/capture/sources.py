"""Capture sources: each delivers 16-bit PCM blocks from its own thread and reports a lost device.

`SoundDeviceSource` uses PortAudio through sounddevice (microphones, and macOS virtual loopback devices);
`FakeSource` plays a synthetic tone and `WavFileSource` a WAV file, both paced like a real device, so the
whole path can be tested on machines without a sound card.
"""

from __future__ import annotations

import contextlib
import math
import struct
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ...errors import RecordRouteError

BlockCallback = Callable[[bytes], None]
ErrorCallback = Callable[[BaseException], None]


class NoInputDeviceError(RecordRouteError):
    code = "no_input_device"
    hint = "connect a microphone or allow microphone access in the system settings, then try again"


class CaptureError(RecordRouteError):
    code = "capture"
    hint = "pick another input device, or check that no other app holds the microphone"


class DeviceLostError(CaptureError):
    """A device stopped delivering audio mid-recording (unplugged, server restarted). What was recorded stays."""

    code = "device_lost"
    hint = "what was recorded so far is kept; reconnect the device and start a new recording"

    def __init__(self, message: str, *, fatal: bool = True, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.fatal = fatal


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    samplerate: int
    is_default: bool = False
    kind: str = "input"  # input (a microphone) or loopback (what the speakers play)
    backend: str = "portaudio"  # portaudio, pulse, wasapi
    key: str = ""  # how to pick it again: the PortAudio index as text, or the PulseAudio source name

    @property
    def ident(self) -> str:
        return self.key or str(self.index)


class CaptureSource(Protocol):
    samplerate: int
    channels: int

    @property
    def overflows(self) -> int:
        """Blocks the device itself reported as lost (input overflow)."""
        ...

    def start(self, on_block: BlockCallback, on_error: ErrorCallback | None = None) -> None: ...

    def stop(self) -> None: ...


# --- PortAudio ---------------------------------------------------------------------------------------------------
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
            out.append(
                InputDevice(
                    i,
                    str(dev["name"]),
                    min(2, int(dev["max_input_channels"])),
                    int(dev.get("default_samplerate") or 48000),
                    i == default_in,
                )
            )
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
        self.name = chosen.name
        self.samplerate = samplerate or chosen.samplerate
        self.channels = max(1, min(channels, chosen.channels))
        self.overflows = 0
        self._stream: Any = None  # a sounddevice.RawInputStream (the library is untyped)
        self._stopping = False

    def start(self, on_block: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        import sounddevice as sd

        def callback(indata: object, _frames: int, _time: object, status: Any) -> None:
            if status and status.input_overflow:
                self.overflows += 1
            on_block(bytes(indata))  # type: ignore[call-overload]  # a cffi buffer, typed as object here

        def finished() -> None:  # PortAudio ends the stream by itself when the device goes away
            if not self._stopping and on_error is not None:
                on_error(DeviceLostError(f"the input device '{self.name}' stopped delivering audio"))

        self._stopping = False
        try:
            self._stream = sd.RawInputStream(
                samplerate=self.samplerate,
                channels=self.channels,
                dtype="int16",
                device=self.device,
                callback=callback,
                finished_callback=finished,
            )
            self._stream.start()
        except Exception as exc:
            raise CaptureError(f"cannot open the input device: {exc}") from exc

    def stop(self) -> None:
        self._stopping = True
        if self._stream is not None:
            with contextlib.suppress(Exception):
                self._stream.stop()
                self._stream.close()
            self._stream = None


# --- paced sources for tests, demos and benchmarks ---------------------------------------------------------------
class _PacedSource:
    """Emits blocks on its own thread at `speed` x real time; `fail_after` simulates an unplugged device."""

    def __init__(
        self, samplerate: int, channels: int, block: float, speed: float, fail_after: float | None = None
    ) -> None:
        self.samplerate = samplerate
        self.channels = channels
        self.block_frames = max(1, int(samplerate * block))
        self.speed = speed
        self.fail_after = fail_after
        self.overflows = 0
        self.blocks_sent = 0
        self.started_at = 0.0  # monotonic time of the first block: the recording's time zero
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _frames(self, start: int, count: int) -> bytes:
        raise NotImplementedError

    def start(self, on_block: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(on_block, on_error), name="paced-capture", daemon=True
        )
        self._thread.start()

    def _run(self, on_block: BlockCallback, on_error: ErrorCallback | None) -> None:
        n = 0
        period = self.block_frames / self.samplerate / self.speed
        self.started_at = next_at = time.monotonic()
        while not self._stop.is_set():
            if self.fail_after is not None and n / self.samplerate >= self.fail_after:
                if on_error is not None:
                    on_error(DeviceLostError("the input device was disconnected"))
                return
            on_block(self._frames(n, self.block_frames))
            n += self.block_frames
            self.blocks_sent += 1
            next_at += period  # pace against the clock, not the loop, so slow blocks do not drift
            self._stop.wait(max(0.0, next_at - time.monotonic()))

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2.0)
        self._thread = None


class FakeSource(_PacedSource):
    """A sine tone in blocks, paced like a real device (speed=1) or faster."""

    def __init__(
        self,
        samplerate: int = 16000,
        channels: int = 1,
        *,
        frequency: float = 440.0,
        amplitude: float = 0.5,
        block: float = 0.05,
        speed: float = 1.0,
        fail_after: float | None = None,
    ) -> None:
        super().__init__(samplerate, channels, block, speed, fail_after)
        self.frequency = frequency
        self.amplitude = amplitude

    def _frames(self, start: int, count: int) -> bytes:
        out = []
        for i in range(count):
            v = int(
                self.amplitude
                * 32767
                * math.sin(2 * math.pi * self.frequency * (start + i) / self.samplerate)
            )
            out.append(struct.pack("<h", v) * self.channels)
        return b"".join(out)


class WavFileSource(_PacedSource):
    """Plays a 16-bit WAV file as if it were a microphone, then silence until stopped."""

    def __init__(
        self,
        path: Path,
        *,
        block: float = 0.05,
        speed: float = 1.0,
        fail_after: float | None = None,
        channels: int | None = None,
    ) -> None:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                raise CaptureError(f"{Path(path).name}: only 16-bit WAV files can be played as a source")
            rate, file_channels = w.getframerate(), w.getnchannels()
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").reshape(-1, file_channels)
        want = channels or file_channels
        if want != file_channels:  # mono <-> stereo as asked
            mono = pcm.mean(axis=1).astype("<i2")
            pcm = np.repeat(mono[:, None], want, axis=1)
        self._pcm = np.ascontiguousarray(pcm)
        self.duration = len(pcm) / rate
        super().__init__(rate, want, block, speed, fail_after)

    def _frames(self, start: int, count: int) -> bytes:
        chunk = self._pcm[start : start + count]
        if len(chunk) < count:
            chunk = np.concatenate([chunk, np.zeros((count - len(chunk), self.channels), dtype="<i2")])
        return chunk.tobytes()
