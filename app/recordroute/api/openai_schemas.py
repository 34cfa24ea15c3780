"""Request and response bodies of the OpenAI-compatible routes (they also make the OpenAPI document)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


# --- OpenAI: models --------------------------------------------------------------------------------------------
class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "recordroute"
    type: Literal["stt", "llm", "embedding"]
    alias_of: str | None = Field(
        default=None, description="the model an alias (whisper-1, text-embedding-3-small, ...) stands for"
    )


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


# --- OpenAI: audio ---------------------------------------------------------------------------------------------
ResponseFormat = Literal["json", "text", "srt", "vtt", "verbose_json", "diarized_json"]


class TranscriptionForm(BaseModel):
    """The multipart fields of /v1/audio/transcriptions and /translations (plus the `file` part)."""

    model_config = ConfigDict(extra="ignore")

    model: str = Field(min_length=1, max_length=200)
    language: str | None = Field(default=None, max_length=16)
    prompt: str | None = Field(default=None, max_length=4000)
    response_format: ResponseFormat = "json"
    temperature: float = Field(default=0.0, ge=0.0, le=1.0)
    timestamp_granularities: list[Literal["segment", "word"]] = Field(default_factory=lambda: ["segment"])  # type: ignore[arg-type]
    stream: bool = False
    languages: list[Annotated[str, Field(max_length=16)]] = Field(
        default_factory=list,
        max_length=100,
        description="RecordRoute extension (`languages[]`): without `language`, detection picks among these "
        "(default: any language Whisper knows)",
    )
    known_speaker_names: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        default_factory=list,
        max_length=26,
        description="`known_speaker_names[]`: how many speakers there are, named in order of first appearance "
        "(voice references are not used)",
    )
    store: bool = Field(
        default=False,
        description="RecordRoute extension: also keep the file and its "
        "transcript as a recording in the library",
    )
    diarize: bool = Field(
        default=False,
        description="RecordRoute extension: a `speaker` on every verbose_json "
        "segment (implied by response_format=diarized_json)",
    )


class TranscriptionJson(BaseModel):
    text: str
    recording_id: int | None = Field(default=None, description="set when store=true")


# --- OpenAI: chat ---------------------------------------------------------------------------------------------
class ImageUrl(BaseModel):
    model_config = ConfigDict(extra="allow")
    url: str = Field(max_length=16 * 1024**2)
    detail: str | None = None


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None
    image_url: ImageUrl | None = None


class FunctionCall(BaseModel):
    name: str
    arguments: str = ""


class ToolCallOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessageIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCallOut] | None = None
    tool_call_id: str | None = None


class StreamOptions(BaseModel):
    include_usage: bool | None = False


class ChatCompletionRequest(BaseModel):
    """OpenAI's request; every optional field also accepts an explicit null, as the reference does."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessageIn] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0, description="1 when absent, as OpenAI")
    top_p: float | None = Field(default=None, ge=0.0, le=1.0)
    seed: int | None = None
    presence_penalty: float | None = Field(default=None, ge=-2.0, le=2.0)
    frequency_penalty: float | None = Field(default=None, ge=-2.0, le=2.0)
    max_tokens: int | None = Field(default=None, ge=1, le=1_000_000)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=1_000_000)
    stop: str | list[str] | None = None
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(default=1, ge=1, le=1)
    user: str | None = None
    tools: list[dict[str, Any]] | None = Field(default=None, max_length=128)
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    logprobs: bool | None = None


class ChatMessageOut(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str | None
    tool_calls: list[ToolCallOut] | None = None


class ChatChoice(BaseModel):
    index: int = 0
    message: ChatMessageOut
    finish_reason: Literal["stop", "length", "tool_calls"] = "stop"
    logprobs: None = None


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int = 0
    total_tokens: int


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage
    system_fingerprint: str | None = None


# --- OpenAI: embeddings ---------------------------------------------------------------------------------------
class EmbeddingRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    input: str | list[str] | list[int] | list[list[int]] = Field(
        description="a string or a list of strings (token-id arrays are not supported)"
    )
    model: str = Field(min_length=1, max_length=200)
    encoding_format: Literal["float", "base64"] | None = "float"
    dimensions: int | None = Field(default=None, ge=1)
    user: str | None = None


class EmbeddingItem(BaseModel):
    object: Literal["embedding"] = "embedding"
    index: int
    embedding: list[float] | str


class EmbeddingResponse(BaseModel):
    object: Literal["list"] = "list"
    data: list[EmbeddingItem]
    model: str
    usage: Usage
