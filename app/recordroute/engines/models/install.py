"""Getting a model onto this machine: download from the hub, or import a pack or a folder.

Both end in `ModelManager.install`: a complete, verified staging folder renamed into place.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import time
import uuid
from pathlib import Path

from ...errors import FileNotFound, InputError, ModelNotFoundError
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from ...store.locks import hold_or_fail
from ..model_catalog import (
    EMBED_PATTERNS,
    EMBEDDING,
    SPEAKER,
    SPEECH,
    SPEECH_PATTERNS,
    folder_name,
    guess_kind,
    is_repo_id,
    kind_folder,
    lookup,
)
from ..model_registry import ModelRecord
from .check import (
    MANIFEST,
    BrokenModelError,
    briefly,
    checksum_folder,
    compare_sums,
    copy_model_folder,
    detect_kind,
    speaker_graph,
)
from .download import Downloader, DownloadResult
from .hub import RemoteFile, fetch_listing, os_trust_store, with_checksums
from .manager import CHECKING_SUMS, COPYING, DONE, LOADING, ModelManager
from .packs import is_pack, load_manifest, manifest_sums, unpack
from .sandbox import check_in_subprocess
from .speakers import download_speaker_model, downloadable, speaker_models
from .state import ModelState

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_EMBED_CONFIGS = {p for p in EMBED_PATTERNS if not p.endswith(".onnx")}


def select_files(kind: str, files: tuple[RemoteFile, ...]) -> tuple[RemoteFile, ...]:
    """The files a model of `kind` needs: for speech the CTranslate2 set; for embeddings the configs plus one
    ONNX graph (model.onnx, else onnx/model.onnx) and its external-data file, never every exported variant."""
    if kind == SPEECH:
        return tuple(
            f for f in files if "/" not in f.path and any(fnmatch.fnmatch(f.path, p) for p in SPEECH_PATTERNS)
        )
    paths = {f.path for f in files}
    graph = next((g for g in ("model.onnx", "onnx/model.onnx") if g in paths), None)
    if graph is None:
        onnx = sorted(p for p in paths if p.endswith(".onnx"))
        graph = onnx[0] if len(onnx) == 1 else None
    if graph is None:
        raise BrokenModelError(
            "the repository has no model.onnx (or onnx/model.onnx)",
            hint="pick an ONNX export of the embedding model (for example a Xenova/ repo)",
        )
    keep = {graph, graph + "_data", graph.rsplit("/", 1)[0] + "/model.onnx_data" if "/" in graph else ""}
    if graph.startswith("onnx/"):  # configs beside the graph first, then the repo root's
        keep |= {"onnx/" + c for c in _EMBED_CONFIGS}
    keep |= _EMBED_CONFIGS
    return tuple(f for f in files if f.path in keep)


def download_model(
    manager: ModelManager,
    name_or_repo: str,
    *,
    kind: str | None = None,
    force: bool = False,
    revision: str = "main",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    retries: int = 5,
    backoff: float = 0.5,
) -> ModelState:
    """Download a catalogue model (short name) or any repository id into the data dir's models folder; a
    speaker model from its release (speakers.py). A model already present (bundled or downloaded) is returned
    as is unless `force`."""
    speaker = downloadable(name_or_repo) if kind in (None, SPEAKER) else None
    if speaker is not None:
        return download_speaker_model(
            manager, speaker, force=force, progress=progress, cancel=cancel, retries=retries, backoff=backoff
        )
    if kind == SPEAKER:
        names = ", ".join(m.name for m in speaker_models() if downloadable(m.name))
        raise InputError.said("not_a_speaker_download", name=name_or_repo, names=names)
    entry = lookup(name_or_repo, kind)
    if entry is not None and entry.repo:
        kind, repo, name = entry.kind, entry.repo, entry.name
    elif is_repo_id(name_or_repo):
        repo = name_or_repo.strip()
        kind = kind or guess_kind(repo)
        name = repo.split("/")[-1]
    else:
        raise InputError.said("not_a_model_or_repo", name=name_or_repo)
    if not force:
        try:
            return manager.get(name, kind)
        except ModelNotFoundError:
            pass  # not here yet: download it
    taken = manager.registry.find(name, kind)
    folder = folder_name(repo) if taken is None or taken.repo == repo else repo.replace("/", "--")
    # One download of a model at a time (GUI, CLI and API may all ask): two writers in one staging folder
    # would interleave their bytes and fail the checksums.
    with hold_or_fail(
        manager.registry.root / f".download-{kind}-{folder}.lock",
        f"{name} is already being downloaded (by this app or another RecordRoute window)",
        "wait for that download to finish, or cancel it there",
    ):
        return _download(
            manager,
            repo,
            kind,
            name,
            folder,
            revision,
            Downloader(progress=progress, cancel=cancel, retries=retries, backoff=backoff),
        )


def _download(
    manager: ModelManager, repo: str, kind: str, name: str, folder: str, revision: str, downloader: Downloader
) -> ModelState:
    with os_trust_store():
        remote = fetch_listing(repo, revision=revision)
        remote = with_checksums(remote, select_files(kind, remote.files))
        staging = manager.registry.staging() / f"{kind}-{folder}-{remote.revision[:12]}"
        result: DownloadResult = downloader.download(remote, staging)
    try:
        detected = detect_kind(staging)
    except BrokenModelError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    rec = ModelRecord(
        kind=detected,
        name=name,
        path=f"{kind_folder(detected)}/{folder}",
        source="downloaded",
        repo=repo,
        revision=remote.revision,
        files=result.sha256,
        verified_at=time.time(),
    )
    try:
        return manager.install(staging, rec, force=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def import_model(
    manager: ModelManager,
    path: Path,
    *,
    name: str | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ModelState:
    """Import a pack (.tar/.zip with a manifest of sums) or a plain folder: the sums are checked, the model
    is loaded for real, and only then is it put in place. A broken model is refused with the reason."""
    report = progress or null_progress
    path = Path(path).expanduser()
    if not path.exists():
        raise FileNotFound.said("model_path_missing", path=path)
    if not (path.is_dir() or is_pack(path)):
        raise InputError.said("not_a_model_or_pack", path=path)
    staging = manager.registry.staging() / f"import-{uuid.uuid4().hex[:12]}"
    staging.parent.mkdir(parents=True, exist_ok=True)
    try:
        if path.is_dir():
            report(Progress("import", 0.0, COPYING))
            copy_model_folder(path, staging, cancel)
            manifest = _read_manifest(staging)
        else:
            manifest = unpack(path, staging, progress=progress, cancel=cancel)
        kind = detect_kind(staging)
        if manifest is not None:
            report(Progress("verify", 0.5, CHECKING_SUMS))
            sums = manifest_sums(manifest)
            problems = compare_sums(staging, sums, cancel)
            if problems:
                raise BrokenModelError.said("pack_checksums_failed", path=path, problems=briefly(problems))
        (staging / MANIFEST).unlink(missing_ok=True)
        sums = checksum_folder(staging, cancel)
        report(Progress("verify", 0.8, LOADING))
        check_in_subprocess(staging, kind)
        name = _import_name(name, manifest, path)
        if kind == SPEAKER:
            name = _speaker_name(staging, name)
        rec = ModelRecord(
            kind=kind,
            name=name,
            path=f"{kind_folder(kind)}/{name}",
            source="imported",
            repo=str((manifest or {}).get("repo") or ""),
            revision=str((manifest or {}).get("revision") or ""),
            files=sums,
            verified_at=time.time(),
        )
        state = manager.install(staging, rec, force=force)
        report(Progress("import", 1.0, DONE))
        return state
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _read_manifest(folder: Path) -> dict | None:
    data = load_manifest(folder, str(folder / MANIFEST))
    return data if isinstance(data, dict) else None


def _speaker_name(folder: Path, name: str) -> str:
    """Diarization finds a speaker model by its catalogue name: the given one if it is one, else the model whose
    file the folder holds."""
    if downloadable(name) or name in {m.name for m in speaker_models()}:
        return name
    found = speaker_graph(folder, strict=False)
    model = next((m for m in speaker_models() if found and Path(m.filename).name == found[0].name), None)
    if model is None:
        raise InputError.said("not_a_catalogue_speaker_model", name=name)
    return model.name


def _import_name(name: str | None, manifest: dict | None, path: Path) -> str:
    candidate = name or str((manifest or {}).get("name") or "")
    if not candidate:
        candidate = path.name
        for suffix in (".tar.gz", ".tgz", ".tar", ".zip"):
            if candidate.lower().endswith(suffix):
                candidate = candidate[: -len(suffix)]
                break
    if not _NAME.match(candidate):
        raise InputError.said("bad_model_name", name=candidate)
    return candidate


__all__ = ["EMBEDDING", "SPEECH", "download_model", "import_model", "select_files"]
