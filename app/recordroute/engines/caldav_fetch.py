"""Events from a CalDAV calendar, read with the `caldav` package (network: only the URL the user configured).

The URL names one calendar collection. No DNS service discovery is done (the URL is used as given), and plain
HTTP is allowed only to this machine (a local server); anything else must be HTTPS.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError, RecordRouteError
from .calendar import MAX_EVENTS, CalendarEvent, parse_ics

WINDOW_BACK = dt.timedelta(days=400)
WINDOW_AHEAD = dt.timedelta(days=60)
TIMEOUT = 20


class CalendarUnreachable(RecordRouteError):
    code = "calendar_unreachable"
    hint = "check the calendar URL, user name and password in Settings, and that the server is running"


def _local(host: str | None) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or bool(host and host.startswith("127."))


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"'{url}' is not a CalDAV URL", hint="use the calendar's https:// address")
    if parts.scheme == "http" and not _local(parts.hostname):
        raise InputError("a calendar on another machine must use https", hint="use the https:// address")
    return url.strip()


def fetch_events(url: str, username: str = "", password: str = "") -> list[CalendarEvent]:
    """Events of the calendar at `url` from about a year ago to two months ahead."""
    try:
        import caldav
    except ImportError as exc:
        raise InputError(
            "CalDAV support is not installed",
            hint="pip install 'recordroute[calendar]', or import an .ics file",
        ) from exc

    # caldav exports its classes lazily, which mypy sees as plain objects.
    dav_client: Any = caldav.DAVClient
    dav_calendar: Any = caldav.Calendar
    url = check_url(url)
    now = dt.datetime.now(dt.UTC)
    try:
        client = dav_client(
            url,
            username=username or None,
            password=password or None,
            timeout=TIMEOUT,
            require_tls=urlsplit(url).scheme == "https",
            enable_rfc6764=False,  # no DNS discovery: only the given server is contacted
        )
        found = dav_calendar(client=client, url=url).search(
            start=now - WINDOW_BACK, end=now + WINDOW_AHEAD, event=True, expand=False
        )
        texts = [str(item.data) for item in list(found)[:MAX_EVENTS]]
    except RecordRouteError:
        raise
    except Exception as exc:  # the client raises many types (HTTP, XML, auth): one message for the user
        raise CalendarUnreachable(
            f"could not read the calendar at {urlsplit(url).hostname}",
            hint=f"{type(exc).__name__}: {exc}"[:300],
        ) from exc
    events: list[CalendarEvent] = []
    for text in texts:
        events.extend(parse_ics(text.encode("utf-8")))
    return events
