"""Plain records returned by the store. Faces render these; they never see SQL rows."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..job_options import JobOptions
from ..transcript import Segment, Word
from ..vocab import StageState


@dataclass
class Recording:
    id: int
    content_hash: str
    kind: str
    source_name: str
    stored_name: str
    size_bytes: int
    title: str
    imported_at: float
    duration: float | None = None
    pages: int | None = None
    language: str | None = None
    encoding: str | None = None
    recorded_at: float | None = None
    stt_model: str | None = None
    stt_task: str | None = None
    transcribe_state: str = "none"
    summarize_state: str = "none"
    title_source: str = "file"
    index_state: str = "none"
    index_model: str | None = None
    diarize_state: str = "none"
    deleted_at: float | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Recording:
        data = dict(row)
        data["meta"] = json.loads(data.get("meta") or "{}")
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def is_document(self) -> bool:
        return self.kind in ("pdf", "text")

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def segment_from_row(row: sqlite3.Row) -> Segment:
    """A saved segment; `speaker_name` comes from the speakers join when the query made one."""
    words = [Word(**w) for w in json.loads(row["words"])] if row["words"] else []
    keys = row.keys()
    speaker = row["speaker"] if "speaker" in keys else None
    name = row["speaker_name"] if "speaker_name" in keys else None
    return Segment(
        id=row["id"],
        idx=row["idx"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        page=row["page"],
        words=words,
        speaker=speaker,
        speaker_name=name or speaker,
        confidence=row["confidence"] if "confidence" in keys else None,
        flag=row["flag"] if "flag" in keys else None,
        source_idx=row["source_idx"] if "source_idx" in keys else None,
        overlap=bool(row["overlap"]) if "overlap" in keys else False,
    )


@dataclass(frozen=True)
class HiddenSpeech:
    """Segments kept but hidden because the speech model did not recognise them reliably."""

    segments: int
    seconds: float

    def sentence(self) -> str:
        """ "12 s of speech not recognised reliably: 3 segments hidden", or "" when nothing is hidden."""
        if not self.segments:
            return ""
        noun = "segment" if self.segments == 1 else "segments"
        return f"{self.seconds:.0f} s of speech not recognised reliably: {self.segments} {noun} hidden"


@dataclass
class Stage:
    name: str
    seq: int
    state: str = StageState.PENDING
    progress: float = 0.0
    eta: float | None = None
    started_at: float | None = None
    finished_at: float | None = None
    error: str | None = None

    @property
    def seconds(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return self.finished_at - self.started_at


@dataclass
class Job:
    id: int
    state: str
    position: int
    created_at: float
    recording_id: int | None = None
    source_path: str | None = None
    options: JobOptions = field(default_factory=JobOptions)
    error: str | None = None
    error_code: str | None = None
    started_at: float | None = None
    finished_at: float | None = None
    pid: int | None = None  # the process running it now
    attempts: int = 0
    stages: list[Stage] = field(default_factory=list)
    owner_pid: int | None = None  # the process that queued it and alone runs it (None: any process may)
    owner_name: str | None = None  # what that process is, for people: "window", "serve", "cli"
    cancel_requested: bool = False  # another process asked the owner to cancel it

    @property
    def owner(self) -> str:
        """Who runs (or will run) this job, e.g. "cli (pid 4242)"; "any" for jobs nobody owns."""
        if self.owner_pid is None:
            return "any"
        return f"{self.owner_name or 'process'} (pid {self.owner_pid})"

    def owned_by_me(self) -> bool:
        return self.owner_pid is None or self.owner_pid == os.getpid()

    def elsewhere(self) -> bool:
        """Owned or being run by another process (its progress reaches this one only through the store)."""
        me = os.getpid()
        return self.owner_pid not in (None, me) or (self.state == "running" and self.pid not in (None, me))

    @property
    def current_stage(self) -> Stage | None:
        for stage in self.stages:
            if stage.state in (
                StageState.RUNNING,
                StageState.PENDING,
                StageState.FAILED,
                StageState.CANCELLED,
            ):
                return stage
        return self.stages[-1] if self.stages else None


@dataclass
class SearchHit:
    recording_id: int
    title: str
    segment_idx: int
    text: str
    snippet: str
    score: float
    start: float | None = None
    end: float | None = None
    page: int | None = None
    kind: str = "audio"
    chunk_id: int | None = None
    speaker: str | None = None  # who said it (name or label), when the recording was diarized

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Event:
    at: float
    level: str
    message: str
    stage: str | None = None
    job_id: int | None = None
