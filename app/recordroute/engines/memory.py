"""The C heap's settings for long work: how freed memory goes back to the OS (glibc on Linux; elsewhere no-ops).

Why: a transcription's peak was largely memory glibc kept after it was freed, not memory in use. Measured with
`base` on 20 minutes of speech in 5-min blocks (the default batched decoding: two replicas on their own threads,
batches of 2, beam 5), two runs each: 965-966 MB peak with glibc's defaults; 767-774 MB with two arenas; 679-741
MB with two arenas and a 16 MB mmap threshold, in 1.06-1.08x the time, the same words. A 4 MB threshold gave
624-644 MB but took 1.14-1.26x as long (every large buffer mapped and zero-filled anew), 1 MB 1.4x.
- Each thread that allocates gets its own arena (up to 8 x cores); the decoders' threads each kept their own
  freed buffers. Two arenas share them.
- glibc raises its mmap threshold each time a large mapped block is freed (up to 32 MB); after that, the
  decoder's largest buffers (by their shapes, beam search's cross-attention keys and values: ~30 MB a layer for `base`) come from
  the heap and fragment it. A fixed 16 MB threshold keeps them mapped, so they go back to the OS when freed.
`release_freed_memory` trims what the heaps still hold free, after each block of a long file.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from typing import Any

ARENAS = 2  # M_ARENA_MAX: the main arena and one more, shared by every other thread
MMAP_THRESHOLD = 16 << 20  # M_MMAP_THRESHOLD, bytes: blocks this large always come from mmap
_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8  # <malloc.h>

_LOCK = threading.Lock()
_TUNED: list[bool] = []


def _glibc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim, libc.mallopt  # noqa: B018 (musl has neither: not glibc)
    except (OSError, AttributeError):
        return None
    return libc


_LIBC = _glibc()


def tune_allocator(enabled: bool = True) -> bool:
    """Set the heap's arena count and mmap threshold (once per process; later calls do nothing). Call it at
    start, before the worker threads allocate: arenas made earlier stay. True when the settings were applied.
    `enabled` False keeps glibc's defaults for the rest of the process (a benchmark's baseline)."""
    with _LOCK:
        if _TUNED:
            return _TUNED[0]
        libc = _LIBC
        ok = enabled and libc is not None and bool(libc.mallopt(_M_ARENA_MAX, ARENAS))
        ok = ok and libc is not None and bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
        _TUNED.append(ok)
        return ok


def release_freed_memory() -> None:
    """Hand memory freed by the last block back to the OS.

    Measured: VAD and Whisper allocate differently sized buffers per block; glibc keeps the freed ones in its
    heap, fragmented, and the process grew by ~15 MB per 5-min block (478 MB at 10 min, 619 MB at 1 h, base).
    With a trim after each block the resident size stays flat (bench/long_file_memory.py)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)
