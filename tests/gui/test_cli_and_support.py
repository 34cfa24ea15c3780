"""`recordroute gui --screenshot` in a real subprocess (offscreen), and the Qt-free presenters behind the GUI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.gui.conftest import SHOTS

pytestmark = pytest.mark.gui

# The entry point registers `gui` through recordroute.launch; so does this launcher.
LAUNCH = (
    "import sys; from recordroute import launch; from recordroute.cli.main import main; "
    "sys.exit(main(sys.argv[1:]))"
)


def run_gui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, "gui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


def test_screenshot_command_writes_png(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from recordroute.pipeline.context import AppContext
    from recordroute.settings import Settings
    from tests.gui.test_viewer import add_recording_with_segments

    ctx = AppContext.open(Settings.load())
    add_recording_with_segments(ctx)
    ctx.close()
    out = tmp_path / "shot.png"
    proc = run_gui("--screenshot", str(out), "--size", "1024x700", "--language", "ko", "--search", "budget")
    assert proc.returncode == 0, proc.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1024, 700)
    SHOTS.mkdir(parents=True, exist_ok=True)
    img.save(str(SHOTS / "17-cli-screenshot.png"))
    bad = run_gui("--screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert bad.returncode == 2 and "1280x800" in bad.stdout


@pytest.mark.parametrize(
    ("lang", "expected"), [("ko_KR.UTF-8", "ko"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")]
)
def test_ui_language_follows_the_system_locale(lang: str, expected: str) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from recordroute.gui import i18n; print(i18n.install('system'), "
        "QCoreApplication.translate('MainWindow', '&File'))"
    )
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split() == [expected, "파일(&F)" if expected == "ko" else "&File"], out.stderr


def test_segment_at_and_find_helpers() -> None:
    from recordroute.gui import presenters

    starts = [0.0, 4.0, 7.5, 10.0]
    assert [presenters.segment_at(starts, t) for t in (-1, 0, 3.9, 4.0, 9.99, 100)] == [-1, 0, 0, 1, 2, 3]
    texts = ["The budget", "nothing", "BUDGET again", "budgetary"]
    matches = presenters.find_matches(texts, "budget")
    assert matches == [0, 2, 3]
    assert presenters.step_match(matches, 0) == 2 and presenters.step_match(matches, 3) == 0
    assert presenters.step_match(matches, 0, forward=False) == 3 and presenters.step_match([], 0) == -1
    assert (
        presenters.clock(3725) == "1:02:05"
        and presenters.clock(65) == "1:05"
        and presenters.clock(None) == "-"
    )


def test_snippet_html_escapes_before_marking() -> None:
    from recordroute.gui import presenters

    html = presenters.snippet_html("<b>x</b> & the [budget] for [R&D]")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; the " in html
    assert html.count("<span") == 2 and ">budget</span>" in html and ">R&amp;D</span>" in html
    assert "<b>" not in html
    assert (
        presenters.highlight_html("a<b>", "B")
        == 'a&lt;<span style="background-color:#ffe08a; color:#000;">b</span>&gt;'
    )


def test_answer_html_links_citations() -> None:
    from recordroute.gui.search_pane import answer_html
    from recordroute.pipeline.ask import Answer, Citation

    answer = Answer(
        text="The budget grows [1] and <fast> [2]. [3] See [Weekly, 0:12].",
        backend_label="extractive",
        citations=[
            Citation(n=1, recording_id=5, title="Weekly", start=12.5, page=None, label="[Weekly, 0:12]"),
            Citation(n=2, recording_id=6, title="Plan.pdf", start=None, page=3, label=""),
        ],
        sources=[],
    )
    html = answer_html(answer, "Sources")
    assert '<a href="rr://open?rec=5&t=12.50">[1]</a>' in html
    assert '<a href="rr://open?rec=6&p=3">[2]</a>' in html
    assert "[3]" in html and "&lt;fast&gt;" in html and "p. 3" in html
    assert 'See <a href="rr://open?rec=5&t=12.50">[Weekly, 0:12]</a>.' in html


def test_gui_prefs_round_trip(tmp_path: Path) -> None:
    from recordroute.gui.presenters import GuiPrefs

    prefs = GuiPrefs.load(tmp_path / "gui.json")
    assert prefs.theme == "system"
    prefs.theme = "dark"
    prefs.save()
    assert GuiPrefs.load(tmp_path / "gui.json").theme == "dark"
    (tmp_path / "gui.json").write_text("{not json", encoding="utf-8")
    assert GuiPrefs.load(tmp_path / "gui.json").theme == "system"


def test_status_columns_follow_the_recording_fields(gui_ctx) -> None:
    from PySide6.QtCore import Qt

    from recordroute.gui import presenters
    from recordroute.gui.history_model import HistoryModel
    from recordroute.store import Recording

    fields = presenters.stage_state_fields()
    assert "transcribe_state" in fields
    assert all(f in Recording.__dataclass_fields__ for f in fields)
    model = HistoryModel(gui_ctx.store)
    keys = [key for key, _sql in model.columns]
    assert keys == ["title", "date", "length", "language", "status"] and model.stage_fields == fields
    # One status column: its tooltip names every stage the Recording tracks.
    insert = gui_ctx.store.recordings.insert
    with gui_ctx.store.db.tx() as con:
        insert(
            con,
            content_hash="h",
            kind="audio",
            source_name="a.wav",
            stored_name="a/a.wav",
            size_bytes=1,
            title="A",
            imported_at=1.0,
            transcribe_state="done",
        )
    model.reload()
    tip = model.data(model.index(0, model.status_column), Qt.ItemDataRole.ToolTipRole)
    assert "Transcript: done" in tip
    if "summarize_state" in fields:
        assert "Summary: not done" in tip
