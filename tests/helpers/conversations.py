"""The diarization test set: dialogues of 1–5 speakers assembled from `voices`, with exact turn times.

Dialogues mix sources (neural, classic, real) and voices of one source (two Kokoro voices of the same sex), with
short back-channels, pauses inside a turn and slight overlaps. Each has a degraded copy (noise at 10–20 dB SNR,
a 300–3400 Hz / 8 kHz telephone band, mild reverb). The `held-out` split uses its own texts and mostly its own
voices and is never used to tune a threshold (bench/diarization.py reports it apart).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .voices import RATE, VOICES, VoiceBank, sox

EN_TUNE = [
    "Good morning everyone, let's start with the budget review.",
    "We spent a little less than planned this quarter.",
    "The marketing campaign was delayed by about three weeks.",
    "Can you send me the updated forecast by Friday?",
    "I'll share the spreadsheet with the whole team tomorrow.",
    "The new office needs two more laptops before the training.",
    "Please file a request with the IT department today.",
    "I think the customer survey tells us something important.",
    "People want a simpler setup and fewer settings.",
    "Let's move the launch to the end of March.",
    "Our travel costs went down by almost twenty percent.",
    "We should hire two more testers before the release.",
]
EN_HELD = [
    "Could everyone take a quick look at the schedule?",
    "The project will probably slip by about two weeks.",
    "The client sent us a new list of requirements yesterday.",
    "Then design and engineering should review it together.",
    "Let's meet again tomorrow morning and decide.",
    "I can write up the notes and share them after lunch.",
    "How long will it take to switch the servers over?",
    "About a day, if nothing goes wrong with the database.",
    "I'm worried about the support tickets during the move.",
    "We can put a short notice on the status page.",
    "That sounds reasonable to me, let's do that.",
    "One more question about the contract renewal.",
]
KO_TUNE = [
    "안녕하세요, 오늘 회의를 시작하겠습니다.",
    "지난주에 논의한 예산 문제부터 이야기해 볼까요?",
    "네, 마케팅 비용이 예상보다 조금 줄었습니다.",
    "다음 달에 서울에서 교육이 있으니 노트북을 두 대 더 준비해 주세요.",
    "알겠습니다. 오늘 안으로 담당 부서에 요청하겠습니다.",
    "고객 설문 결과도 함께 공유해 주시면 좋겠습니다.",
]
KO_HELD = [
    "여러분, 잠깐 주목해 주시겠어요?",
    "이번 프로젝트 일정이 두 주 정도 늦어질 것 같습니다.",
    "고객사에서 요구 사항을 다시 보내왔기 때문입니다.",
    "그럼 디자인 팀과 개발 팀이 함께 검토해야겠네요.",
    "내일 오전에 다시 모여서 결정합시다.",
    "좋습니다. 회의록은 제가 정리해서 공유하겠습니다.",
]
BACKCHANNEL = {"en": ["Yes.", "Right.", "Okay.", "Mm-hmm."], "ko": ["네.", "맞아요.", "그렇죠."]}
TEXTS = {
    ("en", "tune"): EN_TUNE,
    ("en", "held-out"): EN_HELD,
    ("ko", "tune"): KO_TUNE,
    ("ko", "held-out"): KO_HELD,
}


@dataclass(frozen=True)
class Spec:
    name: str
    split: str  # "tune" | "held-out"
    voices: tuple[str, ...]  # speaker A, B, ... -> voice id
    order: str  # a capital letter is a turn of that speaker, a small letter a back-channel
    lang: str = "en"
    fast: bool = False  # a phone call: short gaps, more overlaps


def _s(name: str, split: str, voices: str, order: str, lang: str = "en", fast: bool = False) -> Spec:
    return Spec(name, split, tuple(voices.split()), order, lang, fast)


T, H = "tune", "held-out"
SET: list[Spec] = [
    _s("t-1-kokoro", T, "kokoro-alpha", "AAAAA"),
    _s("t-1-real", T, "real-allison", "AAAAAA"),
    _s("t-2-espeak-default", T, "espeak-us-m3 espeak-gb-f4", "ABAbABAB"),
    _s("t-2-kokoro-ff", T, "kokoro-alpha kokoro-nezumi", "ABABaBAB"),
    _s("t-2-real", T, "real-david real-allison", "ABABABAB"),
    _s("t-2-call", T, "piper-joe kokoro-nezumi", "ABABABABABAB", fast=True),
    _s("t-2-ko-ff", T, "kokoro-alpha kokoro-nezumi", "ABABAB", "ko"),
    _s("t-3-mixed", T, "piper-joe kokoro-kumo flite-slt", "ABCABbCAC"),
    _s("t-3-real-tts", T, "real-vk5qi espeak-us-f2-slow piper-joe-low", "ABCACBA"),
    _s("t-4-mixed", T, "piper-joe piper-joe-low kokoro-alpha real-david", "ABCDBADC"),
    _s("t-4-flite", T, "flite-rms flite-awb flite-slt kokoro-kumo", "ABCDACBD"),
    _s("t-5-mixed", T, "kokoro-kumo piper-joe real-vk2tpm flite-slt kokoro-nezumi", "ABCDEACEBD"),
    _s("h-1-kokoro", H, "kokoro-gongitsune", "AAAAA"),
    _s("h-1-piper", H, "piper-joe-high", "AAAAA"),
    _s("h-1-real", H, "real-allison", "AAAAAA"),
    _s("h-2-kokoro-ff", H, "kokoro-tebukuro kokoro-gongitsune", "ABABAbAB"),
    _s("h-2-kokoro-mm", H, "kokoro-kumo kokoro-kumo-blend", "ABABABA"),
    _s("h-2-ko-ff", H, "kokoro-gongitsune kokoro-tebukuro", "ABABAB", "ko"),
    _s("h-2-real", H, "real-ve9qrp real-harvard", "ABABAB"),
    _s("h-2-call", H, "flite-awb kokoro-alpha-nezumi", "ABABABABABAB", fast=True),
    _s("h-3-meeting", H, "kokoro-alpha-nezumi piper-joe-high flite-kal", "ABCABaCBA"),
    _s("h-3-ko", H, "kokoro-kumo kokoro-alpha kokoro-tebukuro", "ABCABC", "ko"),
    _s("h-3-mixed", H, "real-hts1 flite-awb kokoro-gongitsune", "ABCBACb"),
    _s("h-4-mixed", H, "kokoro-kumo-blend real-ve9qrp flite-rms kokoro-tebukuro", "ABCDBCAD"),
    _s("h-4-mixed-b", H, "piper-joe-high espeak-gb-f4 real-harvard kokoro-alpha-nezumi", "ABCDADBC"),
    _s(
        "h-5-mixed",
        H,
        "kokoro-gongitsune flite-kal piper-joe-high real-david kokoro-kumo-blend",
        "ABCDEBDACE",
    ),
]
DEGRADATIONS = ("noise 15 dB", "telephone 8 kHz + noise 20 dB", "reverb + noise 10 dB")


@dataclass
class RefTurn:
    speaker: str
    start: float
    end: float
    text: str
    backchannel: bool = False


@dataclass
class Conversation:
    spec: Spec
    samples: np.ndarray
    turns: list[RefTurn]  # speech stretches (a turn with a pause inside is two), may overlap slightly
    condition: str = "clean"
    words: list[tuple[float, float, str]] = field(default_factory=list)  # (start, end, speaker)

    @property
    def speakers(self) -> set[str]:
        return {t.speaker for t in self.turns}

    @property
    def duration(self) -> float:
        return len(self.samples) / RATE

    @property
    def source(self) -> str:
        kinds = sorted({VOICES[v].source for v in self.spec.voices})
        return kinds[0] if len(kinds) == 1 else "mixed"


def _utterance(bank: VoiceBank, voice: str, text: str, lang: str, counter: int) -> np.ndarray:
    if VOICES[voice].source == "real":
        return bank.real(voice, counter)
    return bank.say(voice, text, lang)


def _pseudo_words(turn: RefTurn) -> list[tuple[float, float, str]]:
    """Word spans spread over the utterance by length (real clips have no text: one word per 0.35 s)."""
    words = turn.text.split() or ["·"] * max(1, round((turn.end - turn.start) / 0.35))
    weights = np.array([len(w) + 1 for w in words], dtype=float)
    edges = turn.start + np.concatenate([[0], np.cumsum(weights)]) / weights.sum() * (turn.end - turn.start)
    return [(float(edges[i]), float(edges[i + 1]), turn.speaker) for i in range(len(words))]


def build(spec: Spec, bank: VoiceBank) -> Conversation:
    """Assemble `spec` (deterministic: the same texts, gaps and overlaps every time)."""
    rng = np.random.default_rng(zlib.crc32(spec.name.encode()))
    texts = TEXTS[(spec.lang, spec.split)]
    clips: list[tuple[float, np.ndarray, RefTurn]] = []
    t, line, uses = 0.5, 0, dict.fromkeys(spec.voices, 0)
    for who in spec.order:
        voice = spec.voices[ord(who.upper()) - ord("A")]
        label = who.upper()
        if who.islower():  # a back-channel over the end of the previous turn or in the gap after it
            text = BACKCHANNEL[spec.lang][int(rng.integers(len(BACKCHANNEL[spec.lang])))]
            audio = bank.say(voice, text, spec.lang) if VOICES[voice].source != "real" else None
            if audio is None:
                continue
            start = max(0.0, t - float(rng.uniform(0.1, 0.3)))
            clips.append((start, audio, RefTurn(label, start, start + len(audio) / RATE, text, True)))
            t = max(t, start + len(audio) / RATE) + 0.15
            continue
        parts = 2 if rng.random() < 0.3 else 1
        for p in range(parts):
            text = texts[line % len(texts)]
            line += 1
            # Real speakers: the held-out part starts further into each recording (other clips).
            offset = 7 if spec.split == "held-out" else 0
            audio = _utterance(bank, voice, text, spec.lang, uses[voice] + offset)
            uses[voice] += 1
            clips.append((t, audio, RefTurn(label, t, t + len(audio) / RATE, text)))
            t += len(audio) / RATE
            if p + 1 < parts:
                t += float(rng.uniform(0.5, 0.9))  # a pause inside the turn
        gaps = [-0.25, 0.1, 0.2, 0.35] if spec.fast else [-0.2, 0.2, 0.35, 0.5, 0.8]
        t += float(rng.choice(gaps))
    length = max(s + len(a) / RATE for s, a, _ in clips) + 0.5
    samples = np.zeros(int(length * RATE), dtype=np.float32)
    for start, audio, _ in clips:
        i = int(round(start * RATE))
        samples[i : i + len(audio)] += audio * 0.8
    samples += rng.normal(0, 0.002, len(samples)).astype(np.float32)  # a faint noise floor
    turns = sorted((c[2] for c in clips), key=lambda x: x.start)
    words = [w for tr in turns if not tr.backchannel for w in _pseudo_words(tr)]
    return Conversation(spec, np.clip(samples, -1, 1), turns, "clean", words)


def add_noise(samples: np.ndarray, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    """Half white, half pink (1/f, shaped in the frequency domain) noise `snr_db` below the speech level."""
    white = rng.normal(0, 1, len(samples))
    spec = np.fft.rfft(rng.normal(0, 1, len(samples)))
    spec /= np.sqrt(np.maximum(np.arange(len(spec)), 1))
    pink = np.fft.irfft(spec, n=len(samples))
    noise = 0.5 * white / white.std() + pink / pink.std()
    active = samples[np.abs(samples) > 0.02]
    level = float(np.sqrt((active**2).mean())) if len(active) else 0.05
    noise *= level / 10 ** (snr_db / 20) / noise.std()
    return np.clip(samples + noise.astype(np.float32), -1, 1).astype(np.float32)


def degrade(conv: Conversation, index: int) -> Conversation:
    """The degraded copy: one of DEGRADATIONS by `index`, deterministic."""
    kind = DEGRADATIONS[index % len(DEGRADATIONS)]
    rng = np.random.default_rng(index)
    x = conv.samples
    if kind.startswith("telephone"):
        x = sox(x, RATE, "sinc", "300-3400", "rate", "8000", "rate", "16000")[: len(x)]
        x = add_noise(x, 20, rng)
    elif kind.startswith("reverb"):
        x = sox(x, RATE, "reverb", "25", "50", "30")[: len(x)]
        x = add_noise(x, 10, rng)
    else:
        x = add_noise(x, 15, rng)
    return Conversation(conv.spec, x, conv.turns, kind, conv.words)


def load(cache: Path, names: list[str] | None = None, *, degraded: bool = True) -> list[Conversation]:
    """The set (or the named dialogues), clean and degraded; utterances cached under `cache`."""
    bank = VoiceBank(cache)
    out: list[Conversation] = []
    for i, spec in enumerate(SET):
        if names is not None and spec.name not in names:
            continue
        conv = build(spec, bank)
        out.append(conv)
        if degraded:
            out.append(degrade(conv, i))
    return out


@dataclass
class Meeting:
    mic: np.ndarray  # channel 1: the user, plus the remote voices leaking from the loudspeakers
    system: np.ndarray  # channel 2: the remote voices
    turns: list[RefTurn]  # speaker "Me", "A" or "B"

    @property
    def stereo(self) -> np.ndarray:
        return np.stack([self.mic, self.system], axis=1)


def meeting(bank: VoiceBank, *, leak_db: float = -12.0, delay: float = 0.04) -> Meeting:
    """The user (Kokoro alpha) on the mic; two remote voices (Piper joe, flite awb) on the system channel,
    leaking into the mic `leak_db` below their level, `delay` later, through a mildly reverberant room."""
    plan = [("A", 0), ("Me", 1), ("B", 2), ("A", 3), ("Me", 4), ("B", 5), ("Me", 6), ("A", 7)]
    voice = {"Me": "kokoro-alpha", "A": "piper-joe", "B": "flite-awb"}
    rng = np.random.default_rng(27)
    t, turns, clips = 0.5, [], []
    for who, line in plan:
        audio = bank.say(voice[who], EN_HELD[line])
        turns.append(RefTurn(who, t, t + len(audio) / RATE, EN_HELD[line]))
        clips.append((t, audio, who))
        t += len(audio) / RATE + float(rng.uniform(0.3, 0.7))
    n = int((t + 0.5) * RATE)
    mic, system = np.zeros(n, np.float32), np.zeros(n, np.float32)
    for start, audio, who in clips:
        i = int(start * RATE)
        (mic if who == "Me" else system)[i : i + len(audio)] += 0.7 * audio
    room = sox(system, RATE, "reverb", "20", "50", "20")[:n]
    leak = np.zeros(n, np.float32)
    d = int(delay * RATE)
    leak[d:] = room[: n - d] * 10 ** (leak_db / 20)
    mic = add_noise(mic + leak, 30, rng)
    system = system + rng.normal(0, 0.001, n).astype(np.float32)
    return Meeting(mic, system, turns)
