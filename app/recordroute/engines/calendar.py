"""Calendar events from iCalendar text, and the event a recording belongs to (pure; no store, no network).

A recording overlaps an event when their time spans intersect. With several candidates the one that covers
most of the recording wins; ties go to the event whose start is nearest the recording's start, then to the
shorter event (a one-hour meeting inside an all-afternoon block is the more specific one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..errors import InputError
from ..meeting import CalendarEvent

MAX_ICS_BYTES = 20 * 1024 * 1024  # bounded before parsing: a calendar export, not a data dump
MAX_EVENTS = 50_000
MAX_ATTENDEES = 200
MAX_AGENDA_CHARS = 4000


def _epoch(value: object, *, default_tz: dt.tzinfo | None = None) -> float | None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # floating time: the user's local time
            value = value.replace(tzinfo=default_tz) if default_tz else value.astimezone()
        return value.timestamp()
    if isinstance(value, dt.date):  # an all-day event: the whole local day
        return dt.datetime(value.year, value.month, value.day).astimezone().timestamp()
    return None


def _attendee_name(raw: object) -> str:
    params = getattr(raw, "params", {}) or {}
    name = str(params.get("CN", "")).strip()
    if name:
        return name
    addr = str(raw).strip()
    addr = addr[7:] if addr.lower().startswith("mailto:") else addr
    return addr.split("@", 1)[0].replace(".", " ").strip()


def _clean(text: str, limit: int) -> str:
    text = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)
    return text.strip()[:limit]


def parse_ics(data: bytes) -> list[CalendarEvent]:
    """Every VEVENT with a start and a title. Recurring events are expanded from their first occurrence for a
    year around today (a weekly stand-up matches any week's recording)."""
    import icalendar
    import recurring_ical_events

    if len(data) > MAX_ICS_BYTES:
        raise InputError.said("calendar_too_large", mb=MAX_ICS_BYTES // 2**20)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise InputError("the file is not an iCalendar (.ics) file", hint=str(exc)[:200]) from exc
    now = dt.datetime.now(dt.UTC)
    try:
        components = recurring_ical_events.of(cal).between(
            now - dt.timedelta(days=730), now + dt.timedelta(days=365)
        )
    except Exception:  # a malformed recurrence rule: the plain events still count
        components = cal.walk("VEVENT")
    out: list[CalendarEvent] = []
    for comp in components:
        if len(out) >= MAX_EVENTS:
            break
        ev = _event(comp)
        if ev is not None:
            out.append(ev)
    return out


def _event(comp: object) -> CalendarEvent | None:
    get = getattr(comp, "get", None)
    if get is None:
        return None
    start_prop, end_prop = get("DTSTART"), get("DTEND")
    start = _epoch(getattr(start_prop, "dt", None))
    if start is None:
        return None
    end = _epoch(getattr(end_prop, "dt", None)) if end_prop is not None else None
    if end is None:
        duration = get("DURATION")
        delta = getattr(duration, "dt", None)
        end = start + delta.total_seconds() if isinstance(delta, dt.timedelta) else start + 3600
    title = _clean(str(get("SUMMARY", "") or ""), 200)
    if not title:
        return None
    attendees = get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    names = tuple(n for n in (_attendee_name(a) for a in attendees[:MAX_ATTENDEES]) if n)
    agenda = _clean(str(get("DESCRIPTION", "") or ""), MAX_AGENDA_CHARS)
    return CalendarEvent(
        str(get("UID", "") or f"{start}-{title}"), start, max(end, start), title, names, agenda
    )


def best_event(events: Sequence[CalendarEvent], start: float, end: float) -> CalendarEvent | None:
    """The event the recording [start, end] belongs to, or None when it overlaps none."""
    end = max(end, start + 1.0)
    best: tuple[float, float, float] | None = None
    chosen: CalendarEvent | None = None
    for ev in events:
        overlap = min(end, ev.end) - max(start, ev.start)
        if overlap <= 0 and not (ev.start <= start <= ev.end):
            continue
        key = (-max(overlap, 0.0), abs(ev.start - start), ev.end - ev.start)
        if best is None or key < best:
            best, chosen = key, ev
    return chosen
