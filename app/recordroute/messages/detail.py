"""One error detail in both languages: the message and, when it has one, the hint said in parentheses."""

from __future__ import annotations

from dataclasses import dataclass

from .text import Text


@dataclass(frozen=True)
class Detail:
    message: Text
    hint: Text | None = None
