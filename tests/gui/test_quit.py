"""Closing the app while a file is being transcribed ends the process cleanly: exit code 0, not SIGABRT with
"terminate called without an active exception" (or SIGSEGV). The quit cancels the job, but the speech worker
finishes its window inside CTranslate2 in the background; a worker still there when the interpreter finalizes
was killed as it took the GIL back, through a C++ frame that cannot unwind, and the process aborted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SPEECH_WAV

pytestmark = [pytest.mark.gui, pytest.mark.slow]

# The real `recordroute gui FILE` (the file manager's "Open with"), plus a timer that closes the window as a
# user would, once the speech worker has been decoding for DECODING_SECONDS.
LAUNCH = """
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from recordroute import launch
from recordroute.cli.main import main

DECODING_SECONDS = 0.6
app = QApplication([sys.argv[0]])
seen: list[float] = []

def close_while_decoding() -> None:
    from recordroute.gui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if any(t.name.startswith("recordroute-stt-") for t in threading.enumerate()):
        seen.append(seen[0] if seen else time.monotonic())
    if windows and seen and time.monotonic() - seen[0] >= DECODING_SECONDS:
        print("closing while decoding", flush=True)
        windows[0].close()
        return
    QTimer.singleShot(50, close_while_decoding)

QTimer.singleShot(50, close_while_decoding)
sys.exit(main(sys.argv[1:]))
"""


def test_closing_the_window_during_a_transcription_exits_cleanly(tmp_path: Path) -> None:
    from recordroute.settings import Settings

    settings = Settings.load()
    settings.first_run_done = True  # no first-run dialog in front of the window
    settings.save()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCH, "gui", str(SPEECH_WAV)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
    )
    assert "closing while decoding" in proc.stdout, (proc.stdout, proc.stderr)
    assert "terminate called" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
