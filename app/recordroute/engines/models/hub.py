"""Talking to the Hugging Face hub (or a mirror set with HF_ENDPOINT): file listings with their checksums.

Only `models download` reaches this module; every other code path resolves models from disk. The OS trust
store (truststore) is injected into `ssl` only while a download runs, so corporate TLS-inspecting proxies
work without changing the rest of the process.
"""

from __future__ import annotations

import contextlib
import fnmatch
import logging
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ...errors import RecordRouteError

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"


class HubError(RecordRouteError):
    """The hub could not give us the model (not found, server error, offline, network)."""

    code = "hub"
    hint = "check the model id and your connection, then run the download again"


class VerificationError(RecordRouteError):
    code = "model_verification"
    hint = "the damaged files were deleted; run the download again, or import the model from a pack"


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str | None  # the LFS object id: the SHA-256 of the content
    git_sha1: str | None  # the git blob id, for small non-LFS files (sha1 of "blob <size>\0" + content)


@dataclass(frozen=True)
class RemoteModel:
    repo: str
    revision: str  # the commit every file is fetched from, so the files are consistent
    files: tuple[RemoteFile, ...]
    endpoint: str
    host: str = "the hub"  # what the server is called in messages

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    def url(self, path: str) -> str:
        return f"{self.endpoint}/{self.repo}/resolve/{self.revision}/{quote(path)}"


@dataclass(frozen=True)
class _Sibling:
    """A tree entry in the shape of model_info's siblings."""

    rfilename: str
    size: int | None
    blob_id: str | None
    lfs: Any


def quiet_hub() -> None:
    """No telemetry, even if huggingface_hub was imported before recordroute set HF_HUB_DISABLE_TELEMETRY: it
    would otherwise fetch a user-agent registry from huggingface.co with every first request."""
    from huggingface_hub import constants

    constants.HF_HUB_DISABLE_TELEMETRY = True


def hub_endpoint() -> str:
    """HF_ENDPOINT read now (huggingface_hub freezes it at import, and tests or users may change it)."""
    quiet_hub()
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def offline_requested() -> bool:
    from huggingface_hub import constants

    env = os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")
    return env or constants.is_offline_mode()


# --- the OS trust store, only while downloading ----------------------------------------------------------------
_TRUST_LOCK = threading.Lock()
_TRUST_USERS = 0


@contextlib.contextmanager
def os_trust_store() -> Iterator[None]:
    """Verify TLS with the operating system's certificates for the duration of a download (reference counted,
    so overlapping downloads share one injection). The hub's HTTP client is recreated on entry and exit so it
    picks the right SSL context up."""
    global _TRUST_USERS
    try:
        import truststore
    except ImportError:  # optional at run time: certifi's bundle still works on most machines
        yield
        return
    from huggingface_hub import close_session

    with _TRUST_LOCK:
        _TRUST_USERS += 1
        if _TRUST_USERS == 1:
            truststore.inject_into_ssl()
            close_session()
    try:
        yield
    finally:
        with _TRUST_LOCK:
            _TRUST_USERS -= 1
            if _TRUST_USERS == 0:
                truststore.extract_from_ssl()
                close_session()


# --- listings ----------------------------------------------------------------------------------------------------
def _wanted(path: str, patterns: Iterable[str] | None) -> bool:
    if patterns is None:
        return True
    return any(fnmatch.fnmatch(path, p) for p in patterns)


def hub_error(exc: BaseException, repo: str, endpoint: str) -> RecordRouteError:
    """A user-facing error for anything huggingface_hub or the HTTP layer raised."""
    from huggingface_hub import errors as hf

    if isinstance(exc, hf.OfflineModeIsEnabled):
        return HubError(
            "offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded",
            hint="unset HF_HUB_OFFLINE to download, or import the model from a pack",
        )
    if isinstance(exc, hf.GatedRepoError):
        return HubError(
            f"model repository '{repo}' is gated on {endpoint}",
            hint="accept its licence on the hub and set HF_TOKEN, or import it from a pack",
        )
    if isinstance(exc, (hf.RepositoryNotFoundError, hf.RevisionNotFoundError)):
        return HubError(
            f"model repository '{repo}' was not found on {endpoint}",
            hint="check the id (owner/name) or the short name in `recordroute models list`",
        )
    if isinstance(exc, hf.HfHubHTTPError):
        status = getattr(getattr(exc, "response", None), "status_code", None)
        if status == 404:
            return HubError(
                f"model repository '{repo}' was not found on {endpoint} (404)",
                hint="check the id (owner/name) or the short name in `recordroute models list`",
            )
        return HubError(
            f"the hub at {endpoint} answered {status or 'an error'} for '{repo}'",
            hint="the server had a problem; try again later",
        )
    return HubError(f"cannot reach the hub at {endpoint}: {type(exc).__name__}: {exc}")


def fetch_listing(
    repo: str, *, revision: str = "main", patterns: Iterable[str] | None = None, endpoint: str | None = None
) -> RemoteModel:
    # `patterns` None keeps every file (the caller picks what it needs from the listing).
    """The files of `repo` at `revision` (pinned to its commit) with their sizes and checksums."""
    from huggingface_hub import HfApi
    from huggingface_hub.hf_api import RepoFile

    endpoint = endpoint or hub_endpoint()
    if offline_requested():
        raise HubError.said("downloads_offline")
    api = HfApi(endpoint=endpoint)
    try:
        # One request: the commit and every file with its size, git oid and LFS sha256 ("blobs").
        info = api.model_info(repo, revision=revision, files_metadata=True)
        commit = info.sha or revision
        siblings: list[Any] = list(info.siblings or [])
        if siblings and any(s.size is None for s in siblings):  # a server that ignores blobs=true
            siblings = [
                _Sibling(e.path, e.size, e.blob_id, e.lfs)
                for e in api.list_repo_tree(repo, revision=commit, recursive=True)
                if isinstance(e, RepoFile)
            ]
    except Exception as exc:
        raise hub_error(exc, repo, endpoint) from exc
    files = []
    for e in siblings:
        if not _wanted(e.rfilename, patterns):
            continue
        files.append(
            RemoteFile(
                e.rfilename,
                int(e.size or 0),
                e.lfs.sha256 if e.lfs else None,
                None if e.lfs else (e.blob_id or None),
            )
        )
    if not files:
        raise HubError.said("repo_has_no_model_files", repo=repo, patterns=", ".join(patterns or ["*"]))
    return RemoteModel(repo, commit, tuple(sorted(files, key=lambda f: f.path)), endpoint)


def with_checksums(remote: RemoteModel, files: Iterable[RemoteFile]) -> RemoteModel:
    """`files` of `remote`, each with a checksum: a listing that gave none (some mirrors) is completed from
    the ETag of a HEAD request (the LFS sha256, or the git blob id). A file with no checksum at all is refused,
    since it could not be verified."""
    from dataclasses import replace

    from huggingface_hub import get_hf_file_metadata

    out = []
    for f in files:
        if not (f.sha256 or f.git_sha1):
            try:
                etag = (get_hf_file_metadata(remote.url(f.path), endpoint=remote.endpoint).etag or "").lower()
            except Exception as exc:
                raise hub_error(exc, remote.repo, remote.endpoint) from exc
            if len(etag) == 64:
                f = replace(f, sha256=etag)
            elif len(etag) == 40:
                f = replace(f, git_sha1=etag)
            else:
                raise VerificationError(
                    f"the hub gives no checksum for {remote.repo}/{f.path}, so it cannot be "
                    "verified; nothing was downloaded",
                    hint="use the official hub or a mirror that serves ETags",
                )
        out.append(f)
    return replace(remote, files=tuple(out))
