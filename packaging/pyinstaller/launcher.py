"""Entry script of the frozen app (PyInstaller runs it as __main__, outside any package)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Needed before anything else in a frozen app, or a child process would start a second app.
    multiprocessing.freeze_support()
    from recordroute.__main__ import main

    sys.exit(main())
