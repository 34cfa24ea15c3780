"""The registry lives in `engines/model_registry.py`, below the speech and embedding engines that read it."""

from __future__ import annotations

from ..model_registry import *  # noqa: F403
