"""Schema migrations, one SQL script per version. Never edit a released script: append a new one."""

from __future__ import annotations

V1 = """
CREATE TABLE recordings (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('audio', 'video', 'pdf', 'text')),
    source_name    TEXT NOT NULL,
    stored_name    TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL,
    title          TEXT NOT NULL,
    duration       REAL,
    pages          INTEGER,
    language       TEXT,
    encoding       TEXT,
    imported_at    REAL NOT NULL,
    recorded_at    REAL,
    stt_model      TEXT,
    stt_task       TEXT,
    transcribe_state TEXT NOT NULL DEFAULT 'none',
    deleted_at     REAL,
    meta           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX recordings_imported ON recordings (imported_at);

CREATE TABLE segments (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    start         REAL,
    end           REAL,
    page          INTEGER,
    text          TEXT NOT NULL,
    words         TEXT,
    UNIQUE (recording_id, idx)
);

-- rowid = segments.id; `grams` holds Hangul/CJK character bigrams so particles and short words match.
CREATE VIRTUAL TABLE segments_fts USING fts5 (
    text, grams, recording_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER REFERENCES recordings (id) ON DELETE CASCADE,
    source_path   TEXT,
    state         TEXT NOT NULL,
    position      INTEGER NOT NULL,
    options       TEXT NOT NULL DEFAULT '{}',
    error         TEXT,
    error_code    TEXT,
    created_at    REAL NOT NULL,
    started_at    REAL,
    finished_at   REAL,
    pid           INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX jobs_state ON jobs (state, position);

CREATE TABLE stages (
    job_id       INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending',
    progress     REAL NOT NULL DEFAULT 0,
    eta          REAL,
    started_at   REAL,
    finished_at  REAL,
    error        TEXT,
    PRIMARY KEY (job_id, name)
);
"""

# v2: a per-recording event log (what ran, how long, what failed) for the viewer's details tab.
V2 = """
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER REFERENCES recordings (id) ON DELETE CASCADE,
    job_id        INTEGER REFERENCES jobs (id) ON DELETE SET NULL,
    at            REAL NOT NULL,
    level         TEXT NOT NULL DEFAULT 'info',
    stage         TEXT,
    message       TEXT NOT NULL
);
CREATE INDEX events_recording ON events (recording_id, at);
"""

# v3: versioned summaries (minutes + title) and the optional corrected transcript, kept beside the original.
V3 = """
CREATE TABLE summaries (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    template      TEXT NOT NULL,
    language      TEXT NOT NULL,
    model         TEXT,
    backend       TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('running', 'complete', 'failed', 'cancelled')),
    created_at    REAL NOT NULL,
    finished_at   REAL,
    title         TEXT,
    markdown      TEXT,
    error         TEXT,
    llm_calls     INTEGER NOT NULL DEFAULT 0,
    pid           INTEGER,
    meta          TEXT NOT NULL DEFAULT '{}',
    UNIQUE (recording_id, version)
);
CREATE TABLE corrections (
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    model         TEXT,
    created_at    REAL NOT NULL,
    PRIMARY KEY (recording_id, idx)
);
ALTER TABLE recordings ADD COLUMN summarize_state TEXT NOT NULL DEFAULT 'none';
ALTER TABLE recordings ADD COLUMN title_source TEXT NOT NULL DEFAULT 'file';
"""

# v4: search chunks (30–60 s windows or page/paragraph groups) for the semantic index, the vector spaces
# (model + dimension) they were embedded in, and a generation counter that invalidates query caches.
V4 = """
CREATE TABLE chunks (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: stale vectors can't alias new chunks
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start         REAL,
    end           REAL,
    page          INTEGER,
    seg_from      INTEGER NOT NULL,
    seg_to        INTEGER NOT NULL,
    UNIQUE (recording_id, idx)
);
CREATE TABLE vector_spaces (
    model         TEXT PRIMARY KEY,
    dim           INTEGER NOT NULL,
    created_at    REAL NOT NULL,
    active        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE kv (
    key           TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);
INSERT INTO kv (key, value) VALUES ('generation', '0');
ALTER TABLE recordings ADD COLUMN index_state TEXT NOT NULL DEFAULT 'none';
ALTER TABLE recordings ADD COLUMN index_model TEXT;
"""

# v5: speaker diarization. `segments.speaker` is a label ("S1") of the recording's latest diarization run;
# `speakers` names those labels and keeps their voice embedding; `voice_profiles` are named voices saved by the
# user (they never leave this database) to suggest names in new recordings.
V5 = """
ALTER TABLE segments ADD COLUMN speaker TEXT;
ALTER TABLE recordings ADD COLUMN diarize_state TEXT NOT NULL DEFAULT 'none';
CREATE TABLE diarization_runs (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    method        TEXT NOT NULL,
    model         TEXT NOT NULL,
    requested     INTEGER,
    num_speakers  INTEGER NOT NULL,
    seconds       REAL,
    created_at    REAL NOT NULL,
    meta          TEXT NOT NULL DEFAULT '{}',
    UNIQUE (recording_id, version)
);
CREATE TABLE speakers (
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    name          TEXT,
    talk_time     REAL NOT NULL DEFAULT 0,
    embedding     BLOB,
    run_version   INTEGER NOT NULL,
    PRIMARY KEY (recording_id, label)
);
CREATE TABLE voice_profiles (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    method        TEXT NOT NULL,
    model         TEXT NOT NULL,
    embedding     BLOB NOT NULL,
    source_recording_id INTEGER REFERENCES recordings (id) ON DELETE SET NULL,
    created_at    REAL NOT NULL,
    UNIQUE (name, model)
);
"""

# v6: meeting context. `notes` are the user's own notes (one line each, `at` seconds into the recording or
# NULL), searchable through `notes_fts`; `translations` hold a transcript translated segment by segment (the
# segment's times stay the original's); `calendar_events` are events imported from .ics files; `recipe_runs` are
# the versioned outputs of the user's saved prompts (apart from the minutes, so they never become them).
V6 = """
CREATE TABLE notes (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    at            REAL,
    text          TEXT NOT NULL,
    UNIQUE (recording_id, idx)
);
CREATE VIRTUAL TABLE notes_fts USING fts5 (
    text, grams, recording_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE translations (
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    model         TEXT,
    created_at    REAL NOT NULL,
    PRIMARY KEY (recording_id, language, idx)
);
CREATE TABLE calendar_events (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    uid           TEXT NOT NULL,
    start         REAL NOT NULL,
    end           REAL NOT NULL,
    title         TEXT NOT NULL,
    attendees     TEXT NOT NULL DEFAULT '[]',
    agenda        TEXT NOT NULL DEFAULT '',
    UNIQUE (source, uid, start)
);
CREATE INDEX calendar_events_time ON calendar_events (start, end);
ALTER TABLE recordings ADD COLUMN event_id INTEGER REFERENCES calendar_events (id) ON DELETE SET NULL;
CREATE TABLE recipe_runs (
    id            INTEGER PRIMARY KEY,
    recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    recipe        TEXT NOT NULL,
    version       INTEGER NOT NULL,
    language      TEXT NOT NULL,
    backend       TEXT NOT NULL,
    model         TEXT,
    state         TEXT NOT NULL CHECK (state IN ('running', 'complete', 'failed', 'cancelled')),
    created_at    REAL NOT NULL,
    finished_at   REAL,
    markdown      TEXT,
    error         TEXT,
    UNIQUE (recording_id, recipe, version)
);
"""

# v7: many processes on one library. A job belongs to the process that queued it (`owner_pid`, shown as
# `owner_name`) unless handed over, and another process cancels it through `cancel_requested` (the owner polls);
# `index_pending` marks recordings a (resumable) re-index still has to chunk and embed. Libraries from before v4
# were never chunked: their transcribed recordings are marked here and one queued "reindex" job (no owner: any
# RecordRoute that runs jobs takes it) makes them searchable by itself.
V7 = """
ALTER TABLE jobs ADD COLUMN owner_pid INTEGER;
ALTER TABLE jobs ADD COLUMN owner_name TEXT;
ALTER TABLE jobs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recordings ADD COLUMN index_pending INTEGER NOT NULL DEFAULT 0;
UPDATE recordings SET index_pending = 1 WHERE transcribe_state = 'done' AND index_state != 'done';
INSERT INTO jobs (state, position, options, created_at)
    SELECT 'queued', (SELECT COALESCE(MAX(position), 0) + 1 FROM jobs), '{}', CAST(strftime('%s', 'now') AS REAL)
    WHERE EXISTS (SELECT 1 FROM recordings WHERE index_pending = 1);
INSERT INTO stages (job_id, name, seq)
    SELECT j.id, 'reindex', 0 FROM jobs j
    WHERE j.recording_id IS NULL AND j.source_path IS NULL AND j.state = 'queued'
    AND NOT EXISTS (SELECT 1 FROM stages s WHERE s.job_id = j.id);
"""

# v8: segments the confidence guards did not trust keep their text with `flag` (why) and `confidence` (mean
# token probability); they stay out of FTS, chunks, minutes and exports unless asked for. `source_idx` is the
# segment a diarization split came from (stable across re-diarization, so corrections keyed by it survive).
V8 = """
ALTER TABLE segments ADD COLUMN confidence REAL;
ALTER TABLE segments ADD COLUMN flag TEXT;
ALTER TABLE segments ADD COLUMN source_idx INTEGER;
"""

# v9: how many segments hold each indexed word, per FTS column (`store/fts_words.py`): a search ranks on its rare
# terms and checks the very common ones on the ranked rows. Filled here from FTS5's own vocabulary.
V9 = """
CREATE TABLE fts_words (
    col           TEXT NOT NULL,
    word          TEXT NOT NULL,
    docs          INTEGER NOT NULL,
    PRIMARY KEY (col, word)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.segments_fts_v9 USING fts5vocab(main, segments_fts, col);
INSERT INTO fts_words (col, word, docs) SELECT col, term, doc FROM temp.segments_fts_v9;
DROP TABLE temp.segments_fts_v9;
"""

# v10: a segment that holds overlapped speech (two speakers at once, found by diarization; its words carry the
# mark in their JSON). Re-diarizing rewrites the segments, so the mark is set or cleared with the speakers.
V10 = """
ALTER TABLE segments ADD COLUMN overlap INTEGER NOT NULL DEFAULT 0;
"""

# v11: each chunk's language ('ko'/'en', engines/embed/calibration.text_language), kept at indexing so a
# calibrated search does not read and scan the texts of its 160 candidates; NULL (older rows) is worked out
# from the text at search time, as before.
V11 = """
ALTER TABLE chunks ADD COLUMN lang TEXT;
"""

# v12: the shortest chunk's length in characters (kv 'chunk_min_chars'), lowered as chunks are written and never
# raised when they go, so it stays a lower bound: a calibrated search bounds what the passages it did not look at
# could score with it (engines/embed/calibration.Calibration.complete). No row while there are no chunks.
V12 = """
INSERT INTO kv (key, value) SELECT 'chunk_min_chars', MIN(length(text)) FROM chunks HAVING COUNT(*) > 0;
"""

# v13: each FTS row's token total, 4096 rows a blob (`store/fts_rank.py`): a very common term is ranked in bulk
# rather than row by row. Filled from FTS5's own sizes by `fts_rank.fill_all`, which `db.migrate` runs after it.
V13 = """
CREATE TABLE IF NOT EXISTS fts_lengths (
    block         INTEGER PRIMARY KEY,
    lens          BLOB NOT NULL
);
"""

MIGRATIONS: list[str] = [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13]
