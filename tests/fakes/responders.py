"""Deterministic "model" answers for the fake servers.

`default_responder(model, seen, options)` gets what the model saw AFTER the server's truncation (a list of
chat messages for /api/chat, the prompt text for /api/generate) and answers like a terse summarizer:

- fact-like items ("Fact 0421: ...", "사실 0421 ...", or ranges such as "Facts 0001–0040" from earlier notes)
  are merged into ranges of consecutive ids ("- Facts 0001–0040"), so a coverage test can check that every
  fact seen reaches the final merge; lines without ids are echoed as short bullets;
- when the system prompt lists "## n. Heading" sections, the answer uses them (facts under the second);
- a title request ("title" / "제목" in a system prompt without section headings) gets one short line;
- a correction request ("editor" / "편집자") echoes every "[#n]" line, applying the requested spellings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Responder = Callable[[str, Any, dict[str, Any]], str]

FACT_RE = re.compile(r"\b([A-Z][a-z]+?|[가-힣]+)s? (\d{3,6})(?:[–-](\d{3,6}))?\b")
_TS_RE = re.compile(r"^\s*[-*]?\s*\[(?:\d+:)?\d{1,3}:\d{2}\]\s*")
_HEAD_RE = re.compile(r"^## \d+\. .+$", re.M)


def split_seen(seen: Any) -> tuple[str, str]:
    """(system text, other text) from a message list or a prompt string."""
    if isinstance(seen, str):
        return "", seen
    system = "\n".join(m["content"] for m in seen if m.get("role") == "system")
    rest = "\n".join(m["content"] for m in seen if m.get("role") != "system")
    return system, rest


def scan_facts(text: str) -> tuple[dict[str, set[int]], dict[str, int]]:
    """Ids per label (a range "Facts 0001–0040" expands to all its ids) and each label's digit width."""
    out: dict[str, set[int]] = {}
    widths: dict[str, int] = {}
    for m in FACT_RE.finditer(text):
        label, a, b = m.group(1), m.group(2), m.group(3)
        lo, hi = int(a), int(b) if b else int(a)
        out.setdefault(label, set()).update(range(lo, hi + 1))
        widths.setdefault(label, len(a))
    return out, widths


def fact_ids(text: str) -> dict[str, set[int]]:
    return scan_facts(text)[0]


def ranges(ids: set[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i in sorted(ids):
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def fact_bullets(text: str) -> list[str]:
    ids, widths = scan_facts(text)
    out = []
    for label, values in ids.items():
        w = widths.get(label, 4)
        for a, b in ranges(values):
            out.append(f"- {label} {a:0{w}d}" if a == b else f"- {label}s {a:0{w}d}–{b:0{w}d}")
    return out


def _correction(system: str, text: str) -> str:
    terms: list[str] = []
    m = re.search(r"(?:Spell these terms exactly as written|정확히 이 철자로 씁니다):\s*(.+)$", system, re.M)
    if m:
        terms = [t.strip() for t in m.group(1).split(",") if t.strip()]
    out = []
    for line in text.splitlines():
        if not re.match(r"^\s*\[#\d+(?:\.\d+)?\]", line):
            continue
        for term in terms:
            line = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", term, line, flags=re.I)
        out.append(line)
    return "\n".join(out)


def default_responder(model: str, seen: Any, options: dict[str, Any]) -> str:
    system, text = split_seen(seen)
    low = system.lower()
    if "editor" in low or "편집자" in system:
        return _correction(system, text)
    headings = _HEAD_RE.findall(system)
    if not headings and ("title" in low or "제목" in system):
        bullets = fact_bullets(text)
        if bullets:
            return f"Title: Review of {bullets[0][2:]} and more"
        words = re.sub(r"<[^>]+>", " ", text).split()
        return "Title: " + " ".join(words[:6])
    # A front-truncated prompt can lose the user message's start: then the facts sit in the "system" text.
    bullets = fact_bullets(text) or fact_bullets(system)
    if not bullets:
        lines = [_TS_RE.sub("", ln).strip() for ln in text.splitlines()]
        lines = [ln for ln in lines if ln and not ln.startswith("<") and not ln.startswith("#")]
        bullets = ["- " + " ".join(ln.split()[:8]) for ln in lines[-5:]]
    if not headings:
        return "\n".join(bullets)
    out: list[str] = []
    for n, head in enumerate(headings):
        out.append(head)
        out.extend(bullets if n == 1 else ["- None"])
    return "\n".join(out)
