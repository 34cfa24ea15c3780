"""The Obsidian-style vault: idempotent, keeps the user's edits, follows changed minutes."""

from __future__ import annotations

import json

from recordroute.pipeline.vault import BEGIN, END, STATE_FILE, export_vault
from tests.conftest import run_cli
from tests.helpers.library import MINUTES_EN, add_recording, set_minutes


def _notes(folder) -> list:
    return sorted(p for p in folder.glob("*.md"))


def test_vault_notes_front_matter_minutes_transcript_and_link(ctx, tmp_path) -> None:
    rid = add_recording(ctx, title="Weekly: planning?")
    vault = tmp_path / "vault"
    first = export_vault(ctx.store, vault)
    assert len(first.created) == 1 and not first.updated
    note = _notes(vault)[0]
    assert note.name == f"Weekly planning ({rid}).md"
    text = note.read_text(encoding="utf-8")
    head, body = text[4:].split("\n---\n", 1)
    assert 'title: "Weekly: planning?"' in head and 'language: "en"' in head and 'kind: "audio"' in head
    assert 'duration: "01:30"' in head and "speakers: []" in head and 'tags: ["recordroute", "audio"]' in head
    assert body.startswith(BEGIN) and body.rstrip().endswith(END)
    assert "Book the venue" in body and "[00:30] The budget is 120 million won." in body
    assert "(<file://" in body and "ha/a.wav>)" in body


def test_vault_twice_no_duplicates_edits_kept_and_summary_change_updates(ctx, tmp_path) -> None:
    rid = add_recording(ctx)
    add_recording(ctx, title="Second", tag="b", minutes=None)
    vault = tmp_path / "vault"
    export_vault(ctx.store, vault)
    second = export_vault(ctx.store, vault)
    assert len(second.unchanged) == 2 and second.written == 0 and len(_notes(vault)) == 2
    note = next(p for p in _notes(vault) if f"({rid})" in p.name)
    text = note.read_text(encoding="utf-8").replace(
        "\n---\n", "\nproject: launch\naliases:\n  - kickoff\n---\n", 1
    )
    note.write_text(text + "\n## My notes\nCall Mina about the deposit.\n", encoding="utf-8")
    ctx.store.recordings.rename(rid, "Renamed meeting")  # the file name stays stable
    set_minutes(ctx, rid, MINUTES_EN.replace("Review on Friday", "Review on Monday"))
    third = export_vault(ctx.store, vault)
    assert third.updated == [note] and len(third.unchanged) == 1 and len(_notes(vault)) == 2
    text = note.read_text(encoding="utf-8")
    assert "Review on Monday" in text and "Review on Friday" not in text
    assert text.endswith("## My notes\nCall Mina about the deposit.\n") and 'title: "Renamed meeting"' in text
    assert "\nproject: launch\naliases:\n  - kickoff\n---\n" in text  # keys the user added stay
    assert export_vault(ctx.store, vault).written == 0
    assert json.loads((vault / STATE_FILE).read_text())["notes"][str(rid)] == note.name


def test_edit_inside_the_generated_block_is_never_overwritten(ctx, tmp_path) -> None:
    rid = add_recording(ctx)
    vault = tmp_path / "vault"
    export_vault(ctx.store, vault)
    note = _notes(vault)[0]
    edited = note.read_text(encoding="utf-8").replace("Book the venue", "Book the BIG venue")
    note.write_text(edited, encoding="utf-8")
    set_minutes(ctx, rid, MINUTES_EN + "- Extra step\n")
    result = export_vault(ctx.store, vault)
    assert note.read_text(encoding="utf-8") == edited
    assert len(result.beside) == 1 and "Extra step" in result.beside[0].read_text(encoding="utf-8")
    assert export_vault(ctx.store, vault).written == 0  # stable afterwards too


def test_cli_export_vault(ctx, tmp_path) -> None:
    add_recording(ctx)
    ctx.close()
    done = run_cli("export-vault", str(tmp_path / "v"), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == 1
    again = run_cli("export-vault", str(tmp_path / "v"), "--json")
    assert json.loads(again.stdout) == {"created": 0, "updated": 0, "unchanged": 1, "beside": []}
