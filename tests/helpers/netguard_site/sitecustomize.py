"""Installs the suite's network guard in every Python subprocess a test starts (see tests/helpers/net_guard.py)."""

import os
import sys

if os.environ.get("RECORDROUTE_TEST_NET_GUARD") == "1":
    sys.path.insert(
        0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    )
    try:
        from tests.helpers import net_guard

        net_guard.install()
    finally:
        del sys.path[0]
