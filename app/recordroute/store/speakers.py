"""Diarization runs, the speakers of each recording (names, talk time, voice embedding) and voice profiles."""

from __future__ import annotations

import builtins
import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError, NotFoundError
from ..vocab import StageState
from .chunks import bump_generation
from .db import Database
from .stage_state import write_stage_state


@dataclass
class SpeakerRow:
    label: str
    name: str | None
    talk_time: float
    embedding: np.ndarray | None = None

    @property
    def display(self) -> str:
        return self.name or self.label

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "name": self.name, "display": self.display, "talk_time": self.talk_time}


@dataclass
class DiarizationRun:
    recording_id: int
    version: int
    method: str
    model: str
    num_speakers: int
    requested: int | None
    seconds: float | None
    created_at: float
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class VoiceProfile:
    id: int
    name: str
    method: str
    model: str
    embedding: np.ndarray
    source_recording_id: int | None
    created_at: float


def _blob(vec: np.ndarray | None) -> bytes | None:
    return None if vec is None else np.asarray(vec, dtype=np.float32).tobytes()


def _vec(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()


class Speakers:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_run(
        self,
        con: sqlite3.Connection,
        rec_id: int,
        *,
        method: str,
        model: str,
        requested: int | None,
        seconds: float,
        speakers: Sequence[tuple[str, float, np.ndarray]],
        meta: dict[str, Any],
    ) -> int:
        """Record a new diarization run and replace the recording's speakers. Call inside the caller's tx."""
        row = con.execute(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM diarization_runs WHERE recording_id = ?", (rec_id,)
        ).fetchone()
        version = int(row[0])
        con.execute(
            "INSERT INTO diarization_runs (recording_id, version, method, model, requested, num_speakers, seconds, "
            "created_at, meta) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                rec_id,
                version,
                method,
                model,
                requested,
                len(speakers),
                seconds,
                time.time(),
                json.dumps(meta),
            ),
        )
        con.execute("DELETE FROM speakers WHERE recording_id = ?", (rec_id,))
        con.executemany(
            "INSERT INTO speakers (recording_id, label, talk_time, embedding, run_version) VALUES (?,?,?,?,?)",
            [(rec_id, label, talk, _blob(emb), version) for label, talk, emb in speakers],
        )
        write_stage_state(con, rec_id, "index", StageState.STALE, only_from=StageState.DONE)
        return version

    def latest_run(self, rec_id: int) -> DiarizationRun | None:
        row = (
            self.db.connection()
            .execute(
                "SELECT * FROM diarization_runs WHERE recording_id = ? ORDER BY version DESC LIMIT 1",
                (rec_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        data = dict(row)
        data.pop("id")
        data["meta"] = json.loads(data["meta"] or "{}")
        return DiarizationRun(**data)

    def list(self, rec_id: int) -> list[SpeakerRow]:
        rows = self.db.connection().execute(
            "SELECT label, name, talk_time, embedding FROM speakers WHERE recording_id = ? "
            "ORDER BY CAST(SUBSTR(label, 2) AS INTEGER), label",
            (rec_id,),
        )
        return [SpeakerRow(r["label"], r["name"], r["talk_time"], _vec(r["embedding"])) for r in rows]

    def rename(self, rec_id: int, label: str, name: str | None) -> None:
        """Name a speaker (None or blank clears the name). The label is the diarization label or a current name."""
        clean = " ".join((name or "").split()) or None
        if clean is not None and len(clean) > 100:
            raise InputError.said("speaker_name_too_long")
        with self.db.tx() as con:
            row = con.execute(
                "SELECT label FROM speakers WHERE recording_id = ? AND (label = ? OR name = ?) "
                "ORDER BY label = ? DESC LIMIT 1",
                (rec_id, label, label, label),
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    f"recording {rec_id} has no speaker {label!r}",
                    hint=f"see `recordroute speakers {rec_id}`",
                )
            con.execute(
                "UPDATE speakers SET name = ? WHERE recording_id = ? AND label = ?",
                (clean, rec_id, row["label"]),
            )
            bump_generation(con)  # cached search hits carry the old name
            con.execute(
                "INSERT INTO events (recording_id, at, level, stage, message) VALUES (?, ?, 'info', 'diarize', ?)",
                (rec_id, time.time(), f"speaker {row['label']} named {clean or '(cleared)'}"),
            )

    # --- voice profiles ------------------------------------------------------------------------------------
    def save_profile(
        self, name: str, method: str, model: str, embedding: np.ndarray, rec_id: int | None
    ) -> int:
        clean = " ".join(name.split())
        if not clean:
            raise InputError.said("profile_needs_name")
        with self.db.tx() as con:
            con.execute(
                "INSERT INTO voice_profiles (name, method, model, embedding, source_recording_id, created_at) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT (name, model) DO UPDATE SET embedding = excluded.embedding, "
                "source_recording_id = excluded.source_recording_id, created_at = excluded.created_at",
                (clean, method, model, _blob(embedding), rec_id, time.time()),
            )
            row = con.execute(
                "SELECT id FROM voice_profiles WHERE name = ? AND model = ?", (clean, model)
            ).fetchone()
        return int(row[0])

    def profiles(self, model: str | None = None) -> builtins.list[VoiceProfile]:
        sql, args = "SELECT * FROM voice_profiles", []
        if model is not None:
            sql += " WHERE model = ?"
            args.append(model)
        rows = self.db.connection().execute(sql + " ORDER BY name, model", args)
        return [
            VoiceProfile(
                r["id"],
                r["name"],
                r["method"],
                r["model"],
                _vec(r["embedding"]),  # type: ignore[arg-type]
                r["source_recording_id"],
                r["created_at"],
            )
            for r in rows
        ]

    def delete_profile(self, name: str) -> int:
        with self.db.tx() as con:
            n = con.execute("DELETE FROM voice_profiles WHERE name = ?", (name,)).rowcount
        if n == 0:
            raise NotFoundError(f"no voice profile named {name!r}", hint="see `recordroute profiles list`")
        return n
