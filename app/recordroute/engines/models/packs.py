"""Model packs for machines without a network: a .tar or .zip holding the model's files and a manifest of
their SHA-256 sums (`recordroute-model.json`). Export writes to a temp file and renames; import unpacks into
a staging folder and refuses anything unsafe (absolute paths, `..`, links) or damaged."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import time
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from ...errors import InputError
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from ...safepaths import UnsafePathError, ensure_under, relative_parts
from ...store.files import atomic_open
from .check import MANIFEST, BrokenModelError, sha256_of

FORMAT = 1
PACK_SUFFIXES = (".tar", ".zip", ".tar.gz", ".tgz")
CHUNK = 1 << 20


def is_pack(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(PACK_SUFFIXES)


def build_manifest(
    files: dict[str, Path],
    *,
    kind: str,
    name: str,
    repo: str = "",
    revision: str = "",
    sums: dict[str, str] | None = None,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """The manifest of `files` (archive name -> file). Known sums are reused: a pack of a damaged model then
    fails its import instead of carrying the damage on under fresh sums."""
    listed = {}
    for rel, path in sorted(files.items()):
        digest = (sums or {}).get(rel) or sha256_of(path, cancel)
        listed[rel] = {"sha256": digest, "size": path.stat().st_size}
    return {
        "format": FORMAT,
        "kind": kind,
        "name": name,
        "repo": repo,
        "revision": revision,
        "created": time.time(),
        "files": listed,
    }


def export_pack(
    files: dict[str, Path],
    dest: Path,
    manifest: dict[str, Any],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write `files` (archive name -> file) and `manifest` to `dest` (.tar, .tar.gz/.tgz or .zip) atomically."""
    report = progress or null_progress
    name = dest.name.lower()
    if not name.endswith(PACK_SUFFIXES):
        raise InputError.said("pack_needs_tar_or_zip", path=dest)
    total = sum(int(f["size"]) for f in manifest["files"].values()) or 1
    done = 0
    meta = json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8")
    with atomic_open(dest) as raw:
        if name.endswith(".zip"):
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
                zf.writestr(MANIFEST, meta)
                for rel in manifest["files"]:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    zf.write(files[rel], rel)
                    done += files[rel].stat().st_size
                    report(Progress("export", done / total, rel))
        else:
            mode = "w:gz" if name.endswith((".tar.gz", ".tgz")) else "w"
            with tarfile.open(fileobj=raw, mode=mode) as tf:  # type: ignore[call-overload]
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime = len(meta), int(time.time())
                tf.addfile(info, io.BytesIO(meta))
                for rel in manifest["files"]:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    st = files[rel].stat()  # follows links: a pack holds only regular files
                    member = tarfile.TarInfo(rel)
                    member.size, member.mtime, member.mode = st.st_size, int(st.st_mtime), 0o644
                    with open(files[rel], "rb") as fh:
                        tf.addfile(member, fh)
                    done += st.st_size
                    report(Progress("export", done / total, rel))
    return dest


def _safe_member(name: str) -> PurePosixPath:
    """The member's relative path, checked by the shared rule: a name unsafe on Windows (backslashes, drive
    letters) is refused on every OS, before anything is written."""
    try:
        return PurePosixPath(*relative_parts(name, what="the pack member"))
    except UnsafePathError as exc:
        raise BrokenModelError.said("pack_unsafe_member", refusal=exc.message_twin()) from exc


def unpack(
    pack: Path, target: Path, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> dict[str, Any] | None:
    """Unpack `pack` into the empty folder `target`; returns its manifest (None when it has none).
    A pack whose files all sit in one top folder is unpacked from inside that folder."""
    report = progress or null_progress
    target.mkdir(parents=True, exist_ok=True)
    try:
        if pack.name.lower().endswith(".zip"):
            _unzip(pack, target, report, cancel)
        else:
            _untar(pack, target, report, cancel)
    except (tarfile.TarError, zipfile.BadZipFile, EOFError) as exc:
        raise BrokenModelError.said("pack_unreadable", path=pack, reason=exc) from exc
    entries = [p for p in target.iterdir()]
    if len(entries) == 1 and entries[0].is_dir():  # a pack of a folder: lift its content up one level
        inner = entries[0]
        for child in list(inner.iterdir()):
            child.rename(target / child.name)
        inner.rmdir()
    manifest = load_manifest(target, f"the manifest in {pack}")
    if manifest is None:
        return None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise BrokenModelError.said("pack_manifest_no_files", path=pack)
    return manifest


def load_manifest(folder: Path, what: str) -> Any:
    """The manifest in `folder`, parsed (None when there is none); `what` names it when it is not JSON."""
    path = folder / MANIFEST
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BrokenModelError(f"{what} is not valid JSON: {exc}") from exc


def _untar(pack: Path, target: Path, report: ProgressCallback, cancel: CancelToken | None) -> None:
    with tarfile.open(pack, "r:*") as tf:
        members = tf.getmembers()
        total = sum(m.size for m in members if m.isfile()) or 1
        done = 0
        for m in members:
            if cancel is not None:
                cancel.raise_if_cancelled()
            rel = _safe_member(m.name)
            if m.isdir():
                (target / rel).mkdir(parents=True, exist_ok=True)
                continue
            if not m.isfile():
                raise BrokenModelError.said("pack_holds_link_or_device", member=m.name)
            out = ensure_under(target / rel, target, what="the pack member")
            out.parent.mkdir(parents=True, exist_ok=True)
            src = tf.extractfile(m)
            if src is None:
                raise BrokenModelError.said("pack_member_unreadable", member=m.name, path=pack)
            with src, open(out, "wb") as fh:
                shutil.copyfileobj(src, fh, CHUNK)
            done += m.size
            report(Progress("unpack", done / total, str(rel)))


def _unzip(pack: Path, target: Path, report: ProgressCallback, cancel: CancelToken | None) -> None:
    with zipfile.ZipFile(pack) as zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos) or 1
        done = 0
        for info in infos:
            if cancel is not None:
                cancel.raise_if_cancelled()
            rel = _safe_member(info.filename.rstrip("/"))
            if info.is_dir():
                (target / rel).mkdir(parents=True, exist_ok=True)
                continue
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise BrokenModelError.said("pack_holds_link", member=info.filename)
            out = ensure_under(target / rel, target, what="the pack member")
            out.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as fh:
                shutil.copyfileobj(src, fh, CHUNK)
            done += info.file_size
            report(Progress("unpack", done / total, str(rel)))


def manifest_sums(manifest: dict[str, Any]) -> dict[str, str]:
    out = {}
    for rel, meta in manifest.get("files", {}).items():
        digest = meta.get("sha256") if isinstance(meta, dict) else meta
        if not isinstance(digest, str) or len(digest) != 64:
            raise BrokenModelError.said("manifest_without_sum", member=rel)
        _safe_member(rel)
        out[rel] = digest.lower()
    return out
