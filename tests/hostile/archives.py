"""Backup archives someone else wrote, built at test time from a real backup: members changed, added or
removed, and the manifest made to match again (as an attacker would), so only the restore's own checks stand
between the archive and the library."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = "recordroute-backup"
MANIFEST = f"{ROOT}/manifest.json"
DB = f"{ROOT}/data/recordroute.db"
SETTINGS = f"{ROOT}/settings.toml"


def members(archive: Path) -> tuple[dict[str, bytes], dict[str, Any]]:
    with tarfile.open(archive, "r:*") as tar:
        files = {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}  # type: ignore[union-attr]
    return {k: v for k, v in files.items() if k != MANIFEST}, json.loads(files[MANIFEST])


def write(
    dest: Path, files: dict[str, bytes], manifest: Any | None = None, *, manifest_first: bool = False
) -> Path:
    """A tar of `files` and a manifest (by default one that lists every file with its true size and sum)."""
    if manifest is None:
        manifest = {
            "format": 1,
            "app": "recordroute",
            "recordings": 1,
            "files": {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in files.items()},
        }
    body = json.dumps(manifest).encode() if not isinstance(manifest, bytes) else manifest
    items = [(MANIFEST, body), *files.items()] if manifest_first else [*files.items(), (MANIFEST, body)]
    with tarfile.open(dest, "w") as tar:
        for name, data in items:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return dest


def with_db(files: dict[str, bytes], change: Callable[[sqlite3.Connection], None]) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "db"
        path.write_bytes(files[DB])
        con = sqlite3.connect(path)
        change(con)
        con.commit()
        con.close()
        return {**files, DB: path.read_bytes()}


def foreign_db() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "db"
        con = sqlite3.connect(path)
        con.execute("PRAGMA application_id=1234")
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        con.commit()
        con.close()
        return path.read_bytes()


def sparse_member(dest: Path, size: int = 3 * 2**30) -> Path | None:
    """A tar of a few kilobytes (GNU sparse format, made by the system's tar) that unpacks to `size` bytes of
    zeros, listed in a manifest that comes first. None where no GNU tar is installed."""
    tar_bin = shutil.which("tar")
    if tar_bin is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        name = f"{ROOT}/data/library/ha/huge.wav"
        (stage / name).parent.mkdir(parents=True)
        with open(stage / name, "wb") as fh:
            fh.truncate(size)  # a hole: no disk used
        body = json.dumps({"format": 1, "files": {name: {"sha256": "0" * 64, "size": size}}})
        (stage / MANIFEST).write_text(body)
        res = subprocess.run(
            [tar_bin, "--format=gnu", "-cSf", str(dest), "-C", str(stage), MANIFEST, name],
            capture_output=True,
        )
    return dest if res.returncode == 0 else None
