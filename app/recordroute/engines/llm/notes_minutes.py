"""Minutes that start from the user's own notes (pure: prompt text and Markdown, no server).

The user's notes are the skeleton: the minutes open with a "Notes" section that keeps the notes' headings in
their order, each expanded with what was said and its time. The LLM is asked for it; when its answer does not
follow the notes (or there is no LLM), the section is built from the transcript instead: every note gets the
sentence said nearest its time that shares most words with it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ...transcript import Segment
from ..notes import NoteLine
from .chunking import fmt_ts, split_sentences
from .templates import Template

NOTES_HEADING = {"en": "## Notes", "ko": "## 메모"}
WINDOW_BEFORE = 30.0  # a note is typed just after what it is about

_PROMPT = {
    "en": (
        "The user took the notes below during the meeting; the time in brackets is when each line was typed. "
        'They are the skeleton of the minutes. Before the other sections, write a section headed "{heading}" '
        'that follows the notes: one "### " heading per note heading (or per note line when there are no '
        "headings), with the user's wording, in the same order; under each, bullets expanding it with what was "
        "said about it, each bullet ending with its time [mm:ss]. Write only what was said."
    ),
    "ko": (
        "아래는 사용자가 회의 중에 적은 메모이며, 괄호 안의 시각은 각 줄을 적은 때입니다. 메모가 회의록의 뼈대입니다. "
        '다른 섹션보다 먼저 "{heading}" 섹션을 쓰고, 메모의 제목마다(제목이 없으면 메모 줄마다) 사용자의 표현 그대로 '
        '같은 순서로 "### " 제목을 둡니다. 각 제목 아래에는 그에 대해 실제로 말한 내용을 글머리표로 풀어 쓰고, 글머리표마다 '
        "끝에 시각 [mm:ss]를 붙입니다. 말한 내용만 씁니다."
    ),
}
_AGENDA = {
    "en": "The calendar event's agenda, only to understand the topics (write only what was said):",
    "ko": "캘린더 일정의 안건입니다. 주제를 이해하는 데만 쓰고, 실제로 말한 내용만 씁니다:",
}


def skeleton(notes: Sequence[NoteLine]) -> list[NoteLine]:
    """The notes that become headings: the `#` lines, or every line when the user wrote none."""
    heads = [n for n in notes if n.heading]
    return heads or list(notes)


def _lang(language: str) -> str:
    return "ko" if language == "ko" else "en"


def with_context(template: Template, notes: Sequence[NoteLine], agenda: str, language: str) -> Template:
    """The template with the notes (and an event's agenda) added to its system part."""
    if not notes and not agenda.strip():
        return template
    lang = _lang(language)
    extra: list[str] = []
    if notes:
        lines = "\n".join((fmt_ts(n.at) + " " if n.at is not None else "") + n.text for n in notes)
        extra.append(
            _PROMPT[lang].format(heading=NOTES_HEADING[lang]) + f"\n<user_notes>\n{lines}\n</user_notes>"
        )
    if agenda.strip():
        extra.append(f"{_AGENDA[lang]}\n<agenda>\n{agenda.strip()}\n</agenda>")
    return dataclasses.replace(template, system=template.system + "\n\n" + "\n\n".join(extra))


def follows_notes(markdown: str, notes: Sequence[NoteLine]) -> bool:
    """True when every skeleton heading appears as a heading of the answer, in order."""
    heads = [
        re.sub(r"^#+\s*", "", line).strip().casefold()
        for line in markdown.splitlines()
        if line.startswith("#")
    ]
    pos = 0
    for note in skeleton(notes):
        want = note.label.casefold()
        while pos < len(heads) and want not in heads[pos]:
            pos += 1
        if pos == len(heads):
            return False
        pos += 1
    return True


def _sentences(segments: Sequence[Segment]) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    for seg in segments:
        for sent in split_sentences(seg.text):
            out.append((seg.t0, sent))
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]{2,}", text.casefold())}


def _best_sentence(
    note: NoteLine, sentences: list[tuple[float, str]], until: float | None
) -> tuple[float, str] | None:
    at = note.at or 0.0
    pool = [(t, s) for t, s in sentences if t >= at - WINDOW_BEFORE and (until is None or t < until)]
    pool = pool or sentences
    if not pool:
        return None
    want = _words(note.label)
    # Most shared words first, then the nearest to the note's time.
    return max(pool, key=lambda ts: (len(want & _words(ts[1])), -abs(ts[0] - at)))


def anchored_section(notes: Sequence[NoteLine], segments: Sequence[Segment], language: str) -> str:
    """The "Notes" section built from the transcript: the notes' order, each with what was said near it."""
    lang = _lang(language)
    sentences = _sentences(segments)
    heads = skeleton(notes)
    out = [NOTES_HEADING[lang]]
    for i, note in enumerate(heads):
        nxt = heads[i + 1].at if i + 1 < len(heads) else None
        out.append(f"### {note.label}")
        members = [n for n in notes if not n.heading and (n is note or _belongs(n, note, nxt))]
        for item in members or [note]:
            found = _best_sentence(item, sentences, nxt)
            said = f" — {found[1]} {fmt_ts(found[0])}" if found else ""
            label = item.label if item is not note or not note.heading else ""
            out.append(f"- {label}{said}".replace("-  — ", "- ").strip())
    return "\n".join(out)


def _belongs(n: NoteLine, head: NoteLine, nxt: float | None) -> bool:
    if n.at is None or head.at is None:
        return False
    return head.at <= n.at and (nxt is None or n.at < nxt)


def apply_notes(
    markdown: str, notes: Sequence[NoteLine], segments: Sequence[Segment], language: str
) -> tuple[str, str | None]:
    """Minutes that follow the notes: the answer as it is when it does, else with the section built from the
    transcript put first. Returns (markdown, warning or None)."""
    if not notes or follows_notes(markdown, notes):
        return markdown, None
    section = anchored_section(notes, segments, language)
    return (
        section + "\n\n" + markdown.lstrip(),
        "the minutes did not follow your notes; a notes section was added",
    )
