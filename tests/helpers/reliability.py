"""Checks that a data folder lost nothing and holds nothing half-made (used by the suite and the report).

`check_data_dir` looks at the folder as the next app start leaves it (run it after any `recordroute` command,
which runs start-up recovery) and returns a list of problems, empty when every invariant holds:

- `PRAGMA integrity_check` is ok (and the FTS5 index's own integrity check);
- every recording's original is in the library, with the size and SHA-256 its row records;
- no file in the library that no recording points to, and no temp file anywhere in the data folder;
- no job or summary is left running; every failed job says why;
- the FTS index holds exactly the segments, with the same text;
- the vector index of the configured embedding model opens consistent and holds exactly the chunks of the
  recordings indexed with it (when `vectors=True` and every job is done);
- no recording appears twice (by content, or by source file name and size).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

TEMP_SUFFIXES = (".tmp", ".part", ".partial")


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)
    recordings: dict[str, int] = field(default_factory=dict)  # content hash -> recording id
    jobs: dict[str, int] = field(default_factory=dict)  # state -> count

    @property
    def ok(self) -> bool:
        return not self.problems


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def query(db: Path, sql: str, args: tuple = ()) -> list[tuple]:
    """A read-only look at a database another process may be writing (empty on any error)."""
    if not db.exists():
        return []
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=2)
        try:
            return [tuple(r) for r in con.execute(sql, args).fetchall()]
        finally:
            con.close()
    except sqlite3.Error:
        return []


def check_data_dir(
    data_dir: Path,
    *,
    expect_hashes: set[str] | None = None,
    vectors: bool = True,
    embed_name_dim: tuple[str, int] | None = None,
) -> CheckResult:
    """Every invariant above; `expect_hashes` are originals that must still be there (records lost if not)."""
    data_dir = Path(data_dir)
    res = CheckResult()
    db = data_dir / "recordroute.db"
    con = sqlite3.connect(db, timeout=30)
    con.row_factory = sqlite3.Row
    try:
        _check_db(con, res)
        _check_library(con, data_dir, res, expect_hashes or set())
        _check_jobs(con, res)
        _check_fts(con, res)
        if vectors and not res.problems and embed_name_dim is not None:
            _check_vectors(con, data_dir, res, embed_name_dim)
    finally:
        con.close()
    _check_temp_files(data_dir, res)
    return res


def _check_db(con: sqlite3.Connection, res: CheckResult) -> None:
    status = con.execute("PRAGMA integrity_check").fetchone()[0]
    if status != "ok":
        res.problems.append(f"integrity_check: {status}")
    try:
        con.execute("INSERT INTO segments_fts(segments_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        res.problems.append(f"FTS integrity-check: {exc}")


def _check_library(con: sqlite3.Connection, data_dir: Path, res: CheckResult, expect: set[str]) -> None:
    library = data_dir / "library"
    known: set[str] = set()
    seen_source: dict[tuple[str, int], int] = {}
    for row in con.execute("SELECT id, content_hash, stored_name, size_bytes, source_name FROM recordings"):
        rid, digest, stored, size, source = row
        res.recordings[digest] = rid
        known.add(stored)
        path = library / stored
        if not path.is_file():
            res.problems.append(f"recording {rid}: original {stored} is missing")
        elif path.stat().st_size != size or sha256(path) != digest:
            res.problems.append(f"recording {rid}: original {stored} does not match its hash/size")
        key = (source, size)
        if key in seen_source:
            res.problems.append(f"recording {rid} duplicates recording {seen_source[key]} ({source})")
        seen_source[key] = rid
    for digest in sorted(expect - set(res.recordings)):
        res.problems.append(f"LOST: the recording with hash {digest[:12]} is gone")
    if library.is_dir():
        for path in library.rglob("*"):
            rel = path.relative_to(library).as_posix()
            if path.is_file() and rel not in known:
                res.problems.append(f"orphan file in the library: {rel}")


def _check_jobs(con: sqlite3.Connection, res: CheckResult) -> None:
    for state, count in con.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state"):
        res.jobs[state] = count
    for jid, state, error in con.execute("SELECT id, state, error FROM jobs WHERE state NOT IN ('done')"):
        if state in ("running", "queued"):
            res.problems.append(f"job {jid} is still {state} after recovery")
        elif not error:
            res.problems.append(f"job {jid} is {state} without a reason")
    for sid, state in con.execute("SELECT id, state FROM summaries WHERE state = 'running'"):
        res.problems.append(f"summary {sid} is still {state} after recovery")
    bad = con.execute(
        "SELECT COUNT(*) FROM summaries WHERE state = 'complete' AND (markdown IS NULL OR markdown = '')"
    ).fetchone()[0]
    if bad:
        res.problems.append(f"{bad} summaries are 'complete' but empty")


def _check_fts(con: sqlite3.Connection, res: CheckResult) -> None:
    # Segments kept but flagged (speech not recognised reliably) are deliberately left out of the FTS index.
    segs = {r[0]: r[1] for r in con.execute("SELECT id, text FROM segments WHERE flag IS NULL")}
    fts = {r[0]: r[1] for r in con.execute("SELECT rowid, text FROM segments_fts")}
    if set(segs) != set(fts):
        res.problems.append(f"FTS rows differ from segments: {len(set(segs) ^ set(fts))} ids in one only")
    elif any(segs[i] != fts[i] for i in segs):
        res.problems.append("FTS text differs from segment text")


def _check_vectors(con: sqlite3.Connection, data_dir: Path, res: CheckResult, model: tuple[str, int]) -> None:
    from recordroute.errors import IndexCorrupt
    from recordroute.store.vectors import MmapVectorIndex

    name, dim = model
    unfinished = con.execute("SELECT COUNT(*) FROM jobs WHERE state != 'done'").fetchone()[0]
    if unfinished:
        return  # only a finished library must agree exactly; recovery of the rest is checked by the jobs
    want = {
        r[0]
        for r in con.execute(
            "SELECT c.id FROM chunks c JOIN recordings r ON r.id = c.recording_id "
            "WHERE r.index_state = 'done' AND r.index_model = ?",
            (name,),
        )
    }
    pending = con.execute(
        "SELECT COUNT(*) FROM recordings WHERE transcribe_state = 'done' AND deleted_at IS NULL "
        "AND (index_state != 'done' OR index_model != ?)",
        (name,),
    ).fetchone()[0]
    if pending:
        res.problems.append(f"{pending} transcribed recordings are not indexed with {name}")
    folder = data_dir / "vectors"
    try:
        with MmapVectorIndex(folder, name, dim) as index:
            have = set(index.live_ids().tolist())
    except IndexCorrupt as exc:
        res.problems.append(f"vector index inconsistent: {exc}")
        return
    if have != want:
        res.problems.append(
            f"vector index differs from the chunks: {len(want - have)} missing, {len(have - want)} stale"
        )


def _check_temp_files(data_dir: Path, res: CheckResult) -> None:
    for path in data_dir.rglob("*"):
        if path.is_file() and path.name.endswith(TEMP_SUFFIXES):
            res.problems.append(f"temp file left behind: {path.relative_to(data_dir)}")
