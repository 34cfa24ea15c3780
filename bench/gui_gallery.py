"""A screenshot gallery of the desktop window: every screen, dialog and state, in English and Korean, light and
dark, rendered offscreen into a folder for review (issue 25).

    python bench/gui_gallery.py [--out tests/artifacts/gallery] [--sizes 1280x800,1024x700] [--quick]

The library is built for the run in a temporary data folder (recordings written through the store, no model
needed); the LLM server is a closed loopback port, so the "does not answer" states are real. `--quick` renders
one size; the suite runs it that way (tests/gui/test_gallery.py) and CI keeps the folder as an artifact.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TITLES = [
    ("Quarterly planning with the design and research teams", "en"),
    ("2분기 예산 검토 및 마케팅 캠페인 일정 조율 회의", "ko"),
    ("Customer interview — onboarding pain points (Acme Corp)", "en"),
    ("주간 개발 스탠드업: 배포 일정과 장애 회고", "ko"),
    ("Board meeting minutes, December (draft for review)", "en"),
    ("신규 입사자 온보딩 세션 녹음", "ko"),
]
STATES = ["done", "done", "failed", "running", "stale", "language_mismatch"]

Shot = tuple[str, Callable[[], Any]]


@contextmanager
def sample_environment() -> Iterator[Path]:
    """A throwaway data folder and settings file; Ollama is a closed port (the 'down' states are real)."""
    with tempfile.TemporaryDirectory(prefix="rr-gallery-") as tmp:
        os.environ.update(
            {
                "RECORDROUTE_DATA_DIR": str(Path(tmp) / "data"),
                "RECORDROUTE_CONFIG": str(Path(tmp) / "config" / "settings.toml"),
                "OLLAMA_HOST": "http://127.0.0.1:9",
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            }
        )
        yield Path(tmp)


def fill_library(ctx: Any) -> list[int]:
    import numpy as np

    from tests.helpers.library import MINUTES_EN, MINUTES_KO, add_recording

    ids = []
    for i, (title, lang) in enumerate(TITLES):
        rid = add_recording(
            ctx,
            title=title,
            language=lang,
            tag=f"g{i}",
            minutes=MINUTES_KO if lang == "ko" else MINUTES_EN,
        )
        column = "summarize_state" if STATES[i] == "language_mismatch" else "transcribe_state"
        with ctx.store.db.tx() as con:
            con.execute(f"UPDATE recordings SET {column} = ? WHERE id = ?", (STATES[i], rid))
        ids.append(rid)
    # speakers on the first recording (chips in the transcript), minutes kept aside on the last
    with ctx.store.db.tx() as con:
        con.execute(
            "UPDATE segments SET speaker = CASE idx % 2 WHEN 0 THEN 'S1' ELSE 'S2' END WHERE recording_id = ?",
            (ids[0],),
        )
        ctx.store.speakers.save_run(
            con,
            ids[0],
            method="basic",
            model="",
            requested=2,
            seconds=1.0,
            speakers=[
                ("S1", 40.0, np.ones(8, dtype=np.float32)),
                ("S2", 30.0, -np.ones(8, dtype=np.float32)),
            ],
            meta={"label": "basic (no model)"},
        )
    ctx.store.speakers.rename(ids[0], "S1", "Mina")
    ctx.store.speakers.rename(ids[0], "S2", "Joon")
    sid = ctx.store.summaries.begin(ids[-1], template="minutes", language="ko", backend="ollama", model="m")
    ctx.store.summaries.language_mismatch(
        sid, markdown=MINUTES_EN, title=None, llm_calls=1, error="language mismatch"
    )
    jobs = ctx.store.jobs
    job = jobs.create(["transcribe"], recording_id=ids[2])
    jobs.finish(
        job,
        "failed",
        error="speech model 'large-v3' was not found. Tried, in order: ...",
        error_code="model_not_found",
    )
    return ids


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    return condition()


def save(widget: Any, out: Path, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def shots(window: Any, ids: list[int]) -> list[Shot]:
    """(name, prepare) pairs; prepare returns the widget to grab (the window, or a dialog it opened)."""
    from recordroute.errors import FolderNotEmpty
    from recordroute.gui.error_box import error_box
    from recordroute.gui.error_text import CHOOSE_FOLDER

    v = window.viewer

    def library() -> Any:
        window.close_search()
        window.open_recording(ids[1])
        v.tabs.setCurrentWidget(v.summary)
        wait_until(lambda: window.llm.status is not None)
        return window

    def transcript() -> Any:
        window.open_recording(ids[0])
        v.tabs.setCurrentWidget(v.transcript)
        return window

    def mismatch() -> Any:
        window.open_recording(ids[-1])
        v.tabs.setCurrentWidget(v.summary)
        return window

    def search() -> Any:
        window.open_search()
        window.search.query.setText("budget")
        window.search.run_search()
        wait_until(lambda: window.search.results.count() > 0)
        return window

    def drop_overlay() -> Any:
        window.close_search()
        window.drop_overlay.cover()
        return window

    def settings() -> Any:
        window.drop_overlay.hide()
        return window.dialogs.open_settings(page=1)

    def models() -> Any:
        return window.dialogs.open_models()

    def legend() -> Any:
        return window.open_status_legend()

    def actions() -> Any:
        return window.recording_actions.transcribe_again(ids[0])

    def regenerate() -> Any:
        return window.recording_actions.regenerate_minutes(ids[0])

    def error() -> Any:
        exc = FolderNotEmpty("/home/me/restore is not empty", params={"path": "/home/me/restore"})
        return error_box(window, exc, {CHOOSE_FOLDER: lambda _v: None})

    return [
        ("library", library),
        ("transcript-speakers", transcript),
        ("summary-language-mismatch", mismatch),
        ("search", search),
        ("drop-overlay", drop_overlay),
        ("settings-summaries", settings),
        ("models", models),
        ("status-legend", legend),
        ("transcribe-again", actions),
        ("regenerate-minutes", regenerate),
        ("error-with-action", error),
    ]


def render(out: Path, sizes: list[tuple[int, int]], languages: list[str], themes: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from recordroute.gui import i18n
    from recordroute.gui.app import create_application
    from recordroute.gui.main_window import MainWindow
    from recordroute.gui.theme import ThemeManager
    from recordroute.pipeline.context import AppContext
    from recordroute.settings import Settings

    app = create_application()
    ctx = AppContext.open(Settings.load())
    written: list[Path] = []
    try:
        ids = fill_library(ctx)
        manager = ThemeManager(app, "light")
        out.mkdir(parents=True, exist_ok=True)
        for theme in themes:
            manager.apply(theme)
            for lang in languages:
                i18n.install(lang)
                for w, h in sizes:
                    window = MainWindow(ctx, theme=manager, autostart=False, tray=False)
                    window.resize(w, h)
                    window.show()
                    window.llm.start()
                    for name, prepare in shots(window, ids):
                        widget = prepare()
                        written.append(save(widget, out, f"{name}-{lang}-{theme}-{w}x{h}"))
                        if widget is not window and isinstance(widget, QWidget):
                            widget.close()
                    window.close()
                    window.deleteLater()
                    QApplication.processEvents()
    finally:
        ctx.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "artifacts" / "gallery")
    parser.add_argument("--sizes", default="1280x800,1366x768,1024x700")
    parser.add_argument("--languages", default="en,ko")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--quick", action="store_true", help="one size (1280x800): the suite's run")
    args = parser.parse_args(argv)
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    if args.quick:
        sizes = sizes[:1]
    t0 = time.perf_counter()
    with sample_environment():
        written = render(args.out, sizes, args.languages.split(","), args.themes.split(","))  # type: ignore[arg-type]
    print(f"wrote {len(written)} images to {args.out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
