"""Store v5: speaker columns, diarization runs, named speakers and voice profiles (real SQLite)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from recordroute.errors import InputError, NotFoundError
from recordroute.store import Segment, Store, Word
from recordroute.store.db import SCHEMA_VERSION, connect, migrate, schema_version


def _recording(store: Store) -> int:
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash="h",
            kind="audio",
            source_name="a.wav",
            stored_name="h/a.wav",
            size_bytes=1,
            title="talk",
            transcribe_state="done",
        )
        store.transcripts.replace(
            con,
            rid,
            [
                Segment(
                    idx=0,
                    text="hello there",
                    start=0.0,
                    end=1.0,
                    speaker="S1",
                    words=[Word(0.0, 0.5, " hello", speaker="S1"), Word(0.5, 1.0, " there", speaker="S1")],
                ),
                Segment(idx=1, text="hi", start=1.2, end=1.5, speaker="S2"),
            ],
        )
    return rid


def test_v4_database_gains_speakers_and_keeps_segments(tmp_path: Path) -> None:
    con = connect(tmp_path / "recordroute.db")
    migrate(con, target=4)
    con.execute(
        "INSERT INTO recordings (content_hash, kind, source_name, stored_name, size_bytes, title, "
        "imported_at) VALUES ('h', 'audio', 'a.wav', 'h/h.wav', 3, 'old', 1.0)"
    )
    con.execute(
        "INSERT INTO segments (recording_id, idx, start, end, text, words) VALUES "
        '(1, 0, 0.0, 1.0, \'old words\', \'[{"start": 0.0, "end": 1.0, "word": " old", '
        '"probability": 0.9}]\')'
    )
    con.commit()
    con.close()
    store = Store(tmp_path)
    assert schema_version(store.db.connection()) == SCHEMA_VERSION  # every later migration ran too
    seg = store.transcripts.segments(1)[0]
    assert seg.text == "old words" and seg.speaker is None and seg.words[0].speaker is None
    assert "speaker" not in seg.to_dict()  # undiarized exports look as before
    assert store.recordings.get(1).diarize_state == "none"
    store.close()


def test_runs_are_versioned_and_names_survive_reopen(tmp_path: Path) -> None:
    store = Store(tmp_path)
    rid = _recording(store)
    emb = np.arange(4, dtype=np.float32)
    for expected in (1, 2):
        with store.db.tx() as con:
            version = store.speakers.save_run(
                con,
                rid,
                method="basic",
                model="mfcc-stats",
                requested=None,
                seconds=0.1,
                speakers=[("S1", 1.0, emb), ("S2", 0.3, emb + 1)],
                meta={"label": "basic (no model)"},
            )
        assert version == expected
    store.speakers.rename(rid, "S1", "  Alice   Kim ")
    store.speakers.rename(rid, "Alice Kim", "Alice")  # by current name
    gen = store.chunks.generation()
    store.speakers.rename(rid, "S2", "Bob")
    assert store.chunks.generation() > gen  # cached search hits must not keep the old name
    store.close()
    store = Store(tmp_path)
    rows = store.speakers.list(rid)
    assert [(s.label, s.name, s.talk_time) for s in rows] == [("S1", "Alice", 1.0), ("S2", "Bob", 0.3)]
    assert np.array_equal(rows[1].embedding, emb + 1)
    assert store.speakers.latest_run(rid).version == 2
    segs = store.transcripts.segments(rid)
    assert [s.speaker_name for s in segs] == ["Alice", "Bob"]
    assert segs[0].to_dict()["words"][0]["speaker"] == "Alice"
    with pytest.raises(NotFoundError, match="no speaker 'S7'"):
        store.speakers.rename(rid, "S7", "x")
    with pytest.raises(InputError, match="at most 100"):
        store.speakers.rename(rid, "S1", "x" * 101)
    store.close()


def test_voice_profiles_upsert_and_delete(tmp_path: Path) -> None:
    store = Store(tmp_path)
    rid = _recording(store)
    store.speakers.save_profile("Alice", "neural", "dvector-vfl", np.ones(3, dtype=np.float32), rid)
    store.speakers.save_profile("Alice", "neural", "dvector-vfl", np.zeros(3, dtype=np.float32), rid)
    store.speakers.save_profile("Alice", "basic", "mfcc-stats", np.ones(5, dtype=np.float32), None)
    profiles = store.speakers.profiles()
    assert [(p.model, p.embedding.sum()) for p in profiles] == [("dvector-vfl", 0.0), ("mfcc-stats", 5.0)]
    assert [p.name for p in store.speakers.profiles("mfcc-stats")] == ["Alice"]
    with pytest.raises(InputError):
        store.speakers.save_profile("  ", "basic", "mfcc-stats", np.ones(5, dtype=np.float32), None)
    store.purge(rid)
    assert store.speakers.profiles()[0].source_recording_id is None  # profiles outlive their recording
    assert store.speakers.delete_profile("Alice") == 2
    with pytest.raises(NotFoundError):
        store.speakers.delete_profile("Alice")
    store.close()
