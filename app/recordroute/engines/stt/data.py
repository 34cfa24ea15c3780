"""Plain data passed in and out of the speech-to-text engine (no model code, so postprocess can import it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...transcript import Segment, Transcript, Word
from ...vocab import forced_language

__all__ = ["Segment", "SttOptions", "Transcript", "Word"]


@dataclass
class SttOptions:
    language: str | None = None  # None = detect ("auto" and "" are read as None, once, here)
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
    # Speech the VAD found that no segment covers is decoded again on its own (recovery.py)
    recover: bool = True

    def __post_init__(self) -> None:
        self.language = forced_language(self.language)
