"""The one transcript family: `Transcript`, `Segment` and `Word`, from the engine to the store to the faces.

It sits below every layer (engines, store, pipeline and faces all import it, it imports none of them), so a
segment made by Whisper is the same object the store saves, the summarizer reads and the API serializes.
Documents use the same `Segment` without times: `start`/`end` are None and `page` says where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Word:
    """One timed word. `word` keeps Whisper's leading space, so "".join(words) rebuilds the text."""

    start: float
    end: float
    word: str
    probability: float = 1.0
    speaker: str | None = None
    overlap: bool = False  # said while another speaker talked (diarization); the word keeps one speaker


@dataclass
class Segment:
    """One line of a transcript (or one paragraph of a document).

    `idx` is the position in its recording; `id` the store's row id once saved. `speaker` is the diarization
    label ("S1"), `speaker_name` what faces show (the user's name for the label, else the label).
    `confidence` is how sure the recognizer was (mean word probability); `flag` says why a segment is hidden
    from the reading view (e.g. "low_confidence"), None for a normal segment.
    """

    start: float | None = None
    end: float | None = None
    text: str = ""
    words: list[Word] = field(default_factory=list)
    idx: int = 0
    page: int | None = None  # 1-based PDF page; documents have it instead of times
    id: int | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    confidence: float | None = None
    flag: str | None = None
    source_idx: int | None = None  # the transcription segment this one was split from (diarization)
    overlap: bool = False  # holds overlapped speech (diarization): its words were not split between speakers
    # Whisper's own scores for the window that made it (None when unknown, e.g. documents or stored segments):
    # mean token log-probability, gzip compression ratio of the text, probability that the window is silence,
    # and the sampling temperature that produced it.
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    no_speech_prob: float | None = None
    temperature: float | None = None

    @property
    def t0(self) -> float:
        """Start time for arithmetic: 0.0 for an untimed (document) segment."""
        return self.start if self.start is not None else 0.0

    @property
    def t1(self) -> float:
        """End time for arithmetic: the start when the end is missing."""
        return self.end if self.end is not None else self.t0

    @property
    def label(self) -> str | None:
        """The speaker as faces show it: the user's name, else the diarization label, else None."""
        return self.speaker_name or self.speaker

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape exports and the native API share (undiarized segments carry no speaker keys)."""
        out: dict[str, Any] = {
            "idx": self.idx,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "text": self.text,
            "words": [_word_dict(w) for w in self.words],
        }
        if self.confidence is not None:
            out["confidence"] = self.confidence
        if self.flag is not None:
            out["flag"] = self.flag
        if self.speaker is not None:
            out["speaker"] = self.speaker_name or self.speaker
            out["speaker_label"] = self.speaker
            out["overlap"] = self.overlap
            out["words"] = [
                {**_word_dict(w), "speaker": out["speaker"], "overlap": w.overlap} for w in self.words
            ]
        return out


def _word_dict(w: Word) -> dict[str, Any]:
    return {
        "start": w.start,
        "end": w.end,
        "word": w.word,
        "probability": w.probability,
        "speaker": w.speaker,
    }


# What exports and the CLI write after a segment with overlapped speech, in the recording's language (the GUI
# shows the same words in the UI language, through its translations).
OVERLAP_MARKS = {"en": "(overlapping speech)", "ko": "(말 겹침)"}


def overlap_mark(language: str | None) -> str:
    """The overlapped-speech marker for a transcript in `language` (Korean for "ko…", else English)."""
    return OVERLAP_MARKS["ko" if (language or "").lower().startswith("ko") else "en"]


def mean_probability(words: list[Word]) -> float | None:
    """A segment's confidence: the mean of its words' probabilities (None without words)."""
    return sum(w.probability for w in words) / len(words) if words else None


@dataclass
class Transcript:
    """What a transcription produced: its segments plus how it was made."""

    segments: list[Segment]
    language: str
    language_probability: float
    duration: float
    model: str
    task: str
    dropped: int = 0  # segments the hallucination guards refused (see engines/stt/guards.py)
    # Diarized: the engine's segments before speaker turns split them, still with Whisper's per-window scores.
    scored: list[Segment] = field(default_factory=list)
    # Speech-like segments that failed only the confidence guards: kept with `flag`, never in `text`/`segments`
    flagged: list[Segment] = field(default_factory=list)
    speech_seconds: float | None = None  # speech the VAD found in the audio (None: not measured)
    # Segments gap recovery found in speech the first pass skipped (engines/stt/recovery.py): their seconds
    recovered_seconds: float = 0.0

    @property
    def recognised_seconds(self) -> float:
        return sum(max(0.0, s.t1 - s.t0) for s in self.segments)

    @property
    def flagged_seconds(self) -> float:
        return sum(max(0.0, s.t1 - s.t0) for s in self.flagged)

    def all_segments(self) -> list[Segment]:
        """Visible and flagged segments in time order (what the library stores)."""
        return sorted([*self.segments, *self.flagged], key=lambda s: (s.t0, s.t1))

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments if s.text)

    def numbered(self) -> list[Segment]:
        """The segments with `idx` set to their position: what the store saves (one engine->store step)."""
        for i, s in enumerate(self.segments):
            s.idx = i
        return self.segments
