"""A speaker for every word and segment of a transcript, from diarization turns: segments split where their words
change speaker (never inside a word), overlaps marked, and each part keeping the transcription segment it came
from."""

from __future__ import annotations

from ..engines.diarize import Diarization
from ..transcript import Segment, Word


def align(segments: list[Segment], diar: Diarization) -> list[Segment]:
    """Speaker per word from the turns; a segment is split where its words change speaker, never inside a word:
    a word said over someone else keeps the speaker of its turn and is marked `overlap`, and so is its segment
    (marks from an earlier run are cleared). Renumbers idx; every segment keeps `source_idx`, the transcription
    segment it came from, so corrections keyed by it survive."""
    out: list[Segment] = []
    for seg in segments:
        if seg.source_idx is None:
            seg.source_idx = seg.idx
        seg.overlap = False
        if seg.start is None:
            out.append(seg)
            continue
        if not seg.words:  # edited text: the segment as a whole
            end = seg.end if seg.end is not None else seg.start
            seg.speaker = diar.speaker_at(seg.start, end)
            seg.overlap = diar.overlapped(seg.start, end)
            out.append(seg)
            continue
        for w in seg.words:
            w.overlap = diar.overlapped(w.start, w.end)
        # Whisper gives some words zero length: widen them a little so they overlap a turn.
        labels = [diar.speaker_at(w.start - 0.02, max(w.end, w.start + 0.02)) for w in seg.words]
        fallback = diar.speaker_at(seg.start, seg.end or seg.start)
        for i, lab in enumerate(labels):  # a word in a pause takes its neighbour's speaker
            labels[i] = lab or (labels[i - 1] if i else None) or next((x for x in labels[i:] if x), fallback)
        _smooth_islands(seg.words, labels)
        for w, lab in zip(seg.words, labels, strict=True):
            w.speaker = lab
        out.extend(_split(seg, labels))
    for i, seg in enumerate(out):
        seg.idx = i
    return out


def identities(segments: list[Segment]) -> dict[int, tuple[int, int]]:
    """idx -> (source segment, part number): what stays the same when diarization renumbers segments."""
    out: dict[int, tuple[int, int]] = {}
    parts: dict[int, int] = {}
    for seg in segments:
        src = seg.idx if seg.source_idx is None else seg.source_idx
        out[seg.idx] = (src, parts.get(src, 0))
        parts[src] = parts.get(src, 0) + 1
    return out


ISLAND = 0.5  # seconds: one word of another speaker between two words of one speaker is a boundary slip


def _smooth_islands(words: list[Word], labels: list[str | None]) -> None:
    """A single short word whose speaker differs from both neighbours (who agree) takes theirs: near a turn
    change the window evidence is mixed, and a lone word is more likely a slip than a one-word turn."""
    for i in range(1, len(labels) - 1):
        w = words[i]
        if labels[i - 1] == labels[i + 1] != labels[i] and w.end - w.start < ISLAND:
            labels[i] = labels[i - 1]


def _split(seg: Segment, labels: list[str | None]) -> list[Segment]:
    if len(set(labels)) <= 1:
        seg.speaker = labels[0] if labels else None
        seg.overlap = any(w.overlap for w in seg.words)
        return [seg]
    parts: list[Segment] = []
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            words = seg.words[start:i]
            text = "".join(w.word for w in words).strip()
            parts.append(
                Segment(
                    idx=0,
                    text=text,
                    start=words[0].start,
                    end=words[-1].end,
                    words=words,
                    speaker=labels[start],
                    confidence=seg.confidence,
                    flag=seg.flag,
                    source_idx=seg.source_idx if seg.source_idx is not None else seg.idx,
                    overlap=any(w.overlap for w in words),
                )
            )
            start = i
    return parts
