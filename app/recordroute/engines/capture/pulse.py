"""PulseAudio / PipeWire sources through `parec` (pulseaudio-utils; PipeWire ships the same tools).

Why a `parec` subprocess and not PortAudio: PortAudio reaches PulseAudio only through the ALSA `pulse` device,
whose source is picked by the process-wide PULSE_SOURCE variable read once when PortAudio starts. That rules
out recording two sources at once (meeting mode) or switching sources without restarting the app. `parec`
records any source by name, including `<sink>.monitor` (what the speakers play), resamples to the rate we ask
for, and its exit tells us the server went away. A source that disappears (a headset unplugged) does not end
parec: the server quietly moves the stream to the default source, which for system audio would record the
microphone instead. So `pactl subscribe` watches for the source's removal and we report it, and the recorder
decides (continue on the default device, or stop). It costs two small processes per source.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
from typing import IO

from .sources import BlockCallback, CaptureError, DeviceLostError, ErrorCallback, InputDevice

_TIMEOUT = 5.0
_FAIL_FAST = 0.4
_FIRST_AUDIO = 5.0


def available() -> bool:
    return shutil.which("parec") is not None and shutil.which("pactl") is not None


def _pactl(*args: str) -> str:
    try:
        res = subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return res.stdout if res.returncode == 0 else ""


def server_info() -> dict[str, str]:
    """`pactl info` as a dict ("Default Sink", "Default Source", ...); empty when no server answers."""
    info: dict[str, str] = {}
    for line in _pactl("info").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            info[key.strip()] = value.strip()
    return info


def list_sources() -> list[InputDevice]:
    """Every PulseAudio source: microphones as `input`, sink monitors as `loopback`."""
    if not available():
        return []
    info = server_info()
    default_source = info.get("Default Source", "")
    default_monitor = f"{info['Default Sink']}.monitor" if info.get("Default Sink") else ""
    out = []
    for line in _pactl("list", "short", "sources").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or not parts[0].isdigit():
            continue
        index, name, spec = int(parts[0]), parts[1], parts[3].split()
        channels = next((int(p[:-2]) for p in spec if p.endswith("ch") and p[:-2].isdigit()), 2)
        rate = next((int(p[:-2]) for p in spec if p.endswith("Hz") and p[:-2].isdigit()), 48000)
        monitor = name.endswith(".monitor")
        out.append(
            InputDevice(
                index,
                name,
                min(2, channels),
                rate,
                is_default=name == (default_monitor if monitor else default_source),
                kind="loopback" if monitor else "input",
                backend="pulse",
                key=name,
            )
        )
    return out


def default_monitor() -> str | None:
    """The monitor of the default sink: what the speakers are playing right now."""
    sink = server_info().get("Default Sink")
    return f"{sink}.monitor" if sink else None


class PulseSource:
    """Records one PulseAudio source (a microphone or a `.monitor`) as raw s16le from `parec`."""

    def __init__(
        self, source: str, samplerate: int = 16000, channels: int = 1, *, block: float = 0.05
    ) -> None:
        if not available():
            raise CaptureError(
                "PulseAudio tools were not found (parec, pactl)",
                hint="install pulseaudio-utils (or pipewire-pulse), then try again",
            )
        self.source = source
        self.name = source
        self.samplerate = samplerate
        self.channels = channels
        self.overflows = 0  # parec buffers on the server side; losses there are not reported to us
        self.block_bytes = max(2 * channels, int(samplerate * block) * 2 * channels)
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._reported = False
        self._flowing = threading.Event()
        self._subscriber: subprocess.Popen[str] | None = None

    def start(self, on_block: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        cmd = [
            "parec",
            f"--device={self.source}",
            "--format=s16le",
            f"--rate={self.samplerate}",
            f"--channels={self.channels}",
            "--raw",
            "--latency-msec=50",
            "--client-name=RecordRoute",
        ]
        self._stopping.clear()
        self._reported = False
        self._flowing.clear()
        try:
            self._proc = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
            )
        except OSError as exc:
            raise CaptureError(f"cannot start parec: {exc}") from exc
        try:  # an unknown source or a missing server makes parec exit at once: fail fast with its reason
            self._proc.wait(_FAIL_FAST)
        except subprocess.TimeoutExpired:
            pass
        else:
            err = self._finish()
            raise CaptureError(
                f"cannot record from '{self.source}': {err or 'parec exited'}",
                hint="list the sources with `recordroute record --list-devices`",
            )
        self._thread = threading.Thread(
            target=self._run, args=(on_block, on_error), name="parec-reader", daemon=True
        )
        self._thread.start()
        self._watch_removal(on_error)
        # parec needs a moment (up to a second or two on a busy machine) before audio flows; whatever plays
        # before that is not recorded, so "recording" is only reported once it flows.
        self._flowing.wait(_FIRST_AUDIO)

    def _watch_removal(self, on_error: ErrorCallback | None) -> None:
        index = next((d.index for d in list_sources() if d.key == self.source), None)
        if index is None:
            return
        try:
            self._subscriber = subprocess.Popen(
                ["pactl", "subscribe"],
                stdout=subprocess.PIPE,
                text=True,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
            )
        except OSError:
            return  # no watch: an unplugged source then goes unnoticed, the recording itself is unaffected
        removed = f"'remove' on source #{index}"

        def watch(lines: IO[str]) -> None:
            for line in lines:
                if removed in line and not self._stopping.is_set():
                    self._report(on_error, DeviceLostError(f"the audio source '{self.source}' went away"))
                    proc = self._proc
                    if proc is not None:
                        with contextlib.suppress(OSError):
                            proc.terminate()
                    return

        assert self._subscriber.stdout is not None
        threading.Thread(
            target=watch, args=(self._subscriber.stdout,), name="pactl-watch", daemon=True
        ).start()

    def _report(self, on_error: ErrorCallback | None, exc: BaseException) -> None:
        with self._lock:
            first = not self._reported
            self._reported = True
        if first and on_error is not None:
            on_error(exc)

    def _read_block(self) -> bytes:
        proc = self._proc
        if proc is None or proc.stdout is None:
            return b""
        data = proc.stdout.read(self.block_bytes)
        return data[: len(data) - len(data) % (2 * self.channels)]

    def _run(self, on_block: BlockCallback, on_error: ErrorCallback | None) -> None:
        while True:
            data = self._read_block()
            if not data:
                break
            self._flowing.set()
            on_block(data)
        if not self._stopping.is_set():
            err = self._finish()
            self._report(
                on_error,
                DeviceLostError(f"the audio source '{self.source}' went away" + (f" ({err})" if err else "")),
            )

    def _finish(self) -> str:
        """End parec (if still running) and return its last line on stderr."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return ""
        if proc.poll() is None:
            proc.terminate()
        try:
            proc.wait(_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        err = proc.stderr.read() if proc.stderr is not None else b""
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()
        lines = err.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else ""

    def stop(self) -> None:
        self._stopping.set()
        if self._subscriber is not None:
            with contextlib.suppress(OSError):
                self._subscriber.kill()
                self._subscriber.wait(_TIMEOUT)
            self._subscriber = None
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(OSError):
                proc.terminate()  # the reader sees EOF and ends
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(_TIMEOUT)
        self._thread = None
        self._finish()
