"""A small CalDAV server on 127.0.0.1 for tests (stdlib only): one calendar collection at /cal/.

It speaks what a CalDAV client needs to read events (RFC 4791): OPTIONS (DAV: calendar-access), PROPFIND on the
collection, and REPORT calendar-query answered with a 207 multistatus holding each event's calendar-data. The
query's VEVENT time-range is honoured (an event is returned when it overlaps the range). With `user` set, every
request needs HTTP Basic credentials, else 401 with a WWW-Authenticate challenge.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

import icalendar

_NS = 'xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"'


def _split(ics: str) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """One VCALENDAR per VEVENT, with the event's span."""
    cal = icalendar.Calendar.from_ical(ics)
    out = []
    for ev in cal.walk("VEVENT"):
        one = icalendar.Calendar()
        one.add("prodid", "-//fake caldav//EN")
        one.add("version", "2.0")
        one.add_component(ev)
        out.append((one.to_ical().decode(), ev.decoded("DTSTART"), ev.decoded("DTEND")))
    return out


class FakeCalDav:
    def __init__(self, ics: str, *, user: str = "", password: str = "") -> None:
        self.events = _split(ics)
        self.user, self.password = user, password
        self.requests: list[tuple[str, str]] = []
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_port}/cal/"

    def __enter__(self) -> FakeCalDav:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeCalDav

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _authorized(self) -> bool:
        fake = self.server_fake
        fake.requests.append((self.command, self.path))
        if not fake.user:
            return True
        want = base64.b64encode(f"{fake.user}:{fake.password}".encode()).decode()
        if self.headers.get("Authorization") == f"Basic {want}":
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="fake"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def _body(self) -> str:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n).decode("utf-8", errors="replace")

    def _multistatus(self, responses: str) -> None:
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:multistatus {_NS}>{responses}</d:multistatus>'.encode()
        )
        self.send_response(207)
        self.send_header("Content-Type", 'application/xml; charset="utf-8"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self) -> None:
        if self._authorized():
            self.send_response(200)
            self.send_header("DAV", "1, 2, calendar-access")
            self.send_header("Content-Length", "0")
            self.end_headers()

    def do_PROPFIND(self) -> None:
        self._body()
        if not self._authorized():
            return
        self._multistatus(
            f"<d:response><d:href>{escape(self.path)}</d:href><d:propstat><d:prop><d:resourcetype><d:collection/>"
            "<c:calendar/></d:resourcetype><d:displayname>Work</d:displayname></d:prop>"
            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        )

    def do_REPORT(self) -> None:
        query = self._body()
        if not self._authorized():
            return
        m = re.search(r'time-range start="(\d{8}T\d{6}Z)"(?: end="(\d{8}T\d{6}Z)")?', query)
        lo = dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC) if m else None
        hi = (
            dt.datetime.strptime(m.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            if m and m.group(2)
            else None
        )
        parts = []
        for i, (text, start, end) in enumerate(self.server_fake.events):
            if (hi is not None and start >= hi) or (lo is not None and end <= lo):
                continue
            parts.append(
                f"<d:response><d:href>{escape(self.path)}e{i}.ics</d:href><d:propstat><d:prop>"
                f'<d:getetag>"{i}"</d:getetag><c:calendar-data>{escape(text)}</c:calendar-data></d:prop>'
                "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
            )
        self._multistatus("".join(parts))
