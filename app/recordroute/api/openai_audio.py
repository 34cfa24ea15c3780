"""POST /v1/audio/transcriptions and /v1/audio/translations, as the official `openai` SDK sends them.

The upload streams into a random temp file under the data dir, is probed (non-audio -> 400) and only then
decoded and transcribed on the STT pool. `whisper-1` (and `default`) mean the configured model.

RecordRoute extension: `store=true` (form field, or `?store=true`) also keeps the file and its transcript as a
recording in the library; the id comes back as `recording_id` in json bodies and in the `X-Recording-Id`
header for every format.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from ..engines.audio import AUDIO_EXTENSIONS
from ..errors import CorruptMediaError, EmptyFileError, InputError, NoAudioError
from ..pipeline.diarization import diarize_transcript
from ..pipeline.transcriptions import store_transcription, stt_options, transcribe_media
from ..progress import CancelToken
from ..settings import Settings
from ..transcript import Segment, Transcript
from . import openai_formats
from .errors import ApiError, error_fields, param_of
from .openai_schemas import TranscriptionForm, TranscriptionJson
from .schemas import multipart_schema
from .serving import StreamResult
from .sse import first_then_rest, sse_json
from .state import ApiState, StateDep
from .uploads import Upload, display_name, receive_upload, upload_dir

if TYPE_CHECKING:
    from ..engines.stt import SttOptions

log = logging.getLogger(__name__)
MODEL_ALIASES = frozenset({"whisper-1", "default"})
_MODEL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:+-]{0,199}$")
_LANGUAGE = re.compile(r"^(auto|[A-Za-z]{2,3}(-[A-Za-z]{2,4})?)$")
# PyAV container names -> an extension the library's kind detection accepts.
_CONTAINER_EXT = {
    "wav": "wav",
    "mp3": "mp3",
    "flac": "flac",
    "ogg": "ogg",
    "matroska,webm": "webm",
    "mov,mp4,m4a,3gp,3g2,mj2": "m4a",
    "aac": "aac",
    "amr": "amr",
    "asf": "wma",
    "avi": "avi",
}


def check_model_name(name: str, param: str = "model") -> str:
    """Model names are names, never paths: a request must not point the engines at a folder."""
    if not _MODEL_NAME.match(name) or ".." in name:
        raise ApiError(
            400,
            f"invalid model name {name!r} (letters, digits and . _ : + - only)",
            param=param,
            code="invalid_model",
        )
    return name


def stt_model_name(state: ApiState, requested: str) -> str:
    return state.ctx.settings.stt_model if requested in MODEL_ALIASES else check_model_name(requested)


_LIST_FIELDS = ("timestamp_granularities", "languages", "known_speaker_names")


def parse_form(upload: Upload, request: Request) -> TranscriptionForm:
    data: dict[str, Any] = {k: v[0] for k, v in upload.fields.items() if v}
    for key in _LIST_FIELDS:  # the SDK sends lists as repeated `key[]` parts
        values = upload.fields.get(f"{key}[]") or upload.fields.get(key)
        data.pop(f"{key}[]", None)
        if values:
            data[key] = values
    if upload.fields.get("known_speaker_references[]") or upload.fields.get("known_speaker_references"):
        raise ApiError(
            400,
            "voice references are not used here: send known_speaker_names[] alone (speakers are named in order "
            "of first appearance)",
            param="known_speaker_references",
            code="unsupported_parameter",
        )
    if "store" not in data and request.query_params.get("store"):
        data["store"] = request.query_params["store"]
    try:
        form = TranscriptionForm.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        param = param_of(err.get("loc", ()))
        raise ApiError(
            400,
            f"{param}: {err.get('msg')}" if param else str(err.get("msg")),
            param=param,
            code="invalid_value",
        ) from None
    for param, code in [("language", form.language)] + [("languages", c) for c in form.languages]:
        if code is not None and not _LANGUAGE.match(code):
            raise ApiError(400, f"invalid language code {code!r}", param=param, code="invalid_value")
    return form


def probe_upload(path: Path) -> str:
    """Content check before decoding; returns an extension matching the real container."""
    from ..engines.audio import probe

    try:
        info = probe(path)
    except (CorruptMediaError, NoAudioError, EmptyFileError) as exc:
        raise ApiError(
            400,
            f"the uploaded file is not usable audio or video: {exc.message.split(': ', 1)[-1]}",
            param="file",
            code="invalid_audio",
        ) from None
    except InputError as exc:
        raise ApiError(
            400, f"the uploaded file cannot be read: {exc.message}", param="file", code="invalid_audio"
        ) from None
    return _CONTAINER_EXT.get(info.container, "mkv")


def _with_extension(upload: Upload, ext: str) -> None:
    """Give the temp file an extension so the library import can classify it (random name, fixed ext)."""
    assert upload.path is not None
    if upload.path.suffix.lstrip(".") in AUDIO_EXTENSIONS:
        return
    target = upload.path.with_suffix("." + ext)
    upload.path.rename(target)
    upload.path = target


def _transcribe(
    state: ApiState,
    model: str,
    path: Path,
    form: TranscriptionForm,
    task: str,
    on_segment: Callable[[Segment], None] | None = None,
    cancel: CancelToken | None = None,
) -> Transcript:
    from ..engines.stt import resolve_model

    s = state.ctx.settings
    resolve_model(model, model_dir=s.model_dir)  # 404 before any decoding for a missing model
    # Decoded block by block, as the library does: an upload of hours does not hold its samples whole.
    transcript = transcribe_media(
        state.ctx, model, path, _options(s, form, task), cancel=cancel, on_segment=on_segment
    )
    if _diarize(form):
        count = len(form.known_speaker_names) or None  # the client knows how many people speak
        return diarize_transcript(state.ctx, path, transcript, num_speakers=count, cancel=cancel)
    return transcript


def _options(s: Settings, form: TranscriptionForm, task: str) -> SttOptions:
    options = stt_options(
        s,
        language=form.language,
        task=task,
        temperature=form.temperature,
        initial_prompt=form.prompt or None,
        word_timestamps="word" in form.timestamp_granularities or form.store or _diarize(form),
    )
    # The settings' languages are the app's own guess for its user's meetings; an API client expects any
    # language to be detected, unless it narrows the choice with languages[].
    return dataclasses.replace(options, languages=[c.lower() for c in form.languages])


def _diarize(form: TranscriptionForm) -> bool:
    return form.diarize or form.response_format == "diarized_json" or bool(form.known_speaker_names)


def _store(state: ApiState, upload: Upload, transcript: Transcript, task: str) -> int:
    assert upload.path is not None
    name = display_name(upload.filename)
    stored = store_transcription(
        state.ctx, upload.path, transcript, title=Path(name).stem or name, source_name=name, task=task
    )
    return stored.recording_id


async def handle(request: Request, state: ApiState, task: str) -> Response:
    config = state.config
    upload = await receive_upload(
        request,
        upload_dir(state.ctx.data_dir),
        limit=config.max_upload_bytes,
        drain=config.upload_drain_bytes,
        extensions=AUDIO_EXTENSIONS,
    )
    handed_off = False
    try:
        form = parse_form(upload, request)
        model = stt_model_name(state, form.model)
        assert upload.path is not None
        ext = await run_in_threadpool(probe_upload, upload.path)
        if form.store:
            _with_extension(upload, ext)
        pool = state.serving.pool("stt")
        translation = task == "translate"
        if form.stream:
            path = upload.path

            def work(emit: Callable[[Segment], None], cancel: CancelToken) -> tuple[Transcript, int | None]:
                transcript = _transcribe(state, model, path, form, task, on_segment=emit, cancel=cancel)
                rec_id = _store(state, upload, transcript, task) if form.store else None
                return transcript, rec_id

            items = await first_then_rest(pool.stream(work))
            handed_off = True
            return StreamingResponse(
                _transcript_events(items, upload, form),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )

        transcript = await pool.run(_transcribe, state, model, upload.path, form, task)
        rec_id = await run_in_threadpool(_store, state, upload, transcript, task) if form.store else None
        body, media = openai_formats.format_transcription(
            transcript,
            form.response_format,
            words="word" in form.timestamp_granularities,
            segments="segment" in form.timestamp_granularities or "word" not in form.timestamp_granularities,
            translation=translation,
            temperature=form.temperature,
            names=form.known_speaker_names,
        )
        headers = {"X-Recording-Id": str(rec_id)} if rec_id is not None else {}
        if rec_id is not None and media == "application/json":
            import json

            data = json.loads(body)
            data["recording_id"] = rec_id
            body = json.dumps(data, ensure_ascii=False)
        return Response(body, media_type=media, headers=headers)
    finally:
        if not handed_off:
            upload.cleanup()


async def _transcript_events(
    items: AsyncIterator[Any], upload: Upload, form: TranscriptionForm
) -> AsyncIterator[bytes]:
    """OpenAI's stream: `transcript.text.delta` per segment, then (diarized_json) one `transcript.text.segment`
    per speaker turn once the speakers are known, then one `transcript.text.done`."""
    first = True
    try:
        async for item in items:
            if isinstance(item, StreamResult):
                transcript, rec_id = item.value
                if form.response_format == "diarized_json":
                    for segment in openai_formats.diarized_segments(transcript, form.known_speaker_names):
                        yield sse_json(segment)
                done: dict[str, Any] = {
                    "type": "transcript.text.done",
                    "text": openai_formats.transcript_text(transcript),
                }
                if rec_id is not None:
                    done["recording_id"] = rec_id
                yield sse_json(done)
            elif item.text:
                yield sse_json(
                    {"type": "transcript.text.delta", "delta": item.text if first else " " + item.text}
                )
                first = False
    except Exception as exc:  # the status was sent with the first segment: an error event ends the stream
        log.warning("transcription stream failed after it started: %s", exc)
        yield sse_json(error_fields(exc)[1], event="error")
    finally:
        upload.cleanup()


router = APIRouter(prefix="/v1/audio", tags=["openai"])
_FORM = multipart_schema(TranscriptionForm, extra_required=("model",))
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/plain": {}, "text/vtt": {}, "text/event-stream": {}}},
}


@router.post(
    "/transcriptions",
    response_model=TranscriptionJson,
    openapi_extra=_FORM,
    responses=_RESPONSES,
    summary="Transcribe audio (json, text, srt, vtt, verbose_json; SSE with stream=true)",
)
async def transcriptions(request: Request, state: StateDep) -> Response:
    return await handle(request, state, "transcribe")


@router.post(
    "/translations",
    response_model=TranscriptionJson,
    openapi_extra=_FORM,
    responses=_RESPONSES,
    summary="Translate audio into English text (needs a multilingual model)",
)
async def translations(request: Request, state: StateDep) -> Response:
    return await handle(request, state, "translate")
