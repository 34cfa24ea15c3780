"""Streaming multipart uploads straight into a temp file under the data dir, with a hard size limit.

Nothing from the request becomes a path: the temp file gets a random name and, at most, an extension picked
from a whitelist. The size is counted while bytes arrive (Content-Length is only an early hint), so a lying
or chunked request is stopped at the limit too.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from .errors import ApiError

MAX_FIELD_BYTES = 64 * 1024
MAX_FIELDS = 64


@dataclass
class Upload:
    """The parsed form: text fields (repeatable) and the one file, already on disk."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    path: Path | None = None
    filename: str = ""
    size: int = 0
    field_name: str = ""

    def first(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None

    def cleanup(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self.path = None


def upload_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / "tmp" / "api-uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def safe_extension(filename: str, allowed: Iterable[str]) -> str:
    """The client's extension if whitelisted (lower-case, alphanumeric), else ''."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    ext = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    return ext if ext.isalnum() and ext in set(allowed) else ""


def display_name(filename: str) -> str:
    """A title-safe base name of the client's file name (for the DB only, never a path)."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip()
    return base[:200] or "upload"


class _Parser:
    def __init__(
        self, dest_dir: Path, file_field: str, limit: int, drain: int, extensions: Iterable[str]
    ) -> None:
        self.dest_dir = dest_dir
        self.file_field = file_field
        self.limit = limit
        self.drain = drain
        self.extensions = frozenset(extensions)
        self.result = Upload()
        self.too_large = False
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._name = ""
        self._is_file = False
        self._data = bytearray()
        self._fh: IO[bytes] | None = None
        self._fields = 0

    # python-multipart callbacks ---------------------------------------------------------------------------
    def on_part_begin(self) -> None:
        self._disposition = b""
        self._data = bytearray()
        self._is_file = False

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.strip().lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        if b"name" not in options:
            raise ApiError(400, "a multipart part has no name", code="invalid_multipart")
        self._name = options[b"name"].decode("utf-8", "replace")
        self._is_file = b"filename" in options
        if self._is_file:
            if self._name != self.file_field or self.result.path is not None:
                raise ApiError(
                    400,
                    f"unexpected file field {self._name!r}; send one file as '{self.file_field}'",
                    param=self._name,
                    code="invalid_multipart",
                )
            filename = options[b"filename"].decode("utf-8", "replace")
            ext = safe_extension(filename, self.extensions)
            path = self.dest_dir / f"{uuid.uuid4().hex}{'.' + ext if ext else ''}"
            self.result.path, self.result.filename, self.result.field_name = path, filename, self._name
            self._fh = open(path, "xb")  # noqa: SIM115 - closed in on_part_end / finish
        else:
            self._fields += 1
            if self._fields > MAX_FIELDS:
                raise ApiError(400, "too many form fields", code="invalid_multipart")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        n = end - start
        if self._is_file:
            self.result.size += n
            if self.result.size > self.limit:
                self.too_large = True  # keep counting, stop writing: the rest is drained
                return
            if self._fh is not None:
                self._fh.write(data[start:end])
        else:
            if len(self._data) + n > MAX_FIELD_BYTES:
                raise ApiError(400, f"form field {self._name!r} is too long", param=self._name)
            self._data.extend(data[start:end])

    def on_part_end(self) -> None:
        if self._is_file:
            self.close_file()
        else:
            self.result.fields.setdefault(self._name, []).append(self._data.decode("utf-8", "replace"))

    def close_file(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


async def receive_upload(
    request: Request,
    dest_dir: Path,
    *,
    limit: int,
    drain: int = 32 * 1024**2,
    file_field: str = "file",
    extensions: Iterable[str] = (),
) -> Upload:
    """Parse a multipart body; the file goes to a random temp file in `dest_dir`.

    Raises ApiError 413 past `limit` bytes of file data, 400 for a malformed body or a missing file.
    The caller must call `Upload.cleanup()` when done with the file.
    """
    boundary = _boundary(request, limit, drain)
    state = _Parser(dest_dir, file_field, limit, drain, extensions)
    callbacks = {
        name: getattr(state, name)
        for name in (
            "on_part_begin",
            "on_header_field",
            "on_header_value",
            "on_header_end",
            "on_headers_finished",
            "on_part_data",
            "on_part_end",
        )
    }
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        async for chunk in request.stream():
            parser.write(chunk)
            if state.too_large and state.result.size > limit + drain:
                break  # the client keeps sending far past the limit: stop reading, answer now
        if not state.too_large:
            parser.finalize()
    except ApiError:
        state.close_file()
        state.result.cleanup()
        raise
    except Exception as exc:  # a malformed body (bad boundary, truncated part)
        state.close_file()
        state.result.cleanup()
        raise ApiError(
            400, f"malformed multipart body: {type(exc).__name__}", code="invalid_multipart"
        ) from exc
    state.close_file()
    return _accepted(state, limit, file_field)


def _boundary(request: Request, limit: int, drain: int) -> bytes:
    """The multipart boundary; what the headers already show to be wrong is refused before any body is read."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise ApiError(
            400, "send the request as multipart/form-data with a 'file' part", code="invalid_content_type"
        )
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + drain:
        raise ApiError(413, _too_large(limit), type="invalid_request_error", code="file_too_large")
    return params[b"boundary"]


def _accepted(state: _Parser, limit: int, file_field: str) -> Upload:
    """The upload once the whole body is read, unless its file is too large, missing or empty (the temp file
    is removed with the refusal)."""
    if state.too_large:
        state.result.cleanup()
        raise ApiError(413, _too_large(limit), code="file_too_large")
    if state.result.path is None:
        raise ApiError(
            400,
            f"no file was uploaded; send it as the '{file_field}' form field",
            param=file_field,
            code="missing_file",
        )
    if state.result.size == 0:
        state.result.cleanup()
        raise ApiError(400, "the uploaded file is empty (0 bytes)", param=file_field, code="empty_file")
    return state.result


def _too_large(limit: int) -> str:
    return f"the upload is larger than the limit of {_human(limit)}"


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}".replace(".0 ", " ")
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"
