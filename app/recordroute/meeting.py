"""Plain types of a meeting's context, shared by the engines and the store (no logic, no imports of either)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NoteLine:
    at: float | None  # seconds into the recording; None: not tied to a moment
    text: str

    @property
    def heading(self) -> bool:
        return self.text.startswith("#")

    @property
    def label(self) -> str:
        """The text without heading marks."""
        return self.text.lstrip("#").strip() if self.heading else self.text


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: float  # epoch seconds
    end: float
    title: str
    attendees: tuple[str, ...] = field(default=())
    agenda: str = ""
