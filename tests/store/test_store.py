"""The store on a real SQLite file: migrations, atomic changes, FTS (Korean-aware), trash, jobs, recovery."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from recordroute.errors import NotFoundError
from recordroute.store import ListFilter, Segment, Store
from recordroute.store.db import SCHEMA_VERSION, connect, migrate, schema_version
from recordroute.store.fts import bigrams, build_match, make_snippet
from recordroute.store.schema import MIGRATIONS


def _add(store: Store, title: str, texts: list[str], *, kind: str = "audio", h: str | None = None) -> int:
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash=h or title,
            kind=kind,
            source_name=f"{title}.wav",
            stored_name=f"xx/{title}",
            size_bytes=1,
            title=title,
        )
        segs = [Segment(idx=i, text=t, start=i * 5.0, end=i * 5.0 + 4) for i, t in enumerate(texts)]
        store.transcripts.replace(con, rid, segs)
    return rid


def test_migrations_from_empty(tmp_path: Path) -> None:
    con = connect(tmp_path / "a.db")
    assert schema_version(con) == 0
    assert migrate(con) == SCHEMA_VERSION
    assert schema_version(con) == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrate(con) == 0  # idempotent
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"recordings", "segments", "segments_fts", "jobs", "stages", "events"} <= tables


def test_migration_from_previous_version_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "recordroute.db"
    con = connect(path)
    migrate(con, target=SCHEMA_VERSION - 1)
    con.execute(
        "INSERT INTO recordings (content_hash, kind, source_name, stored_name, size_bytes, title, imported_at) "
        "VALUES ('h', 'audio', 'a.wav', 'h/h.wav', 3, 'old meeting', 1.0)"
    )
    con.close()
    store = Store(tmp_path)  # opening migrates to the current version
    assert schema_version(store.db.connection()) == SCHEMA_VERSION
    assert store.recordings.list()[0].title == "old meeting"
    store.recordings.log(1, "works after migration")
    assert store.recordings.events(1)[-1].message == "works after migration"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    con = connect(tmp_path / "recordroute.db")
    con.execute(f"PRAGMA user_version={len(MIGRATIONS) + 5}")
    con.close()
    with pytest.raises(Exception, match="newer than this app"):
        Store(tmp_path)


def test_transaction_rolls_back_everything(tmp_path: Path) -> None:
    store = Store(tmp_path)
    with pytest.raises(sqlite3.IntegrityError), store.db.tx() as con:
        rid = store.recordings.insert(
            con, content_hash="x", kind="audio", source_name="a", stored_name="a", size_bytes=1, title="t"
        )
        store.transcripts.replace(con, rid, [Segment(idx=0, text="hello")])
        store.recordings.insert(  # duplicate hash -> the whole change must vanish
            con, content_hash="x", kind="audio", source_name="a", stored_name="a", size_bytes=1, title="t"
        )
    assert store.recordings.count() == 0
    assert store.db.connection().execute("SELECT COUNT(*) FROM segments_fts").fetchone()[0] == 0


def test_no_record_cap_and_paging(tmp_path: Path) -> None:
    store = Store(tmp_path)
    with store.db.tx() as con:
        for i in range(250):
            store.recordings.insert(
                con,
                content_hash=f"h{i}",
                kind="audio",
                source_name=f"{i}.wav",
                stored_name=f"s{i}",
                size_bytes=1,
                title=f"rec {i:03d}",
                imported_at=1000.0 + i,
            )
    assert store.recordings.count() == 250
    page = store.recordings.list(offset=100, limit=50)
    assert [r.title for r in page][:2] == ["rec 149", "rec 148"]
    assert store.recordings.count(ListFilter(text="rec 01")) == 10
    # LIKE wildcards in user text are literal
    assert store.recordings.count(ListFilter(text="%")) == 0


def test_keyword_search_english_prefix_and_snippet(tmp_path: Path) -> None:
    store = Store(tmp_path)
    rid = _add(store, "planning", ["We reviewed the budget for the new office.", "Sarah sends the schedule."])
    hits = store.transcripts.search("budgets")
    assert hits == []  # prefix, not fuzzy
    hits = store.transcripts.search("budg")
    assert [(h.recording_id, h.segment_idx, h.start) for h in hits] == [(rid, 0, 0.0)]
    assert "[budget]" in hits[0].snippet
    assert store.transcripts.search('"; DROP TABLE recordings; --') == []


@pytest.mark.parametrize("query", ["예산", "예산을", "산"])
def test_keyword_search_korean_particles(tmp_path: Path, query: str) -> None:
    store = Store(tmp_path)
    rid = _add(
        store, "회의", ["올해 예산과 일정을 검토했습니다.", "다음 주까지 예산을 확정합니다.", "무관한 문장"]
    )
    hits = store.transcripts.search(query)
    found = {h.segment_idx for h in hits if h.recording_id == rid}
    expected = {1} if query == "예산을" else {0, 1}
    assert found == expected, (query, found)


def test_fts_helpers() -> None:
    assert bigrams("예산과 budget 일정") == "예산 산과 일정"
    assert build_match("예산 budget") == 'grams : "예산" AND text : "budget"*'
    assert build_match("  ") is None
    assert make_snippet("다음 주까지 예산을 확정", "예산") == "다음 주까지 [예산]을 확정"


def test_trash_restore_purge_hides_from_search(tmp_path: Path) -> None:
    store = Store(tmp_path)
    (store.library.root / "xx").mkdir(parents=True)
    (store.library.root / "xx" / "gone").write_bytes(b"x")
    rid = _add(store, "gone", ["alpha beta"])
    store.recordings.trash(rid)
    assert store.transcripts.search("alpha") == []
    with pytest.raises(NotFoundError):
        store.recordings.get(rid)
    store.recordings.restore(rid)
    assert len(store.transcripts.search("alpha")) == 1
    store.purge(rid)
    assert store.recordings.count(ListFilter(include_deleted=True)) == 0
    assert store.db.connection().execute("SELECT COUNT(*) FROM segments_fts").fetchone()[0] == 0
    assert not (store.library.root / "xx" / "gone").exists()


def test_keyword_search_ranks_first_then_filters_with_a_wider_pass(tmp_path: Path) -> None:
    """Ranking happens inside FTS5 before the joins; when the trash or a filter removes the best rows, a wider
    top is ranked again, so the hits are exactly those of filtering first."""
    store = Store(tmp_path)
    # The trashed recording's segments rank above the live one's: shorter texts, the word twice.
    trashed = _add(store, "old", ["예산 예산"] * 60)
    store.recordings.trash(trashed)
    live = _add(store, "new", [f"{i}번 안건: 올해 예산과 일정을 길게 검토했습니다" for i in range(8)])
    pdf = _add(store, "plan", ["예산 확정 문서 초안"] * 3, kind="pdf")
    hits = store.transcripts.search("예산", limit=5)
    assert len(hits) == 5 and trashed not in {h.recording_id for h in hits}
    assert [h.recording_id for h in hits[:3]] == [pdf] * 3  # the pdf's shorter rows rank first
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    audio = store.transcripts.search("예산", limit=20, kind="audio")
    assert sorted(h.segment_idx for h in audio) == list(range(8))
    assert {h.recording_id for h in audio} == {live}


def test_search_filters_and_stage_states(tmp_path: Path) -> None:
    store = Store(tmp_path)
    audio = _add(store, "weekly", ["alpha"])
    doc = _add(store, "plan", ["beta"], kind="pdf")
    trashed = _add(store, "old", ["gamma"])
    store.recordings.trash(trashed)
    assert store.recordings.titles_and_kinds([audio, doc, trashed, 999]) == {
        audio: ("weekly", "audio"),
        doc: ("plan", "pdf"),
    }
    assert store.recordings.titles_and_kinds([audio, doc], ListFilter(kind="pdf")) == {doc: ("plan", "pdf")}
    assert store.recordings.titles_and_kinds([]) == {}
    store.recordings.set_stage_state(audio, "transcribe", "failed")
    store.recordings.set_stage_state(audio, "ingest", "failed")  # ingest has no status column: nothing to do
    assert store.recordings.get(audio).transcribe_state == "failed"


def test_segment_edit_updates_index(tmp_path: Path) -> None:
    store = Store(tmp_path)
    rid = _add(store, "edit", ["the quarterly report", "second"])
    store.transcripts.edit(rid, 0, "the annual report")
    assert store.transcripts.search("quarterly") == []
    assert store.transcripts.search("annual")[0].segment_idx == 0
    assert store.transcripts.segments(rid)[0].text == "the annual report"
    with pytest.raises(NotFoundError):
        store.transcripts.edit(rid, 99, "x")


def test_jobs_queue_reorder_and_recovery(tmp_path: Path) -> None:
    store = Store(tmp_path)
    a = store.jobs.create(["ingest", "transcribe"], source_path="/a")
    b = store.jobs.create(["ingest", "transcribe"], source_path="/b")
    c = store.jobs.create(["ingest", "transcribe"], source_path="/c")
    store.jobs.move(c, -2)
    assert [j.id for j in store.jobs.list(states=("queued",))] == [c, a, b]
    assert store.jobs.claim(c) and not store.jobs.claim(c)
    store.jobs.stage_start(c, "ingest")
    store.jobs.stage_finish(c, "ingest")
    store.jobs.stage_start(c, "transcribe")
    # pretend the process that ran it died
    store.db.connection().execute("UPDATE jobs SET pid = 999999999 WHERE id = ?", (c,))
    assert store.jobs.recover_interrupted() == [c]
    job = store.jobs.get(c)
    assert job.state == "interrupted" and "retry" in (job.error or "")
    assert [s.state for s in job.stages] == ["done", "interrupted"]
    store.jobs.requeue(c)
    job = store.jobs.get(c)
    assert job.state == "queued" and [s.state for s in job.stages] == ["done", "pending"]
    assert store.jobs.cancel_queued(a)
    assert store.jobs.get(a).state == "cancelled"


def test_library_orphans_swept_only_when_old(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = Store(tmp_path)
    stray = store.library.root / "ab" / "abc.wav"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"data")
    # Another live process has the library open: a young stray may be its import in flight.
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom recordroute.store import Store\n"
            f"s = Store({str(tmp_path)!r})\nprint('open', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        store.startup_recovery()
        assert stray.exists()
        old = time.time() - 7200
        import os

        os.utime(stray, (old, old))
        store.startup_recovery()
        assert not stray.exists()  # old: a crash's leftover even while another process runs
        stray.write_bytes(b"data")
    finally:
        other.kill()
        other.wait()
    store.startup_recovery()
    assert not stray.exists()  # nobody else is alive: a young stray is a dead process's leftover too


def test_stored_names_never_come_from_user_text(tmp_path: Path) -> None:
    store = Store(tmp_path)
    name = store.library.stored_name("ab" * 32, ".../../etc/passwd")
    assert "/" not in name[3:] and ".." not in name
    with pytest.raises(ValueError):
        store.library.path("../../outside")


def test_two_processes_migrating_a_new_library_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second opener read version 0 before the first committed: it must skip, not re-create the tables."""
    from recordroute.store import db as dbmod

    path = tmp_path / "race.db"
    first, second = sqlite3.connect(path, isolation_level=None), sqlite3.connect(path, isolation_level=None)
    dbmod.migrate(first)
    real = dbmod.schema_version

    def seen(con: sqlite3.Connection) -> int:  # `second` read its version before `first` committed
        return 0 if con is second and not con.in_transaction else real(con)

    monkeypatch.setattr(dbmod, "schema_version", seen)
    assert dbmod.migrate(second) == 0
    assert real(second) == dbmod.SCHEMA_VERSION
    first.close()
    second.close()
