"""Typed request and response bodies of every route (they also make the OpenAPI document at /docs)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import BaseModel, Field

# --- shared --------------------------------------------------------------------------------------------------
MAX_ID = 2**63 - 1  # SQLite INTEGER
# Ids in URLs: anything else (`..`, `%2e%2e%2f`, -1, 1e3, huge numbers) is simply "not found".
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]


def multipart_schema(fields: type[BaseModel], *, extra_required: tuple[str, ...] = ()) -> dict[str, Any]:
    """OpenAPI requestBody for a multipart form whose `file` part is binary (our parser streams it)."""
    schema = fields.model_json_schema()
    props = {"file": {"type": "string", "format": "binary", "description": "the audio/video file"}}
    for name, prop in schema.get("properties", {}).items():
        prop = dict(prop)
        prop.pop("title", None)
        if name == "timestamp_granularities":
            props["timestamp_granularities[]"] = prop
        else:
            props[name] = prop
    required = list(dict.fromkeys(["file", *schema.get("required", []), *extra_required]))
    return {
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {"type": "object", "properties": props, "required": required}
                }
            },
        }
    }


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    uptime: float


# --- native: recordings ---------------------------------------------------------------------------------------
class RecordingOut(BaseModel):
    id: int
    title: str
    kind: str
    source_name: str
    size_bytes: int
    imported_at: float
    recorded_at: float | None = None
    duration: float | None = None
    pages: int | None = None
    language: str | None = None
    stt_model: str | None = None
    stt_task: str | None = None
    transcribe_state: str
    diarize_state: str = "none"
    deleted_at: float | None = None


class WordOut(BaseModel):
    start: float
    end: float
    word: str
    probability: float = 1.0
    speaker: str | None = None
    overlap: bool = Field(
        default=False, description="said while another speaker talked (diarized recordings)"
    )


class SegmentOut(BaseModel):
    idx: int
    text: str
    start: float | None = None
    end: float | None = None
    page: int | None = None
    words: list[WordOut] = Field(default_factory=list)
    speaker: str | None = Field(default=None, description="the speaker's name, or its label (S1, S2, …)")
    speaker_label: str | None = None
    overlap: bool = Field(
        default=False,
        description="holds overlapped speech (two speakers at once); its words keep one speaker each",
    )
    confidence: float | None = None
    flag: str | None = Field(default=None, description="why the text is not trusted (hidden segments only)")


class RecognitionOut(BaseModel):
    """How well the speech was recognised, and the way forward when it was not."""

    hidden_segments: int = 0
    hidden_seconds: float = 0.0
    speech_seconds: float | None = None
    recognised_seconds: float = 0.0
    poor: bool = False
    suggested_model: str | None = None
    suggested_model_bytes: int | None = None
    messages: list[str] = Field(default_factory=list)


class RecordingDetail(RecordingOut):
    segments: list[SegmentOut] = Field(default_factory=list)
    recognition: RecognitionOut | None = None


class TranscribeIn(BaseModel):
    model: str | None = Field(default=None, max_length=200, description="speech model (default: settings)")
    language: str | None = Field(default=None, max_length=16, description="ko, en, … or auto")


class TranscribeQueued(BaseModel):
    job_id: int
    recording_id: int
    state: str = "queued"


class RecordingPage(BaseModel):
    items: list[RecordingOut]
    total: int
    offset: int
    limit: int


class RenameIn(BaseModel):
    title: str = Field(min_length=1, max_length=500, pattern=r"\S")


class UploadResult(BaseModel):
    job_id: int | None
    recording_id: int
    duplicate: bool = Field(description="the same content was already in the library")
    restored: bool = Field(default=False, description="the duplicate was in the trash and came back")
    state: str


class DeleteResult(BaseModel):
    id: int
    purged: bool


# --- native: summaries, search, ask ---------------------------------------------------------------------------
class SummaryOut(BaseModel):
    id: int
    recording_id: int
    version: int
    template: str | None = None
    language: str | None = None
    model: str | None = None
    backend: str | None = None
    created_at: float | None = None
    state: str
    title: str | None = None
    markdown: str = ""
    error: str | None = None
    warnings: list[str] = Field(
        default_factory=list,
        description="fallbacks taken and answers kept aside, e.g. 'Ollama at … does not answer: extractive "
        "minutes written instead'",
    )


class SummarizeIn(BaseModel):
    template: str | None = Field(default=None, max_length=100)
    language: str | None = Field(default=None, max_length=16)
    model: str | None = Field(default=None, max_length=200)


class SearchHitOut(BaseModel):
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
    speaker: str | None = None


class SearchResult(BaseModel):
    query: str
    mode: str
    hits: list[SearchHitOut]
    note: str | None = Field(
        None,
        description="about semantic search here: e.g. the library's own model is used instead of the settings' one",
    )


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=4000)
    stream: bool = False


class CitationOut(BaseModel):
    n: int
    recording_id: int
    title: str
    start: float | None = None
    page: int | None = None
    label: str = ""


class AskOut(BaseModel):
    text: str
    citations: list[CitationOut]
    backend: str = ""
    found: bool = True


class SimilarOut(BaseModel):
    recording_id: int
    title: str
    score: float
    kind: str


# --- native: jobs ----------------------------------------------------------------------------------------------
class StageOut(BaseModel):
    name: str
    state: str
    progress: float
    eta: float | None = None
    error: str | None = None
    seconds: float | None = None


class JobOut(BaseModel):
    id: int
    state: str
    recording_id: int | None = None
    created_at: float
    started_at: float | None = None
    finished_at: float | None = None
    error: str | None = None
    error_code: str | None = None
    attempts: int = 0
    stages: list[StageOut]
    owner: str = Field(
        "any", description='who runs the job, e.g. "cli (pid 4242)"; "any" when nobody owns it'
    )
    owner_pid: int | None = Field(None, description="the process that queued it and alone runs it")
    runner_pid: int | None = Field(None, description="the process running it now")
    cancel_requested: bool = False


class JobList(BaseModel):
    items: list[JobOut]


class CancelResult(BaseModel):
    id: int
    cancelled: bool


class JobEventOut(BaseModel):
    job_id: int
    state: str
    stage: str
    fraction: float
    eta: float | None = None
    message: str = ""
    recording_id: int | None = None
    partial: str | None = Field(
        None, description="the minutes written so far, while the summarize stage streams"
    )


# --- native: admin ---------------------------------------------------------------------------------------------
ModelKind = Literal["stt", "embedding"]


class AdminModel(BaseModel):
    type: ModelKind
    name: str
    loaded: bool
    idle_seconds: float | None = None
    source: str = ""


class AdminModelList(BaseModel):
    items: list[AdminModel]
    idle_ttl: float


class ModelAction(BaseModel):
    type: ModelKind
    name: str = Field(min_length=1, max_length=200)


class ModelActionResult(BaseModel):
    type: ModelKind
    name: str
    loaded: bool
    seconds: float = 0.0


# --- native: speakers -------------------------------------------------------------------------------------------
class SpeakerOut(BaseModel):
    label: str
    name: str | None = None
    display: str
    talk_time: float = Field(description="seconds")


class SpeakerSuggestion(BaseModel):
    label: str
    name: str
    score: float


class SpeakerList(BaseModel):
    recording_id: int
    method: str | None = Field(default=None, description='e.g. "basic (no model)" or "neural (dvector-vfl)"')
    speakers: list[SpeakerOut]
    suggestions: list[SpeakerSuggestion] = Field(default_factory=list)
    attendees: list[str] = Field(
        default_factory=list,
        description="attendees of the recording's calendar event (names to give speakers)",
    )


class SpeakerRenameIn(BaseModel):
    name: str = Field(max_length=100, description="empty clears the name")
