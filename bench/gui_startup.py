"""Desktop app startup: time from process start to the first paint of the main window, and where it goes.

    python bench/gui_startup.py [--runs 5] [--recordings 1000] [--top 15]

Each run starts a fresh Python process (QT_QPA_PLATFORM=offscreen unless already set) that builds the app the
way `recordroute gui` does (QApplication, settings, store, translator, theme, MainWindow with a library of
`--recordings` rows) and prints the wall-clock time of the window's first Paint event. The parent measures
from just before it spawns the process, so interpreter start-up and every import count. Target: <= 1.5 s.

Then `python -X importtime` runs the same imports and the top cumulative entries are listed, with a check
that no heavy engine (faster_whisper, ctranslate2, onnxruntime, tokenizers) was imported before the first paint.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.5
HEAVY = ("faster_whisper", "ctranslate2", "onnxruntime", "tokenizers", "ollama", "httpx")

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from recordroute.gui.app import create_application
app = create_application()
from recordroute.gui import i18n
from recordroute.gui.theme import ThemeManager
from recordroute.gui.presenters import GuiPrefs
from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings
settings = Settings.load()
ctx = AppContext.open(settings)
i18n.install(settings.ui_language)
themes = ThemeManager(app, GuiPrefs.load().theme)
from recordroute.gui.main_window import MainWindow
window = MainWindow(ctx, theme=themes, autostart=False, tray=False)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINT {time.time():.6f}", flush=True)
            heavy = sorted(m for m in sys.modules if m.split('.')[0] in HEAVY)
            print("HEAVY " + ",".join(heavy), flush=True)
            app.exit(0)
        return False

HEAVY = %r
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def make_library(data_dir: Path, n: int) -> None:
    from recordroute.store import Store

    store = Store(data_dir)
    now = time.time()
    rows = [
        (
            f"{i:064x}",
            "audio",
            f"m{i}.wav",
            f"aa/{i:064x}.wav",
            1000,
            f"Meeting {i}",
            60.0,
            "en",
            now - i,
            now - i,
            "done",
        )
        for i in range(n)
    ]
    with store.db.tx() as con:
        con.executemany(
            "INSERT INTO recordings (content_hash, kind, source_name, stored_name, size_bytes, title, duration, "
            "language, imported_at, recorded_at, transcribe_state) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    store.close()


def one_run(env: dict[str, str]) -> tuple[float, list[str]]:
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD % (HEAVY,)], capture_output=True, text=True, env=env, timeout=120
    )
    paint = re.search(r"PAINT ([0-9.]+)", proc.stdout)
    if proc.returncode != 0 or paint is None:
        raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    heavy = re.search(r"HEAVY (.*)", proc.stdout)
    return float(paint.group(1)) - t0, [h for h in (heavy.group(1) if heavy else "").split(",") if h]


def import_breakdown(env: dict[str, str], top: int) -> list[tuple[float, float, str]]:
    code = (
        "import PySide6.QtWidgets; import recordroute.gui.app, recordroute.gui.main_window, "
        "recordroute.pipeline.context, recordroute.settings"
    )
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)) / 1000, int(m.group(1)) / 1000, len(m.group(3)), m.group(4)))
    # Every depth, by cumulative time: shows both the app's modules and the libraries under them.
    ranked = sorted(rows, reverse=True)[:top]
    return [(cum, own, "  " * ((depth - 1) // 2) + name) for cum, own, depth, name in ranked]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--recordings", type=int, default=1000)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.runs, args.recordings, args.top = 1, 20, 3
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "RECORDROUTE_DATA_DIR": str(Path(tmp) / "data"),
            "RECORDROUTE_CONFIG": str(Path(tmp) / "settings.toml"),
        }
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        make_library(Path(tmp) / "data", args.recordings)
        one_run(env)  # warm the OS file cache so runs compare like with like
        times, heavy = [], []
        for _ in range(args.runs):
            seconds, loaded = one_run(env)
            times.append(seconds)
            heavy = loaded
        med = statistics.median(times)
        print(f"first paint of the main window ({args.recordings} recordings, {env['QT_QPA_PLATFORM']}):")
        print(f"  runs: {', '.join(f'{t:.3f}' for t in times)} s")
        print(
            f"  median {med:.3f} s, best {min(times):.3f} s; target <= {TARGET_S} s "
            f"(ratio {med / TARGET_S:.2f} of budget) -> {'OK' if med <= TARGET_S else 'OVER'}"
        )
        print(f"  heavy engines imported before first paint: {', '.join(heavy) or 'none'}")
        print(f"\nimport time, top {args.top} (cumulative ms, own ms):")
        for cum, own, name in import_breakdown(env, args.top):
            print(f"  {cum:8.1f} {own:8.1f}  {name}")
    return 0 if med <= TARGET_S or args.quick else 1  # a quick run proves it runs, not the target


if __name__ == "__main__":
    sys.exit(main())
