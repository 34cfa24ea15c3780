"""The user's own notes on a recording: free text, one line a note, each stamped with the recording time.

Pure functions (no store, no Qt). A line may carry its time as a prefix, `[12:34] text` or `[1:02:03] text`;
a line starting with `#` is a heading. The record window and `record --notes FILE` stamp lines as they arrive
(`NoteStamper`); notes added after the fact carry the times the user writes, or none.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..meeting import NoteLine

MAX_NOTE_CHARS = 2000  # one line; longer lines are cut (a pasted document is not a note)
MAX_NOTES = 2000  # per recording

_STAMP_RE = re.compile(r"^\s*\[(?:(\d{1,2}):)?(\d{1,3}):(\d{2})\]\s*")


def fmt_stamp(seconds: float) -> str:
    s = int(max(0.0, seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"[{h}:{m:02d}:{sec:02d}]" if h else f"[{m:02d}:{sec:02d}]"


def _clean(text: str) -> str:
    # Control characters would corrupt exports and terminals; notes are one line each.
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_NOTE_CHARS]


def parse_line(line: str) -> NoteLine | None:
    m = _STAMP_RE.match(line)
    at: float | None = None
    if m:
        h, mm, ss = m.group(1), m.group(2), m.group(3)
        at = int(h or 0) * 3600 + int(mm) * 60 + int(ss)
        line = line[m.end() :]
    text = _clean(line)
    return NoteLine(at, text) if text else None


def parse_notes(text: str) -> list[NoteLine]:
    """Notes from free text: one per non-empty line, `[mm:ss]` prefixes read as times."""
    out = [n for n in (parse_line(line) for line in text.splitlines()) if n is not None]
    return out[:MAX_NOTES]


def format_notes(notes: Iterable[NoteLine]) -> str:
    """The text form `parse_notes` reads back (times as `[mm:ss]` prefixes)."""
    return "\n".join((f"{fmt_stamp(n.at)} " if n.at is not None else "") + n.text for n in notes)


class NoteStamper:
    """Stamps lines with the time since the recording started, as the user types them."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self.notes: list[NoteLine] = []

    def elapsed(self) -> float:
        return self._clock() - self._start

    def add(self, line: str) -> NoteLine | None:
        note = parse_line(line)
        if note is None or len(self.notes) >= MAX_NOTES:
            return None
        if note.at is None:  # typed now: it belongs to this moment of the recording
            note = NoteLine(round(self.elapsed(), 1), note.text)
        self.notes.append(note)
        return note


def nearest(notes: Iterable[NoteLine], t: float) -> NoteLine | None:
    """The note at or before `t` (the section of the user's outline a moment of speech falls in)."""
    best: NoteLine | None = None
    for n in notes:
        if n.at is not None and n.at <= t and (best is None or best.at is None or n.at >= best.at):
            best = n
    return best


# --- notes typed into a file while recording (`record --notes FILE`) ------------------------------------------
SIDECAR_SUFFIX = ".notes.txt"
MAX_NOTES_BYTES = 1024 * 1024


def sidecar_path(media: Path) -> Path:
    """Where a recording's notes wait beside it until it is imported (`meeting.wav.notes.txt`)."""
    return media.with_name(media.name + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """Notes beside a recording are imported with it, never as a document of their own."""
    return path.name.lower().endswith(SIDECAR_SUFFIX) and path.name.lower() != SIDECAR_SUFFIX


def read_sidecar(media: Path) -> list[NoteLine]:
    """The notes waiting beside `media`, if any. Only a regular file of bounded size is read."""
    path = sidecar_path(media)
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_NOTES_BYTES:
            return []
        return parse_notes(path.read_bytes().decode("utf-8", errors="replace"))
    except OSError:
        return []


class NotesFollower:
    """Reads lines as the user adds them to a text file and stamps each with the recording time.

    Lines already in the file when recording starts are an agenda written beforehand: they keep the times they
    carry, or none. Only complete lines (ending in a newline) are taken while recording; `finish` takes the rest.
    """

    def __init__(self, path: Path, stamper: NoteStamper) -> None:
        self.path = path
        self.stamper = stamper
        self._offset = 0
        self._partial = b""
        self.before: list[NoteLine] = []
        data = self._read()
        if data:
            text = data.decode("utf-8", errors="replace")
            self.before = parse_notes(text)

    def _read(self) -> bytes:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self._offset)
                data = fh.read(MAX_NOTES_BYTES)
        except OSError:
            return b""
        self._offset += len(data)
        return data

    def poll(self) -> list[NoteLine]:
        data = self._partial + self._read()
        lines = data.split(b"\n")
        self._partial = lines.pop()
        added = [self.stamper.add(line.decode("utf-8", errors="replace")) for line in lines]
        return [n for n in added if n is not None]

    def finish(self) -> list[NoteLine]:
        self.poll()
        if self._partial.strip():
            self.stamper.add(self._partial.decode("utf-8", errors="replace"))
            self._partial = b""
        return self.before + self.stamper.notes
