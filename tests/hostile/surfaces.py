"""A hostile-input corpus for the surfaces that read what others can write (backups, model packs and folders,
a vault's state, watched folders, recovered recordings, exports), built at run time. One case per defect of
issue 23; each builds its input in a fresh folder, drives the real code, and returns what happened in one line,
or raises AssertionError when the app did the wrong thing. Shared by tests/hostile/test_surfaces.py and
bench/reliability_report.py (one report line per case)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.hostile import archives as arc
from tests.hostile.common import LIVE, _ctx, _recording, _refusal
from tests.hostile.model_cases import (
    model_bad_ids,
    model_crash_sandboxed,
    model_folder_links,
    opus_lying_length,
    pack_300k_missing,
    pack_backslash,
    preprocessor_huge,
    registry_outside,
    wav_one_hertz,
)

ROOT = Path(__file__).resolve().parents[2]
SPEECH_WAV = ROOT / "tests" / "fixtures" / "speech_en_30s.wav"


@dataclass(frozen=True)
class SurfaceCase:
    defect: int
    name: str
    run: Callable[[Path], str]
    slow: bool = False  # loads a real model


@dataclass
class SurfaceOutcome:
    case: SurfaceCase
    ok: bool
    message: str
    seconds: float


def _tar(dest: Path, members: dict[str, bytes]) -> Path:
    return arc.write(dest, members, manifest=b"{}")


# --- security -------------------------------------------------------------------------------------------------


def vault_state_outside(work: Path) -> str:
    from recordroute.pipeline.vault import STATE_FILE, export_vault

    ctx = _ctx(work)
    try:
        rid = _recording(ctx)
        vault = work / "vault"
        vault.mkdir()
        (vault / STATE_FILE).write_text(json.dumps({"notes": {str(rid): "../outside.md"}}))
        result = export_vault(ctx.store, vault)
    finally:
        ctx.close()
    assert not (work / "outside.md").exists(), "note written outside the vault"
    return f"note written inside the vault as {result.created[0].name!r}; the state's '../outside.md' ignored"


def watch_symlink(work: Path) -> str:
    from recordroute.pipeline.watch import FolderWatcher

    shared = work / "shared"
    shared.mkdir()
    (shared / "passwd.txt").symlink_to("/etc/passwd")
    ctx = _ctx(work)
    try:
        events = FolderWatcher(ctx, [shared], settle=0.0, enqueue=lambda rid: rid).scan()
        events += FolderWatcher(ctx, [shared], settle=0.0, enqueue=lambda rid: rid).scan()
        imported = ctx.store.recordings.list()
    finally:
        ctx.close()
    assert not imported, "the link's target was imported"
    return next(e.message for e in events if e.kind == "rejected")


def markdown_live_links(work: Path) -> str:
    from recordroute.pipeline.export import load_doc
    from recordroute.pipeline.export.markdown import to_markdown

    ctx = _ctx(work)
    try:
        text = to_markdown(load_doc(ctx.store, _recording(ctx, texts=[LIVE])))
    finally:
        ctx.close()
    import markdown_it

    html = markdown_it.MarkdownIt("commonmark").render(text)
    assert "<img" not in html and "href=" not in html, "a live link or image renders"
    return "rendered: no link, no image (syntax escaped in transcript and minutes)"


def restore_remote_host(work: Path) -> str:
    from recordroute.pipeline.backup import create_backup, restore_backup

    ctx = _ctx(work)
    try:
        _recording(ctx)
        files, _ = arc.members(create_backup(ctx, work / "real.tar").path)
    finally:
        ctx.close()
    files[arc.SETTINGS] = b'ollama_host = "http://attacker.example:11434"\n'
    manifest = restore_backup(arc.write(work / "host.tar", files), work / "restored")
    text = (work / "restored" / "settings.toml").read_text()
    assert "attacker.example" not in text, "the remote host was kept"
    assert manifest["notes"], "reset silently"
    return f"reset and said: {manifest['notes'][0][:120]}"


def cli_escapes(work: Path) -> str:
    env = {
        **os.environ,
        "RECORDROUTE_DATA_DIR": str(work / "data"),
        "RECORDROUTE_CONFIG": str(work / "s.toml"),
    }
    note = work / "note.txt"
    note.write_text(
        "Agenda for the weekly planning meeting\nBudget \x1b]0;pwned\x07 \x1b[2J red\rX\n" * 20,
        encoding="utf-8",
    )
    import subprocess

    cmd = [sys.executable, "-m", "recordroute"]
    subprocess.run([*cmd, "process", str(note), "--no-summary"], env=env, capture_output=True, check=True)
    res = subprocess.run([*cmd, "show", "1"], env=env, capture_output=True, text=True, check=True)
    assert "\x1b" not in res.stdout and "\r" not in res.stdout, "control characters printed"
    return "ESC and CR replaced on display"


# --- data loss ------------------------------------------------------------------------------------------------
def output_in_data(work: Path) -> str:
    from recordroute.pipeline.backup import create_backup

    ctx = _ctx(work)
    try:
        db = ctx.settings.db_path
        size = db.stat().st_size
        msg = _refusal(lambda: create_backup(ctx, db), "output_in_data_folder")
        assert db.stat().st_size == size, "the database was touched"
    finally:
        ctx.close()
    return msg


def recording_marker_pid(work: Path) -> str:
    from recordroute.engines.capture import marker_path
    from recordroute.pipeline import recovery

    ctx = _ctx(work)
    try:
        found = []
        for pid in (1, -1, 99999999999):
            path = recovery.new_recording_path(ctx.settings)
            shutil.copyfile(SPEECH_WAV, path)
            marker_path(path).write_text(json.dumps({"pid": pid}))
        found = recovery.find_unfinished(ctx, repair=False)
    finally:
        ctx.close()
    assert len(found) == 3 and all(f.crashed for f in found), "a crashed recording was hidden"
    return "markers with pid 1, -1 and 99999999999 all offered as crashed"


def marker_huge_pid_cli(work: Path) -> str:
    import subprocess

    from recordroute.engines.capture import marker_path
    from recordroute.pipeline import recovery

    ctx = _ctx(work)
    try:
        path = recovery.new_recording_path(ctx.settings)
        shutil.copyfile(SPEECH_WAV, path)
        marker_path(path).write_text(json.dumps({"pid": 99999999999}))
    finally:
        ctx.close()
    env = {
        **os.environ,
        "RECORDROUTE_DATA_DIR": str(work / "data"),
        "RECORDROUTE_CONFIG": str(work / "s.toml"),
    }
    for command in ("jobs", "recover"):
        res = subprocess.run(
            [sys.executable, "-m", "recordroute", command], env=env, capture_output=True, text=True
        )
        assert res.returncode == 0 and "Traceback" not in res.stderr, f"`{command}`: {res.stderr[-200:]}"
    return "`jobs` and `recover` list it as unfinished"


# --- crashes and denial of service ----------------------------------------------------------------------------


def export_korean_title(work: Path) -> str:
    from recordroute.pipeline.export import content_disposition

    value = content_disposition("주간 회의.md")
    value.encode("latin-1")
    assert "filename*=UTF-8''" in value
    return value


def restore_sparse(work: Path) -> str:
    from recordroute.pipeline.backup import restore_backup

    archive = arc.sparse_member(work / "sparse.tar")
    if archive is None:
        return "skipped: no GNU tar here"
    msg = _refusal(lambda: restore_backup(archive, work / "restored"), "bad_backup")
    assert not (work / "restored").exists()
    return msg


def vault_long_title(work: Path) -> str:
    from recordroute.pipeline.vault import export_vault

    ctx = _ctx(work)
    try:
        _recording(ctx, title="🎙️" * 60)
        result = export_vault(ctx.store, work / "vault")
    finally:
        ctx.close()
    assert len(result.created) == 1
    return f"note written ({len(result.created[0].name.encode())}-byte name)"


# --- unclear errors and wrong results --------------------------------------------------------------------------
def restore_list_manifest(work: Path) -> str:
    from recordroute.pipeline.backup import restore_backup

    return _refusal(lambda: restore_backup(arc.write(work / "l.tar", {}, [1]), work / "r"), "bad_backup")


def vault_c1_title(work: Path) -> str:
    import yaml  # type: ignore[import-untyped]

    from recordroute.pipeline.vault import export_vault

    title = "Budget\x85review\r\nQ3\x9b"
    ctx = _ctx(work)
    try:
        _recording(ctx, title=title)
        first = export_vault(ctx.store, work / "vault")
        again = export_vault(ctx.store, work / "vault")
    finally:
        ctx.close()
    text = first.created[0].read_text(encoding="utf-8")
    assert yaml.safe_load(text[4 : text.index("\n---\n", 4)])["title"] == title
    assert not again.beside and len(again.unchanged) == 1, "taken for a user edit"
    return "front matter is valid YAML; a second run leaves the note unchanged"


def vtt_no_speakers(work: Path) -> str:
    from recordroute.pipeline.export.plain import to_vtt
    from recordroute.store import Segment

    vtt = to_vtt([Segment(idx=0, text="<b>x</b> & y", start=0.0, end=1.0)])
    assert "<b>" not in vtt and "&amp;" in vtt
    return "cue text escaped"


CASES: list[SurfaceCase] = [
    SurfaceCase(1, "model pack member with backslashes", pack_backslash),
    SurfaceCase(2, "registry record outside the models folder", registry_outside),
    SurfaceCase(3, "vault state naming ../outside.md", vault_state_outside),
    SurfaceCase(4, "symlink to /etc/passwd in a watched folder", watch_symlink),
    SurfaceCase(5, "live links and images in transcript and minutes", markdown_live_links),
    SurfaceCase(6, "backup naming a remote LLM host", restore_remote_host),
    SurfaceCase(7, "terminal escapes in an imported text", cli_escapes),
    SurfaceCase(8, "backup written over recordroute.db", output_in_data),
    SurfaceCase(9, "recording markers with pids 1, -1, huge", recording_marker_pid),
    SurfaceCase(10, "model config with suppress id -5", model_bad_ids, slow=True),
    SurfaceCase(10, "model that crashes on decode (sandbox)", model_crash_sandboxed, slow=True),
    SurfaceCase(11, "export of a Korean title", export_korean_title),
    SurfaceCase(16, "marker pid 99999999999 in `jobs` and `recover`", marker_huge_pid_cli),
    SurfaceCase(12, "WAV claiming 1 Hz", wav_one_hertz),
    SurfaceCase(12, "Opus claiming 500 hours", opus_lying_length),
    SurfaceCase(13, "preprocessor_config with n_fft 99999999", preprocessor_huge),
    SurfaceCase(14, "10 KB sparse tar unpacking to 3 GB", restore_sparse),
    SurfaceCase(15, "model folder with /dev/zero link and a loop", model_folder_links),
    SurfaceCase(17, "title of 60 emoji in the vault", vault_long_title),
    SurfaceCase(18, "backup manifest that is a JSON list", restore_list_manifest),
    SurfaceCase(19, "pack manifest listing 300,000 missing files", pack_300k_missing),
    SurfaceCase(20, "C1 controls and CR in a title", vault_c1_title),
    SurfaceCase(21, "VTT cue markup without speakers", vtt_no_speakers),
]
CASES.sort(key=lambda c: c.defect)


def run_case(case: SurfaceCase, work: Path) -> SurfaceOutcome:
    folder = work / f"{case.defect:02d}-{case.run.__name__}"
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    try:
        message = case.run(folder)
        ok = True
    except AssertionError as exc:
        message, ok = f"WRONG: {exc}", False
    except Exception as exc:  # a crash is a failure of the app, reported as one line
        message, ok = f"CRASH: {type(exc).__name__}: {str(exc)[:200]}", False
    return SurfaceOutcome(case, ok, message, time.monotonic() - t0)


def run_all(work: Path, *, with_slow: bool = True) -> list[SurfaceOutcome]:
    return [run_case(c, work) for c in CASES if with_slow or not c.slow]


def table(outcomes: list[SurfaceOutcome]) -> str:
    lines = [f"{'#':>3}  {'case':<50} {'result':<6} {'s':>5}  what happened"]
    for o in outcomes:
        result = "ok" if o.ok else "FAIL"
        lines.append(f"{o.case.defect:>3}  {o.case.name:<50} {result:<6} {o.seconds:5.1f}  {o.message[:140]}")
    return "\n".join(lines)
