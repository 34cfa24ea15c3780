"""Hallucination guards and language control, as pure functions, on the cases users reported."""

from __future__ import annotations

import zlib

import pytest

from recordroute.engines.stt.data import Segment, SttOptions, Word
from recordroute.engines.stt.fallback import deterministic_kwargs
from recordroute.engines.stt.guards import (
    COMPRESSION_RATIO_LIMIT,
    FALLBACK_TEMPERATURES,
    DecodeStats,
    collapse_loops,
    failed_decode,
    guard_loops,
)
from recordroute.engines.stt.languages import MIXED_KO_EN_PROMPT, mixed_prompt, pick_language
from recordroute.engines.stt.postprocess import postprocess
from recordroute.engines.stt.transcriber import decode_kwargs, temperatures
from recordroute.errors import SettingsError
from recordroute.settings import Key, Settings


def seg(text: str, *, timed: bool = False) -> Segment:
    words = [Word(i * 0.1, (i + 1) * 0.1, " " + p, 0.9) for i, p in enumerate(text.split())] if timed else []
    return Segment(0.0, 16.0, text, words)


def clean(texts: list[str], *, timed: bool = False) -> list[str]:
    return [s.text for s in postprocess(guard_loops([seg(t, timed=timed) for t in texts]))]


def ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data))


# --- the reported number loop --------------------------------------------------------------------------------
NUMBER_LOOP = " ".join(["1,000,000,000,000,"] * 100)


def test_number_loop_fails_decode_and_is_dropped_as_loop() -> None:
    assert ratio(NUMBER_LOOP) > 20  # the issue measured 26
    assert failed_decode(DecodeStats(ratio(NUMBER_LOOP), -0.2, 0.1)) is not None
    # the repetition rules alone kept it: one whitespace-free token per repetition, all with the same key
    assert clean([NUMBER_LOOP]) == []
    one_token = "1," + "000," * 400
    assert clean([one_token]) == [] and clean([one_token], timed=True) == []


def test_real_numbers_and_speech_pass_the_decode_check() -> None:
    text = "The budget for next year is 1,000,000,000,000 won, which is a trillion, as we agreed in March."
    assert ratio(text) < COMPRESSION_RATIO_LIMIT
    assert failed_decode(DecodeStats(ratio(text), -0.3, 0.05)) is None
    assert clean([text]) == [text]


@pytest.mark.parametrize(
    ("logprob", "no_speech", "failed"),
    [
        (-0.3, 0.9, False),
        (-0.9, 0.2, False),
        (-1.2, 0.2, True),
        (-1.2, 0.8, True),
        (-0.87, 0.73, True),
        (-2.5, 0.0, True),
    ],
)
def test_logprob_and_no_speech(logprob: float, no_speech: float, failed: bool) -> None:
    assert (failed_decode(DecodeStats(1.2, logprob, no_speech)) is not None) is failed


# --- loops inside a segment ----------------------------------------------------------------------------------
@pytest.mark.parametrize("timed", [False, True])
def test_laughter_repeated_to_the_end(timed: bool) -> None:
    assert clean([" ".join(["웃음소리"] * 40)], timed=timed) == []
    assert clean(["(웃음소리)"]) == []


@pytest.mark.parametrize(
    "loop", ["오" * 60, "ㅋ" * 80, "하하" * 30, "000," * 50, "ㅋ" * 12 + " " + "ㅋ" * 30]
)
def test_character_loops_without_spaces(loop: str) -> None:
    assert clean([loop]) == []


def test_a_short_loop_inside_real_speech_is_collapsed_not_the_speech() -> None:
    text = "오늘 회의는 여기까지 하겠습니다 ㅋㅋㅋㅋㅋㅋㅋㅋ 다음 주에 다시 모여서 예산안을 정리하겠습니다"
    (out,) = clean([text], timed=True)
    assert "ㅋㅋㅋㅋㅋ" not in out and out.startswith("오늘 회의는") and out.endswith("정리하겠습니다")
    assert "ㅋㅋㅋ" in text and len(out) < len(text)


def test_ngram_loops_keep_the_cap_and_words_stay_aligned() -> None:
    text = "so we agreed on " + "the new release plan " * 3 + "for March after a long discussion about it"
    (out_seg,) = guard_loops([seg(text, timed=True)])
    assert (
        out_seg.text
        == "so we agreed on the new release plan the new release plan for March after a long discussion about it"
    )
    assert "".join(w.word for w in out_seg.words).strip() == out_seg.text
    # mostly loop: dropped whole
    assert collapse_loops(seg("and then " * 30)) is None


def test_ordinary_repetition_in_speech_survives() -> None:
    texts = ["네 네 알겠습니다.", "Thank you. Thank you.", "No, no, that's not what I meant."]
    assert clean(texts) == texts


# --- known phrases on silence (the original rules, after the guards) -----------------------------------------
@pytest.mark.parametrize(
    "text",
    ["시청해주셔서 감사합니다", "시청해 주셔서 감사합니다.", "¡Suscríbete al canal!", "Thanks for watching!"],
)
def test_subtitle_credits_on_silence(text: str) -> None:
    assert clean([text]) == []


# --- decoding options ----------------------------------------------------------------------------------------
def test_fallback_never_samples_at_random() -> None:
    sampling = {
        "beam_size": 1,
        "num_hypotheses": 5,
        "sampling_topk": 0,
        "sampling_temperature": 0.6,
        "repetition_penalty": 1.0,
        "no_repeat_ngram_size": 0,
        "max_length": 448,
    }
    out = deterministic_kwargs(sampling)
    assert out["sampling_topk"] == 1 and out["beam_size"] == 5 and out["num_hypotheses"] == 1
    assert out["repetition_penalty"] > 1.0 and out["no_repeat_ngram_size"] > 0 and out["max_length"] == 448
    assert (
        deterministic_kwargs({**sampling, "sampling_temperature": 1.0})["repetition_penalty"]
        > out["repetition_penalty"]
    )  # hotter steps push further from repetition
    beam = {"beam_size": 5, "patience": 1.0, "max_length": 448}
    assert deterministic_kwargs(beam) == beam  # the first, greedy/beam pass is untouched


@pytest.mark.slow
def test_the_same_audio_gives_the_same_transcript_at_any_temperature() -> None:
    from pathlib import Path

    from faster_whisper import decode_audio

    from recordroute.engines.stt import ModelCache, SttEngine

    audio = decode_audio(str(Path(__file__).resolve().parents[1] / "fixtures" / "speech_en_30s.wav"))[
        :160_000
    ]
    engine = SttEngine("tiny.en", device="cpu", cache=ModelCache())
    hot = SttOptions(
        temperature=1.0, beam_size=1
    )  # random sampling before the fallback was made deterministic
    texts = {engine.transcribe(audio, hot).text for _ in range(3)}
    assert len(texts) == 1 and next(iter(texts)), texts


def test_temperature_fallback_is_on_by_default() -> None:
    assert decode_kwargs(SttOptions())["temperature"] == FALLBACK_TEMPERATURES
    assert temperatures(0) == FALLBACK_TEMPERATURES and temperatures(0.4) == 0.4
    kwargs = decode_kwargs(SttOptions())
    assert kwargs["compression_ratio_threshold"] == 2.4 and kwargs["log_prob_threshold"] == -1.0


# --- language control ----------------------------------------------------------------------------------------
def test_pick_language_among_the_allowed() -> None:
    probs = [("th", 0.41), ("ja", 0.22), ("ko", 0.18), ("en", 0.02), ("zh", 0.1)]
    code, prob = pick_language(probs, ["ko", "en"])
    assert code == "ko" and prob == pytest.approx(0.91 / 0.93)
    assert pick_language(probs, [])[0] == "th"
    assert pick_language(probs, ["de"])[0] == "th"  # nothing allowed was scored: the overall best
    assert pick_language(probs, ["ja", "ko"]) == ("ja", pytest.approx(0.22 / 0.40))  # no English: as scored
    # synthetic Korean as base hears it: Thai on top, ko and en tied or en ahead -> still Korean
    assert (
        pick_language([("th", 0.852), ("ko", 0.025), ("en", 0.025), ("km", 0.013)], ["ko", "en"])[0] == "ko"
    )
    assert (
        pick_language([("th", 0.652), ("en", 0.075), ("km", 0.059), ("ko", 0.019)], ["ko", "en"])[0] == "ko"
    )
    # English speech is English even when Korean is likely too; the favourite allowed language wins as is
    assert pick_language([("en", 0.55), ("ko", 0.40), ("ja", 0.05)], ["ko", "en"]) == (
        "en",
        pytest.approx(0.55 / 0.95),
    )


def test_mixed_prompt_only_for_korean() -> None:
    assert mixed_prompt("ko", None) == MIXED_KO_EN_PROMPT
    assert mixed_prompt("ko", "Sara, Jira").endswith("Sara, Jira")
    assert mixed_prompt("en", "Sara") == "Sara"
    latin = [w for w in MIXED_KO_EN_PROMPT.split() if w.isascii()]
    assert latin and any("\uac00" <= ch <= "\ud7a3" for ch in MIXED_KO_EN_PROMPT)


def test_languages_setting_file_env_and_errors(tmp_path) -> None:
    assert Settings().languages == ["ko", "en"] and Settings().mixed_ko_en is False
    path = tmp_path / "s.toml"
    path.write_text('languages = ["ja", "EN"]\nmixed_ko_en = true\n', encoding="utf-8")
    s = Settings.load(path, env={})
    assert s.languages == ["ja", "en"] and s.mixed_ko_en is True
    s = Settings.load(path, env={"RECORDROUTE_LANGUAGES": "ko,en,ko"})
    assert s.languages == ["ko", "en"] and "languages" in s.overridden
    assert Settings.load(path, env={"RECORDROUTE_LANGUAGES": "any"}).languages == []
    s.set(Key.LANGUAGES, ["ko"])
    assert s.get(Key.LANGUAGES) == ["ko"]
    path.write_text('languages = ["korean!"]\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="languages"):
        Settings.load(path, env={})
