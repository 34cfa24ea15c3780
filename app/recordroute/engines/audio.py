"""Probe and decode any audio/video container to 16 kHz mono float32 with PyAV (no system ffmpeg).

Truncated files: whatever decodes before the damage is returned. A truncated mp3 yields its first part (its
probe duration may still claim the full length when the header carries a frame count); an mp4/m4a whose
`moov` index was cut off cannot be opened at all and raises CorruptMediaError.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from ..errors import CorruptMediaError, EmptyFileError, FileNotFound, InputError, NoAudioError
from ..progress import CancelToken, EtaEstimator, Progress, ProgressCallback

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
AUDIO_EXTENSIONS: frozenset[str] = frozenset(
    {
        "wav",
        "mp3",
        "m4a",
        "aac",
        "flac",
        "ogg",
        "oga",
        "opus",
        "webm",
        "mp4",
        "mkv",
        "mov",
        "wma",
        "amr",
        "3gp",
        "m4v",
        "avi",
    }
)
# Packets decoded by probe() to prove the audio is real (a header-only wav has none).
_PROBE_PACKETS = 64
# Give up on a stream after this many undecodable packets in a row (garbage, not a glitch).
_MAX_BAD_PACKETS_IN_A_ROW = 200
# Bounds on what a file may decode to, so a lying header cannot make a 1 MB file need 32 GB. Uncompressed
# audio holds at most 4 output samples per byte (8-bit mono at the lowest accepted rate); the most compressed
# codecs (silence in Vorbis or FLAC) stay far below 2000.
MIN_SAMPLE_RATE = 4000
_PCM_SAMPLES_PER_BYTE = 4 * 2
_CODED_SAMPLES_PER_BYTE = 2000
_PROGRESS_EVERY_S = 0.25
_PROGRESS_STEP = 0.01


@dataclass(frozen=True)
class MediaInfo:
    duration: float
    has_video: bool
    audio_codec: str
    container: str
    sample_rate: int
    channels: int


@dataclass(frozen=True)
class AudioData:
    samples: np.ndarray  # float32, mono, -1..1
    sample_rate: int = SAMPLE_RATE
    duration: float = 0.0


def readable_size(path: Path) -> int:
    """The file's size; a typed error when it is missing, unreadable or a folder."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileNotFound.said("file_not_found_at", name=path.name, path=path) from None
    except OSError as exc:
        raise InputError.said("cannot_read_file", name=path.name, reason=exc.strerror) from exc
    if path.is_dir():
        raise InputError.said("is_a_folder", name=path.name)
    return size


def _check_file(path: Path) -> None:
    if readable_size(path) == 0:
        raise EmptyFileError.said("file_is_empty", name=path.name)


def _open(path: Path) -> av.container.InputContainer:
    try:
        return av.open(str(path), mode="r")
    except av.error.PermissionError as exc:
        raise InputError.said("file_permission_denied", name=path.name) from exc
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        raise CorruptMediaError.said("cannot_open_media", name=path.name, reason=_reason(exc)) from exc


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _real_video(stream: av.video.stream.VideoStream) -> bool:
    """True for a moving-picture stream; cover art in an mp3/m4a is an attached picture, not video."""
    if stream.disposition & av.stream.Disposition.attached_pic:
        return False
    return stream.frames != 1


def _audio_stream(container: av.container.InputContainer, path: Path) -> av.audio.stream.AudioStream:
    if not container.streams.audio:
        if container.streams.video:
            raise NoAudioError.said("video_has_no_audio", name=path.name)
        raise CorruptMediaError.said("no_media_streams", name=path.name)
    # Prefer the stream the file marks as default, then the one with most channels.
    return max(
        container.streams.audio,
        key=lambda s: (bool(s.disposition & av.stream.Disposition.default), s.channels or 0),
    )


def _stream_duration(container: av.container.InputContainer, stream: av.audio.stream.AudioStream) -> float:
    if stream.duration is not None and stream.time_base is not None and stream.duration > 0:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / av.time_base
    return 0.0


def _first_samples(
    container: av.container.InputContainer, stream: av.audio.stream.AudioStream, path: Path
) -> int:
    """Decode the first few packets: returns decoded samples (0 = stream holds no audio)."""
    decoded = 0
    last_error: BaseException | None = None
    try:
        for i, packet in enumerate(container.demux(stream)):
            if i >= _PROBE_PACKETS or decoded:
                break
            try:
                decoded += sum(frame.samples for frame in packet.decode())
            except (av.FFmpegError, ValueError) as exc:
                last_error = exc
    except (av.FFmpegError, ValueError) as exc:  # demuxer gave up (damaged right at the start)
        last_error = exc
    if decoded == 0 and last_error is not None:  # some packet failed, none decoded
        raise CorruptMediaError.said(
            "audio_track_does_not_decode", name=path.name, reason=_reason(last_error)
        )
    return decoded


def probe(path: Path) -> MediaInfo:
    """Cheap check that `path` holds decodable audio: opens it and decodes only the first packets."""
    path = Path(path)
    _check_file(path)
    with _open(path) as container:
        stream = _audio_stream(container, path)
        ctx = stream.codec_context
        info = MediaInfo(
            duration=_stream_duration(container, stream),
            has_video=any(_real_video(v) for v in container.streams.video),
            audio_codec=ctx.name,
            container=container.format.name,
            sample_rate=int(stream.sample_rate or ctx.sample_rate or 0),
            channels=int(stream.channels or 0),
        )
        if 0 < info.sample_rate < MIN_SAMPLE_RATE:
            raise CorruptMediaError.said(
                "sample_rate_too_low", name=path.name, rate=info.sample_rate, least=MIN_SAMPLE_RATE
            )
        if _first_samples(container, stream, path) == 0:
            raise NoAudioError.said("audio_track_empty", name=path.name)
    return info


def sample_limit(info: MediaInfo, file_size: int) -> int:
    """The most 16 kHz samples a file of `file_size` bytes in this format can honestly decode to."""
    per_byte = _PCM_SAMPLES_PER_BYTE if info.audio_codec.startswith("pcm_") else _CODED_SAMPLES_PER_BYTE
    return file_size * per_byte + SAMPLE_RATE * 10


def _size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1e3))} KB"


def _too_long(path: Path, seconds: float, file_size: int) -> CorruptMediaError:
    return CorruptMediaError(
        f"{path.name}: it claims {seconds / 3600:.1f} hours of audio, far more than a file of "
        f"{_size_text(file_size)} can hold; the file is damaged or was crafted, so it was not decoded"
    )


def is_video(info: MediaInfo) -> bool:
    """A container whose pictures move (mp4/mkv/mov/webm/avi with a real video stream)."""
    return info.has_video


class _Buffer:
    """Growable float32 buffer: one preallocation sized from the probe, rare 1.5x growth if it lied."""

    def __init__(self, expected: int) -> None:
        self._data = np.empty(max(expected, SAMPLE_RATE), dtype=np.float32)
        self.size = 0

    def append(self, chunk: np.ndarray) -> None:
        end = self.size + chunk.shape[0]
        if end > self._data.shape[0]:
            grown = np.empty(max(end, int(self._data.shape[0] * 1.5)), dtype=np.float32)
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : end] = chunk
        self.size = end

    def result(self) -> np.ndarray:
        # Shrink in place (realloc) rather than copy: a copy would double peak memory on long recordings.
        self._data.resize(self.size, refcheck=False)
        return self._data


BOTH = -1  # a `channel` value: both channels of a two-channel stream, as (2, n) chunks


class _Resampler:
    """av.AudioResampler that rebuilds itself when a stream changes rate/layout mid-file. With `channel`, that
    channel of a stereo stream alone, or both (`BOTH`): meeting mode keeps the microphone and the system audio
    apart."""

    def __init__(self, channel: int | None = None) -> None:
        self._channel = channel
        self._make()

    def _make(self) -> None:
        if self._channel is None:
            self._r = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        else:
            self._r = av.AudioResampler(format="fltp", layout="stereo", rate=SAMPLE_RATE)

    def push(self, frame: av.AudioFrame | None) -> list[np.ndarray]:
        try:
            frames = self._r.resample(frame)
        except ValueError:
            if frame is None:
                raise
            tail = self._r.resample(None)  # drain the old setup before switching
            self._make()
            frames = [*tail, *self._r.resample(frame)]
        if self._channel == BOTH:
            return [f.to_ndarray() for f in frames]
        if self._channel is not None:
            return [np.ascontiguousarray(f.to_ndarray()[self._channel]) for f in frames]
        return [f.to_ndarray().reshape(-1) for f in frames]


class _Reporter:
    def __init__(self, progress: ProgressCallback | None) -> None:
        self._cb = progress
        self._eta = EtaEstimator()
        self._last_time = 0.0
        self.last = -1.0

    def report(self, fraction: float, *, force: bool = False) -> None:
        if self._cb is None:
            return
        fraction = min(1.0, max(fraction, self.last, 0.0))
        now = time.monotonic()
        if not force and fraction - self.last < _PROGRESS_STEP and now - self._last_time < _PROGRESS_EVERY_S:
            return
        self.last, self._last_time = fraction, now
        self._cb(Progress(stage="decode", fraction=fraction, eta=self._eta.eta(fraction)))


def decode(
    path: Path, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> AudioData:
    """Decode the best audio stream of `path` to 16 kHz mono float32.

    Corrupt packets are skipped; if nothing decodes CorruptMediaError is raised, and NoAudioError when the
    stream decodes to zero samples. Cancellation is checked after every packet.
    """
    path = Path(path)
    info = probe(path)
    reporter = _Reporter(progress)
    reporter.report(0.0, force=True)
    file_size = path.stat().st_size  # also progress by byte position when the container states no duration
    limit = sample_limit(info, file_size)
    expected = int(info.duration * SAMPLE_RATE * 1.01) + SAMPLE_RATE
    if expected > limit:  # before anything is allocated from the header's word
        raise _too_long(path, info.duration, file_size)
    buf = _Buffer(expected)
    resampler = _Resampler()
    packets = PacketLoop(path, lambda: buf.size / SAMPLE_RATE)
    with _open(path) as container:
        stream = _audio_stream(container, path)
        reading = _Reading(path, buf, resampler, reporter, limit, file_size, info.duration * SAMPLE_RATE)
        for packet, frames in packets.frames(container.demux(stream), cancel):
            reading.add(packet, frames)
        for chunk in resampler.push(None):
            buf.append(chunk)
    packets.finish(buf.size)
    samples = buf.result()
    reporter.report(1.0, force=True)
    return AudioData(samples=samples, sample_rate=SAMPLE_RATE, duration=samples.shape[0] / SAMPLE_RATE)


class PacketLoop:
    """Decoding packet by packet with the rules for damaged data (`decode`'s and the streamed decoding's): a packet
    that does not decode is skipped, too many bad ones in a row or a damaged tail end the reading, cancellation is
    checked before each packet. Counts what it skipped and keeps the last error, to say why nothing decoded."""

    def __init__(self, path: Path, decoded_seconds: Callable[[], float] | None = None) -> None:
        self.path = path
        self.decoded_seconds = decoded_seconds  # how much decoded so far, for the damaged-tail warning
        self.bad = self.packets = 0
        self.last_error: BaseException | None = None

    def frames(
        self, packet_iter: Iterator[av.Packet[av.audio.stream.AudioStream]], cancel: CancelToken | None
    ) -> Iterator[tuple[av.Packet[av.audio.stream.AudioStream], list[av.AudioFrame]]]:
        """(packet, its frames) for every packet to the end, or to the damage."""
        path = self.path
        bad_in_a_row = 0
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                packet = next(packet_iter)
            except StopIteration:
                break
            except (av.FFmpegError, ValueError) as exc:  # the demuxer hit the damaged tail of a file
                after = f" after {self.decoded_seconds():.1f} s" if self.decoded_seconds else ""
                log.warning("%s: stopped reading at damaged data%s: %s", path.name, after, _reason(exc))
                self.last_error = exc
                break
            self.packets += 1
            try:
                frames = packet.decode()
            except (av.FFmpegError, ValueError) as exc:
                self.bad += 1
                bad_in_a_row += 1
                self.last_error = exc
                if bad_in_a_row >= _MAX_BAD_PACKETS_IN_A_ROW:
                    log.warning("%s: giving up after %d bad packets in a row", path.name, bad_in_a_row)
                    break
                continue
            bad_in_a_row = 0
            yield packet, frames

    def finish(self, produced: int) -> None:
        """After the last packet: say what was skipped; refuse a track that gave no samples (`produced`)."""
        name = self.path.name
        if self.bad:
            log.warning("%s: skipped %d of %d packets that did not decode", name, self.bad, self.packets)
        if produced == 0:
            if self.last_error is not None:
                raise CorruptMediaError.said(
                    "audio_does_not_decode", name=name, reason=_reason(self.last_error)
                )
            raise NoAudioError.said("audio_track_empty", name=name)


class _Reading:
    """Where `decode` puts each packet's frames: resampled into the buffer, refusing audio longer than `limit`
    samples, with progress."""

    def __init__(
        self,
        path: Path,
        buf: _Buffer,
        resampler: _Resampler,
        reporter: _Reporter,
        limit: int,
        file_size: int,
        total: float,
    ) -> None:
        self.path, self.buf, self.resampler, self.reporter = path, buf, resampler, reporter
        self.limit, self.file_size, self.total = limit, file_size, total

    def add(self, packet: av.Packet[av.audio.stream.AudioStream], frames: list[av.AudioFrame]) -> None:
        """Resample a packet's frames into the buffer, refuse runaway lengths, report progress (by time, or by
        byte position when the container states no duration)."""
        buf = self.buf
        for frame in frames:
            for chunk in self.resampler.push(frame):
                buf.append(chunk)
        if buf.size > self.limit:
            raise _too_long(self.path, buf.size / SAMPLE_RATE, self.file_size)
        if self.total > 0:
            self.reporter.report(min(buf.size / self.total, 0.999))
        elif packet.pos is not None and packet.pos >= 0:
            self.reporter.report(min(packet.pos / self.file_size, 0.999))
