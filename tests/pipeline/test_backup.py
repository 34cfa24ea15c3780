"""Backup while the app writes, restore into a fresh folder, and refusal of damaged or unsafe archives."""

from __future__ import annotations

import io
import tarfile
import threading
from pathlib import Path

import pytest

from recordroute.errors import InputError
from recordroute.pipeline import export
from recordroute.pipeline.backup import BackupError, create_backup, restore_backup, verify_backup
from recordroute.pipeline.context import AppContext
from recordroute.settings import Settings
from recordroute.store import Segment
from tests.conftest import run_cli
from tests.helpers.library import add_recording


def _writer(ctx, rid: int, stop: threading.Event, counter: list[int]) -> None:
    n = 0
    while not stop.is_set():
        n += 1
        segs = [Segment(idx=i, text=f"revision {n} line {i}", start=i * 1.0, end=i + 0.9) for i in range(50)]
        with ctx.store.db.tx() as con:
            ctx.store.transcripts.replace(con, rid, segs)
        counter.append(n)


def test_backup_while_a_job_writes_then_restore_matches(ctx, tmp_path: Path) -> None:
    ids = [add_recording(ctx, title=f"meeting {i}", tag=f"t{i}") for i in range(3)]
    busy = add_recording(ctx, title="busy", tag="busy", minutes=None)
    ctx.store.recordings.trash(ids[2])
    stop, counter = threading.Event(), []
    thread = threading.Thread(target=_writer, args=(ctx, busy, stop, counter))
    thread.start()
    try:
        while len(counter) < 3:
            stop.wait(0.01)
        info = create_backup(ctx, tmp_path / "b.tar.gz")
    finally:
        stop.set()
        thread.join()
    assert len(counter) > 3 and info.recordings == 4 and not info.missing
    assert verify_backup(info.path)["recordings"] == 4
    target = tmp_path / "restored"
    restore_backup(info.path, target)
    restored = AppContext.open(Settings.load(target / "settings.toml", env={}))
    try:
        assert restored.settings.data_dir == target and not restored.settings.api_token
        listed = [(r.id, r.title) for r in restored.store.recordings.list()]
        assert listed == [(r.id, r.title) for r in ctx.store.recordings.list()]
        assert [r.id for r in restored.store.recordings.list(_trash())] == [ids[2]]
        texts = [s.text for s in restored.store.transcripts.segments(busy)]
        assert len(texts) == 50 and len({t.split(" line")[0] for t in texts}) == 1  # one consistent revision
        for rid in ids[:2]:
            for fmt in ("md", "json", "html"):
                assert export.render_doc(fmt, export.load_doc(restored.store, rid)) == export.render_doc(
                    fmt, export.load_doc(ctx.store, rid)
                )
            original = ctx.store.library.path(ctx.store.recordings.get(rid).stored_name).read_bytes()
            assert restored.store.library.path(f"ha/t{ids.index(rid)}.wav").read_bytes() == original
    finally:
        restored.close()


def _trash():
    from recordroute.store import ListFilter

    return ListFilter(only_deleted=True)


def _backup(ctx, tmp_path: Path, name: str = "b.tar") -> Path:
    add_recording(ctx)
    return create_backup(ctx, tmp_path / name).path


def test_truncated_and_altered_archives_are_refused_and_nothing_restored(ctx, tmp_path: Path) -> None:
    archive = _backup(ctx, tmp_path)
    data = archive.read_bytes()
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(data[: len(data) // 2])
    altered = tmp_path / "altered.tar"
    at = data.index(b"RIFF original audio")
    altered.write_bytes(data[:at] + b"X" + data[at + 1 :])
    for bad, why in ((truncated, "truncated or damaged|no manifest"), (altered, "1 files altered")):
        with pytest.raises(BackupError, match=why):
            verify_backup(bad)
        target = tmp_path / f"into-{bad.stem}"
        with pytest.raises(BackupError, match=why):
            restore_backup(bad, target)
        assert not target.exists()
        assert sorted(p.name for p in tmp_path.iterdir() if ".restore-" in p.name) == []


def test_refuses_non_empty_folder_and_unsafe_members(ctx, tmp_path: Path) -> None:
    archive = _backup(ctx, tmp_path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="is not empty"):
        restore_backup(archive, busy)
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]
    evil = tmp_path / "evil.tar"
    with tarfile.open(evil, "w") as tar:
        for name in ("recordroute-backup/../../escaped.txt", "/etc/evil"):
            member = tarfile.TarInfo(name)
            member.size = 4
            tar.addfile(member, io.BytesIO(b"evil"))
    with pytest.raises(BackupError, match="unsafe entry"):
        restore_backup(evil, tmp_path / "fresh")
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "fresh").exists()


def test_cli_backup_verify_restore(ctx, tmp_path: Path) -> None:
    rid = add_recording(ctx)
    ctx.settings.api_token = "secret-token-123"
    ctx.settings.save()
    ctx.close()
    archive = tmp_path / "lib.tar.gz"
    made = run_cli("backup", str(archive))
    assert made.returncode == 0, made.stderr
    with tarfile.open(archive) as tar:
        settings = tar.extractfile("recordroute-backup/settings.toml").read().decode()
    assert "secret-token-123" not in settings and "api_token" not in settings
    ok = run_cli("restore-backup", str(archive), "--verify")
    assert ok.returncode == 0 and "OK" in ok.stdout
    refused = run_cli("restore-backup", str(archive))  # the configured data folder is in use
    assert refused.returncode == 1 and "is not empty" in refused.stderr
    done = run_cli("restore-backup", str(archive), "--data-dir", str(tmp_path / "new"))
    assert done.returncode == 0, done.stderr
    shown = run_cli("show", str(rid), "--summary", env={"RECORDROUTE_DATA_DIR": str(tmp_path / "new")})
    assert shown.returncode == 0 and "Book the venue" in shown.stdout


@pytest.mark.slow
def test_restored_library_searches_and_finds_similar_like_the_original(ctx, tmp_path: Path) -> None:
    from recordroute.pipeline.indexing import semantic_index
    from recordroute.pipeline.search import search, similar

    texts = {
        "budget": ["We reviewed the office budget.", "Furniture spending is capped at ten thousand."],
        "servers": ["The database servers crashed twice.", "The disks were full again."],
        "money": ["Quarterly revenue grew by twelve percent.", "The budget for next year is larger."],
    }
    ids = {tag: add_recording(ctx, title=tag, texts=lines, tag=tag) for tag, lines in texts.items()}
    for rid in ids.values():
        semantic_index(ctx).index_recording(rid)
    info = create_backup(ctx, tmp_path / "lib.tar")
    restored = AppContext.open(Settings.load(restore_backup_path(info.path, tmp_path / "new"), env={}))
    try:
        for query in ("office budget", "disk failure", "how much money did we make"):
            for mode in ("keyword", "semantic", "hybrid"):
                want = [(h.recording_id, h.segment_idx) for h in search(ctx, query, mode=mode)]
                got = [(h.recording_id, h.segment_idx) for h in search(restored, query, mode=mode)]
                assert (want or mode == "keyword") and got == want, (query, mode)
        assert similar(ctx, ids["budget"])
        for rid in ids.values():
            assert [s.recording_id for s in similar(restored, rid)] == [
                s.recording_id for s in similar(ctx, rid)
            ]
            assert export.render_doc("md", export.load_doc(restored.store, rid)) == export.render_doc(
                "md", export.load_doc(ctx.store, rid)
            )
    finally:
        restored.close()


def restore_backup_path(archive: Path, target: Path) -> Path:
    restore_backup(archive, target)
    return target / "settings.toml"
