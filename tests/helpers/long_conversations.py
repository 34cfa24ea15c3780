"""Long recordings for diarization: the same voices as the dialogue set, talking for 4 to 12 minutes.

The dialogues of `conversations` last under two minutes; a meeting or a lecture lasts far longer, and a speaker
count that holds on 40 windows can fail on 800 (one voice for five minutes was found as seven speakers). Each
recording repeats its turn pattern until it reaches its length; turn texts cycle through the split's lines, and
real speakers through their clips. The `held-out` ones use held-out voices and texts and tune nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .conversations import Conversation, Spec, build
from .voices import VoiceBank


@dataclass(frozen=True)
class LongSpec:
    name: str
    split: str
    voices: str
    pattern: str  # repeated until the recording is `minutes` long
    minutes: float


def _both(name: str, split: str, voices: str, pattern: str, lengths: tuple[float, ...]) -> list[LongSpec]:
    return [LongSpec(f"{name}-{m:g}m", split, voices, pattern, m) for m in lengths]


T, H = "tune", "held-out"
LONG: list[LongSpec] = [
    *_both("LT1-kokoro", T, "kokoro-alpha", "A", (4, 10)),
    *_both("LT1-real", T, "real-david", "A", (4, 10)),
    *_both("LT2-espeak", T, "espeak-us-m3 espeak-gb-f4", "AB", (4, 10)),
    *_both("LT2-kokoro-ff", T, "kokoro-alpha kokoro-nezumi", "ABAB", (4, 10)),
    *_both("LT2-real", T, "real-david real-allison", "AB", (4, 10)),
    *_both("LT3-mixed", T, "piper-joe kokoro-kumo flite-slt", "ABCBAC", (4, 10)),
    *_both("LT4-mixed", T, "piper-joe piper-joe-low kokoro-alpha real-david", "ABCDBADC", (4, 10)),
    *_both("LH1-kokoro", H, "kokoro-gongitsune", "A", (5, 12)),
    *_both("LH1-piper", H, "piper-joe-high", "A", (5, 12)),
    *_both("LH1-real", H, "real-allison", "A", (5, 12)),
    *_both("LH2-kokoro-ff", H, "kokoro-tebukuro kokoro-gongitsune", "AB", (5, 12)),
    *_both("LH2-real", H, "real-ve9qrp real-harvard", "AB", (5, 12)),
    *_both("LH3-meeting", H, "kokoro-alpha-nezumi piper-joe-high flite-kal", "ABCBAC", (5, 12)),
    *_both("LH4-mixed", H, "kokoro-kumo-blend real-ve9qrp flite-rms kokoro-tebukuro", "ABCDBCAD", (5, 12)),
]


def build_long(spec: LongSpec, bank: VoiceBank) -> Conversation:
    """`spec` as one recording at least `minutes` long (deterministic, like conversations.build)."""
    reps = 1
    while True:
        conv = build(Spec(spec.name, spec.split, tuple(spec.voices.split()), spec.pattern * reps), bank)
        if conv.duration >= spec.minutes * 60:
            return replace(conv, condition="long")  # reported apart from the short dialogues
        reps = max(reps + 1, int(reps * spec.minutes * 60 / max(conv.duration, 1.0)) + 1)


def load_long(cache: Path, names: list[str] | None = None, split: str | None = None) -> list[Conversation]:
    """The long recordings (or the named ones, or one split), clean, condition "long"; utterances cached
    under `cache`."""
    bank = VoiceBank(cache)
    return [
        build_long(s, bank)
        for s in LONG
        if (names is None or s.name in names) and (split is None or s.split == split)
    ]
