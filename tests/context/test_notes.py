"""The user's notes: parsed and stamped, stored and searchable, the skeleton of the minutes, exported."""

from __future__ import annotations

import json
import re

import pytest

from recordroute.engines.notes import NoteLine, NoteStamper, format_notes, parse_notes
from recordroute.pipeline import export
from recordroute.pipeline.meeting_context import add_notes, set_notes
from recordroute.pipeline.search import search
from recordroute.pipeline.summaries import summarize_recording
from tests.context.helpers import add_recording, notes_following_responder
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"

# A 6-minute meeting in three parts: budget (0–2 min), hiring (2–4), the office move (4–6).
TOPICS = [
    ("budget", "The budget for next quarter is forty thousand dollars."),
    ("hiring", "We will hire two engineers for the hiring plan this spring."),
    ("office", "The office move happens in May and Dana books the movers."),
]
NOTES = "[00:05] # Budget\n[00:20] forty k?\n[02:03] # Hiring\n[04:02] # Office move\n[04:30] movers: Dana"


def _meeting() -> list[tuple[float, float, str]]:
    segs = []
    for part, (_, sentence) in enumerate(TOPICS):
        for k in range(12):
            t = part * 120.0 + k * 10.0
            segs.append(
                (t, t + 9.0, sentence if k % 4 == 0 else f"We talked about item {part}-{k} at length.")
            )
    return segs


def _times(markdown: str) -> list[int]:
    return [int(m) * 60 + int(s) for m, s in re.findall(r"\[(\d+):(\d{2})\]", markdown)]


def test_parse_and_format_round_trip() -> None:
    notes = parse_notes("[01:02] # Budget\n\n  plain line \x1b[31m\n[1:02:03] late\n")
    assert notes == [NoteLine(62.0, "# Budget"), NoteLine(None, "plain line [31m"), NoteLine(3723.0, "late")]
    assert notes[0].heading and notes[0].label == "Budget"
    assert parse_notes(format_notes(notes)) == notes


def test_stamper_stamps_typed_lines_with_the_recording_time() -> None:
    now = [100.0]
    stamper = NoteStamper(clock=lambda: now[0])
    now[0] = 112.5
    first = stamper.add("# Intro")
    explicit = stamper.add("[00:03] earlier thought")
    assert first == NoteLine(12.5, "# Intro") and explicit == NoteLine(3.0, "earlier thought")
    assert stamper.add("   ") is None and len(stamper.notes) == 2


def test_notes_are_stored_searchable_and_purged_with_the_recording(ctx) -> None:
    rid = add_recording(ctx, _meeting())
    set_notes(ctx.store, rid, "[00:05] # 예산 검토\n[00:20] quarterly budget")
    add_notes(ctx.store, rid, [NoteLine(130.0, "call the recruiter")])
    assert [n.text for n in ctx.store.notes.list(rid)] == [
        "# 예산 검토",
        "quarterly budget",
        "call the recruiter",
    ]
    assert [h.recording_id for h in ctx.store.notes.search("예산")] == [rid]  # Korean-aware, like transcripts
    hit = ctx.store.notes.search("recruiter")[0]
    assert hit.start == 130.0 and hit.segment_idx == 13  # opens at what was said when the note was typed
    found = search(ctx, "recruiter", mode="keyword")  # only in the notes, never said
    assert [h.recording_id for h in found] == [rid] and found[0].snippet.startswith("✎")
    set_notes(ctx.store, rid, "only this")
    assert ctx.store.notes.search("recruiter") == []
    ctx.store.recordings.trash(rid)
    ctx.store.purge(rid)
    assert ctx.store.db.connection().execute("SELECT COUNT(*) FROM notes_fts").fetchone()[0] == 0


@pytest.fixture
def fake() -> FakeOllama:
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as server:
        yield server


def _use(ctx, fake: FakeOllama) -> None:
    ctx.settings.ollama_host = fake.url
    ctx.settings.llm_backend = "ollama"
    ctx.settings.llm_model = MODEL


def _assert_follows(markdown: str) -> None:
    heads = [ln[4:] for ln in markdown.splitlines() if ln.startswith("### ")]
    assert heads[:3] == ["Budget", "Hiring", "Office move"], markdown
    notes_part = markdown.split("## Notes", 1)[1].split("\n## ", 1)[0]  # up to the template's own sections
    section = notes_part.split("### ")
    for (at, _), part in zip(
        [(5, "Budget"), (123, "Hiring"), (242, "Office move")], section[1:4], strict=True
    ):
        times = _times(part)
        assert times and all(at - 30 <= t <= at + 120 for t in times), (at, part)


def test_llm_minutes_follow_the_notes(ctx, fake: FakeOllama) -> None:
    fake.responder = notes_following_responder
    _use(ctx, fake)
    rid = add_recording(ctx, _meeting())
    set_notes(ctx.store, rid, NOTES)
    rec = summarize_recording(ctx, rid)
    system = next(m["content"] for m in fake.requests[0].messages_sent if m["role"] == "system")
    assert "<user_notes>" in system and system.index("# Budget") < system.index("# Hiring") < system.index(
        "# Office"
    )
    _assert_follows(rec.markdown or "")
    assert rec.markdown.count("## Notes") == 1  # the model's own section is kept, not doubled
    assert not rec.meta.get("warnings")


def test_minutes_that_ignore_the_notes_get_a_notes_section_from_the_transcript(ctx, fake: FakeOllama) -> None:
    _use(ctx, fake)  # the default "model" ignores the notes
    rid = add_recording(ctx, _meeting())
    set_notes(ctx.store, rid, NOTES)
    rec = summarize_recording(ctx, rid)
    _assert_follows(rec.markdown or "")
    assert "movers: Dana" in rec.markdown and "Dana books the movers" in rec.markdown
    assert any("did not follow your notes" in w for w in rec.meta["warnings"])


def test_extractive_minutes_follow_the_notes(ctx) -> None:
    ctx.settings.llm_backend = "extractive"
    rid = add_recording(ctx, _meeting())
    set_notes(ctx.store, rid, NOTES)
    rec = summarize_recording(ctx, rid)
    _assert_follows(rec.markdown or "")
    budget = rec.markdown.split("### Hiring")[0]
    assert "forty thousand dollars" in budget  # the note's words pick the sentence said under it


def test_exports_carry_the_notes(ctx) -> None:
    rid = add_recording(ctx, _meeting())
    set_notes(ctx.store, rid, "[00:05] # Budget [x](http://evil.example/)\n[04:30] movers: Dana")
    doc = export.load_doc(ctx.store, rid)
    md = export.render_doc("md", doc)
    assert "## Notes" in md and "movers: Dana" in md.split("## Notes")[1]
    assert not re.search(r"(?<!\\)\]\(http", md)  # escaped: a note can't become a live link
    html = export.render_doc("html", doc)
    assert "<h2>Notes</h2>" in html and "movers: Dana" in html
    data = json.loads(export.render_doc("json", doc))
    assert data["notes"][1] == {"at": 270.0, "text": "movers: Dana"}
    only_transcript = export.load_doc(ctx.store, rid, only="transcript")
    assert "## Notes" not in export.render_doc("md", only_transcript)


def test_vault_notes_carry_the_users_notes_and_follow_their_changes(ctx, tmp_path) -> None:
    from recordroute.pipeline.vault import export_vault

    rid = add_recording(ctx, _meeting())
    set_notes(ctx.store, rid, "[00:05] # Budget\n[04:30] movers: Dana ![x](http://evil.example/x.png)")
    vault = tmp_path / "vault"
    export_vault(ctx.store, vault)
    (note,) = [p for p in vault.glob("*.md")]
    text = note.read_text(encoding="utf-8")
    assert "## Notes" in text and "[04:30] movers: Dana" in text
    assert not re.search(r"(?<!\\)!\[", text.split("## Notes")[1])  # no live image from a note
    set_notes(ctx.store, rid, "[00:05] # Budget\n[05:00] movers booked")
    export_vault(ctx.store, vault)
    assert "[05:00] movers booked" in note.read_text(encoding="utf-8")
