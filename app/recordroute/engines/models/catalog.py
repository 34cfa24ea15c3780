"""The catalogue lives in `engines/model_catalog.py`, below the speech and embedding engines that read it."""

from __future__ import annotations

from ..model_catalog import *  # noqa: F403
