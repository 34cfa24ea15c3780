"""`recordroute://recording/ID?t=SECONDS` links: what MCP results cite, what the desktop app opens at that moment.

One module builds and reads them so every face agrees on the format; a link from outside is hostile input, so
`parse_link` refuses anything but this exact shape (no other hosts, no paths, bounded numbers).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from urllib.request import url2pathname

SCHEME = "recordroute"
_ID = re.compile(r"^/?(\d{1,12})/?$")
MAX_SECONDS = 7 * 24 * 3600.0  # a week: longer than any recording, so larger values are refused


@dataclass(frozen=True)
class RecordingLink:
    recording_id: int
    seconds: float | None = None

    @property
    def url(self) -> str:
        return recording_link(self.recording_id, self.seconds)


def recording_link(recording_id: int, seconds: float | None = None) -> str:
    """recordroute://recording/12?t=83 (whole seconds, rounded down, so the moment starts before the words)."""
    base = f"{SCHEME}://recording/{int(recording_id)}"
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return base
    return f"{base}?t={int(seconds)}"


def parse_link(text: str) -> RecordingLink | None:
    """The recording and moment a link names, or None when it is not one of ours."""
    if len(text) > 200:
        return None
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return None
    if parts.scheme.lower() != SCHEME or parts.netloc.lower() != "recording":
        return None
    match = _ID.match(parts.path)
    if match is None or int(match.group(1)) <= 0:
        return None
    seconds: float | None = None
    values = parse_qs(parts.query).get("t")
    if values:
        try:
            seconds = float(values[0])
        except ValueError:
            return None
        if not math.isfinite(seconds) or not 0 <= seconds <= MAX_SECONDS:
            return None
    return RecordingLink(int(match.group(1)), seconds)


def split_launch_args(items: list[str]) -> tuple[list[Path], list[RecordingLink], list[str]]:
    """What the OS passes the app (desktop entries use %U): file paths, file:// URLs and our links.
    Returns (paths, links, refused): a recordroute: link that does not parse is refused, never taken as a file."""
    paths: list[Path] = []
    links: list[RecordingLink] = []
    refused: list[str] = []
    for item in items:
        if item.lower().startswith(f"{SCHEME}:"):
            link = parse_link(item)
            if link is None:
                refused.append(item)
            else:
                links.append(link)
        elif item.lower().startswith("file://"):
            parts = urlsplit(item)
            if parts.netloc not in ("", "localhost"):
                refused.append(item)
            else:
                paths.append(Path(url2pathname(unquote(parts.path))))
        else:
            paths.append(Path(item))
    return paths, links, refused
