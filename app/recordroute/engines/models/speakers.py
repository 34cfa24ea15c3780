"""Speaker-embedding models (the diarization catalogue's WeSpeaker, 3D-Speaker and CAM++ ONNX files) as the model
manager's third kind: listed beside the speech and embedding models, and downloaded on request from their
sherpa-onnx GitHub release (or a mirror: RECORDROUTE_SPEAKER_MODEL_ENDPOINT replaces the release base URL).

A download is one file, fetched by the same `Downloader` as hub models (staging folder, resume with Range,
progress, cancel, disk-space check, rename into place). Upstream publishes no checksums, so the size is bounded
instead: a Content-Length far above the catalogue's size is refused before any byte is fetched, and the body may
not run past the length announced. The SHA-256 computed while downloading is recorded in the registry, so
`models verify` notices a changed file later. Before the file is put in place it is opened with onnxruntime
and run once on fbank-shaped input; anything else is deleted and refused (`NotASpeakerModel`).
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from ... import __version__
from ...errors import DownloadTooLarge, InputError, ModelNotFoundError
from ...progress import CancelToken, ProgressCallback
from ...store.locks import hold_or_fail
from ..diarize.catalog import _SHERPA, CATALOG, DEFAULT_EMBEDDERS, DiarizeModel, _packaged, locate
from ..model_catalog import SPEAKER, kind_folder
from ..model_registry import ModelRecord
from .check import BrokenModelError, NotASpeakerModel
from .download import Downloader, human_bytes
from .hub import HubError, RemoteFile, RemoteModel, offline_requested, os_trust_store
from .sandbox import check_in_subprocess
from .state import ModelState

if TYPE_CHECKING:
    from .manager import ModelManager

ENDPOINT_ENV = "RECORDROUTE_SPEAKER_MODEL_ENDPOINT"
DEFAULT_ENDPOINT = _SHERPA
# A file may be this much larger than the catalogue says (re-exports differ a little), never more.
SIZE_SLACK = 1.5
SIZE_MARGIN = 4_000_000
HOST = "the release host"


def speaker_models() -> list[DiarizeModel]:
    """The embedding models of the diarization catalogue, in the order diarization tries them."""
    order = {n: i for i, n in enumerate(DEFAULT_EMBEDDERS)}
    models = [m for m in CATALOG.values() if m.kind == "embedding"]
    return sorted(models, key=lambda m: order.get(m.name, len(order)))


def find_speaker_model(name: str) -> DiarizeModel | None:
    want = name.strip().lower()
    return next((m for m in speaker_models() if m.name.lower() == want), None)


def downloadable(name: str) -> DiarizeModel | None:
    """The catalogue's speaker model called `name` when it can be downloaded (a single .onnx release file)."""
    model = find_speaker_model(name)
    return model if model is not None and model.url and model.url.endswith(".onnx") else None


def release_endpoint() -> str:
    """The release base URL: RECORDROUTE_SPEAKER_MODEL_ENDPOINT (read now) or sherpa-onnx's GitHub releases."""
    base = (os.environ.get(ENDPOINT_ENV) or DEFAULT_ENDPOINT).strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(
            f"{ENDPOINT_ENV} must be an http(s) URL, not {base!r}",
            hint=f"set it to the base URL of a mirror of {DEFAULT_ENDPOINT}, or unset it",
        )
    return base


def size_limit(model: DiarizeModel) -> int:
    return int(model.size_mb * 1_000_000 * SIZE_SLACK) + SIZE_MARGIN


@dataclass(frozen=True)
class ReleaseFiles(RemoteModel):
    """Files published under `<endpoint>/<folder>/` (a release's download URLs) rather than a hub repository."""

    folder: str = ""

    def url(self, path: str) -> str:
        return f"{self.endpoint}/{self.folder}/{quote(path)}"


def _headers() -> dict[str, str]:
    return {"User-Agent": f"recordroute/{__version__}"}  # no hub token: this is not the hub


def _remote(model: DiarizeModel, endpoint: str) -> ReleaseFiles:
    """The model's release file with its size from a HEAD request, refused when far above the catalogue's."""
    rel = (model.url or "").removeprefix(DEFAULT_ENDPOINT + "/")
    folder, _, filename = rel.rpartition("/")
    remote = ReleaseFiles(model.name, "release", (), endpoint, HOST, folder=folder)
    url = remote.url(filename)
    size = _content_length(url)
    limit = size_limit(model)
    if size > limit:
        raise DownloadTooLarge(
            f"{url} is {human_bytes(size)}, far above the {human_bytes(model.size_mb * 1e6)} the catalogue "
            f"gives {model.name}; nothing was downloaded",
            params={"model": model.name},
        )
    return ReleaseFiles(
        model.name, "release", (RemoteFile(filename, size, None, None),), endpoint, HOST, folder=folder
    )


def _content_length(url: str) -> int:
    import httpx2
    from huggingface_hub import get_session

    try:
        timeout = httpx2.Timeout(30.0, connect=10.0)
        resp = get_session().head(url, headers=_headers(), follow_redirects=True, timeout=timeout)
    except httpx2.HTTPError as exc:
        raise HubError.said(
            "speaker_model_unreachable", url=url, reason=f"{type(exc).__name__}: {exc}"
        ) from exc
    if resp.status_code != 200:
        raise HubError.said("speaker_model_status", url=url, status=resp.status_code)
    try:
        return int(resp.headers["content-length"])
    except (KeyError, ValueError):
        raise HubError.said("speaker_model_no_length", url=url) from None


def download_speaker_model(
    manager: ModelManager,
    model: DiarizeModel,
    *,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    retries: int = 5,
    backoff: float = 0.5,
) -> ModelState:
    """Download `model` into `<models>/diarize/<name>/<file>`, where diarization finds it. HF_HUB_OFFLINE, the
    one switch that keeps model downloads off, holds here too."""
    if not force:
        try:
            return manager.get(model.name, SPEAKER)
        except ModelNotFoundError:
            pass  # not here yet: download it
    endpoint = release_endpoint()
    if offline_requested():
        raise HubError.said("downloads_offline")
    with hold_or_fail(
        manager.registry.root / f".download-{SPEAKER}-{model.name}.lock",
        f"{model.name} is already being downloaded (by this app or another RecordRoute window)",
        "wait for that download to finish, or cancel it there",
    ):
        downloader = Downloader(
            progress=progress, cancel=cancel, retries=retries, backoff=backoff, headers=_headers
        )
        with os_trust_store():
            remote = _remote(model, endpoint)
            # Named by the size, so an interrupted run resumes and a changed upstream file starts afresh.
            staging = manager.registry.staging() / f"{SPEAKER}-{model.name}-{remote.size}"
            result = downloader.download(remote, staging)
        return _install(manager, model, remote, staging, result.sha256)


def _install(
    manager: ModelManager, model: DiarizeModel, remote: ReleaseFiles, staging: Path, sums: dict[str, str]
) -> ModelState:
    """Check the file staged in `staging` is a speaker model we can run (in a child process), then rename it
    into place."""
    try:
        check_in_subprocess(staging, SPEAKER)
    except BrokenModelError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise NotASpeakerModel(
            f"the file downloaded for {model.name} was refused and deleted: {exc.message}",
            params={"model": model.name},
        ) from exc
    rec = ModelRecord(
        kind=SPEAKER,
        name=model.name,
        path=f"{kind_folder(SPEAKER)}/{model.name}",
        source="downloaded",
        repo=remote.url(remote.files[0].path),
        revision="",
        files=sums,
        verified_at=time.time(),
    )
    try:
        return manager.install(staging, rec, force=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- the inventory ---------------------------------------------------------------------------------------------
def with_speaker_catalog(state: ModelState) -> ModelState:
    model = find_speaker_model(state.name)
    if model is not None:
        state.download_size = int(model.size_mb * 1_000_000)
        state.note = model.note
        state.repo = state.repo or (model.url or "")
    return state


def speaker_states(manager: ModelManager) -> list[ModelState]:
    """Every catalogue speaker model: downloaded ones (from the registry), ones found in the model folders or
    a package (bundled), then the downloadable absent ones, in the order diarization tries them."""
    out = []
    for model in speaker_models():
        rec = manager.registry.find(model.name, SPEAKER)
        path = locate(model, manager.root, manager.model_dir)
        if rec is not None and (path is None or path.parent == rec.folder(manager.root)):
            state = manager._state(rec)
        elif path is not None:
            state = _found_state(manager, model, path)
        elif downloadable(model.name):
            state = ModelState(SPEAKER, model.name, False)
        else:
            continue
        out.append(with_speaker_catalog(state))
    return out


def _found_state(manager: ModelManager, model: DiarizeModel, path: Path) -> ModelState:
    # Not bundled: the user's own file (in model_dir, or put in the data dir by hand).
    source = "bundled" if path == _packaged(model) else "model_dir"
    # The file's own folder; a file put directly in the model folder stands alone (that folder is the user's).
    folder = path.parent if source == "bundled" or path.parent.name == model.name else path
    files = {path.name: path}
    return ModelState(
        SPEAKER,
        model.name,
        True,
        source,
        str(folder),
        path.stat().st_size,
        files=files,
        verified_at=manager.registry.verified_at(folder),
    )


def used_speaker_model(models_root: Path, model_dir: Path | None) -> str | None:
    """The speaker model diarization uses when none is named (the first present of DEFAULT_EMBEDDERS)."""
    present = [m.name for m in speaker_models() if locate(m, models_root, model_dir) is not None]
    return next((n for n in DEFAULT_EMBEDDERS if n in present), None)
