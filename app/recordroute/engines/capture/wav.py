"""PCM WAV written incrementally, and repair of a WAV whose header sizes were never finalised (a crash)."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

SAMPLE_WIDTH = 2  # int16
HEADER_BYTES = 44


class IncrementalWav:
    """A PCM WAV file that is valid on disk after every `patch()`: header sizes follow the data written."""

    def __init__(self, path: Path, samplerate: int, channels: int) -> None:
        self.path = Path(path)
        self.samplerate = samplerate
        self.channels = channels
        self.data_bytes = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: BinaryIO = open(self.path, "wb")  # noqa: SIM115 (closed in close())
        self._fh.write(wav_header(samplerate, channels, 0))
        self._fh.flush()

    def write(self, data: bytes) -> None:
        self._fh.write(data)
        self.data_bytes += len(data)

    def patch(self) -> None:
        """Rewrite the two size fields, then flush to the OS so another process sees a valid file."""
        pos = self._fh.tell()
        self._fh.seek(4)
        self._fh.write(struct.pack("<I", 36 + self.data_bytes))
        self._fh.seek(40)
        self._fh.write(struct.pack("<I", self.data_bytes))
        self._fh.seek(pos)
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self.patch()
            os.fsync(self._fh.fileno())
            self._fh.close()

    @property
    def seconds(self) -> float:
        return self.data_bytes / (self.samplerate * self.channels * SAMPLE_WIDTH)


def wav_header(samplerate: int, channels: int, data_bytes: int) -> bytes:
    block_align = channels * SAMPLE_WIDTH
    return b"".join(
        [
            b"RIFF",
            struct.pack("<I", 36 + data_bytes),
            b"WAVE",
            b"fmt ",
            struct.pack(
                "<IHHIIHH",
                16,
                1,
                channels,
                samplerate,
                samplerate * block_align,
                block_align,
                SAMPLE_WIDTH * 8,
            ),
            b"data",
            struct.pack("<I", data_bytes),
        ]
    )


@dataclass(frozen=True)
class WavCheck:
    """What `check_wav` found: the sizes the header claims against what the file really holds."""

    samplerate: int
    channels: int
    data_bytes: int  # whole frames actually present after the header
    header_data_bytes: int

    @property
    def needs_repair(self) -> bool:
        return self.header_data_bytes != self.data_bytes

    @property
    def seconds(self) -> float:
        return self.data_bytes / (self.samplerate * self.channels * SAMPLE_WIDTH)


def check_wav(path: Path) -> WavCheck | None:
    """Read the header of a WAV this app wrote (44-byte PCM header); None for anything else."""
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEADER_BYTES)
    except OSError:
        return None
    if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[8:16] != b"WAVEfmt " or head[36:40] != b"data":
        return None
    _fmt_len, fmt, channels, rate, _brate, align, bits = struct.unpack("<IHHIIHH", head[16:36])
    if fmt != 1 or bits != 16 or channels < 1 or rate <= 0 or align != channels * SAMPLE_WIDTH:
        return None
    claimed = struct.unpack("<I", head[40:44])[0]
    present = size - HEADER_BYTES
    present -= present % align  # a torn last frame is dropped
    return WavCheck(rate, channels, present, claimed)


def repair_wav(path: Path) -> WavCheck | None:
    """Fix the RIFF and data sizes from the file length (and drop a torn last frame); None if not our WAV.

    Done in place: only two header fields change and a few trailing bytes go, so nothing recorded is lost.
    """
    found = check_wav(path)
    if (
        found is None
        or not found.needs_repair
        and Path(path).stat().st_size == HEADER_BYTES + found.data_bytes
    ):
        return found
    with open(path, "r+b") as fh:
        fh.truncate(HEADER_BYTES + found.data_bytes)
        fh.seek(4)
        fh.write(struct.pack("<I", 36 + found.data_bytes))
        fh.seek(40)
        fh.write(struct.pack("<I", found.data_bytes))
        fh.flush()
        os.fsync(fh.fileno())
    return WavCheck(found.samplerate, found.channels, found.data_bytes, found.data_bytes)
