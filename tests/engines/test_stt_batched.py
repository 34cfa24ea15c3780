"""Batched transcription of long files against sequential, on real models and a 5.5-minute file built from the
speech fixture: the same WER, word timestamps inside their segments, forward-only progress, cancel within 1 s
with nothing published afterwards, and the next job waiting for the cancelled batch."""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import jiwer
import numpy as np
import pytest

from recordroute.engines.stt import ModelCache, SttEngine, SttOptions, Transcript
from recordroute.engines.stt.batched import (
    DEFAULT_BATCH_SIZE,
    batch_size_for,
    plan_windows,
    split_sentences,
    window_verdict,
)
from recordroute.engines.stt.cache import replica_plan
from recordroute.engines.stt.decoding import DECODE_DEFAULTS
from recordroute.engines.stt.windows import Layout, Window, pack_windows
from recordroute.errors import Cancelled
from recordroute.progress import CancelToken, Progress
from tests.helpers.media import read_wav_mono, write_wav

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SR = 16_000
COPIES = 11  # 11 x (29.2 s + 1 s) = 5.5 min
GAP_SECONDS = 1.0
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
KOREAN_SPOKEN = "감사합니다. 대한민국의 수도는 서울입니다. 오늘 날씨가 정말 좋네요."  # as test_stt.py


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def wer(text: str, copies: int = COPIES) -> float:
    reference = " ".join([(FIXTURES / "speech_en_30s.txt").read_text(encoding="utf-8")] * copies)
    return float(jiwer.wer(norm(reference), norm(text)))


@pytest.fixture(scope="session")
def long_audio(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    """The fixture speech COPIES times with short gaps, written once per session."""
    path = tmp_path_factory.getbasetemp() / "speech_en_long.wav"
    if not path.is_file():
        samples, rate = read_wav_mono(FIXTURES / "speech_en_30s.wav")
        gap = np.zeros(int(GAP_SECONDS * rate), dtype=samples.dtype)
        write_wav(path, np.concatenate([np.concatenate([samples, gap])] * COPIES), rate)
    samples, _ = read_wav_mono(path)
    return samples.astype(np.float32) / 32768.0


# --- without a model -----------------------------------------------------------------------------------------
def test_batch_size_defaults_per_device_and_short_files_stay_sequential() -> None:
    assert batch_size_for(None, "cpu") == DEFAULT_BATCH_SIZE["cpu"] > 0
    assert batch_size_for(None, "cuda") == DEFAULT_BATCH_SIZE["cuda"] > 0
    assert batch_size_for(0, "cuda") == 0 and batch_size_for(16, "cpu") == 16
    engine = SttEngine("tiny.en", device="cpu", cache=ModelCache())  # nothing is loaded here
    options = SttOptions()
    assert engine.batch_size(options, options.batch_min_seconds - 1) == 0
    assert engine.batch_size(options, options.batch_min_seconds) == DEFAULT_BATCH_SIZE["cpu"]
    assert engine.batch_size(SttOptions(batch_size=0), 3600) == 0


def test_windows_cover_the_file_without_vad() -> None:
    audio = np.zeros(int(75.5 * SR), np.float32)
    windows = plan_windows(audio, vad=False)
    assert [(w.start, w.end) for w in windows] == [(0.0, 30.0), (30.0, 60.0), (60.0, 75.5)]


def test_speech_is_packed_into_full_windows_without_long_pauses() -> None:
    # 10 s of speech, a 1-s pause (kept), 8 s, a 20-s pause (taken out), 9 s, a 5-s pause, 6 s, 3 s later 12 s
    regions = [(0.0, 10.0), (11.0, 19.0), (39.0, 48.0), (53.0, 59.0), (62.0, 74.0)]
    windows = pack_windows(regions)
    assert [w.pieces for w in windows] == [
        ((0.0, 19.0), (39.0, 48.0)),  # 19 + 9 = 28 s of audio; the 20-s pause is gone
        ((53.0, 59.0), (62.0, 74.0)),  # the next 6 s did not fit (34 s): a new window
    ]
    assert [w.seconds for w in windows] == [28.0, 18.0]
    # every pause kept: the plan before packing (windows span at most 30 s of the recording)
    assert [w.pieces for w in pack_windows(regions, max_gap=math.inf)] == [
        ((0.0, 19.0),),
        ((39.0, 59.0),),
        ((62.0, 74.0),),
    ]
    long = pack_windows([(5.0, 70.0)])  # longer than a window (the VAD's max_speech_duration_s prevents it)
    assert [w.pieces for w in long] == [((5.0, 35.0),), ((35.0, 65.0),), ((65.0, 70.0),)]
    assert pack_windows([]) == []


def test_packed_times_map_back_to_the_recording() -> None:
    window = Window(((0.0, 19.0), (39.0, 48.0)))
    assert window.to_file(0.0) == 0.0 and window.to_file(18.5) == 18.5
    assert window.to_file(19.0) == 19.0  # the end of the first piece
    assert window.to_file(19.5) == 39.5 and window.to_file(28.0) == 48.0
    assert window.to_file(28.2) == 48.0 and window.to_file(-0.1) == 0.0  # rounding past either end
    # a word read across the cut keeps to the piece of its middle: 18.4-19.4 s to the first, 18.8-19.6 s to
    # the second
    assert window.piece_at(18.9) == 0 and window.to_file(19.4, piece=0) == pytest.approx(19.4)
    assert window.piece_at(19.2) == 1 and window.to_file(18.8, piece=1) == pytest.approx(38.8)
    audio = np.arange(80 * SR, dtype=np.float32)
    second = Window(((53.0, 59.0), (62.0, 74.0)))
    layout = Layout(audio, [window, second])
    assert layout.offsets == [0.0, 28.0] and layout.seconds == 46.0
    assert layout.clip(1) == {"start": 28.0, "end": 46.0}
    # the packed copy holds each piece's samples, end to end
    assert layout.audio[int(19.5 * SR)] == audio[int(39.5 * SR)]
    assert layout.audio[int(28.0 * SR)] == audio[53 * SR] and layout.audio[-1] == audio[74 * SR - 1]
    assert layout.first(20.0).shape[0] == 20 * SR


def test_two_single_thread_replicas_on_a_multicore_cpu_only() -> None:
    assert replica_plan("cpu", 0, cores=2) == (2, 1)
    assert replica_plan("cpu", 0, cores=8) == (2, 4)
    assert replica_plan("cpu", 6, cores=8) == (2, 3)  # threads set by the user: shared by the replicas
    assert replica_plan("cpu", 0, cores=1) == (1, 0)  # one core: the plain model
    assert replica_plan("cuda", 0, cores=8) == (1, 0)
    assert replica_plan("cpu", 0, cores=8, model_bytes=1500 * 1024**2) == (
        1,
        0,
    )  # medium/large: no second copy


def test_window_verdict_follows_whisper_fallback_rules() -> None:
    def seg(text: str, logprob: float, no_speech: float = 0.1) -> SimpleNamespace:
        return SimpleNamespace(text=text, avg_logprob=logprob, no_speech_prob=no_speech)

    assert window_verdict([], DECODE_DEFAULTS) == "ok"
    assert window_verdict([seg("Good morning, everyone.", -0.2)], DECODE_DEFAULTS) == "ok"
    assert window_verdict([seg("thanks " * 40, -0.2)], DECODE_DEFAULTS) == "fallback"  # a loop
    assert window_verdict([seg("a b", -1.3), seg("c", -1.3)], DECODE_DEFAULTS) == "fallback"  # unsure
    assert window_verdict([seg("Thank you.", -1.3, 0.9)], DECODE_DEFAULTS) == "silent"


def test_window_text_is_cut_into_sentences_timed_by_words() -> None:
    from faster_whisper.transcribe import Segment as FwSegment
    from faster_whisper.transcribe import Word as FwWord

    spoken = [
        (" Good", 0.0, 0.3),
        (" morning.", 0.3, 0.8),
        (" Today", 1.0, 1.3),
        (" we", 1.3, 1.4),
        (" plan", 1.4, 1.8),
        (" and", 3.5, 3.7),
        (" ship?", 3.7, 4.0),
    ]
    words = [FwWord(start, end, word, 0.9) for word, start, end in spoken]
    window = FwSegment(1, 0, 0.0, 4.0, "".join(w for w, _, _ in spoken), [1, 2], -0.2, 1.1, 0.05, words, 0.0)
    parts = split_sentences(window)
    assert [p.text.strip() for p in parts] == ["Good morning.", "Today we plan", "and ship?"]  # 1.7-s pause
    assert [(p.start, p.end) for p in parts] == [(0.0, 0.8), (1.0, 1.8), (3.5, 4.0)]
    assert all(p.avg_logprob == -0.2 and p.words for p in parts)
    assert [p.words for p in split_sentences(window, keep_words=False)] == [None, None, None]


# --- real models ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tiny() -> SttEngine:
    return SttEngine("tiny.en", device="cpu", cache=ModelCache())


@pytest.fixture(scope="module")
def runs(tiny: SttEngine, long_audio: np.ndarray) -> dict[str, tuple[Transcript, list[Progress]]]:
    out = {}
    for mode, size in (("sequential", 0), ("batched", None)):
        reports: list[Progress] = []
        out[mode] = (
            tiny.transcribe(long_audio, SttOptions(batch_size=size), progress=reports.append),
            reports,
        )
    return out


@pytest.mark.slow
def test_batched_and_sequential_wer_within_a_point(runs: dict) -> None:
    sequential, batched = wer(runs["sequential"][0].text), wer(runs["batched"][0].text)
    assert sequential <= 0.09 and batched <= 0.09, (sequential, batched)  # the tiny.en limit of test_stt.py
    # Not worse by more than a point. Batched may be better: sequential decoding sometimes loses the last
    # words before a gap (measured: sequential 5.5 %, batched 3.9 % with tiny.en here).
    assert batched - sequential <= 0.01, (sequential, batched)


@pytest.mark.slow
def test_batched_segments_and_words_ordered_and_inside(runs: dict, long_audio: np.ndarray) -> None:
    t: Transcript = runs["batched"][0]
    assert t.language == "en" and abs(t.duration - len(long_audio) / SR) < 0.01
    assert len(t.segments) >= 3 * COPIES  # sentences, not whole windows
    prev_end = 0.0
    for seg in t.segments:
        assert prev_end - 0.01 <= seg.start < seg.end <= t.duration + 0.01
        prev_end = seg.end
        assert seg.words and "".join(w.word for w in seg.words).strip() == seg.text
        for w in seg.words:
            assert seg.start - 0.01 <= w.start <= w.end <= seg.end + 0.01, (seg, w)
    assert t.segments[-1].end > t.duration - 40  # the last copy is there


@pytest.mark.slow
def test_batched_progress_only_moves_forward_with_eta(runs: dict) -> None:
    reports: list[Progress] = runs["batched"][1]
    fractions = [p.fraction for p in reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len({f for f in fractions if 0 < f < 1}) >= COPIES
    assert any(p.eta is not None and p.eta > 0 for p in reports[:-1])


@pytest.mark.slow
def test_short_file_stays_sequential(
    tiny: SttEngine, long_audio: np.ndarray, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="recordroute.engines.stt.transcriber"):
        t = tiny.transcribe(long_audio[: 60 * SR], SttOptions())
        assert not any("batched decoding" in r.getMessage() for r in caplog.records)
        tiny.transcribe(long_audio[: 60 * SR], SttOptions(batch_min_seconds=30))
        assert any("batched decoding" in r.getMessage() for r in caplog.records)
    assert wer(t.text, 2) < 0.2  # two copies, the second cut short


def _stt_workers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("recordroute-stt-")]


@pytest.mark.slow
def test_cancel_mid_batch_within_a_second_then_next_job_waits(
    tiny: SttEngine, long_audio: np.ndarray
) -> None:
    tiny.load()
    token = CancelToken()
    seen: list[str] = []
    reports: list[Progress] = []
    cancelled_at: list[float] = []

    def cancel() -> None:
        cancelled_at.append(time.perf_counter())
        token.cancel()

    def on_segment(s: object) -> None:
        if not seen:  # the first batch is out: cancel while the second (4 windows, seconds of work) runs
            threading.Timer(0.5, cancel).start()
        seen.append(str(s))

    with pytest.raises(Cancelled):
        tiny.transcribe(
            long_audio, SttOptions(batch_size=4), progress=reports.append, cancel=token, on_segment=on_segment
        )
    returned = time.perf_counter() - cancelled_at[0]
    assert returned < 1.0, f"cancel took {returned:.2f} s"
    seen_at_cancel, reports_at_cancel = len(seen), len(reports)
    busy = [w for w in _stt_workers() if w.is_alive()]
    # The next job on the same model waits for the cancelled batch before decoding, and still works.
    after: list[Progress] = []
    again = tiny.transcribe(long_audio[: 10 * SR], SttOptions(), progress=after.append)
    assert "good morning" in norm(again.text), again.text
    if busy:
        assert any("waiting for a cancelled" in p.message for p in after)
    for worker in busy:
        assert not worker.is_alive()
    assert len(seen) == seen_at_cancel and len(reports) == reports_at_cancel  # nothing after the cancel
    assert all(p.fraction < 1.0 for p in reports)


@pytest.mark.slow
def test_batched_korean_translate_languages_and_prompt_on_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batched forced (threshold 0) on test_stt.py's Korean clip: the same properties as sequentially."""
    import shutil
    import subprocess

    from faster_whisper import BatchedInferencePipeline, decode_audio

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    wav = tmp_path / "ko.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-s", "160", "-w", str(wav), KOREAN_SPOKEN], check=True)
    audio = decode_audio(str(wav))
    prompts: list[object] = []
    real = BatchedInferencePipeline.transcribe

    def recording(self: BatchedInferencePipeline, *args: object, **kwargs: object) -> object:
        prompts.append(kwargs.get("initial_prompt"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(BatchedInferencePipeline, "transcribe", recording)
    base = SttEngine("base", device="cpu", cache=ModelCache())
    forced = {"batch_size": 4, "batch_min_seconds": 0.0}
    picked = base.transcribe(audio, SttOptions(languages=["ko", "en"], vocabulary=["서울", "서울"], **forced))
    assert picked.language == "ko" and prompts == ["서울"]  # picked among the allowed before any batch
    ko = base.transcribe(audio, SttOptions(language="ko", **forced))
    letters = [c for c in ko.text if c.isalpha()]
    hangul = [c for c in letters if HANGUL.match(c)]
    assert letters and len(hangul) / len(letters) >= 0.9, ko.text
    en = base.transcribe(audio, SttOptions(language="ko", task="translate", **forced))
    assert en.task == "translate" and en.text and not HANGUL.search(en.text), en.text
    assert re.search(r"[A-Za-z]{3,}", en.text), en.text
    assert len(prompts) == 3  # every call went through the batched pipeline


@pytest.mark.slow
def test_packed_windows_skip_long_pauses_and_keep_times_in_the_speech(tiny: SttEngine) -> None:
    """The fixture twice with a 6-s pause at each of its phrase breaks: packed, the batched path reads fewer
    windows than with every pause kept, the text is as good, and every word is timed inside its phrase, not in
    a pause the packing took out."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    samples, _ = read_wav_mono(FIXTURES / "speech_en_30s.wav")
    speech = samples.astype(np.float32) / 32768.0
    found = get_speech_timestamps(speech, VadOptions(min_silence_duration_ms=160))
    phrases = np.split(speech, [r["start"] for r in found[1:]]) * 2
    assert len(phrases) >= 8, found  # the fixture has phrase breaks to stretch
    pause = np.zeros(6 * SR, np.float32)
    audio = np.concatenate([x for p in phrases for x in (p, pause)][:-1])
    regions, at = [], 0
    for p in phrases:
        regions.append((at / SR, (at + len(p)) / SR))
        at += len(p) + len(pause)
    planned = plan_windows(audio, vad=True)
    unpacked = pack_windows(regions, max_gap=math.inf)
    assert len(planned) <= 3 < len(unpacked), (planned, unpacked)  # 58 s of speech in 136 s
    t = tiny.transcribe(audio, SttOptions(batch_size=4, batch_min_seconds=0.0))
    assert wer(t.text, 2) <= 0.09, t.text
    # the speech the VAD kept is told as sequentially (there, faster-whisper's own VAD pass measures it)
    sequential = tiny.transcribe(audio, SttOptions(batch_size=0))
    assert t.speech_seconds and sequential.speech_seconds
    assert abs(t.speech_seconds - sequential.speech_seconds) < 0.1 * sequential.speech_seconds
    for seg in t.segments:
        for w in seg.words:
            assert any(a - 0.5 <= w.start <= w.end <= b + 0.5 for a, b in regions), (w, regions)
