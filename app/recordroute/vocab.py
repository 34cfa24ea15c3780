"""Closed vocabularies: the fixed sets of words the app stores and compares (job and stage states, tasks, kinds,
diarization methods).

They are `StrEnum`s, so a member *is* its string: the values in the database, the JSON of the API and the
command line stay exactly what they were, and `JobState.DONE == "done"` holds. Code names the member; the
string appears once, here. Below every layer, like `settings`.
"""

from __future__ import annotations

from enum import StrEnum


class JobState(StrEnum):
    """A job in the queue (jobs.state)."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # the app stopped while it ran; a restart can resume it

    @property
    def finished(self) -> bool:
        return self in FINISHED_JOB_STATES


FINISHED_JOB_STATES = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED})


class StageState(StrEnum):
    """A stage of a job (job_stages.state) and a recording's per-stage status (recordings.*_state)."""

    NONE = "none"  # recordings: never ran
    PENDING = "pending"  # jobs: not reached yet
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"
    STALE = "stale"  # index: the text changed after indexing
    LANGUAGE_MISMATCH = "language_mismatch"  # summary: the minutes came back in another language


class Task(StrEnum):
    """What the speech model does: write down the speech, or translate it into English."""

    TRANSCRIBE = "transcribe"
    TRANSLATE = "translate"


class Kind(StrEnum):
    """What a library item is (recordings.kind)."""

    AUDIO = "audio"
    VIDEO = "video"
    PDF = "pdf"
    TEXT = "text"

    @property
    def is_document(self) -> bool:
        return self in (Kind.PDF, Kind.TEXT)


class DiarizeMethod(StrEnum):
    """How speakers are told apart: AUTO picks NEURAL when its models are installed, else BASIC."""

    AUTO = "auto"
    BASIC = "basic"
    NEURAL = "neural"


AUTO_LANGUAGE = "auto"


def forced_language(value: str | None) -> str | None:
    """A language setting or request as the engines take it: None (or "" or "auto") = no language forced."""
    value = (value or "").strip()
    return None if not value or value.lower() == AUTO_LANGUAGE else value
