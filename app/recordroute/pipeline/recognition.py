"""How well a recording's speech was recognised, and the way forward when it was not.

One place for the rules every face shows: how much speech is kept hidden as not recognised reliably, whether the
detected speech time is well above what was recognised, which larger model to suggest for the language, the
"transcribe again" job, and the first-run offer of a Korean-capable model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..engines.models.catalog import SPEECH_CATALOG, CatalogEntry
from ..engines.stt.speech import poorly_recognised
from ..errors import InputError
from ..job_options import JobOptions
from ..messages.notice import Notice
from ..settings import Settings
from ..store import HiddenSpeech, Store
from .context import AppContext

if TYPE_CHECKING:
    from .queue import JobQueue

SPEECH_SECONDS = "speech_seconds"  # recordings.meta key: speech the VAD found at the last transcription
RECOVERED_SECONDS = "recovered_seconds"  # ... and of it, what gap recovery found (engines/stt/recovery.py)
# Larger models, in the order they are worth trying on CPU; Korean needs `small` at least.
_LADDER = ("tiny", "base", "small", "medium", "large-v3-turbo", "large-v3")


@dataclass(frozen=True)
class ModelSuggestion:
    name: str
    size_bytes: int
    why: str | Notice

    def sentence(self) -> str:
        why = self.why.english() if isinstance(self.why, Notice) else self.why
        return f"try the '{self.name}' speech model ({self.size}): {why}"

    @property
    def size(self) -> str:
        return f"{self.size_bytes / 1e6:,.0f} MB"


@dataclass(frozen=True)
class RecognitionReport:
    recording_id: int
    model: str | None
    language: str | None
    hidden: HiddenSpeech
    speech_seconds: float | None  # None: transcribed before this was measured
    recognised_seconds: float
    poor: bool  # detected speech well above what was recognised
    suggestion: ModelSuggestion | None
    recovered_seconds: float = 0.0  # recognised only by gap recovery (included in recognised_seconds)

    def notices(self) -> list[Notice]:
        """What to tell the user, most important first (empty when all is well); each face words them."""
        out: list[Notice] = []
        if self.hidden.segments:
            code = "speech_hidden_one" if self.hidden.segments == 1 else "speech_hidden"
            out.append(Notice(code, {"seconds": f"{self.hidden.seconds:.0f}", "count": self.hidden.segments}))
        if self.recovered_seconds >= 0.5:
            out.append(Notice("speech_recovered", {"seconds": f"{self.recovered_seconds:.0f}"}))
        if self.poor and self.speech_seconds is not None:
            speech, recognised = f"{self.speech_seconds:.0f}", f"{self.recognised_seconds:.0f}"
            out.append(
                Notice(
                    "speech_poor", {"speech": speech, "recognised": recognised, "model": self.model or "?"}
                )
            )
        if self.suggestion is not None and (self.poor or self.hidden.segments):
            s = self.suggestion
            params = {"model": s.name, "size": s.size, "why": s.why, "id": self.recording_id}
            out.append(Notice("try_speech_model", params))
        return out

    def messages(self) -> list[str]:
        """The notices in English (the event log, the API)."""
        return [n.english() for n in self.notices()]

    def to_dict(self) -> dict[str, object]:
        return {
            "hidden_segments": self.hidden.segments,
            "hidden_seconds": round(self.hidden.seconds, 1),
            "speech_seconds": self.speech_seconds,
            "recognised_seconds": round(self.recognised_seconds, 1),
            "recovered_seconds": round(self.recovered_seconds, 1),
            "poor": self.poor,
            "suggested_model": self.suggestion.name if self.suggestion else None,
            "suggested_model_bytes": self.suggestion.size_bytes if self.suggestion else None,
            "messages": self.messages(),
        }


def _entry(name: str) -> CatalogEntry | None:
    return next((e for e in SPEECH_CATALOG if e.name == name), None)


def suggest_model(language: str | None, current: str | None) -> ModelSuggestion | None:
    """The next model worth trying for `language` after `current` (Korean: `small` or larger)."""
    current = (current or "base").removesuffix(".en")
    rank = _LADDER.index(current) if current in _LADDER else -1
    for name in _LADDER[rank + 1 :]:
        entry = _entry(name)
        if entry is None:
            continue
        if language == "ko" and not entry.korean:
            continue
        why: str | Notice = entry.note
        if language == "ko":
            why = Notice("korean_needs_small", {"note": entry.note})
        return ModelSuggestion(entry.name, entry.size, why)
    return None


def recognition_report(store: Store, rec_id: int) -> RecognitionReport:
    rec = store.recordings.get(rec_id)
    hidden = store.transcripts.hidden(rec_id)
    visible = store.transcripts.segments(rec_id)
    recognised = sum(max(0.0, (s.end or 0.0) - (s.start or 0.0)) for s in visible if s.start is not None)
    raw = rec.meta.get(SPEECH_SECONDS)
    speech = float(raw) if isinstance(raw, int | float) else None
    extra = rec.meta.get(RECOVERED_SECONDS)
    recovered = float(extra) if isinstance(extra, int | float) else 0.0
    poor = not rec.is_document and poorly_recognised(speech, recognised)
    suggestion = suggest_model(rec.language, rec.stt_model) if (poor or hidden.segments) else None
    return RecognitionReport(
        rec_id, rec.stt_model, rec.language, hidden, speech, recognised, poor, suggestion, recovered
    )


def retranscribe(
    ctx: AppContext,
    rec_id: int,
    *,
    model: str | None = None,
    language: str | None = None,
    queue: JobQueue | None = None,
) -> int:
    """Queue "transcribe again" for an existing recording (then re-index it); returns the job id. Every face's
    "Transcribe again with…" calls this: with `queue` (the GUI's and the API's) the job starts there at once;
    without (the CLI) the caller runs it with `runner.run_job`.

    The old transcript stays until the new one is complete: the transcribe stage swaps the segments in one
    transaction at its end, so a cancel, a crash or a kill mid-way leaves the old version in place."""
    from . import runner

    rec = ctx.store.recordings.get(rec_id)
    if rec.is_document:
        raise InputError.said("document_not_transcribed", id=rec_id)
    options = JobOptions(model=model, language=language, force=True, no_summary=True)
    stages = ["transcribe", "index"]
    if queue is not None:
        return queue.enqueue(recording_id=rec_id, options=options, stages=stages)
    return runner.submit(ctx, recording_id=rec_id, options=options, stages=stages)


# --- first run --------------------------------------------------------------------------------------------
OFFER_KEY = "speech_model_offered"  # kv flag: the offer is made once per library


def first_run_offer(store: Store, settings: Settings, extra_languages: tuple[str, ...] = ()) -> str | None:
    """first_run_notice in English."""
    offer = first_run_notice(store, settings, extra_languages)
    return offer.english() if offer is not None else None


def first_run_notice(
    store: Store, settings: Settings, extra_languages: tuple[str, ...] = ()
) -> Notice | None:
    """Once: the notice offering a model good for the user's languages (Korean: `small`, with its size) when
    only weaker ones (`base`) are here; None when it was made before or nothing better is needed. The GUI's
    welcome screen makes the same offer with a Download button (model_manager.suggest_speech_model)."""
    from .model_manager import suggest_speech_model

    if store.kv_get(OFFER_KEY) is not None:
        return None
    suggestion = suggest_speech_model(settings, extra_languages)
    if suggestion is None:
        return None  # nothing to offer now; asked again if the languages or the models change
    store.kv_set(OFFER_KEY, "1")
    language = Notice(f"lang_{suggestion.code}") if suggestion.code else suggestion.language
    return Notice(
        "speech_model_offer", {"language": language, "model": suggestion.name, "size_mb": suggestion.size_mb}
    )
