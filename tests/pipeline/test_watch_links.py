"""A watched (shared, synced) folder never carries a link or a special file into the library (issue 23: 4)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from recordroute.pipeline.watch import FolderWatcher
from tests.conftest import SPEECH_WAV

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs")


def test_links_and_special_files_are_refused_by_name_and_never_imported(ctx: Any, tmp_path: Path) -> None:
    secret = tmp_path / "private" / "id_rsa"
    secret.parent.mkdir()
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "A" * 2000)
    shared = tmp_path / "shared"
    (shared / "sub").mkdir(parents=True)
    (shared / "passwd.txt").symlink_to("/etc/passwd")
    (shared / "key.txt").symlink_to(secret)
    (shared / "audio-link.wav").symlink_to(SPEECH_WAV)
    (shared / "dir-link").symlink_to(secret.parent, target_is_directory=True)
    os.mkfifo(shared / "sub" / "pipe.wav")
    shutil.copy(SPEECH_WAV, shared / "sub" / "real.wav")
    queued: list[int] = []
    watcher = FolderWatcher(ctx, [shared], settle=0.0, enqueue=lambda rid: queued.append(rid) or rid)
    events = watcher.scan() + watcher.scan()
    rejected = {e.path.name: e.message for e in events if e.kind == "rejected"}
    assert set(rejected) == {"passwd.txt", "key.txt", "audio-link.wav", "dir-link", "pipe.wav"}
    assert "a link" in rejected["key.txt"] and "not a regular file" in rejected["pipe.wav"]
    assert [e.path.name for e in events if e.kind == "imported"] == ["real.wav"]
    assert [r.source_name for r in ctx.store.recordings.list()] == ["real.wav"]
    assert watcher.scan() == []  # each refusal is said once
