"""An Obsidian-style vault: one Markdown note per recording, kept in sync without touching the user's words.

Each note is YAML front matter plus a generated block between `<!-- recordroute:begin -->` and
`<!-- recordroute:end -->`; text the user writes outside the block, and front-matter keys the user adds (e.g.
`aliases`, `project`), are kept on every update. File names are
stable (slug + id, remembered in a state file), and a note is rewritten only when its content changed. When the
user edited inside the block, the note is left alone and the new version is written beside it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..inert import one_line, yaml_escapes
from ..safepaths import UnsafePathError, check_output, is_regular_file, join_under, relative_parts
from ..store import Store
from ..store.files import atomic_write_text
from .export import ExportDoc, load_doc, mmss, speaker_of
from .export.markdown import escape_markdown, safe_minutes

log = logging.getLogger(__name__)

BEGIN, END = "<!-- recordroute:begin -->", "<!-- recordroute:end -->"
STATE_FILE = ".recordroute-vault.json"
_HASH_KEY = "recordroute_hash"


@dataclass
class VaultResult:
    created: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    beside: list[Path] = field(
        default_factory=list
    )  # user edited the generated block: new version next to it

    @property
    def written(self) -> int:
        return len(self.created) + len(self.updated) + len(self.beside)


SLUG_BYTES = 120  # a note's name stays far below the 255-byte limit, also with " (recordroute).md" added


def slug(title: str, limit: int = 60) -> str:
    text = unicodedata.normalize("NFC", one_line(title))
    text = re.sub(r"[\\/:*?\"<>|#^\[\]\x00-\x1f]+", " ", text)  # unsafe in file names or wiki links
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text[:limit]
    while len(text.encode("utf-8")) > SLUG_BYTES:  # 60 emoji are 240 bytes
        text = text[:-1]
    return text.strip(" .") or "recording"


def _yaml(value: object) -> str:
    # A JSON scalar or list is valid YAML flow syntax, and quoting keeps any title safe; the characters YAML
    # refuses raw (C1 controls, DEL, line separators) are written as escapes.
    return yaml_escapes(json.dumps(value, ensure_ascii=False))


GENERATED_KEYS = (
    "title",
    "date",
    "duration",
    "language",
    "kind",
    "speakers",
    "tags",
    "recordroute_id",
    _HASH_KEY,
)
_KEY_LINE = re.compile(r"^([A-Za-z0-9_-]+)\s*:")


def user_front_matter(old_head: str) -> str:
    """Front-matter lines of keys the user added (with their indented continuation lines), kept verbatim."""
    kept: list[str] = []
    keep = False
    for line in old_head.splitlines(keepends=True):
        m = _KEY_LINE.match(line)
        if m:
            keep = m.group(1) not in GENERATED_KEYS
        if keep:
            kept.append(line if line.endswith("\n") else line + "\n")
    return "".join(kept)


def front_matter(doc: ExportDoc, block_hash: str, extra: str = "") -> str:
    rec = doc.rec
    when = rec.recorded_at or rec.imported_at
    speakers = sorted({s for s in (speaker_of(seg) for seg in doc.segments) if s})
    fields = {
        "title": rec.title,
        "date": datetime.fromtimestamp(when).strftime("%Y-%m-%dT%H:%M:%S") if when else None,
        "duration": mmss(rec.duration) if rec.duration is not None else None,
        "language": rec.language,
        "kind": rec.kind,
        "speakers": speakers,
        "tags": ["recordroute", rec.kind],
        "recordroute_id": rec.id,
        _HASH_KEY: block_hash,
    }
    return "---\n" + "".join(f"{k}: {_yaml(v)}\n" for k, v in fields.items()) + extra + "---\n"


def generated_block(doc: ExportDoc, original: Path) -> str:
    lines = [BEGIN, f"# {escape_markdown(doc.rec.title)}", "", "## Minutes", ""]
    lines.append(safe_minutes(doc.minutes) if doc.minutes else "_No minutes yet._")
    if doc.notes:
        lines += ["", "## Notes", ""]
        lines += [
            f"- {f'[{mmss(n.at)}] ' if n.at is not None else ''}{escape_markdown(n.text)}" for n in doc.notes
        ]
    lines += ["", "## Transcript", ""]
    for seg in doc.segments:
        anchor = (
            f"[{mmss(seg.start)}] " if seg.start is not None else (f"[p. {seg.page}] " if seg.page else "")
        )
        speaker = speaker_of(seg)
        who = f"**{escape_markdown(speaker)}:** " if speaker else ""
        lines.append(f"{anchor}{who}{escape_markdown(seg.text)}")
    lines += [
        "",
        f"[Original file: {escape_markdown(doc.rec.source_name)}](<{original.resolve().as_uri()}>)",
        END,
    ]
    return "\n".join(lines)


def _hash(block: str) -> str:
    return hashlib.sha256(block.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Parsed:
    before: str
    block: str
    after: str
    stored_hash: str | None
    user_head: str = ""


def _parse(text: str) -> _Parsed | None:
    """The user's text around the generated block, or None when the markers are gone."""
    body, stored, user_head = text, None, ""
    if text.startswith("---\n") and (end := text.find("\n---\n", 4)) != -1:
        m = re.search(rf"^{_HASH_KEY}:\s*\"?([0-9a-f]+)\"?\s*$", text[4:end], re.M)
        stored = m.group(1) if m else None
        user_head = user_front_matter(text[4 : end + 1])
        body = text[end + 5 :]
    start, stop = body.find(BEGIN), body.find(END)
    if start == -1 or stop < start:
        return None
    return _Parsed(body[:start], body[start : stop + len(END)], body[stop + len(END) :], stored, user_head)


def _note(doc: ExportDoc, original: Path, old: str | None) -> tuple[str, bool]:
    """(new note text, whether the user edited the generated block of the old one)."""
    block = generated_block(doc, original)
    if old is None:
        return front_matter(doc, _hash(block)) + block + "\n", False
    parsed = _parse(old)
    if parsed is None or (parsed.stored_hash and _hash(parsed.block) != parsed.stored_hash):
        return front_matter(doc, _hash(block)) + block + "\n", True
    head = front_matter(doc, _hash(block), parsed.user_head)
    return head + parsed.before + block + (parsed.after or "\n"), False


def _load_state(folder: Path) -> dict[str, str]:
    """The state file's note names; a name that is not a plain `.md` file in the vault folder itself
    (`../x.md`, `/abs/x.md`, `sub/x.md`) is dropped, and that note gets a fresh name."""
    try:
        data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        notes = {str(k): str(v) for k, v in data.get("notes", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}
    return {k: v for k, v in notes.items() if _valid_note_name(folder, v)}


def _valid_note_name(folder: Path, name: str) -> bool:
    try:
        if len(relative_parts(name, what="a note in the vault's state file")) != 1 or not name.endswith(
            ".md"
        ):
            raise UnsafePathError(f"{name!r} is not a note file name")
        join_under(folder, name, what="a note in the vault's state file")
    except UnsafePathError as exc:
        log.warning("vault %s: %s; the note gets a fresh name", folder, exc.message)
        return False
    return True


def export_vault(store: Store, folder: Path, rec_ids: Iterable[int] | None = None) -> VaultResult:
    """Write or update the notes of `rec_ids` (default: every recording not in the trash)."""
    folder = check_output(Path(folder), store.data_dir, what="the vault folder")
    folder.mkdir(parents=True, exist_ok=True)
    state = _load_state(folder)
    ids = list(rec_ids) if rec_ids is not None else [r.id for r in store.recordings.list()]
    result = VaultResult()
    for rid in ids:
        doc = load_doc(store, rid)
        name = state.get(str(rid)) or f"{slug(doc.rec.title)} ({rid}).md"
        state[str(rid)] = name
        _write_note(folder / name, doc, store.library.path(doc.rec.stored_name), result)
    atomic_write_text(
        folder / STATE_FILE,
        json.dumps({"version": 1, "notes": state}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    )
    return result


def _write_note(path: Path, doc: ExportDoc, original: Path, result: VaultResult) -> None:
    # A link planted in the vault is not followed: it is replaced by the note, never read through.
    old = path.read_text(encoding="utf-8") if is_regular_file(path) else None
    text, edited = _note(doc, original, old)
    if edited:
        path = path.with_name(path.stem + " (recordroute).md")
        old = path.read_text(encoding="utf-8") if is_regular_file(path) else None
        text, _ = _note(doc, original, old)
    if old == text:
        result.unchanged.append(path)
        return
    atomic_write_text(path, text)
    (result.beside if edited else result.updated if old is not None else result.created).append(path)
