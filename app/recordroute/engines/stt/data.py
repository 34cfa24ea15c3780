"""Plain data passed in and out of the speech-to-text engine (no model code, so postprocess can import it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Word:
    """One timed word. `word` keeps Whisper's leading space, so "".join(words) rebuilds the text."""

    start: float
    end: float
    word: str
    probability: float


@dataclass
class Segment:
    """One timed segment. The scores are Whisper's own for the window that made it (None when unknown):
    mean token log-probability, gzip compression ratio of the text, probability that the window is silence,
    and the sampling temperature that produced it."""

    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    no_speech_prob: float | None = None
    temperature: float | None = None
    # Speech the guards did not trust: the mean token probability and why (text kept, hidden by default)
    confidence: float | None = None
    flag: str | None = None


@dataclass
class Transcript:
    segments: list[Segment]
    language: str
    language_probability: float
    duration: float
    model: str
    task: str
    dropped: int = 0  # segments the hallucination guards refused (see guards.py)
    # Speech-like segments that failed only the confidence guards: kept with `flag`, never in `text`/`segments`
    flagged: list[Segment] = field(default_factory=list)
    speech_seconds: float | None = None  # speech the VAD found in the audio (None: not measured)

    @property
    def recognised_seconds(self) -> float:
        return sum(max(0.0, s.end - s.start) for s in self.segments)

    @property
    def flagged_seconds(self) -> float:
        return sum(max(0.0, s.end - s.start) for s in self.flagged)

    def all_segments(self) -> list[Segment]:
        """Visible and flagged segments in time order (what the library stores)."""
        return sorted([*self.segments, *self.flagged], key=lambda s: (s.start, s.end))

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments if s.text)


@dataclass
class SttOptions:
    language: str | None = None  # None or "auto" = detect
    task: str = "transcribe"  # or "translate" (to English; needs a multilingual model)
    vad: bool = True
    word_timestamps: bool = True
    vocabulary: list[str] = field(default_factory=list)
    filler_filter: bool = False
    beam_size: int = 5
    # 0 (or a tuple starting at 0) = Whisper's temperature fallback, as the OpenAI API documents for 0
    temperature: float | tuple[float, ...] = 0.0
    initial_prompt: str | None = None  # wins over the prompt built from `vocabulary`
    languages: list[str] = field(default_factory=list)  # auto-detect picks among these (empty: any)
    mixed_ko_en: bool = False  # Korean speech with English terms: prompt in mixed script keeps them Latin
    guards: bool = True  # hallucination guards (guards.py); off only to measure them
    # Long files decode several windows at once (batched.py): None = the device's measured default, 0 = never
    batch_size: int | None = None
    batch_min_seconds: float = 120.0  # shorter audio is decoded one window at a time
