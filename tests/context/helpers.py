"""Shared pieces of the meeting-context tests: a recording with a transcript, and "models" for the fake
Ollama that behave as an instruction-following LLM would (translate marked lines; follow the user's notes)."""

from __future__ import annotations

import re
from typing import Any

from recordroute.store import Segment
from tests.fakes.responders import default_responder, split_seen

_LINE = re.compile(r"^\s*\[#(\d+)\]\s?(.*)$")
_NOTE = re.compile(r"^\[(\d+):(\d{2})\]\s*(.*)$")
_TS = re.compile(r"^\[(\d+):(\d{2})\]\s*(.*)$")


def add_recording(
    ctx: Any, segments: list[tuple[float, float, str]], *, title: str = "meeting", **fields: Any
) -> int:
    segs = [Segment(idx=i, text=t, start=s, end=e) for i, (s, e, t) in enumerate(segments)]
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash=f"h-{title}-{len(segments)}-{fields.get('recorded_at', 0)}",
            kind="audio",
            source_name=f"{title}.wav",
            stored_name=f"x/{title}.wav",
            size_bytes=1,
            title=title,
            duration=fields.pop("duration", segments[-1][1] if segments else 0.0),
            transcribe_state="done",
            language=fields.pop("language", "en"),
            **fields,
        )
        ctx.store.transcripts.replace(con, rid, segs)
    return rid


def translating_responder(prefix: str = "EN:", drop_once: set[int] | None = None) -> Any:
    """A "model" that translates each `[#n] text` line as `[#n] <prefix> text`; lines in `drop_once` are left
    out of the first answer that contains them (a model that skips lines)."""
    dropped: set[int] = set()

    def respond(model: str, seen: Any, options: dict[str, Any]) -> str:
        system, text = split_seen(seen)
        if "translator" not in system.lower() and "번역가" not in system:
            return default_responder(model, seen, options)
        out = []
        for line in text.splitlines():
            m = _LINE.match(line)
            if not m:
                continue
            n = int(m.group(1))
            if drop_once and n in drop_once and n not in dropped:
                dropped.add(n)
                continue
            out.append(f"[#{n}] {prefix} {m.group(2)}")
        return "\n".join(out)

    return respond


def notes_following_responder(model: str, seen: Any, options: dict[str, Any]) -> str:
    """A "model" that does what the prompt asks with the user's notes: a Notes section with one ### heading per
    note heading, in order, each followed by a transcript line said after the note's time, with its time."""
    system, text = split_seen(seen)
    m = re.search(r"<user_notes>\n(.*?)\n</user_notes>", system, re.S)
    if not m:
        return default_responder(model, seen, options)
    said: list[tuple[int, str]] = []
    for line in text.splitlines():
        t = _TS.match(line.strip())
        if t:
            said.append((int(t.group(1)) * 60 + int(t.group(2)), t.group(3)))
    heads = []
    for line in m.group(1).splitlines():
        n = _NOTE.match(line)
        if n and n.group(3).startswith("#"):
            heads.append((int(n.group(1)) * 60 + int(n.group(2)), n.group(3).lstrip("# ")))
    out = ["## Notes" if "Notes" in system else "## 메모"]
    for at, head in heads:
        near = next(((s, t) for s, t in said if s >= at - 10), None)
        out.append(f"### {head}")
        if near:
            out.append(f"- {near[1]} [{near[0] // 60:02d}:{near[0] % 60:02d}]")
    rest = default_responder(model, seen, options)
    return "\n".join(out) + "\n\n" + rest
