"""Gap recovery (engines/stt/recovery.py): the same audio transcribed without and with it, in the same run.

    python bench/stt_recovery.py [--set tune|held|null] [--only SUBSTRING] [--quick]

Sources are generated (tests/helpers/voices.py): Korean read by Kokoro's Japanese voices through the hangul
table (transcribed and translated, clean and at 0 dB SNR in white noise), English from flite, espeak-ng, Kokoro
and Piper (clean, 0 dB, 6-s pauses); `null` is silence, noise and chords (nothing may be recovered there).
`tune` is the set the recovery's settings were chosen on, `held` the set kept apart. Per source: the share of
the VAD's speech some word covers (a segment span for translations), WER (CER for Korean) against the script,
the seconds recovered, segments hidden as unsure, and the time with recovery over the time without.
--quick: tiny.en on the null set and one short flite sentence (seconds; the figures mean nothing).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jiwer
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordroute.engines.stt import ModelCache, SttEngine, SttOptions, Transcript  # noqa: E402
from recordroute.engines.stt.recovery import _covered, _subtract  # noqa: E402
from recordroute.engines.stt.speech import speech_regions, total  # noqa: E402
from tests.helpers import voices  # noqa: E402

SR = 16_000
KO = "감사합니다. 대한민국의 수도는 서울입니다. 오늘 날씨가 정말 좋네요. 회의는 내일 오후 세 시에 시작합니다. 이 문서를 다음 주까지 검토해 주세요. 점심은 회사 근처 식당에서 먹었습니다. 프로젝트 일정이 조금 늦어지고 있습니다."
KO_EN = "Thank you. The capital of Korea is Seoul. The weather is really nice today. The meeting starts tomorrow at three in the afternoon. Please review this document by next week. I had lunch at a restaurant near the office. The project schedule is running a little late."
EN = "The quarterly report shows that sales grew in every region except the north. Please send the updated slides to the whole team before Friday morning. We decided to postpone the product launch until the testing is complete. The new office has more meeting rooms and a much larger kitchen. Remember to back up your files before installing the system update. Our customers asked for better search and faster exports."
Case = tuple[str, str, dict[str, Any], Callable[[], np.ndarray], str]


def sentences(text: str) -> list[str]:
    return [s.strip() + "." for s in text.split(".") if s.strip()]


def say(vid: str, text: str, lang: str = "en") -> np.ndarray:
    v = voices.VOICES[vid]
    return voices.synth_kokoro(text, v, lang) if v.source == "kokoro" else voices.SYNTH[v.source](text, v)


def join(parts: list[np.ndarray], pause: float) -> np.ndarray:
    gap = np.zeros(int(pause * SR), np.float32)
    return np.concatenate([np.zeros(SR // 2, np.float32), *[x for p in parts for x in (p, gap)]])


def noisy(audio: np.ndarray, snr_db: float, seed: int) -> np.ndarray:
    power = float(np.mean(audio[np.abs(audio) > 0.01] ** 2))
    noise = np.random.default_rng(seed).normal(0.0, np.sqrt(power / 10 ** (snr_db / 10)), audio.shape)
    return (audio + noise).astype(np.float32)


def korean(vid: str, seed: int) -> list[Case]:
    def long() -> np.ndarray:
        return join([say(vid, s, "ko") for s in sentences(KO) * 2], 0.4)

    ko_tr, tr = {"language": "ko"}, {"language": "ko", "task": "translate"}
    short = " ".join(sentences(KO)[:3])
    return [
        (f"{vid} ko->en short", "base", tr, lambda: say(vid, short, "ko"), " ".join(sentences(KO_EN)[:3])),
        (f"{vid} ko long", "base", ko_tr, long, KO + " " + KO),
        (f"{vid} ko->en long", "base", tr, long, KO_EN + " " + KO_EN),
        (f"{vid} ko long 0dB", "base", ko_tr, lambda: noisy(long(), 0, seed), KO + " " + KO),
    ]


def english(vid: str, seed: int) -> list[Case]:
    def long() -> np.ndarray:
        return join([say(vid, s) for s in sentences(EN) * 2], 0.4)

    return [
        (f"{vid} en long", "tiny.en", {}, long, EN + " " + EN),
        (f"{vid} en long 0dB", "tiny.en", {}, lambda: noisy(long(), 0, seed), EN + " " + EN),
        (f"{vid} en pauses 6s", "tiny.en", {}, lambda: join([say(vid, s) for s in sentences(EN)], 6.0), EN),
    ]


def null_cases() -> list[Case]:
    t = np.arange(20 * SR) / SR
    chords = (0.1 * sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6))).astype(np.float32)
    noise = np.random.default_rng(3).normal(0.0, 0.05, 20 * SR).astype(np.float32)
    silence = np.zeros(20 * SR, np.float32)
    out: list[Case] = []
    for model in ("base", "tiny.en"):
        for name, audio in (("silence", silence), ("white noise", noise), ("chords", chords)):
            out.append((f"{name} 20s", model, {}, lambda a=audio: a, ""))
    return out


SETS: dict[str, Callable[[], list[Case]]] = {
    "tune": lambda: [
        *korean("kokoro-alpha", 5),
        *korean("kokoro-gongitsune", 5),
        *korean("kokoro-kumo", 5),
        *english("flite-awb", 6),
        *english("espeak-gb-f4", 6),
    ],
    "held": lambda: [
        *korean("kokoro-nezumi", 9),
        *korean("kokoro-tebukuro", 9),
        *english("kokoro-nezumi", 8),
        *english("piper-joe-low", 8),
    ],
    "null": null_cases,
    "quick": lambda: [
        *[c for c in null_cases() if c[1] == "tiny.en"],
        (
            "flite-awb en short",
            "tiny.en",
            {},
            lambda: join([say("flite-awb", sentences(EN)[0])], 0.4),
            sentences(EN)[0],
        ),
    ],
}


def error(reference: str, text: str, korean_text: bool) -> float:
    if not reference:
        return float("nan")
    if korean_text:
        return float(jiwer.cer(re.sub(r"[^\w]", "", reference), re.sub(r"[^\w]", "", text) or "x"))
    norm = lambda s: " ".join(re.sub(r"[^\w\s']", " ", s.lower()).split())  # noqa: E731
    return float(jiwer.wer(norm(reference), norm(text) or "x"))


def share(regions: list[tuple[float, float]], t: Transcript, by_words: bool) -> float:
    speech = total(regions)
    covered = _covered(t.segments, by_words)
    missing = sum(b - a for r in regions for a, b in _subtract(r, covered))
    return (speech - missing) / speech if speech else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="tune")
    ap.add_argument("--only", default="", help="sources whose name contains this")
    ap.add_argument("--quick", action="store_true", help="a few seconds: tiny.en on short inputs")
    args = ap.parse_args()
    if args.quick:
        args.set = "quick"
    engines: dict[str, SttEngine] = {}
    print(
        f"{'source':32} {'model':7} {'speech':>6} {'share':>11} {'error':>11} {'rec s':>5} {'hid':>5} {'time':>5}"
    )
    for name, model, opts, make, ref in SETS[args.set]():
        if args.only not in name:
            continue
        try:
            audio = make()
        except voices.SourceMissing as exc:
            print(f"{name:32} skipped: {exc}")
            continue
        engine = engines.setdefault(model, SttEngine(model, device="cpu", cache=ModelCache()))
        engine.load()
        regions = speech_regions(audio)
        t0 = time.perf_counter()
        before = engine.transcribe(audio, SttOptions(recover=False, **opts))
        t1 = time.perf_counter()
        after = engine.transcribe(audio, SttOptions(recover=True, **opts))
        t2 = time.perf_counter()
        words, ko_text = opts.get("task") != "translate", opts.get("task") != "translate" and "ko" in name
        print(
            f"{name:32} {model:7} {total(regions):6.1f} "
            f"{share(regions, before, words):5.2f}>{share(regions, after, words):5.2f} "
            f"{error(ref, before.text, ko_text):5.2f}>{error(ref, after.text, ko_text):5.2f} "
            f"{after.recovered_seconds:5.1f} {len(before.flagged):2d}>{len(after.flagged):2d} "
            f"{(t2 - t1) / (t1 - t0):5.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
