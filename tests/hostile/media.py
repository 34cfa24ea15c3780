"""Media files that lie about themselves, built at test time."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.helpers.hostile import silent_opus


def wav_with_rate(dest: Path, rate: int, data_bytes: int = 100_000, bits: int = 16) -> Path:
    """A PCM WAV whose header states `rate` samples per second (1 Hz makes 1 MB decode to 32 GB)."""
    data = bytes(range(256)) * (data_bytes // 256)
    block = bits // 8
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * block, block, bits)
    head = (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
    )
    dest.write_bytes(head + data)
    return dest


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def opus_claiming_hours(dest: Path, hours: float = 500.0) -> Path:
    """A short Opus file whose last Ogg page claims `hours` of audio (its CRC made valid again)."""
    silent_opus(dest, 20)
    raw = bytearray(dest.read_bytes())
    last = raw.rfind(b"OggS")
    raw[last + 6 : last + 14] = struct.pack("<q", int(hours * 3600 * 48000))
    raw[last + 22 : last + 26] = b"\0\0\0\0"
    segments = raw[last + 26]
    size = 27 + segments + sum(raw[last + 27 : last + 27 + segments])
    raw[last + 22 : last + 26] = struct.pack("<I", _ogg_crc(bytes(raw[last : last + size])))
    dest.write_bytes(bytes(raw))
    return dest
