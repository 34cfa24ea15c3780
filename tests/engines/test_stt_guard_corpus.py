"""The measured hallucination guard: silence, noise, music-like tones and unintelligible speech (all made here
with numpy and espeak-ng) must give transcripts with 0 words, through the engine and through
`recordroute process`. And a Korean clip, with languages ko+en, is never reported as another language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.stt import SttEngine, SttOptions
from tests.conftest import run_cli
from tests.helpers.media import espeak_wav, read_wav_mono, write_wav

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"),
]

SR = 16_000
SECONDS = 16
NON_SPEECH = ("silence", "white_noise", "brown_noise", "melody", "chord")
KOREAN = "오늘 회의에서는 다음 분기 예산과 출시 일정에 대해 논의하겠습니다. 먼저 지난 분기 실적을 보겠습니다."


def _speech(text: str, voice: str, folder: Path) -> np.ndarray:
    samples, _ = read_wav_mono(espeak_wav(text, folder / f"{voice}-{abs(hash(text))}.wav", voice))
    return samples.astype(np.float32) / 32768.0


def _fit(a: np.ndarray) -> np.ndarray:
    n = SECONDS * SR
    return np.tile(a, -(-n // max(len(a), 1)))[:n].astype(np.float32)


def make_corpus(folder: Path) -> dict[str, np.ndarray]:
    """Non-speech and unintelligible speech, SECONDS long each."""
    rng = np.random.default_rng(7)
    t = np.arange(SECONDS * SR) / SR
    brown = np.cumsum(rng.standard_normal(SECONDS * SR))
    brown -= np.convolve(brown, np.ones(400) / 400, "same")
    notes = [261.6, 329.6, 392.0, 523.3, 440.0, 349.2, 293.7, 392.0]
    ramp = np.minimum(1.0, np.arange(2 * SR) / 800)
    melody = np.concatenate([0.2 * np.sin(2 * np.pi * f * np.arange(2 * SR) / SR) * ramp for f in notes])
    chord = sum(0.1 * np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)) * (
        0.6 + 0.4 * np.sin(np.pi * t)
    )
    korean = _speech(KOREAN, "ko", folder)
    muffled = np.convolve(korean, np.ones(60) / 60, "same") * 0.3
    return {
        "silence": np.zeros(SECONDS * SR, np.float32),
        "white_noise": (rng.standard_normal(SECONDS * SR) * 0.05).astype(np.float32),
        "brown_noise": (brown / np.abs(brown).max() * 0.2).astype(np.float32),
        "melody": _fit(melody),
        "chord": chord.astype(np.float32),
        "syllable_gibberish": _fit(_speech("바 다 카 마 타 파 라 나 " * 6, "ko", folder)),
        "reversed_korean": _fit(korean[::-1].copy()),
        "muffled_korean": _fit(muffled + rng.standard_normal(len(muffled)) * 0.08),
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, np.ndarray]:
    return make_corpus(tmp_path_factory.mktemp("guard-corpus"))


@pytest.fixture(scope="module")
def base() -> SttEngine:
    return SttEngine("base")


def _words(text: str) -> int:
    return len(text.split())


def test_engine_stores_no_words_on_the_corpus(base: SttEngine, corpus: dict[str, np.ndarray]) -> None:
    # VAD off: the decoder sees every window, the hardest case for the guards. Languages as the app's
    # default settings (ko, en): with any language allowed, reversed Korean is confidently "Hungarian".
    results = {
        name: base.transcribe(audio, SttOptions(vad=False, languages=["ko", "en"]))
        for name, audio in corpus.items()
    }
    found = {name: r.text for name, r in results.items()}
    assert {name: _words(text) for name, text in found.items()} == dict.fromkeys(corpus, 0), found
    # Non-speech stores nothing at all, not even hidden; unintelligible speech may be kept hidden (flagged).
    kept = {name: [s.text for s in r.flagged] for name, r in results.items() if name in NON_SPEECH}
    assert kept == dict.fromkeys(NON_SPEECH, []), kept
    assert all(s.flag for r in results.values() for s in r.flagged)


def test_the_corpus_is_hard_without_the_guards(base: SttEngine, corpus: dict[str, np.ndarray]) -> None:
    """As the app decoded before the guards (temperature pinned at 0, no guards), Whisper invents text here."""
    old = SttOptions(guards=False, temperature=(0.0,), languages=[])
    text = base.transcribe(corpus["syllable_gibberish"], old).text
    assert _words(text) > 0


def test_process_stores_no_words_on_the_corpus(corpus: dict[str, np.ndarray], tmp_path: Path) -> None:
    files = [str(write_wav(tmp_path / f"{name}.wav", audio)) for name, audio in corpus.items()]
    env = {"RECORDROUTE_STT_MODEL": "base", "RECORDROUTE_DATA_DIR": str(tmp_path / "data")}
    res = run_cli("process", *files, "--no-summary", "--json", env=env, timeout=1200)
    reports = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == len(files), (res.stdout, res.stderr)
    for report in reports:
        show = run_cli("show", str(report["recording_id"]), "--json", env=env)
        assert show.returncode == 0, show.stderr
        text = " ".join(s["text"] for s in json.loads(show.stdout)["segments"])
        assert _words(text) == 0, (report["file"], text)
        exported = run_cli(
            "export", str(report["recording_id"]), "--format", "txt", "--only", "transcript", env=env
        )
        assert exported.returncode == 0 and _words(exported.stdout) == 0, exported.stdout
        if Path(report["file"]).stem in NON_SPEECH:
            hidden = run_cli("show", str(report["recording_id"]), "--json", "--hidden", env=env)
            assert json.loads(hidden.stdout)["segments"] == [], (report["file"], hidden.stdout)


def test_korean_is_never_reported_as_another_language(base: SttEngine, tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    clear = _speech(KOREAN, "ko", tmp_path)
    fast = _speech("네 알겠습니다. 그럼 금요일까지 자료를 정리해서 공유해 주세요.", "ko", tmp_path)
    noisy = clear + rng.standard_normal(len(clear)).astype(np.float32) * 0.05
    clips = (clear, fast, noisy)
    # Unrestricted, base hears synthetic Korean as Thai (the reported defect)
    assert any(base.detect_language(a)[0][0] != "ko" for a in clips)
    for audio in clips:
        result = base.transcribe(audio, SttOptions(languages=["ko", "en"]))
        assert result.language == "ko", result
        assert 0.5 < result.language_probability <= 1.0


def test_mixed_korean_english_prompt_follows_the_picked_language(base: SttEngine, tmp_path: Path) -> None:
    import queue

    from faster_whisper import decode_audio

    from recordroute.engines.stt.languages import MIXED_KO_EN_PROMPT

    model = base.load()
    korean = _speech(KOREAN, "ko", tmp_path)
    inbox: queue.Queue = queue.Queue()
    opts = SttOptions(languages=["ko", "en"], mixed_ko_en=True, vocabulary=["RecordRoute"])
    kwargs = base._decode_args(model, korean, opts, inbox)
    assert kwargs["language"] == "ko" and kwargs["initial_prompt"].startswith(MIXED_KO_EN_PROMPT)
    assert kwargs["initial_prompt"].endswith("RecordRoute") and inbox.get_nowait()[0] == "language"
    english = decode_audio(str(Path(__file__).resolve().parents[1] / "fixtures" / "speech_en_30s.wav"))
    kwargs = base._decode_args(model, english, opts, queue.Queue())
    assert kwargs["language"] == "en" and kwargs["initial_prompt"] == "RecordRoute"
