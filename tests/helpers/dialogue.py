"""Synthetic multi-speaker dialogues from espeak-ng voices, with the true turn times (for diarization tests).

Each voice differs in variant, pitch and speed; turns are joined with short silences, so the truth is exact.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from .media import EspeakMissing, write_wav

RATE = 16000


@dataclass(frozen=True)
class Voice:
    name: str
    voice: str
    pitch: int
    speed: int


VOICES = {
    "A": Voice("A", "en-us+m3", 35, 165),
    "B": Voice("B", "en-gb+f2", 70, 150),
    "C": Voice("C", "en+m7", 20, 185),
    "D": Voice("D", "en-us+f4", 85, 140),
}

LINES = [
    "Good morning everyone, let us review the budget for the next quarter.",
    "I think the marketing numbers look a little high this time.",
    "We should move the launch date to the end of March instead.",
    "Can you send me the report before Friday afternoon please?",
    "The customer survey shows that people want a simpler setup.",
    "I will talk to the design team about the new screens tomorrow.",
    "Our travel costs went down by almost twenty percent this year.",
    "Let us schedule another meeting next week to decide on hiring.",
    "The server migration is finished and everything runs faster now.",
    "Please remember to update the documentation for the release.",
    "I agree with that plan, but we need more testers first.",
    "Thanks everyone, that was a productive discussion today.",
]


@dataclass
class TruthTurn:
    speaker: str
    start: float
    end: float
    text: str


@dataclass
class Dialogue:
    samples: np.ndarray  # float32, 16 kHz
    turns: list[TruthTurn]
    path: Path

    @property
    def speakers(self) -> set[str]:
        return {t.speaker for t in self.turns}

    def speaker_at(self, t: float) -> str | None:
        for turn in self.turns:
            if turn.start - 0.15 <= t <= turn.end + 0.15:
                return turn.speaker
        return None


def synth(text: str, voice: Voice) -> np.ndarray:
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise EspeakMissing("espeak-ng is not installed (apt-get install espeak-ng)")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            [
                exe,
                "-v",
                voice.voice,
                "-p",
                str(voice.pitch),
                "-s",
                str(voice.speed),
                "-w",
                str(raw),
                "--stdin",
            ],
            input=text.encode(),
            check=True,
            capture_output=True,
            timeout=120,
        )
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks: list[np.ndarray] = []
        with av.open(str(raw)) as src:
            for frame in src.decode(audio=0):
                chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
        chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    audio = np.concatenate(chunks).astype(np.float32)
    # Trim espeak's leading/trailing silence so the truth times are where the voice is.
    loud = np.flatnonzero(np.abs(audio) > 0.01)
    return audio[loud[0] : loud[-1] + 1] if len(loud) else audio


def build(dst: Path, order: str, *, gap: float = 0.4, lines: list[str] | None = None) -> Dialogue:
    """`order` names the speaker of each turn, e.g. "ABABAB"; writes a 16 kHz wav to `dst`."""
    lines = lines or LINES
    pieces: list[np.ndarray] = [np.zeros(int(0.3 * RATE), dtype=np.float32)]
    turns: list[TruthTurn] = []
    t = 0.3
    rng = np.random.default_rng(7)
    for i, who in enumerate(order):
        text = lines[i % len(lines)]
        audio = synth(text, VOICES[who]) * 0.6
        turns.append(TruthTurn(who, t, t + len(audio) / RATE, text))
        pieces.append(audio)
        t += len(audio) / RATE
        pause = np.zeros(int(gap * RATE), dtype=np.float32)
        pieces.append(pause)
        t += gap
    samples = np.concatenate(pieces)
    samples = samples + rng.normal(0, 0.002, len(samples)).astype(np.float32)  # a faint noise floor
    write_wav(dst, samples, RATE)
    return Dialogue(samples, turns, dst)


def frame_accuracy(dialogue: Dialogue, hyp: list[tuple[float, float, str]], step: float = 0.05) -> float:
    """Share of speech time (truth) labelled with the right speaker, under the best label mapping."""
    from itertools import permutations

    times = [t for turn in dialogue.turns for t in np.arange(turn.start, turn.end, step)]
    truth = [dialogue.speaker_at(t) for t in times]

    def hyp_at(t: float) -> str | None:
        for a, b, s in hyp:
            if a <= t <= b:
                return s
        return None

    got = [hyp_at(t) for t in times]
    refs = sorted(dialogue.speakers)
    hyps = sorted({g for g in got if g is not None})
    best = 0
    for perm in permutations(hyps, min(len(hyps), len(refs))):
        mapping = dict(zip(perm, refs, strict=False))
        best = max(best, sum(1 for g, r in zip(got, truth, strict=True) if mapping.get(g or "") == r))
    return best / max(len(times), 1)
