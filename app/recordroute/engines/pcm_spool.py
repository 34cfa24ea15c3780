"""Several passes over a file's decoded samples for the price of one decode, with memory flat in its length.

Diarization reads a recording up to four times (speech, the windows' features, the turn changes; in meeting
mode each channel apart). Decoding a compressed file again for each pass cost as much as the first: MP3,
AAC or Opus decoding plus resampling to 16 kHz. `DecodedOnce` decodes on the first pass and writes the 16 kHz
float32 samples (each channel apart) to an unnamed temporary file; every later pass reads them back a piece
at a time with plain reads (not a memory map: the mapped pages a pass touched would count in the process's
resident size until the kernel dropped them, and the whole file would seem held). The blocks of a later pass
are those `audio_stream.blocks` cuts from the same samples, so every pass sees exactly what a fresh decode
would give it. Disk: 230 MB per channel-hour.

If the temporary file cannot be made or written (no folder, a full disk), each later pass decodes the file
again, as before. The file has no name on Linux and macOS, and Windows deletes it when closed, so nothing is
left behind by a cancel, an error or a crash.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

import numpy as np

from ..progress import CancelToken
from .audio import BOTH, SAMPLE_RATE
from .audio_stream import BLOCK_SECONDS, SEARCH_SECONDS, _Cutter, blocks, decoded_chunks
from .memory import release_freed_memory

log = logging.getLogger(__name__)

READ_SAMPLES = 10 * SAMPLE_RATE  # read back 10 s (640 KB) at a time


class DecodedOnce:
    """Passes over `path`'s samples: `blocks()` (channels mixed) or, with `pair=True`, `pairs()` (both channels
    as (2, n) chunks) then `blocks(0)` / `blocks(1)`. The first pass decodes; later ones read the spool."""

    def __init__(
        self,
        path: Path,
        *,
        pair: bool = False,
        cancel: CancelToken | None = None,
        block_seconds: float | None = None,
        spool_dir: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.pair = pair
        self.cancel = cancel
        self.block_seconds = block_seconds or BLOCK_SECONDS
        self.spool_dir = spool_dir
        self.files: list[IO[bytes]] = []
        self.ready = False  # the spool holds every sample of the file
        self.decodes = 0  # passes that decoded the file (1 when the spool served every later pass)

    def __enter__(self) -> DecodedOnce:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        for f in self.files:
            f.close()
        self.files, self.ready = [], False

    def blocks(self, channel: int | None = None) -> Iterator[np.ndarray]:
        """The samples block by block, as `audio_stream.blocks(path, channel=channel)` cuts them."""
        if self.ready:
            yield from self._replay(0 if channel is None else channel)
        elif not self.pair and channel is None:
            yield from self._spooled(self._cut(self._decode(None)))
        else:  # a channel before pairs() completed, or the spool failed: decode as before
            self.decodes += 1
            for block in blocks(
                self.path, block_seconds=self.block_seconds, cancel=self.cancel, channel=channel
            ):
                yield block.samples
                release_freed_memory()

    def pairs(self) -> Iterator[np.ndarray]:
        """Both channels of a two-channel file as (2, n) chunks, as decoded (InputError for another count)."""
        yield from self._spooled(self._decode(BOTH))

    def _decode(self, channel: int | None) -> Iterator[np.ndarray]:
        self.decodes += 1
        self._open_spool(2 if channel == BOTH else 1)
        for chunk in decoded_chunks(self.path, cancel=self.cancel, channel=channel):
            self._write(chunk)
            yield chunk

    def _spooled(self, chunks: Iterator[np.ndarray]) -> Iterator[np.ndarray]:
        """`chunks` passed on; the spool counts as complete only if they all were (not on cancel or error)."""
        yield from chunks
        self.ready = bool(self.files)

    def _cut(self, chunks: Iterator[np.ndarray]) -> Iterator[np.ndarray]:
        cutter = _Cutter(self.block_seconds, SEARCH_SECONDS)
        for chunk in chunks:
            block = cutter.add(chunk)
            if block is not None:
                yield block.samples
                release_freed_memory()
        last = cutter.finish()
        if last is not None:
            yield last.samples

    def _replay(self, channel: int) -> Iterator[np.ndarray]:
        f = self.files[channel]
        f.seek(0)
        cutter = _Cutter(self.block_seconds, SEARCH_SECONDS)
        # Pieces no longer than a block less its search span: then at most one block is due per piece, and the
        # cuts fall where they fell when the decoder's small chunks arrived (audio_stream._Cutter).
        size = max(1, min(READ_SAMPLES, cutter.block - cutter.search))

        def pieces() -> Iterator[np.ndarray]:
            while True:
                if self.cancel is not None:
                    self.cancel.raise_if_cancelled()
                piece = np.frombuffer(f.read(size * 4), dtype=np.float32)
                if not len(piece):
                    return
                yield piece

        yield from self._cut(pieces())

    def _open_spool(self, channels: int) -> None:
        self.close()
        try:
            for _ in range(channels):
                # Open across passes, closed by close() (the `with` around the whole diarization).
                spool = tempfile.TemporaryFile(prefix="rr-pcm-", dir=self.spool_dir)  # noqa: SIM115
                self.files.append(spool)
        except OSError as exc:
            self._give_up(exc)

    def _write(self, chunk: np.ndarray) -> None:
        if not self.files:
            return
        rows = chunk.reshape(len(self.files), -1)
        try:
            for f, row in zip(self.files, rows, strict=True):
                f.write(np.ascontiguousarray(row, dtype=np.float32).tobytes())
        except OSError as exc:
            self._give_up(exc)

    def _give_up(self, exc: OSError) -> None:
        log.warning(
            "%s: no room for the decoded samples (%s); later passes decode again", self.path.name, exc
        )
        self.close()
