"""`recordroute self-test` (also `recordroute --self-test`): prove an installed or frozen app works end to end.

Transcribes the bundled sample with the bundled model, embeds and searches it, serves the API on a loopback
port (real HTTP: /health and an authenticated request), and renders the main window offscreen. Everything
happens in a temporary data folder and settings file, never the user's library. One line per check, exit 1
on any failure.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..cli import say
from ..cli.commands import extra_command
from ..job_options import JobOptions
from ..paths import project_models_dir, resource
from ..pipeline.context import AppContext

SAMPLE = ("samples", "sample_meeting_en.mp3")


def aliases(argv: list[str]) -> list[str]:
    """`--self-test` (the installers' spelling) is the `self-test` command."""
    return ["self-test", *argv[1:]] if argv[:1] == ["--self-test"] else argv


@extra_command
def add_self_test(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("self-test", help=say.help_text("self-test"))
    c.add_argument("--model", default="base", help=say.help_text("self-test --model"))
    c.add_argument("--skip-gui", action="store_true", help=say.help_text("self-test --skip-gui"))
    c.set_defaults(func=cmd_self_test)


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failures: int = 0

    def run(self, name: str, check: Callable[[], str]) -> None:
        t0 = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as exc:  # a self-test reports every failure and goes on with the next check
            detail, ok = f"{type(exc).__name__}: {exc}".splitlines()[0], False
        self.failures += not ok
        line = check_line(name, ok, time.perf_counter() - t0, detail)
        self.lines.append(line)
        print(line, flush=True)


def check_line(name: str, ok: bool, seconds: float, detail: str) -> str:
    """`ok    transcribe    1.52 s  <what it did>`; a failure's detail is the exception's English text, which
    a Korean line marks as the details."""
    status = say.text("selftest_ok" if ok else "selftest_fail")
    took = say.text("selftest_seconds", seconds=f"{seconds:.2f}")
    if not ok and say.language() != "en":
        detail = f"{say.label('details')}: {detail}"
    return f"{say.pad(status, 4)}  {say.pad(say.text('check_' + name), 11)} {say.pad(took, 8, right=True)}  {detail}"


def _isolate(tmp: Path) -> None:
    """A throw-away library and settings file for this process; models and the model cache stay shared."""
    os.environ["RECORDROUTE_DATA_DIR"] = str(tmp / "data")
    os.environ["RECORDROUTE_CONFIG"] = str(tmp / "config" / "settings.toml")
    os.environ["OLLAMA_HOST"] = "http://127.0.0.1:9"  # no LLM is part of the test
    for var in ("RECORDROUTE_API_TOKEN", "RECORDROUTE_STT_MODEL"):
        os.environ.pop(var, None)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # the offscreen plugin's size-hint notices


def cmd_self_test(args: argparse.Namespace) -> int:
    frozen = getattr(sys, "frozen", False)
    how = say.text("selftest_frozen" if frozen else "selftest_source")
    print(say.text("selftest_header", how=how, models=project_models_dir()), flush=True)
    t0 = time.perf_counter()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="recordroute-selftest-") as tmp:
        _isolate(Path(tmp))
        from ..settings import Settings

        ctx = AppContext.open(Settings.load())
        try:
            state: dict[str, int] = {}
            report.run("transcribe", lambda: _transcribe(ctx, args.model, state))
            report.run("search", lambda: _search(ctx, state))
            report.run("api", lambda: _api(ctx))
        finally:
            ctx.close()
        if not args.skip_gui:
            report.run("window", lambda: _window(Path(tmp) / "window.png"))
    total = time.perf_counter() - t0
    checks = len(report.lines)
    if report.failures:
        verdict = say.text("selftest_failed", failures=report.failures, checks=checks, seconds=f"{total:.1f}")
        print(verdict, flush=True)
        return 1
    print(say.text("selftest_passed", checks=checks, seconds=f"{total:.1f}"), flush=True)
    return 0


def _transcribe(ctx: AppContext, model: str, state: dict[str, int]) -> str:
    from ..pipeline import runner

    sample = resource(*SAMPLE)
    if not sample.is_file():
        raise FileNotFoundError(f"bundled sample missing: {sample}")
    _job, final = runner.process_file(ctx, sample, options=JobOptions(model=model, no_summary=True))
    if final.state != "done" or final.recording_id is None:
        raise RuntimeError(f"job ended {final.state}: {final.message}")
    rec = ctx.store.recordings.get(final.recording_id)
    words = " ".join(s.text for s in ctx.store.transcripts.segments(rec.id)).split()
    if len(words) < 5:
        raise RuntimeError(f"transcript has only {len(words)} words")
    state["recording"] = rec.id
    return say.text(
        "selftest_transcribed",
        model=rec.stt_model or model,
        language=str(rec.language),
        count=len(words),
        words=" ".join(words[:6]),
    )


def _search(ctx: AppContext, state: dict[str, int]) -> str:
    from ..pipeline.indexing import semantic_index
    from ..pipeline.search import search

    if "recording" not in state:
        raise RuntimeError("nothing to search: transcription failed")
    # The sample's own first sentence: it clears any model's relevance floor, so a miss means a broken index.
    query = ctx.store.transcripts.segments(state["recording"])[0].text.strip()
    hits = search(ctx, query, mode="semantic", limit=5)
    if not any(h.recording_id == state["recording"] for h in hits):
        raise RuntimeError(f"semantic search for {query!r} did not find the sample ({len(hits)} hits)")
    return say.text("selftest_found", count=len(hits), model=semantic_index(ctx).embedder().name)


def _get(url: str, token: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback never goes via a proxy
    try:
        with opener.open(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _api(ctx: AppContext) -> str:
    from ..api.config import ApiConfig
    from ..api.server import ApiServer

    server = ApiServer(ctx, "127.0.0.1", 0, config=ApiConfig(run_jobs=False)).start()
    try:
        health, _ = _get(f"{server.url}/health")
        refused, _ = _get(f"{server.url}/api/recordings")
        status, body = _get(f"{server.url}/api/recordings", server.token)
    finally:
        server.stop()
    if health != 200 or refused != 401 or status != 200:
        raise RuntimeError(f"/health {health}, /api/recordings {refused} without and {status} with the token")
    listed = json.loads(body).get("total", "?")
    return say.text("selftest_api", port=server.port, count=listed)


def _window(png: Path) -> str:
    from ..gui.app import run  # PySide6 loads only for this check

    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):
        code = run(screenshot=png, size=(1024, 700))
    if code != 0 or not png.is_file() or png.stat().st_size < 1000:
        raise RuntimeError(f"the main window did not render (exit {code}): {quiet.getvalue().strip()}")
    return say.text("selftest_window", size=png.stat().st_size // 1024)
