"""Entry point: starts a face. It holds no logic of its own."""

from __future__ import annotations

import sys


def main() -> int:
    from .engines.memory import tune_allocator

    tune_allocator()  # the heap's settings, before any face starts its threads (engines/memory.py)
    from . import launch  # adds `gui`, `serve` and `self-test`, which start the other faces
    from .cli.main import main as cli_main

    return cli_main(launch.selftest.aliases(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
