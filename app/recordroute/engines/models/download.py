"""Downloading a model's files: resumable, cancellable within a second, every file checked against the hub.

Files are written to `<models>/.staging/<name>-<commit>/` as `<file>.part`, hashed while they arrive, and
renamed to their real name only when their checksum matches. The model folder appears (one rename) only when
every file is complete and verified, so a half-downloaded model is never picked up. A dropped connection is
resumed with an HTTP Range request; a run that gives up keeps its partial files, so the next run resumes.
"""

from __future__ import annotations

import errno
import logging
import queue
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import Cancelled, DiskFullError, StorageError
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from .hub import HubError, RemoteFile, RemoteModel, VerificationError, quiet_hub
from .transfer import CHUNK, POLL, Fetcher, Hasher, NetworkDrop, ServerError, classify_error, status_error

log = logging.getLogger(__name__)

DISK_MARGIN = 16 << 20


@dataclass(frozen=True)
class TransferProgress(Progress):
    """A byte-level progress report: `done` of `total` bytes at `rate` bytes per second."""

    done: int = 0
    total: int = 0
    rate: float = 0.0


@dataclass
class DownloadResult:
    folder: Path
    sha256: dict[str, str]
    bytes_fetched: int = 0
    seconds: float = 0.0
    verify_seconds: float = 0.0  # time spent hashing (on the download thread, overlapped with writing)
    resumed: int = 0  # connections resumed with a Range request
    files: list[str] = field(default_factory=list)


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class Downloader:
    def __init__(
        self,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        retries: int = 5,
        backoff: float = 0.5,
        timeout: float = 30.0,
        headers: Callable[[], dict[str, str]] | None = None,
    ) -> None:
        self.progress = progress or null_progress
        self.cancel = cancel or CancelToken()
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self._headers = headers or _hub_headers
        self._done = 0
        self._total = 0
        self._t0 = 0.0
        self._last_report = 0.0
        self.result = DownloadResult(Path(), {})

    # --- the whole model -----------------------------------------------------------------------------------
    def download(self, remote: RemoteModel, staging: Path) -> DownloadResult:
        """Fetch every file of `remote` into `staging` (a folder of its own). Raises Cancelled, HubError,
        VerificationError, DiskFullError; on anything but a network failure the staging folder is deleted."""
        staging.mkdir(parents=True, exist_ok=True)
        self._t0 = time.monotonic()
        self._total = remote.size
        self.result = DownloadResult(staging, {})
        keep_partial = ok = False
        try:
            self._check_space(remote, staging)
            self._done = sum(_present(staging, f) for f in remote.files)
            for f in remote.files:
                self.cancel.raise_if_cancelled()
                self.result.sha256[f.path] = self._file(remote, f, staging)
                self.result.files.append(f.path)
            self.result.seconds = time.monotonic() - self._t0
            self._report(force=True)
            ok = True
            return self.result
        except ServerError as exc:
            keep_partial = True
            raise HubError.said(
                "download_server_error",
                host=remote.host,
                endpoint=remote.endpoint,
                status=exc.status,
                repo=remote.repo,
            ) from exc
        except NetworkDrop as exc:
            keep_partial = True
            raise HubError.said(
                "download_connection_dropped", endpoint=remote.endpoint, repo=remote.repo, reason=exc
            ) from exc
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(
                    f"the disk is full while downloading {remote.repo} to {staging.parent}",
                    hint="free some disk space and retry; the partial download was deleted",
                ) from exc
            raise StorageError(f"could not write the download to {staging}: {exc.strerror or exc}") from exc
        finally:
            if not ok and (not keep_partial or not any(p.is_file() for p in staging.rglob("*"))):
                shutil.rmtree(staging, ignore_errors=True)

    def _check_space(self, remote: RemoteModel, staging: Path) -> None:
        needed = remote.size - sum(_present(staging, f) for f in remote.files)
        free = shutil.disk_usage(staging).free
        if needed + DISK_MARGIN > free:
            raise DiskFullError(
                f"{remote.repo} needs {human_bytes(needed)} but only {human_bytes(free)} is free on "
                f"{staging.parent}",
                hint="free some disk space or move the data folder, then retry",
            )

    # --- one file --------------------------------------------------------------------------------------------
    def _file(self, remote: RemoteModel, f: RemoteFile, staging: Path) -> str:
        final = staging / f.path
        part = final.with_name(final.name + ".part")
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.is_file() and final.stat().st_size == f.size:  # complete from an earlier, interrupted run
            done = Hasher(f)
            with open(final, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    done.update(chunk)
            if not done.mismatch():
                return done.sha256.hexdigest()
            final.unlink()  # changed since: fetch it again
        hasher = Hasher(f)
        offset = 0
        if part.is_file() and part.stat().st_size <= f.size:
            offset = part.stat().st_size
            with open(part, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    hasher.update(chunk)
        else:
            part.unlink(missing_ok=True)
        drops = 0
        while offset < f.size or not part.exists():
            try:
                offset = self._transfer(remote, f, part, offset, hasher)
            except NetworkDrop as exc:
                drops += 1
                if drops > self.retries:
                    raise
                log.info("connection dropped on %s (%s); resuming", f.path, exc)
                self.result.resumed += 1
                if self.cancel.wait(min(8.0, self.backoff * 2 ** (drops - 1))):
                    raise Cancelled() from exc
                offset = part.stat().st_size if part.exists() else 0
                if offset == 0:
                    hasher = Hasher(f)
        if offset != f.size:
            part.unlink(missing_ok=True)
            raise VerificationError(
                f"{remote.repo}: {f.path} is {offset} bytes, {remote.host} says {f.size}; the download was deleted"
            )
        t = time.perf_counter()
        problem = hasher.mismatch()
        self.result.verify_seconds += time.perf_counter() - t
        if problem:
            part.unlink(missing_ok=True)
            raise VerificationError(f"{remote.repo}: {f.path} failed its {problem}; the download was deleted")
        part.replace(final)
        return hasher.sha256.hexdigest()

    def _transfer(self, remote: RemoteModel, f: RemoteFile, part: Path, offset: int, hasher: Hasher) -> int:
        url = remote.url(f.path)
        headers = {**self._headers(), "Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        fetcher = Fetcher(url, headers, self.timeout, hasher, resuming=offset > 0)
        fetcher.start()
        try:
            status, resp_headers = self._expect_head(fetcher, url)
            if offset and status == 200:  # the server ignored Range: start this file over (hasher reset too)
                self._done -= offset
                offset, mode = 0, "wb"
            elif status == 416 and offset == f.size:
                return offset
            else:
                mode = "ab" if offset else "wb"
            if status not in (200, 206):
                raise status_error(status, url, remote.host)
            with open(part, mode) as out:
                while True:
                    kind, item = self._next(fetcher)
                    if kind == "end":
                        break
                    out.write(item)
                    offset += len(item)
                    self._done += len(item)
                    self.result.bytes_fetched += len(item)
                    self._report()
                    if offset > f.size:
                        break
            if offset < f.size:
                raise NetworkDrop(f"the server closed the connection at {offset} of {f.size} bytes")
            return offset
        finally:
            fetcher.abort()
            self.result.verify_seconds += fetcher.hash_seconds

    def _expect_head(self, fetcher: Fetcher, url: str) -> tuple[int, dict[str, str]]:
        kind, item = self._next(fetcher)
        if kind != "head":
            raise NetworkDrop("no answer")
        status, headers = item
        if status >= 500 or status == 429:
            raise ServerError(status, url)
        return int(status), headers

    def _next(self, fetcher: Fetcher) -> tuple[str, Any]:
        while True:
            if self.cancel.cancelled:
                fetcher.abort()
                raise Cancelled()
            try:
                kind, item = fetcher.q.get(timeout=POLL)
            except queue.Empty:
                if not fetcher.is_alive() and fetcher.q.empty():
                    raise NetworkDrop("the download thread stopped") from None
                continue
            if kind == "error":
                raise classify_error(item)
            return kind, item

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_report < 0.1:
            return
        self._last_report = now
        elapsed = max(1e-6, now - self._t0)
        rate = self.result.bytes_fetched / elapsed
        left = max(0, self._total - self._done)
        eta = left / rate if rate > 0 else None
        fraction = self._done / self._total if self._total else 1.0
        msg = f"{human_bytes(self._done)} / {human_bytes(self._total)} · {human_bytes(rate)}/s"
        self.progress(
            TransferProgress("download", min(1.0, fraction), msg, eta, self._done, self._total, rate)
        )


def _present(staging: Path, f: RemoteFile) -> int:
    """Bytes of `f` already on disk from an earlier run."""
    final = staging / f.path
    if final.is_file() and final.stat().st_size == f.size:
        return f.size
    part = final.with_name(final.name + ".part")
    return part.stat().st_size if part.is_file() and part.stat().st_size <= f.size else 0


def _hub_headers() -> dict[str, str]:
    from huggingface_hub.utils import build_hf_headers

    quiet_hub()
    return dict(build_hf_headers())
