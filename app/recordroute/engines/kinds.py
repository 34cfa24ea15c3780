"""What kind of input a file is: "audio" | "video" | "pdf" | "text".

The extension decides which check runs; the content must then agree (a text file renamed .mp3 is rejected by
the media probe as CorruptMediaError, a .pdf without the %PDF marker as CorruptDocumentError).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CorruptDocumentError, EmptyFileError, UnsupportedFileError
from .audio import AUDIO_EXTENSIONS, MediaInfo, is_video, probe, readable_size
from .docs import PDF_EXTENSIONS, TEXT_EXTENSIONS

KINDS: tuple[str, ...] = ("audio", "video", "pdf", "text")
MEDIA_EXTENSIONS: frozenset[str] = AUDIO_EXTENSIONS
SUPPORTED_EXTENSIONS: frozenset[str] = AUDIO_EXTENSIONS | PDF_EXTENSIONS | TEXT_EXTENSIONS


def extension(path: Path) -> str:
    """Lower-case extension without the dot ('' when there is none)."""
    return Path(path).suffix.lower().lstrip(".")


def is_supported(path: Path) -> bool:
    """Extension-only check, for filtering drops and file dialogs before anything is read."""
    return extension(path) in SUPPORTED_EXTENSIONS


def describe_unsupported(path: Path) -> str:
    """One line for UIs that list rejected files, e.g. "slides.pptx: .pptx files are not supported"."""
    path = Path(path)
    ext = extension(path)
    what = f".{ext} files are not supported" if ext else "files without an extension are not supported"
    return (
        f"{path.name}: {what} (use audio/video such as {', '.join(sorted(AUDIO_EXTENSIONS))}; "
        f"PDF; or text: {', '.join(sorted(TEXT_EXTENSIONS))})"
    )


def media_kind(info: MediaInfo) -> str:
    return "video" if is_video(info) else "audio"


def detect_kind(path: Path) -> str:
    """Classify `path`, verifying its content. Raises the typed InputError that explains a rejection."""
    path = Path(path)
    size = readable_size(path)
    ext = extension(path)
    if ext not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFileError(describe_unsupported(path))
    if size == 0:
        raise EmptyFileError.said("file_is_empty", name=path.name)
    if ext in PDF_EXTENSIONS:
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if b"%PDF" not in head:  # the spec allows junk before the marker, within the first KiB
            raise CorruptDocumentError.said("not_a_pdf", name=path.name)
        return "pdf"
    if ext in TEXT_EXTENSIONS:
        return "text"  # the encoding is checked when the text is extracted
    return media_kind(probe(path))
