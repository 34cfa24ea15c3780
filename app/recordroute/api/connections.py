"""Connection deadlines for the local server (uvicorn's h11 protocol has none before the first request).

Without them an idle connection, or one that trickles its headers a byte at a time (slowloris), or an upload
that stalls half-way, is held open for ever. Each connection gets a watchdog that closes it when:
- no complete request head arrived within `header_timeout` of the connection opening (or of the previous
  response finishing), however slowly bytes keep coming;
- a request body stopped arriving for `body_idle_timeout`.
A request being answered (e.g. a long transcription) is never cut: only the client's own slowness counts.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

WATCH_EVERY = 1.0


class DeadlineH11Protocol(H11Protocol):
    header_timeout = 10.0
    body_idle_timeout = 30.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        now = self.loop.time()
        self._idle_since = now  # waiting for a request head since then
        self._last_data = now
        self._watchdog: asyncio.TimerHandle | None = self.loop.call_later(WATCH_EVERY, self._watch)

    def data_received(self, data: bytes) -> None:
        self._last_data = self.loop.time()
        super().data_received(data)

    def on_response_complete(self) -> None:
        self._idle_since = self.loop.time()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        super().connection_lost(exc)

    def _watch(self) -> None:
        self._watchdog = None
        if self.transport.is_closing():
            return
        now = self.loop.time()
        answering = self.cycle is not None and not self.cycle.response_complete
        if not answering and now - self._idle_since > self.header_timeout:
            self.transport.close()  # idle, or headers too slow
            return
        if (
            answering
            and self.conn.their_state is h11.SEND_BODY
            and now - self._last_data > self.body_idle_timeout
        ):
            self.cycle.disconnected = True
            self.transport.close()  # the upload stalled
            return
        self._watchdog = self.loop.call_later(WATCH_EVERY, self._watch)


def protocol_class(header_timeout: float, body_idle_timeout: float) -> type[H11Protocol]:
    """A DeadlineH11Protocol with these limits (uvicorn instantiates the class per connection)."""
    attrs: dict[str, Any] = {"header_timeout": header_timeout, "body_idle_timeout": body_idle_timeout}
    return type("BoundedH11Protocol", (DeadlineH11Protocol,), attrs)
