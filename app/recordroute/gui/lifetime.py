"""Callbacks bound to their receiver's lifetime.

A background result (a search, a summary, a download) may arrive after the widget that asked for it is gone:
the tab was closed, the dialog rejected, the window shut. Calling into a deleted C++ object raises
`RuntimeError: Internal C++ object ... already deleted`. Every result that arrives asynchronously goes through
`bind`: the callback runs only while its owner is alive, and is dropped (not called) afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def alive(owner: QObject | None) -> bool:
    """True while `owner`'s C++ object exists (a deleted widget's Python wrapper outlives it)."""
    return owner is not None and shiboken6.isValid(owner)


def bind(owner: QObject, fn: Callable[..., object]) -> Callable[..., None]:
    """`fn`, called only while `owner` is alive; a call after its deletion is dropped. Deliveries are queued
    to the UI thread, where deletions happen too, so a call never meets a half-destroyed owner."""

    def call(*args: Any) -> None:
        if alive(owner):
            fn(*args)

    return call
