"""Recordings with a transcript and minutes written straight through the store (no model needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from recordroute.store import Segment, Store
from recordroute.store.db import connect, migrate
from recordroute.store.fts import bigrams

MINUTES_EN = """## 1. Main topics
- Budget for the <b>spring</b> launch
## 2. Key points
- The budget is 120 million won
## 3. Decisions
- Ship on **May 3**
## 4. Action items
- Owner: Mina / Task: Book the venue / Due: April 10 / Time: [01:05]
- Owner: Joon / Task: Send the <script>alert(1)</script> draft / Due: unspecified / Time: [02:10]
## 5. Risks & issues
- None
## 6. Next steps
- Review on Friday
"""

MINUTES_KO = """## 1. 주요 주제
- 예산
## 4. 실행 항목
- 담당: 민아 / 할 일: 장소 예약 / 기한: 4월 10일 / 시점: [01:05]
"""


def add_recording(
    ctx: Any,
    *,
    title: str = "Weekly planning",
    texts: list[str] | None = None,
    minutes: str | None = MINUTES_EN,
    language: str = "en",
    tag: str = "a",
) -> int:
    texts = texts or [
        "Welcome to the weekly planning meeting.",
        "The budget is 120 million won.",
        "Mina books the venue by April 10.",
    ]
    segs = [Segment(idx=i, text=t, start=i * 30.0, end=i * 30.0 + 25.0) for i, t in enumerate(texts)]
    store = ctx.store
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash=f"hash-{tag}",
            kind="audio",
            source_name=f"{tag}.wav",
            stored_name=f"ha/{tag}.wav",
            size_bytes=1,
            title=title,
            duration=len(texts) * 30.0,
            transcribe_state="done",
            language=language,
            imported_at=1_700_000_000.0,
        )
        store.transcripts.replace(con, rid, segs)
    original = store.library.path(f"ha/{tag}.wav")
    original.parent.mkdir(parents=True, exist_ok=True)
    original.write_bytes(f"RIFF original audio of {tag}".encode() * 100)
    if minutes is not None:
        set_minutes(ctx, rid, minutes)
    return rid


def set_minutes(ctx: Any, rid: int, markdown: str, title: str | None = None) -> None:
    sid = ctx.store.summaries.begin(rid, template="minutes", language="en", backend="test", model=None)
    ctx.store.summaries.complete(sid, markdown=markdown, title=title, llm_calls=1, retitle=False)


def older_library(path: Path, texts: list[str], version: int, first_id: int = 1) -> None:
    """A library at schema `version` with one recording whose segments and FTS rows are written by hand (as that
    version's app wrote them), so opening it with `Store` runs the later migrations over real rows."""
    con = connect(path / "recordroute.db")
    migrate(con, target=version)
    con.execute(
        "INSERT INTO recordings (id, content_hash, kind, source_name, stored_name, size_bytes, title, imported_at) "
        "VALUES (1, 'h', 'audio', 'a.wav', 'h/h.wav', 3, 'old', 1.0)"
    )
    for i, text in enumerate(texts):
        row = (first_id + i, i, text)
        con.execute("INSERT INTO segments (id, recording_id, idx, text) VALUES (?, 1, ?, ?)", row)
        con.execute(
            "INSERT INTO segments_fts (rowid, text, grams, recording_id) VALUES (?, ?, ?, 1)",
            (first_id + i, text, bigrams(text)),
        )
    con.close()


def add_segments(store: Store, title: str, texts: list[str], flagged: set[int] | None = None) -> int:
    """A recording titled `title` whose transcript is `texts` (segment i at i s), written through the store's own
    writer (FTS rows, word table, lengths); the segments in `flagged` are kept as not recognised reliably."""
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash=title,
            kind="audio",
            source_name=f"{title}.wav",
            stored_name=f"xx/{title}",
            size_bytes=1,
            title=title,
        )
        segs = [
            Segment(
                idx=i,
                text=t,
                start=float(i),
                end=i + 0.5,
                flag="low_confidence" if i in (flagged or ()) else None,
            )
            for i, t in enumerate(texts)
        ]
        store.transcripts.replace(con, rid, segs)
    return rid
