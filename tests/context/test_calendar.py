"""Calendar context from an .ics file: the right event for each recording, its title, attendees and agenda."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from recordroute.engines.calendar import parse_ics
from recordroute.errors import InputError
from recordroute.pipeline.meeting_context import import_calendar, speaker_suggestions
from recordroute.pipeline.summaries import summarize_recording
from tests.conftest import run_cli
from tests.context.helpers import add_recording
from tests.fakes.fake_ollama import FakeOllama

DAY = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:a@test
DTSTART:20261124T100000Z
DTEND:20261124T110000Z
SUMMARY:Weekly planning
DESCRIPTION:1. Budget\\n2. Hiring plan
ATTENDEE;CN=Alice Kim:mailto:alice@example.com
ATTENDEE:mailto:bob.lee@example.com
END:VEVENT
BEGIN:VEVENT
UID:b@test
DTSTART:20261124T103000Z
DTEND:20261124T120000Z
SUMMARY:예산 검토 회의
ATTENDEE;CN=박지민:mailto:jimin@example.com
END:VEVENT
BEGIN:VEVENT
UID:c@test
DTSTART:20261124T140000Z
DTEND:20261124T143000Z
SUMMARY:1:1 with Dana
END:VEVENT
END:VCALENDAR
"""


def _at(hour: int, minute: int) -> float:
    return (DAY + dt.timedelta(hours=hour, minutes=minute)).timestamp()


def _recording(ctx, title: str, end: float, minutes: int) -> int:
    segs = [(i * 10.0, i * 10.0 + 9, f"We discussed the budget, part {i}.") for i in range(6)]
    return add_recording(ctx, segs, title=title, recorded_at=end, duration=minutes * 60.0)


@pytest.fixture
def ics(tmp_path: Path) -> Path:
    path = tmp_path / "work.ics"
    path.write_text(ICS, encoding="utf-8")
    return path


def test_each_recording_gets_the_event_it_overlaps_most(ctx, ics: Path) -> None:
    first = _recording(ctx, "rec-1", _at(10, 50), 45)  # 10:05–10:50: 45 min in planning, 20 in review
    second = _recording(ctx, "rec-2", _at(11, 55), 60)  # 10:55–11:55: mostly the review
    third = _recording(ctx, "rec-3", _at(14, 20), 15)
    outside = _recording(ctx, "rec-4", _at(18, 0), 30)
    count, matches = import_calendar(ctx.store, ics)
    assert count == 3
    titles = {r: ctx.store.recordings.get(r).title for r in (first, second, third, outside)}
    assert titles == {
        first: "Weekly planning",
        second: "예산 검토 회의",
        third: "1:1 with Dana",
        outside: "rec-4",
    }
    assert {m.recording_id for m in matches} == {first, second, third}
    assert ctx.store.recordings.get(outside).title_source == "file"
    assert speaker_suggestions(ctx.store, first) == ["Alice Kim", "bob lee"]
    assert speaker_suggestions(ctx.store, outside) == []


def test_a_recording_imported_later_is_named_at_import(ctx, ics: Path, tmp_path: Path) -> None:
    import os

    from recordroute.pipeline.ingest import ingest

    import_calendar(ctx.store, ics)
    note = tmp_path / "standup.txt"
    note.write_text("Notes typed during the one to one.", encoding="utf-8")
    os.utime(note, (_at(14, 25), _at(14, 25)))
    rec = ingest(ctx.store, note).recording
    assert rec.title == "1:1 with Dana" and rec.title_source == "calendar"


def test_a_user_title_is_kept_and_the_llm_does_not_rename_a_calendar_title(ctx, ics: Path) -> None:
    named = _recording(ctx, "rec-1", _at(10, 50), 45)
    ctx.store.recordings.rename(named, "My own name")
    other = _recording(ctx, "rec-2", _at(11, 55), 60)
    import_calendar(ctx.store, ics)
    assert ctx.store.recordings.get(named).title == "My own name"
    with FakeOllama(models={"qwen2.5:7b-instruct": {"context_length": 32768}}) as fake:
        ctx.settings.ollama_host, ctx.settings.llm_backend = fake.url, "ollama"
        ctx.settings.llm_model = "qwen2.5:7b-instruct"
        summarize_recording(ctx, named)
        summarize_recording(ctx, other)
        system = next(m["content"] for m in fake.requests[0].messages_sent if m["role"] == "system")
    assert "<agenda>\n1. Budget\n2. Hiring plan\n</agenda>" in system  # the event's agenda reaches the prompt
    assert ctx.store.recordings.get(other).title == "예산 검토 회의"


def test_hostile_calendars_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        parse_ics(b"not a calendar at all")
    assert parse_ics(ICS.replace("SUMMARY:1:1 with Dana", "SUMMARY:\x1b[2Jx").encode())[-1].title.endswith(
        "x"
    )


def test_cli_imports_a_calendar(isolated_env: Path, ics: Path, tmp_path: Path) -> None:
    import os

    doc = tmp_path / "planning.txt"
    doc.write_text("We planned the quarter.", encoding="utf-8")
    os.utime(doc, (_at(10, 20), _at(10, 20)))  # inside the planning only
    assert run_cli("process", str(doc), "--no-summary", "-O", "no_index=true").returncode == 0
    res = run_cli("calendar", "import", str(ics), "--json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["events"] == 3 and data["matches"][0]["event"] == "Weekly planning"
    shown = run_cli("list", "--json")
    assert "Weekly planning" in shown.stdout


def test_attendees_help_name_speakers(ctx, ics: Path) -> None:
    import numpy as np

    from recordroute.pipeline import diarization

    rid = _recording(ctx, "rec-1", _at(10, 50), 45)
    alice = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    near = np.array([0.8, 0.6, 0.0, 0.0], dtype=np.float32)  # cosine 0.8: below the neural threshold (0.85)
    with ctx.store.db.tx() as con:
        ctx.store.speakers.save_run(
            con,
            rid,
            method="neural",
            model="test-dvector",
            requested=None,
            seconds=1.0,
            speakers=[("S1", 30.0, near), ("S2", 20.0, np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32))],
            meta={},
        )
    ctx.store.speakers.save_profile("Alice Kim", "neural", "test-dvector", alice, None)
    assert diarization.suggest_names(ctx.store, rid) == []  # not enough evidence on the voice alone
    import_calendar(ctx.store, ics)  # the calendar says Alice Kim was there
    assert [(s.label, s.name) for s in diarization.suggest_names(ctx.store, rid)] == [("S1", "Alice Kim")]
    res = speaker_suggestions(ctx.store, rid)
    assert res[0] == "Alice Kim"  # a saved voice first
