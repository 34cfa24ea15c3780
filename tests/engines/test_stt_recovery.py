"""Gap recovery on real models and real generated speech: speech Whisper skipped is decoded again and kept;
where nothing was skipped, nothing changes; nothing is made up over noise or silence; cancel acts."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from recordroute.engines.stt import ModelCache, SttEngine, SttOptions, Transcript
from recordroute.engines.stt.recovery import find_gaps
from recordroute.engines.stt.speech import speech_regions
from recordroute.errors import Cancelled
from recordroute.progress import CancelToken, Progress

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SR = 16_000


def words(text: str) -> set[str]:
    return set(re.sub(r"[^\w\s']", " ", text.lower()).split())


def shape(t: Transcript) -> list[tuple[float | None, float | None, str]]:
    return [(s.start, s.end, s.text) for s in t.segments]


@pytest.fixture(scope="module")
def tiny() -> SttEngine:
    return SttEngine("tiny.en", device="cpu", cache=ModelCache())


@pytest.fixture(scope="module")
def audio_en() -> np.ndarray:
    return decode_audio(str(FIXTURES / "speech_en_30s.wav"))


def test_no_gap_leaves_the_transcript_as_it_was(tiny: SttEngine, audio_en: np.ndarray) -> None:
    plain = tiny.transcribe(audio_en, SttOptions(recover=False))
    recovered = tiny.transcribe(audio_en, SttOptions())
    assert shape(recovered) == shape(plain) and recovered.recovered_seconds == 0.0
    assert [s.text for s in recovered.flagged] == [s.text for s in plain.flagged]


@pytest.mark.parametrize("kind", ["silence", "noise", "chords"])
def test_nothing_is_invented_over_non_speech(tiny: SttEngine, kind: str) -> None:
    rng = np.random.default_rng(7)
    t = np.arange(20 * SR) / SR
    audio = {
        "silence": np.zeros(20 * SR),
        "noise": rng.normal(0.0, 0.05, 20 * SR),
        "chords": 0.1 * sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)),
    }[kind].astype(np.float32)
    plain = tiny.transcribe(audio, SttOptions(recover=False))
    recovered = tiny.transcribe(audio, SttOptions())
    assert shape(recovered) == shape(plain) and recovered.recovered_seconds == 0.0


# Korean read by Kokoro's jf_alpha through the hangul table (the diarization set's voice), twice over, one
# synthesis a line: Whisper base translating it on this CPU gives "Thank you." for the first 30-s window and
# skips the rest of it.
KOREAN = (
    "감사합니다. 대한민국의 수도는 서울입니다.",
    "오늘 날씨가 정말 좋네요.",
    "회의는 내일 오후 세 시에 시작합니다.",
    "이 문서를 다음 주까지 검토해 주세요.",
    "점심은 회사 근처 식당에서 먹었습니다.",
    "프로젝트 일정이 조금 늦어지고 있습니다.",
)
SAID = {"weather", "meeting", "tomorrow", "document", "lunch", "restaurant", "project", "schedule", "late"}


@pytest.fixture(scope="module")
def base() -> SttEngine:
    return SttEngine("base", device="cpu", cache=ModelCache())


@pytest.fixture(scope="module")
def korean_twice() -> np.ndarray:
    from tests.helpers import voices

    voice = voices.VOICES["kokoro-alpha"]
    try:
        parts = [voices.synth_kokoro(line, voice, "ko") for line in KOREAN]
    except voices.SourceMissing as exc:
        pytest.skip(str(exc))
    pause = np.zeros(int(0.4 * SR), np.float32)
    return np.concatenate([np.zeros(int(0.5 * SR), np.float32), *[x for p in parts * 2 for x in (p, pause)]])


@pytest.fixture(scope="module")
def translated(base: SttEngine, korean_twice: np.ndarray) -> tuple[Transcript, Transcript]:
    options = {"language": "ko", "task": "translate"}
    return (
        base.transcribe(korean_twice, SttOptions(recover=False, **options)),
        base.transcribe(korean_twice, SttOptions(**options)),
    )


def test_skipped_speech_is_recovered(
    translated: tuple[Transcript, Transcript], korean_twice: np.ndarray
) -> None:
    plain, recovered = translated
    skipped = find_gaps(speech_regions(korean_twice), plain.all_segments(), by_words=False)
    if sum(b - a for a, b in skipped) < 5.0:
        pytest.skip(f"the first pass skipped nothing on this CPU: {plain.text}")
    before = SAID & words(plain.text)
    found = SAID & words(recovered.text)
    assert len(found - before) >= 3, recovered.text  # approximate: the words of the skipped sentences
    assert (
        recovered.recovered_seconds >= 5.0 and recovered.recognised_seconds > plain.recognised_seconds + 5.0
    )
    starts = [s.t0 for s in recovered.segments]
    assert starts == sorted(starts)
    assert {s.text for s in plain.segments} <= {s.text for s in recovered.segments}  # nothing lost
    texts = [s.text for s in recovered.segments]
    assert all(a != b for a, b in zip(texts, texts[1:], strict=False))  # no neighbour twice


def test_cancel_acts_while_recovering(
    base: SttEngine, korean_twice: np.ndarray, translated: tuple[Transcript, Transcript]
) -> None:
    if translated[1].recovered_seconds < 5.0:
        pytest.skip("nothing to recover on this CPU: the recovery would end before the cancel")
    cancel = CancelToken()
    fired: list[float] = []

    def fire() -> None:
        fired.append(time.monotonic())
        cancel.cancel()

    def progress(p: Progress) -> None:
        if p.message == "recovering skipped speech" and not fired:
            threading.Timer(1.0, fire).start()  # a second into the recovery's decoding

    options = SttOptions(language="ko", task="translate")
    with pytest.raises(Cancelled):
        base.transcribe(korean_twice, options, progress=progress, cancel=cancel)
    assert fired and time.monotonic() - fired[0] < 0.5  # within the poll interval of the cancel
    for worker in threading.enumerate():  # the cancelled decode ends in the background: let it, before exit
        if worker.name.startswith("recordroute-stt-"):
            worker.join(120)
