"""One file's bytes over HTTP for the model downloader: the response is read on a worker thread (so a cancel
acts within POLL seconds even on a stalled socket) and hashed as it arrives; what its failures mean."""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
import time
from typing import Any

from .hub import HubError, RemoteFile

CHUNK = 1 << 20
POLL = 0.1  # how often the waiting thread looks at the cancel token


class NetworkDrop(Exception):
    """The connection broke mid-transfer (resumable)."""


class Fetcher(threading.Thread):
    """Reads one HTTP response on a worker thread and hands chunks over a small queue, so the caller can
    notice a cancel within POLL seconds even while the socket is stalled."""

    def __init__(
        self, url: str, headers: dict[str, str], timeout: float, hasher: Hasher, resuming: bool
    ) -> None:
        super().__init__(daemon=True, name="model-download")
        self.url, self.headers, self.timeout = url, headers, timeout
        self.q: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=8)
        self.stop = threading.Event()
        self._response: Any = None
        # Hashing here, while the caller writes the previous chunk, overlaps verification with the transfer.
        self.hasher, self.resuming = hasher, resuming
        self.hash_seconds = 0.0

    def _put(self, item: tuple[str, Any]) -> bool:
        while not self.stop.is_set():
            try:
                self.q.put(item, timeout=POLL)
                return True
            except queue.Full:
                continue
        return False

    def run(self) -> None:
        import httpx2
        from huggingface_hub import get_session

        try:
            timeout = httpx2.Timeout(self.timeout, connect=min(10.0, self.timeout))
            with get_session().stream("GET", self.url, headers=self.headers, timeout=timeout) as resp:
                self._response = resp
                if not self._put(("head", (resp.status_code, dict(resp.headers)))):
                    return
                if resp.status_code not in (200, 206):
                    return
                if resp.status_code == 200 and self.resuming:  # Range ignored: the file starts over
                    self.hasher.reset()
                for chunk in resp.iter_raw(CHUNK):
                    t = time.perf_counter()
                    self.hasher.update(chunk)
                    self.hash_seconds += time.perf_counter() - t
                    if not self._put(("data", chunk)):
                        return
            self._put(("end", None))
        except BaseException as exc:  # handed to the caller, who decides what it means
            self._put(("error", exc))

    def abort(self) -> None:
        self.stop.set()
        with contextlib.suppress(Exception):
            if self._response is not None:
                self._response.close()


class ServerError(NetworkDrop):
    def __init__(self, status: int, url: str) -> None:
        super().__init__(f"the server answered {status} for {url}")
        self.status = status


def status_error(status: int, url: str, host: str = "the hub") -> Exception:
    hub = host == "the hub"
    if status in (401, 403):
        return HubError(
            f"{host} refused access ({status}) to {url}",
            hint="the repository may be gated or private: set HF_TOKEN, or import it from a pack"
            if hub
            else "the file is not public there; check the mirror, or import the model from a pack",
        )
    if status == 404:
        return HubError(
            f"a file of the model is missing on {host} (404): {url}",
            hint="the repository changed while downloading; run the download again"
            if hub
            else "the release file moved or the mirror lacks it; check RECORDROUTE_SPEAKER_MODEL_ENDPOINT",
        )
    return HubError(f"{host} answered {status} for {url}")


def classify_error(exc: BaseException) -> BaseException:
    import httpx2

    if isinstance(exc, (httpx2.TransportError, ConnectionError, TimeoutError)):
        return NetworkDrop(f"{type(exc).__name__}: {exc}")
    from huggingface_hub import errors as hf

    if isinstance(exc, hf.OfflineModeIsEnabled):
        return HubError(
            "offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded",
            hint="unset HF_HUB_OFFLINE to download, or import the model from a pack",
        )
    return exc


class Hasher:
    """SHA-256 of everything, plus the git blob SHA-1 when the hub only knows the file by its git id."""

    def __init__(self, f: RemoteFile) -> None:
        self.file = f
        self.reset()

    def reset(self) -> None:
        self.sha256 = hashlib.sha256()
        self.sha1 = hashlib.sha1(b"blob %d\0" % self.file.size) if not self.file.sha256 else None

    def update(self, data: bytes) -> None:
        self.sha256.update(data)
        if self.sha1 is not None:
            self.sha1.update(data)

    def mismatch(self) -> str:
        """'' when the content matches the hub's checksum, else what failed."""
        if self.file.sha256:
            got = self.sha256.hexdigest()
            return (
                "" if got == self.file.sha256 else f"SHA-256 check (expected {self.file.sha256}, got {got})"
            )
        if self.file.git_sha1 and self.sha1 is not None:
            got = self.sha1.hexdigest()
            return "" if got == self.file.git_sha1 else f"checksum (git id {self.file.git_sha1}, got {got})"
        return ""
