"""System audio ("what the speakers play") on each platform, and the device list every face shows.

- Linux: the monitor of a PulseAudio/PipeWire sink, recorded with `parec` (see pulse.py for why).
- Windows: WASAPI loopback through PyAudioWPatch. sounddevice's PortAudio build has no loopback mode; the
  maintained choices are PyAudioWPatch (a PortAudio fork, binary wheels, loopback devices appear as inputs,
  so it behaves like the PortAudio path we already use) and `soundcard` (cffi over WASAPI, no compiled
  extension, but slower releases and a different threading model). PyAudioWPatch it is; it is a Windows-only
  dependency (`sys_platform == "win32"`).
- macOS: no loopback without native code (a Core Audio tap or a driver). The supported setup is a virtual
  device such as BlackHole, fed by a Multi-Output Device; we find it by name and record it like a microphone.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from . import pulse
from .sources import (
    BlockCallback,
    CaptureError,
    CaptureSource,
    DeviceLostError,
    ErrorCallback,
    InputDevice,
    NoInputDeviceError,
    SoundDeviceSource,
    list_input_devices,
)

# Names of macOS virtual devices that carry the system output back in as an input.
MAC_VIRTUAL_DEVICES = ("blackhole", "loopback audio", "soundflower", "background music")


class NoLoopbackDeviceError(NoInputDeviceError):
    code = "no_loopback_device"
    hint = {
        "darwin": "install BlackHole (https://existential.audio/blackhole/), add a Multi-Output Device with your "
        "speakers and BlackHole in Audio MIDI Setup and make it the output, then try again",
        "win32": "check that an output device is enabled in the Windows sound settings",
    }.get(sys.platform, "start PulseAudio or PipeWire (with pipewire-pulse) and install pulseaudio-utils")


def list_devices() -> list[InputDevice]:
    """Microphones and system-audio sources this machine offers (either list may be empty)."""
    if sys.platform.startswith("linux") and pulse.available():
        found = pulse.list_sources()
        if found:
            return found
    devices = list_input_devices()
    if sys.platform == "darwin":
        devices = [_mark_virtual(d) for d in devices]
    elif sys.platform == "win32":
        devices += _wasapi_loopback_devices()
    return devices


def _mark_virtual(dev: InputDevice) -> InputDevice:
    if any(n in dev.name.lower() for n in MAC_VIRTUAL_DEVICES):
        return InputDevice(
            dev.index, dev.name, dev.channels, dev.samplerate, False, "loopback", dev.backend, dev.key
        )
    return dev


def microphone_source(device: str | int | None = None, samplerate: int | None = None) -> CaptureSource:
    """A microphone: a PortAudio index, a PulseAudio source name, or a device-name fragment."""
    if isinstance(device, str) and device.isdigit():
        device = int(device)
    if isinstance(device, str):
        pulse_names = [d.key for d in pulse.list_sources()] if pulse.available() else []
        if device in pulse_names:
            return pulse.PulseSource(device, samplerate or 16000)
        match = next((d for d in list_input_devices() if device.lower() in d.name.lower()), None)
        if match is None:
            raise NoInputDeviceError(
                f"no input device matches '{device}'", hint="see `recordroute record --list-devices`"
            )
        device = match.index
    return SoundDeviceSource(device, samplerate)


def system_source(device: str | None = None, samplerate: int = 16000) -> CaptureSource:
    """What the speakers play, on this platform; NoLoopbackDeviceError (with setup advice) if impossible."""
    if sys.platform == "win32":
        return WasapiLoopbackSource()
    if sys.platform == "darwin":
        virtual = [d for d in list_devices() if d.kind == "loopback"]
        chosen = next((d for d in virtual if device and device.lower() in d.name.lower()), None)
        chosen = chosen or (virtual[0] if virtual else None)
        if chosen is None:
            raise NoLoopbackDeviceError("no virtual loopback device (such as BlackHole) was found")
        return SoundDeviceSource(chosen.index, samplerate)
    if not pulse.available():
        raise NoLoopbackDeviceError("system audio needs PulseAudio or PipeWire, and its tools were not found")
    name = device or pulse.default_monitor()
    if not name:
        raise NoLoopbackDeviceError("no PulseAudio/PipeWire server answered, so there is no output to record")
    return pulse.PulseSource(name, samplerate)


# --- Windows: WASAPI loopback (PyAudioWPatch). Untested here: there is no Windows machine in CI. -----------------
def _wasapi_loopback_devices() -> list[InputDevice]:
    try:
        import pyaudiowpatch as pyaudio
    except ImportError:
        return []
    pa = pyaudio.PyAudio()
    try:
        return [
            InputDevice(
                int(d["index"]),
                str(d["name"]),
                min(2, int(d["maxInputChannels"])),
                int(d["defaultSampleRate"]),
                False,
                "loopback",
                "wasapi",
                f"wasapi:{d['index']}",
            )
            for d in pa.get_loopback_device_info_generator()
        ]
    finally:
        pa.terminate()


class WasapiLoopbackSource:
    """The default output device's loopback stream; blocks arrive on PortAudio's thread."""

    def __init__(self) -> None:
        try:
            import pyaudiowpatch as pyaudio
        except ImportError as exc:
            raise NoLoopbackDeviceError("system audio on Windows needs the PyAudioWPatch package") from exc
        self._pyaudio: Any = pyaudio
        self._pa: Any = pyaudio.PyAudio()
        try:
            self._info: dict[str, Any] = self._pa.get_default_wasapi_loopback()
        except (OSError, LookupError) as exc:
            self._pa.terminate()
            raise NoLoopbackDeviceError(f"no WASAPI loopback device: {exc}") from exc
        self.name = str(self._info["name"])
        self.samplerate = int(self._info["defaultSampleRate"])
        self.channels = max(1, min(2, int(self._info["maxInputChannels"])))
        self.overflows = 0
        self._stream: Any = None
        self._stopping = threading.Event()

    def start(self, on_block: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        pa = self._pyaudio

        def callback(data: bytes, _frames: int, _time: Any, status: int) -> tuple[None, int]:
            if status & pa.paInputOverflow:
                self.overflows += 1
            on_block(bytes(data))
            return None, pa.paContinue

        try:
            self._stream = self._pa.open(
                format=pa.paInt16,
                channels=self.channels,
                rate=self.samplerate,
                input=True,
                input_device_index=int(self._info["index"]),
                frames_per_buffer=self.samplerate // 20,
                stream_callback=callback,
            )
        except OSError as exc:
            raise CaptureError(f"cannot open the loopback of '{self.name}': {exc}") from exc
        threading.Thread(target=self._watch, args=(on_error,), name="wasapi-watch", daemon=True).start()

    def _watch(self, on_error: ErrorCallback | None) -> None:
        while not self._stopping.wait(0.5):  # PyAudio has no finished callback: poll for a dead stream
            if self._stream is not None and not self._stream.is_active():
                if on_error is not None:
                    on_error(DeviceLostError(f"the output device '{self.name}' went away"))
                return

    def stop(self) -> None:
        self._stopping.set()
        if self._stream is not None:
            try:
                self._stream.stop_stream()
                self._stream.close()
            except OSError:
                pass
            self._stream = None
        self._pa.terminate()


def describe(dev: InputDevice) -> str:
    what = "system audio" if dev.kind == "loopback" else "microphone"
    default = " (default)" if dev.is_default else ""
    return f"{dev.ident:>4}  {what:12}  {dev.name}{default}  [{dev.backend}, {dev.samplerate} Hz]"


__all__ = [
    "CaptureError",
    "DeviceLostError",
    "NoLoopbackDeviceError",
    "WasapiLoopbackSource",
    "describe",
    "list_devices",
    "microphone_source",
    "system_source",
]
