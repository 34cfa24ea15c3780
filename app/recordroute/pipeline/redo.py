"""Work done again on one recording, as queue jobs: which stages run and with which options. Every face that
offers "transcribe again", "find speakers again", "regenerate minutes" or "reindex" queues the same plan."""

from __future__ import annotations

from dataclasses import dataclass

from ..job_options import JobOptions


@dataclass(frozen=True)
class Plan:
    stages: list[str]
    options: JobOptions


def transcribe_again(model: str | None = None, language: str | None = None) -> Plan:
    """A new transcript (another model or language); speakers, minutes and the index follow it."""
    return Plan(
        ["transcribe", "diarize", "summarize", "index"],
        JobOptions(model=model or None, language=language or None, force=True),
    )


def find_speakers_again(speakers: int | None = None, method: str | None = None) -> Plan:
    """Speaker detection again (`speakers` None: estimate the count); the index is rebuilt with the names."""
    return Plan(
        ["diarize", "index"], JobOptions(diarize=True, speakers=speakers or None, diarize_method=method)
    )


def regenerate_minutes(
    template: str | None = None, language: str | None = None, model: str | None = None
) -> Plan:
    return Plan(
        ["summarize"],
        JobOptions(template=template or None, summary_language=language or None, llm_model=model or None),
    )


def reindex() -> Plan:
    """The recording's search chunks and vectors again (after a re-diarize or a model change)."""
    return Plan(["index"], JobOptions())
