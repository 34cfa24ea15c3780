"""Reading the minutes Markdown back: blocks (headings, bullets, paragraphs) and the action-item table.

The minutes come from the templates in resources/prompts: numbered `## N. Section` headings, one bullet per line,
action items as `- Owner: … / Task: … / Due: … / Time: [mm:ss]` (Korean: 담당 / 할 일 / 기한 / 시점).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Section titles that hold action items, in every shipped language (see resources/prompts/*).
ACTION_TITLES = ("action items", "action item", "actions", "실행 항목", "할 일", "과제")
ACTION_FIELDS = {
    "owner": "owner",
    "담당": "owner",
    "담당자": "owner",
    "task": "task",
    "할 일": "task",
    "할일": "task",
    "과제": "task",
    "due": "due",
    "기한": "due",
    "deadline": "due",
    "time": "time",
    "시점": "time",
}
COLUMNS = ("owner", "task", "due", "time")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
_NUMBER = re.compile(r"^\d+[.)]\s*")
_NONE = {"none", "- none", "없음", "n/a", "-"}


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "bullet" or "para"
    text: str
    level: int = 0


def blocks(markdown: str) -> list[Block]:
    out: list[Block] = []
    for raw in markdown.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if m := _HEADING.match(line):
            out.append(Block("heading", m.group(2), len(m.group(1))))
        elif m := _BULLET.match(line):
            out.append(Block("bullet", m.group(1).strip()))
        else:
            out.append(Block("para", line.strip()))
    return out


def inline(text: str) -> str:
    """Markdown emphasis markers removed: the DOCX and HTML exports show plain text."""
    return re.sub(r"(\*\*|__|`)", "", text)


def section_title(heading: str) -> str:
    return _NUMBER.sub("", inline(heading)).strip()


def is_action_heading(heading: str) -> bool:
    return section_title(heading).lower() in ACTION_TITLES


def action_items(markdown: str) -> list[dict[str, str]]:
    """The bullets of the action-items section, split into owner / task / due / time where labelled."""
    items: list[dict[str, str]] = []
    inside = False
    for block in blocks(markdown):
        if block.kind == "heading":
            inside = is_action_heading(block.text)
        elif inside and block.text.strip().lower() not in _NONE:
            items.append(parse_action(inline(block.text)))
    return items


def parse_action(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for part in text.split(" / "):
        key, sep, value = part.partition(":")
        name = ACTION_FIELDS.get(key.strip().lower()) if sep else None
        if name and name not in fields:
            fields[name] = value.strip()
        else:
            fields["task"] = (fields.get("task", "") + " " + part.strip()).strip()
    return {c: fields.get(c, "") for c in COLUMNS}
