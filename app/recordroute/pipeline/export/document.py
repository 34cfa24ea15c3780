"""What an export holds: the recording, its transcript and its latest complete minutes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ...engines.notes import NoteLine
from ...store import Recording, Store, SummaryRecord
from ...transcript import Segment
from .plain import hms

PARTS = ("all", "minutes", "transcript")


@dataclass
class ExportDoc:
    rec: Recording
    segments: list[Segment] = field(default_factory=list)
    summary: SummaryRecord | None = None
    only: str = "all"  # "minutes", "transcript" or "all"
    notes: list[NoteLine] = field(default_factory=list)  # the user's own notes travel with the minutes

    @property
    def minutes(self) -> str | None:
        return self.summary.markdown if self.summary and self.summary.markdown else None

    @property
    def with_minutes(self) -> bool:
        return self.only in ("all", "minutes")

    @property
    def with_transcript(self) -> bool:
        return self.only in ("all", "transcript")

    def metadata(self) -> list[tuple[str, str]]:
        """(label, value) rows shown under the title by the md, html and docx exports."""
        rec = self.rec
        when = rec.recorded_at or rec.imported_at
        rows = [("Date", datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M") if when else "-")]
        if rec.duration is not None:
            rows.append(("Duration", hms(rec.duration)))
        elif rec.pages:
            rows.append(("Pages", str(rec.pages)))
        rows += [("Language", rec.language or "-"), ("Kind", rec.kind), ("Source", rec.source_name)]
        if self.summary:
            rows.append(
                ("Minutes", f"v{self.summary.version} · {self.summary.template} · {self.summary.backend}")
            )
        return rows

    @property
    def shown_notes(self) -> list[NoteLine]:
        return self.notes if self.with_minutes else []

    def minutes_json(self) -> dict[str, Any] | None:
        s = self.summary
        if s is None or not self.with_minutes:
            return None
        return {
            "version": s.version,
            "title": s.title,
            "template": s.template,
            "language": s.language,
            "backend": s.backend,
            "model": s.model,
            "markdown": s.markdown,
        }


def check_only(only: str | None) -> str:
    only = only or "all"
    if only not in PARTS:
        raise ValueError(f"unknown part {only!r}; choose minutes, transcript or all")
    return only


def load_doc(store: Store, rec_id: int, *, only: str | None = None, corrected: bool = False) -> ExportDoc:
    rec = store.recordings.get(rec_id)
    segments = store.transcripts.segments(rec_id)
    if corrected:
        fixes = store.summaries.corrections(rec_id)
        for seg in segments:
            if seg.idx in fixes:
                seg.text = fixes[seg.idx]
                seg.words = []  # word timings belong to the original wording
    return ExportDoc(
        rec, segments, store.summaries.latest(rec_id), check_only(only), store.notes.list(rec_id)
    )
