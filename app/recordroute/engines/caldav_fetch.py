"""Events from a CalDAV calendar (RFC 4791), read with httpx (network: only the URL the user configured).

One REPORT calendar-query for VEVENTs in a time range on the calendar collection the URL names; each response's
calendar-data is parsed as iCalendar. No DNS service discovery is done (the URL is used as given), and plain HTTP
is allowed only to this machine (a local server); anything else must be HTTPS. The answer is bounded in size and
parsed without entities (it is input from outside).

The `caldav` package was measured as the client first; its HTTP stack (niquests) installs `urllib3-future` over
`urllib3`, which breaks other HTTP clients in the same environment, so the one query is made here.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import InputError, RecordRouteError
from ..meeting import CalendarEvent
from .calendar import MAX_EVENTS, MAX_ICS_BYTES, parse_ics

WINDOW_BACK = dt.timedelta(days=400)
WINDOW_AHEAD = dt.timedelta(days=60)
TIMEOUT = 20.0
MAX_ANSWER_BYTES = 4 * MAX_ICS_BYTES
_NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav"}
_QUERY = """<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="{start}" end="{end}"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>"""


class CalendarUnreachable(RecordRouteError):
    code = "calendar_unreachable"
    hint = "check the calendar URL, user name and password in Settings, and that the server is running"


def _local(host: str | None) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or bool(host and host.startswith("127."))


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError.said("not_a_caldav_url", url=url)
    if parts.scheme == "http" and not _local(parts.hostname):
        raise InputError.said("calendar_needs_https")
    return url.strip()


def build_query(now: dt.datetime) -> str:
    """The REPORT body: every VEVENT from about a year ago to two months ahead."""
    fmt = "%Y%m%dT%H%M%SZ"
    start, end = (now - WINDOW_BACK).astimezone(dt.UTC), (now + WINDOW_AHEAD).astimezone(dt.UTC)
    return _QUERY.format(start=start.strftime(fmt), end=end.strftime(fmt))


def parse_multistatus(body: bytes) -> list[str]:
    """The calendar-data of each response in a 207 multistatus answer."""
    if b"<!DOCTYPE" in body[:2048].upper() or b"<!ENTITY" in body.upper():
        raise ValueError("the answer declares entities")  # a server's XML is input from outside
    root = ET.fromstring(body)
    found = [el.text or "" for el in root.iterfind(".//d:response/d:propstat/d:prop/c:calendar-data", _NS)]
    return [text for text in found if text.strip()][:MAX_EVENTS]


def fetch_events(url: str, username: str = "", password: str = "") -> list[CalendarEvent]:
    """Events of the calendar at `url` from about a year ago to two months ahead."""
    url = check_url(url)
    host = urlsplit(url).hostname
    auth = httpx.BasicAuth(username, password) if username else None
    headers = {"Depth": "1", "Content-Type": 'application/xml; charset="utf-8"'}
    query = build_query(dt.datetime.now(dt.UTC))
    try:
        with (
            httpx.Client(timeout=TIMEOUT, auth=auth, follow_redirects=False, trust_env=False) as client,
            client.stream("REPORT", urljoin(url, ""), content=query, headers=headers) as res,
        ):
            body = b""
            for part in res.iter_bytes():
                body += part
                if len(body) > MAX_ANSWER_BYTES:
                    raise CalendarUnreachable.said("calendar_too_much_data", host=host)
            status = res.status_code
    except httpx.HTTPError as exc:
        raise CalendarUnreachable.said("calendar_unreadable", host=host, reason=str(exc)[:300]) from exc
    if status in (401, 403):
        raise CalendarUnreachable.said("calendar_refused_login", host=host)
    if status != 207:
        raise CalendarUnreachable.said("calendar_bad_status", host=host, status=status)
    try:
        texts = parse_multistatus(body)
    except (ET.ParseError, ValueError) as exc:
        raise CalendarUnreachable.said("calendar_not_caldav", host=host, reason=str(exc)) from exc
    events: list[CalendarEvent] = []
    for text in texts:
        events.extend(parse_ics(text.encode("utf-8")))
    return events
