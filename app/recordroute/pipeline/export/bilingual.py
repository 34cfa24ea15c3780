"""Bilingual subtitles: each cue holds the original line and its translation (two lines per cue)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from ...transcript import Segment
from .plain import clock, speaker_of
from .plain import cue_text as _cue  # one rule for cue text: one line, no control characters, no -->


def _cues(pairs: Sequence[tuple[Segment, str]]) -> list[tuple[float, float, str | None, str, str]]:
    out = []
    last_end = 0.0
    for seg, translated in pairs:
        original = _cue(seg.text)
        if not original:
            continue
        start = max(seg.start if seg.start is not None else last_end, 0.0)
        end = max(seg.end if seg.end is not None else start + 2.0, start + 0.001)
        speaker = speaker_of(seg)
        out.append((start, end, _cue(speaker) if speaker else None, original, _cue(translated) or original))
        last_end = end
    return out


def to_bilingual_srt(pairs: Sequence[tuple[Segment, str]]) -> str:
    blocks = []
    for i, (s, e, who, a, b) in enumerate(_cues(pairs), start=1):
        first = f"{who}: {a}" if who else a
        blocks.append(f"{i}\n{clock(s)} --> {clock(e)}\n{first}\n{b}\n")
    return "\n".join(blocks)


def to_bilingual_vtt(pairs: Sequence[tuple[Segment, str]]) -> str:
    cues = []
    for s, e, who, a, b in _cues(pairs):
        esc_a, esc_b = html.escape(a, quote=False), html.escape(b, quote=False)
        first = f"<v {html.escape(who)}>{esc_a}" if who else esc_a
        cues.append(f"{clock(s, sep='.')} --> {clock(e, sep='.')}\n{first}\n{esc_b}\n")
    return "WEBVTT\n\n" + "\n".join(cues)
