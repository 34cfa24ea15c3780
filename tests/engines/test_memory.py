"""The C heap's settings (engines/memory.py): applied once, and they bound the arenas threads allocate from."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from recordroute.engines import memory

pytestmark = pytest.mark.skipif(memory._LIBC is None, reason="glibc only (Linux)")

# Threads allocate at once, then the heap describes itself (malloc_info): one <heap> element per arena.
_PROBE = textwrap.dedent(
    """
    import ctypes, os, sys, tempfile, threading
    from recordroute.engines import memory
    from recordroute.engines.stt import SttEngine

    if sys.argv[1] == "defaults":
        memory.tune_allocator(False)
    applied = memory.tune_allocator() if sys.argv[1] == "direct" else None
    SttEngine("tiny.en")  # the engine tunes the heap itself; no model is loaded here
    barrier = threading.Barrier(8)
    held = []

    def work():
        barrier.wait()
        held.append([bytearray(512) for _ in range(20000)])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    path = os.path.join(tempfile.mkdtemp(), "heap.xml")
    fp = libc.fopen(path.encode(), b"w")
    libc.malloc_info(0, fp)
    libc.fclose(fp)
    print(open(path).read().count("<heap nr="), applied)
    """
)


def _arenas(mode: str) -> tuple[int, str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True, timeout=120
    )
    count, applied = out.stdout.split()
    return int(count), applied


def test_the_engine_bounds_the_arenas_that_threads_allocate_from() -> None:
    tuned, _ = _arenas("engine")
    defaults, _ = _arenas("defaults")
    assert tuned <= memory.ARENAS
    assert defaults > memory.ARENAS  # glibc's default gives busy threads arenas of their own


def test_the_settings_apply_once_and_say_so() -> None:
    count, applied = _arenas("direct")
    assert applied == "True" and count <= memory.ARENAS
    assert memory.tune_allocator() is memory.tune_allocator()  # later calls change nothing
