"""Meeting context shared by every face: the user's notes on a recording, and calendar events.

Notes are stored per recording (searchable, exported, in the minutes' prompt). Calendar events come from an
.ics file (offline) and give an overlapping recording its title, speaker-name suggestions and an agenda.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..engines.calendar import MAX_ICS_BYTES, CalendarEvent, best_event, parse_ics
from ..engines.notes import NoteLine, format_notes, parse_notes
from ..errors import InputError
from ..settings import Settings
from ..store import Recording, Store

__all__ = [
    "CalendarMatch",
    "add_notes",
    "event_for",
    "import_calendar",
    "import_calendar_data",
    "link_calendar",
    "match_calendar",
    "notes_text",
    "recording_span",
    "set_notes",
    "speaker_suggestions",
    "sync_calendar",
]


# --- notes ----------------------------------------------------------------------------------------------------
def set_notes(store: Store, rec_id: int, text: str) -> list[NoteLine]:
    """Replace a recording's notes with those in `text` (one per line, `[mm:ss]` prefixes kept as times)."""
    store.recordings.get(rec_id)  # a clear NotFoundError before anything is written
    notes = parse_notes(text)
    store.notes.replace(rec_id, notes)
    store.recordings.log(rec_id, f"notes saved ({len(notes)} lines)", stage="notes")
    return notes


def add_notes(store: Store, rec_id: int, notes: list[NoteLine]) -> None:
    """Append notes (e.g. stamped by the record window as the user typed them)."""
    store.recordings.get(rec_id)
    if notes:
        store.notes.append(rec_id, notes)
        store.recordings.log(rec_id, f"{len(notes)} notes added", stage="notes")


def notes_text(store: Store, rec_id: int) -> str:
    return format_notes(store.notes.list(rec_id))


# --- calendar ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CalendarMatch:
    recording_id: int
    event: CalendarEvent
    retitled: bool


def import_calendar(store: Store, path: Path) -> tuple[int, list[CalendarMatch]]:
    """Import an .ics file (its events replace those of an earlier import of the same file) and link every
    recording that overlaps one. Returns (events stored, matches made)."""
    if not path.is_file() or path.is_symlink():
        raise InputError.said("calendar_not_a_file", name=path.name)
    if path.stat().st_size > MAX_ICS_BYTES:
        raise InputError.said("calendar_file_too_large", name=path.name, mb=MAX_ICS_BYTES // 2**20)
    return import_calendar_data(store, path.read_bytes(), f"ics:{path.resolve()}")


def import_calendar_data(store: Store, data: bytes, source: str) -> tuple[int, list[CalendarMatch]]:
    """Import .ics bytes under `source` (a later import of the same source replaces its events)."""
    count = store.calendar.replace_source(source, parse_ics(data))
    return count, match_calendar(store)


def sync_calendar(store: Store, settings: Settings) -> tuple[int, list[CalendarMatch]]:
    """Read the configured CalDAV calendar (the user's own server: nothing else is contacted)."""
    from ..engines.caldav_fetch import fetch_events

    if not settings.calendar_url:
        raise InputError.said("no_calendar_configured")
    events = fetch_events(settings.calendar_url, settings.calendar_username, settings.calendar_password)
    count = store.calendar.replace_source(f"caldav:{settings.calendar_url}", events)
    return count, match_calendar(store)


def recording_span(rec: Recording) -> tuple[float, float] | None:
    """When the recording ran. The stored time is the file's modification time, i.e. when it ended."""
    end = rec.recorded_at
    if not end:
        return None
    return end - (rec.duration or 0.0), end


def event_for(store: Store, rec: Recording) -> tuple[int, CalendarEvent] | None:
    span = recording_span(rec)
    if span is None:
        return None
    found = store.calendar.around(*span)
    ev = best_event([e for _, e in found], *span)
    if ev is None:
        return None
    return next((i, e) for i, e in found if e is ev)


def link_calendar(store: Store, rec_id: int) -> CalendarMatch | None:
    """Tie one recording to the event it overlaps (title unless the user named it). None: no event."""
    rec = store.recordings.get(rec_id)
    hit = event_for(store, rec)
    if hit is None:
        return None
    event_id, ev = hit
    retitle = rec.title_source not in ("user", "calendar") or rec.title != ev.title
    store.calendar.link(rec.id, event_id, ev.title if rec.title_source != "user" else None)
    store.recordings.log(rec.id, f"calendar event: {ev.title}", stage="calendar")
    return CalendarMatch(rec.id, ev, retitle and rec.title_source != "user")


def match_calendar(store: Store) -> list[CalendarMatch]:
    out = []
    for rec in store.recordings.list():
        m = link_calendar(store, rec.id)
        if m is not None:
            out.append(m)
    return out


def speaker_suggestions(store: Store, rec_id: int) -> list[str]:
    """Names to offer when naming speakers: the event's attendees, those with a saved voice first."""
    ev = store.calendar.event_of(rec_id)
    if ev is None:
        return []
    known = {p.name.casefold() for p in store.speakers.profiles()}
    return sorted(ev.attendees, key=lambda n: (n.casefold() not in known, ev.attendees.index(n)))
