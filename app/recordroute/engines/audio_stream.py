"""Decode a file as a stream of 16 kHz mono blocks, cut at quiet moments, so memory does not grow with length.

`engines.audio.decode` holds the whole recording (3 h = 690 MB of float32, and Whisper's features of it
several times that). `blocks()` yields it in pieces of about `block_seconds`, each ended at the quietest
0.1 s in the last `search_seconds` before its nominal end, so a cut lands between words, not in one.
Downstream work (VAD, features, the transcriber) then sees one block at a time; only the block being worked on
and the tail kept for the next cut are held.

The same rules as `decode`: the same bound on decoded length for the file's size, corrupt packets are skipped, the damaged tail of a truncated file ends the stream,
nothing decodable raises CorruptMediaError, zero samples NoAudioError; cancellation is checked per packet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from ..errors import InputError
from ..progress import CancelToken, ProgressCallback
from .audio import (
    SAMPLE_RATE,
    PacketLoop,
    _audio_stream,
    _open,
    _Reporter,
    _Resampler,
    _too_long,
    probe,
    sample_limit,
)

BLOCK_SECONDS = 300.0  # 5 min: 19 MB of samples; Whisper's features of it stay well under 100 MB
SEARCH_SECONDS = 20.0  # where to look for the quietest moment before a block's nominal end
_FRAME = SAMPLE_RATE // 10  # 0.1 s: the unit a cut is placed on


@dataclass(frozen=True)
class Block:
    samples: np.ndarray  # float32, mono, 16 kHz
    start: float  # seconds from the start of the file

    @property
    def duration(self) -> float:
        return self.samples.shape[0] / SAMPLE_RATE

    @property
    def end(self) -> float:
        return self.start + self.duration


def quiet_cut(samples: np.ndarray, lo: int, hi: int) -> int:
    """Index in [lo, hi] at the start of the 0.1 s frame with the least energy (the latest on ties)."""
    lo = max(0, lo - lo % _FRAME)
    frames = (hi - lo) // _FRAME
    if frames <= 0:
        return hi
    region = samples[lo : lo + frames * _FRAME].reshape(frames, _FRAME)
    energy = np.einsum("ij,ij->i", region, region)
    best = frames - 1 - int(np.argmin(energy[::-1]))
    return lo + best * _FRAME + _FRAME // 2  # the middle of the quiet frame


class _Cutter:
    """Collects decoded chunks; hands out blocks once enough audio has arrived to choose a quiet cut."""

    def __init__(self, block_seconds: float, search_seconds: float) -> None:
        self.block = max(_FRAME * 10, int(block_seconds * SAMPLE_RATE))
        self.search = min(int(search_seconds * SAMPLE_RATE), self.block // 2)
        self.chunks: list[np.ndarray] = []
        self.pending = 0
        self.emitted = 0  # samples already handed out

    def add(self, chunk: np.ndarray) -> Block | None:
        self.chunks.append(chunk)
        self.pending += chunk.shape[0]
        if self.pending < self.block:
            return None
        held = np.concatenate(self.chunks)
        cut = quiet_cut(held, self.block - self.search, self.block)
        head, tail = held[:cut], held[cut:]
        self.chunks, self.pending = [tail.copy()], tail.shape[0]  # copy: do not pin `held` via a view
        return self._emit(np.ascontiguousarray(head))

    def finish(self) -> Block | None:
        if not self.pending:
            return None
        rest = np.concatenate(self.chunks)
        self.chunks, self.pending = [], 0
        return self._emit(rest)

    def _emit(self, samples: np.ndarray) -> Block:
        block = Block(samples=samples, start=self.emitted / SAMPLE_RATE)
        self.emitted += samples.shape[0]
        return block


def blocks(
    path: Path,
    *,
    block_seconds: float = BLOCK_SECONDS,
    search_seconds: float = SEARCH_SECONDS,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    channel: int | None = None,
) -> Iterator[Block]:
    """The best audio stream of `path` as consecutive 16 kHz mono blocks covering it without gaps: its channels
    mixed, or only `channel` (0 or 1) of a two-channel stream."""
    cutter = _Cutter(block_seconds, search_seconds)
    for chunk in decoded_chunks(path, progress=progress, cancel=cancel, channel=channel):
        block = cutter.add(chunk)
        if block is not None:
            yield block
    last = cutter.finish()
    if last is not None:
        yield last


def decoded_chunks(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    channel: int | None = None,
) -> Iterator[np.ndarray]:
    """The best audio stream of `path` at 16 kHz, in the decoder's chunks, with decode()'s bounds: mono
    (channels mixed, or one `channel` of a two-channel stream), or with `channel=BOTH` (2, n) chunks of both."""
    path = Path(path)
    info = probe(path)
    reporter = _Reporter(progress)
    reporter.report(0.0, force=True)
    total = info.duration * SAMPLE_RATE
    file_size = path.stat().st_size
    limit = sample_limit(info, file_size)  # decode()'s bound: a lying header cannot make work without end
    if info.duration * SAMPLE_RATE > limit:
        raise _too_long(path, info.duration, file_size)
    if channel is not None and info.channels != 2:
        raise InputError(f"{path.name} has {info.channels} channel(s): meeting mode needs two")
    decoded = 0
    with _open(path) as container:
        stream = _audio_stream(container, path)
        for chunk, pos in _chunks(container, stream, path, cancel, channel):
            decoded += chunk.shape[-1]
            if decoded > limit:
                raise _too_long(path, decoded / SAMPLE_RATE, file_size)
            if total > 0:
                reporter.report(min(decoded / total, 0.999))
            elif pos is not None and pos >= 0:
                reporter.report(min(pos / file_size, 0.999))
            yield chunk
    reporter.report(1.0, force=True)


def _chunks(
    container: av.container.InputContainer,
    stream: av.audio.stream.AudioStream,
    path: Path,
    cancel: CancelToken | None,
    channel: int | None = None,
) -> Iterator[tuple[np.ndarray, int | None]]:
    """(resampled chunk, byte position of its packet), with decode()'s rules for damaged data."""
    resampler = _Resampler(channel)
    packets = PacketLoop(path)
    produced = 0
    for packet, frames in packets.frames(container.demux(stream), cancel):
        for frame in frames:
            for chunk in resampler.push(frame):
                produced += chunk.shape[-1]
                yield chunk, packet.pos
    for chunk in resampler.push(None):
        produced += chunk.shape[-1]
        yield chunk, None
    packets.finish(produced)
