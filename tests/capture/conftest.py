"""A private PulseAudio server for the system-audio tests: two null sinks whose monitors stand in for the
speakers (`rr_null`) and a microphone (`rr_mic`). Skips with the reason when the server cannot start."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

PA_CONFIG = """
load-module module-native-protocol-unix auth-anonymous=1 socket={socket}
load-module module-null-sink sink_name=rr_null rate=16000
load-module module-null-sink sink_name=rr_mic rate=16000
set-default-sink rr_null
set-default-source rr_mic.monitor
"""


def _pactl(server: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["pactl", *args],
        capture_output=True,
        text=True,
        timeout=10,
        env={**os.environ, "PULSE_SERVER": server},
    )


@pytest.fixture(scope="module")
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    missing = [t for t in ("pulseaudio", "parec", "pactl", "paplay") if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs the apt packages pulseaudio and pulseaudio-utils ({', '.join(missing)} missing)")
    home = tmp_path_factory.mktemp("pulse")
    socket = home / "native"
    config = home / "default.pa"
    config.write_text(PA_CONFIG.format(socket=socket), encoding="utf-8")
    # Root may run a per-user daemon when its runtime and state dirs point somewhere private.
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "PULSE_RUNTIME_PATH": str(home / "run"),
        "PULSE_STATE_PATH": str(home / "state"),
    }
    log = home / "pulse.log"
    proc = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--system=false",
            "-n",
            "-F",
            str(config),
            "--use-pid-file=no",
            "--disable-shm=yes",
            f"--log-target=file:{log}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    server = f"unix:{socket}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and proc.poll() is None:
        if socket.exists() and _pactl(server, "info").returncode == 0:
            break
        time.sleep(0.2)
    else:
        proc.kill()
        tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
        pytest.skip(f"PulseAudio did not start here: {tail}")
    yield server
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture
def pulse(pulse_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PULSE_SERVER", pulse_server)
    return pulse_server


def play(sink: str, wav: Path) -> subprocess.Popen[bytes]:
    """Play a file into a sink (in the background), as a call app would."""
    return subprocess.Popen(["paplay", f"--device={sink}", str(wav)], env=os.environ.copy())


def pactl(*args: str) -> str:
    res = subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10, check=True)
    return res.stdout.strip()
