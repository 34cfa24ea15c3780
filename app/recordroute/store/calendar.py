"""Calendar events imported from .ics files (or a CalDAV URL), and which event a recording belongs to."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from ..meeting import CalendarEvent
from .db import Database


class CalendarEvents:
    def __init__(self, db: Database) -> None:
        self.db = db

    def replace_source(self, source: str, events: Sequence[CalendarEvent]) -> int:
        """Re-importing a source replaces its events (one transaction); returns how many are stored."""
        with self.db.tx() as con:
            con.execute("DELETE FROM calendar_events WHERE source = ?", (source,))
            con.executemany(
                "INSERT OR IGNORE INTO calendar_events (source, uid, start, end, title, attendees, agenda) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (source, e.uid, e.start, e.end, e.title, json.dumps(list(e.attendees)), e.agenda)
                    for e in events
                ],
            )
            return int(
                con.execute("SELECT COUNT(*) FROM calendar_events WHERE source = ?", (source,)).fetchone()[0]
            )

    def around(self, start: float, end: float) -> list[tuple[int, CalendarEvent]]:
        """Events that overlap [start, end], with their row ids."""
        rows = self.db.connection().execute(
            "SELECT * FROM calendar_events WHERE start <= ? AND end >= ? ORDER BY start", (end, start)
        )
        return [(r["id"], _event(r)) for r in rows]

    def get(self, event_id: int) -> CalendarEvent | None:
        row = (
            self.db.connection().execute("SELECT * FROM calendar_events WHERE id = ?", (event_id,)).fetchone()
        )
        return _event(row) if row else None

    def link(self, rec_id: int, event_id: int, title: str | None) -> None:
        """Tie a recording to its event; the title follows unless the user named the recording."""
        with self.db.tx() as con:
            con.execute("UPDATE recordings SET event_id = ? WHERE id = ?", (event_id, rec_id))
            if title:
                con.execute(
                    "UPDATE recordings SET title = ?, title_source = 'calendar' "
                    "WHERE id = ? AND title_source != 'user'",
                    (title, rec_id),
                )

    def event_of(self, rec_id: int) -> CalendarEvent | None:
        row = (
            self.db.connection()
            .execute(
                "SELECT e.* FROM recordings r JOIN calendar_events e ON e.id = r.event_id WHERE r.id = ?",
                (rec_id,),
            )
            .fetchone()
        )
        return _event(row) if row else None


def _event(r: sqlite3.Row) -> CalendarEvent:
    return CalendarEvent(
        uid=r["uid"],
        start=r["start"],
        end=r["end"],
        title=r["title"],
        attendees=tuple(json.loads(r["attendees"])),
        agenda=r["agenda"],
    )
