"""`calendar sync`: events read from a CalDAV server (a real HTTP server on loopback), only when configured."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from recordroute.engines.caldav_fetch import CalendarUnreachable, check_url
from recordroute.errors import InputError
from recordroute.pipeline.meeting_context import sync_calendar
from tests.conftest import run_cli
from tests.context.helpers import add_recording
from tests.context.test_calendar import ICS
from tests.fakes.fake_caldav import FakeCalDav

NOW = dt.datetime.now(dt.UTC).replace(hour=10, minute=0, second=0, microsecond=0) - dt.timedelta(days=3)


def _recent_ics() -> str:
    """The test calendar moved to three days ago (inside the window a sync reads)."""
    return ICS.replace("20261124", NOW.strftime("%Y%m%d"))


def _at(hour: int, minute: int) -> float:
    return NOW.replace(hour=hour, minute=minute).timestamp()


def test_sync_reads_the_configured_calendar_with_credentials(ctx) -> None:
    first = add_recording(
        ctx, [(0.0, 9.0, "planning")], title="rec", recorded_at=_at(10, 50), duration=45 * 60.0
    )
    with FakeCalDav(_recent_ics(), user="me", password="s3cret") as server:
        ctx.settings.calendar_url = server.url
        ctx.settings.calendar_username, ctx.settings.calendar_password = "me", "s3cret"
        count, matches = sync_calendar(ctx.store, ctx.settings)
        assert any(method == "REPORT" for method, _ in server.requests)
        ctx.settings.calendar_password = "wrong"
        with pytest.raises(CalendarUnreachable) as denied:
            sync_calendar(ctx.store, ctx.settings)
    assert count == 3 and [m.recording_id for m in matches] == [first]
    assert ctx.store.recordings.get(first).title == "Weekly planning"
    assert denied.value.code == "calendar_unreachable" and "127.0.0.1" in denied.value.user_text()


def test_nothing_is_contacted_unless_a_calendar_is_configured(ctx) -> None:
    ctx.settings.calendar_url = ""
    with pytest.raises(InputError, match="no calendar is configured"):
        sync_calendar(ctx.store, ctx.settings)
    with pytest.raises(InputError, match="https"):
        check_url("http://calendar.example.com/cal/")  # a password never crosses a network in clear text
    assert check_url("https://calendar.example.com/cal/")
    ctx.settings.calendar_url = "http://127.0.0.1:9/cal/"  # nothing listens there
    with pytest.raises(CalendarUnreachable):
        sync_calendar(ctx.store, ctx.settings)


def test_cli_sync_takes_the_password_from_the_environment(isolated_env: Path, tmp_path: Path) -> None:
    with FakeCalDav(_recent_ics(), user="me", password="from-env") as server:
        config = tmp_path / "settings.toml"
        config.write_text(f'calendar_url = "{server.url}"\ncalendar_username = "me"\n', encoding="utf-8")
        env = {"RECORDROUTE_CONFIG": str(config), "RECORDROUTE_CALENDAR_PASSWORD": "from-env"}
        res = run_cli("calendar", "sync", "--json", env=env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["events"] == 3
    assert "from-env" not in config.read_text(encoding="utf-8")


def test_hostile_caldav_answers_are_refused() -> None:
    from recordroute.engines.caldav_fetch import parse_multistatus

    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><d:multistatus xmlns:d="DAV:">&a;</d:multistatus>'
    with pytest.raises(ValueError):
        parse_multistatus(bomb)
    ok = (
        b'<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:propstat><d:prop>'
        b"<c:calendar-data>BEGIN:VCALENDAR</c:calendar-data></d:prop></d:propstat></d:response></d:multistatus>"
    )
    assert parse_multistatus(ok) == ["BEGIN:VCALENDAR"]
