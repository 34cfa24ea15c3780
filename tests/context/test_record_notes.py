"""Notes typed into a file while recording: stamped with the recording time, kept beside the WAV, imported with
it (and never imported as a document of their own)."""

from __future__ import annotations

from pathlib import Path

from recordroute.engines.notes import NoteLine, NotesFollower, NoteStamper, sidecar_path
from recordroute.pipeline.ingest import expand_paths
from tests.conftest import run_cli


def test_follower_stamps_lines_as_they_are_typed(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("# Agenda written before\n[00:30] planned: budget\n", encoding="utf-8")
    clock = [0.0]
    follower = NotesFollower(notes, NoteStamper(lambda: clock[0]))
    clock[0] = 12.0
    with notes.open("a", encoding="utf-8") as fh:
        fh.write("first thought\nhalf a li")
    assert follower.poll() == [NoteLine(12.0, "first thought")]  # only complete lines while recording
    clock[0] = 40.0
    with notes.open("a", encoding="utf-8") as fh:
        fh.write("ne\n# Decisions\n")
    assert [n.text for n in follower.poll()] == ["half a line", "# Decisions"]
    clock[0] = 55.0
    with notes.open("a", encoding="utf-8") as fh:
        fh.write("last words without newline")
    final = follower.finish()
    assert final == [
        NoteLine(None, "# Agenda written before"),
        NoteLine(30.0, "planned: budget"),
        NoteLine(12.0, "first thought"),
        NoteLine(40.0, "half a line"),
        NoteLine(40.0, "# Decisions"),
        NoteLine(55.0, "last words without newline"),
    ]


def test_a_sidecar_is_imported_with_its_recording_not_as_a_document(
    isolated_env: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "meeting.txt"
    doc.write_text("We agreed on the budget. Dana books the movers.", encoding="utf-8")
    sidecar_path(doc).write_text("[00:05] # Budget\n[00:40] movers", encoding="utf-8")
    files, rejected = expand_paths([tmp_path])
    assert files == [doc] and not rejected
    res = run_cli("process", str(doc), "--no-summary", "-O", "no_index=true", "--json")
    assert res.returncode == 0, res.stderr
    notes = run_cli("notes", "1")
    assert notes.stdout.splitlines() == ["[00:05] # Budget", "[00:40] movers"]
    assert "Budget" in run_cli("export", "1", "--format", "md").stdout.split("## Notes")[1]
    assert run_cli("list", "--json").stdout.count('"id"') == 1


def test_cli_notes_add_and_set(isolated_env: Path, tmp_path: Path) -> None:
    doc = tmp_path / "talk.txt"
    doc.write_text("Plain talk.", encoding="utf-8")
    assert run_cli("process", str(doc), "--no-summary", "-O", "no_index=true").returncode == 0
    assert "has no notes" in run_cli("notes", "1").stdout
    assert run_cli("notes", "1", "--add", "[01:02] call Dana").returncode == 0
    file = tmp_path / "n.txt"
    file.write_text("# New outline\nsecond", encoding="utf-8")
    res = run_cli("notes", "1", "--set", str(file), "--json")
    assert res.returncode == 0 and '"text": "# New outline"' in res.stdout
    missing = run_cli("notes", "99")
    assert missing.returncode == 1 and "99" in missing.stderr
