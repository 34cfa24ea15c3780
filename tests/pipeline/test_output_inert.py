"""Exports and vault notes stay inert and writable whatever the transcript, the minutes or the title hold
(issue 23: 3, 5, 17, 20, 21)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from recordroute.pipeline.export import load_doc
from recordroute.pipeline.export.markdown import to_markdown
from recordroute.pipeline.export.plain import to_vtt
from recordroute.pipeline.vault import STATE_FILE, export_vault
from recordroute.store import Segment
from tests.helpers.library import add_recording

LIVE = "See ![b](http://attacker.example/b.png) and [x](https://attacker.example/) or <img src=x> ![[secret.png]]"


def _rendered_html(markdown: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return str(markdown_it.MarkdownIt("commonmark").render(markdown))


def _front_matter(note: Path) -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    text = note.read_text(encoding="utf-8")
    head = text[4 : text.index("\n---\n", 4)]
    return dict(yaml.safe_load(head))


def test_markdown_export_renders_no_link_or_image_from_transcript_or_minutes(ctx: Any) -> None:
    rid = add_recording(ctx, texts=[LIVE, "plain"], minutes=f"## Decisions\n- {LIVE}\n- [ ] follow up")
    text = to_markdown(load_doc(ctx.store, rid))
    html = _rendered_html(text)
    assert "<img" not in html and "<a " not in html and "attacker.example" in html
    assert 'type="checkbox"' in html or "[ ] follow up" in text  # the task box stays a task box


def test_vault_note_renders_no_link_or_image_but_its_own(ctx: Any, tmp_path: Path) -> None:
    rid = add_recording(ctx, texts=[LIVE], minutes=LIVE)
    export_vault(ctx.store, tmp_path / "vault", [rid])
    note = next((tmp_path / "vault").glob("*.md"))
    html = _rendered_html(note.read_text(encoding="utf-8"))
    assert "<img" not in html and "attacker.example" in html
    assert "href=" not in html.replace('href="file://', "")  # no link but the one to the original file
    assert "(<file://" in note.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ["../escaped.md", "/tmp/abs-note.md", "sub/x.md", "..\\x.md", "x.txt"])
def test_vault_state_cannot_send_a_note_outside_the_vault(ctx: Any, tmp_path: Path, bad: str) -> None:
    rid = add_recording(ctx)
    vault = tmp_path / "vault" / "inner"
    vault.mkdir(parents=True)
    target = bad.replace("/tmp/", f"{tmp_path}/")
    (vault / STATE_FILE).write_text(json.dumps({"version": 1, "notes": {str(rid): target}}))
    result = export_vault(ctx.store, vault, [rid])
    assert [p.parent for p in result.created] == [vault]
    assert sorted(p.name for p in tmp_path.rglob("*.md")) == [f"Weekly planning ({rid}).md"]
    assert json.loads((vault / STATE_FILE).read_text())["notes"][str(rid)] == f"Weekly planning ({rid}).md"


def test_a_title_of_60_emoji_does_not_stop_the_vault(ctx: Any, tmp_path: Path) -> None:
    rid = add_recording(ctx, title="🎙️" * 60)
    other = add_recording(ctx, title="Next", tag="b")
    result = export_vault(ctx.store, tmp_path / "vault")
    assert len(result.created) == 2
    for note in result.created:
        assert len(note.name.encode("utf-8")) < 200
    assert {rid, other} == {int(p.stem.rsplit("(", 1)[1].rstrip(")")) for p in result.created}


def test_front_matter_is_valid_yaml_with_c1_controls_and_cr_is_no_user_edit(ctx: Any, tmp_path: Path) -> None:
    title = "Budget\x85review\u2028Q3\r\nfinal\x9b31m\x7f"
    rid = add_recording(ctx, title=title, texts=["line one\rline two", "ok"])
    vault = tmp_path / "vault"
    first = export_vault(ctx.store, vault, [rid])
    assert len(first.created) == 1
    assert _front_matter(first.created[0])["title"] == title  # the exact title survives the round trip
    again = export_vault(ctx.store, vault, [rid])
    assert again.unchanged == first.created and not again.beside


def _seg(text: str, speaker: str | None = None) -> Segment:
    return Segment(idx=0, text=text, start=0.0, end=1.0, speaker=speaker)


@pytest.mark.parametrize("speaker", [None, "S1"])
def test_vtt_escapes_markup_with_and_without_speakers(speaker: str | None) -> None:
    vtt = to_vtt([_seg("a <b>bold</b> & <c.red>x</c> --> y", speaker)])
    cue = vtt.split("\n")[3]
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;c.red&gt;" in cue
    assert "<b>" not in cue and "-->" not in cue


def test_a_vault_inside_the_data_folder_is_refused(ctx: Any) -> None:
    from recordroute.safepaths import OutputInDataFolderError

    add_recording(ctx)
    with pytest.raises(OutputInDataFolderError):
        export_vault(ctx.store, ctx.settings.data_dir / "library")
    assert not list(ctx.settings.data_dir.rglob("*.md"))
