"""Native routes for a meeting's context: the user's notes, translations, calendar events (.ics) and saved
prompts ("recipes")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ..engines.calendar import MAX_ICS_BYTES
from ..engines.notes import MAX_NOTE_CHARS, NoteLine
from ..pipeline import meeting_context, recipes, translation
from ..store.recipes import RecipeRun
from .schemas import IdPath
from .state import ApiState, StateDep

LanguagePath = Annotated[str, Path(min_length=2, max_length=12, pattern=r"^[A-Za-z0-9-]+$")]

router = APIRouter(prefix="/api", tags=["context"])


class NoteIO(BaseModel):
    model_config = ConfigDict(extra="forbid")
    at: float | None = Field(default=None, ge=0, le=7 * 24 * 3600, description="seconds into the recording")
    text: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)


class NotesOut(BaseModel):
    recording_id: int
    notes: list[NoteIO]


class NotesText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=100_000, description="one note per line; '[mm:ss] text' ties it to a moment")


class NotesAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")
    notes: list[NoteIO] = Field(max_length=2000)


class TranslateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str = Field(min_length=2, max_length=12, pattern=r"^[A-Za-z0-9-]+$", description="e.g. en, ko")
    minutes: bool = Field(default=False, description="translate the latest minutes instead of the transcript")
    backend: str | None = Field(default=None, pattern=r"^(auto|ollama|openai)$")
    model: str | None = Field(default=None, max_length=200)


class TranslateOut(BaseModel):
    recording_id: int
    language: str
    lines: int
    backend: str
    minutes_version: int | None = None
    warnings: list[str]


class TranslatedLine(BaseModel):
    idx: int
    start: float | None
    end: float | None
    speaker: str | None
    text: str
    translation: str


class TranslationOut(BaseModel):
    recording_id: int
    language: str
    segments: list[TranslatedLine]


class CalendarIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ics: str = Field(max_length=MAX_ICS_BYTES, description="the text of an .ics file")
    name: str = Field(default="upload", max_length=200, description="a name for this calendar")


class CalendarMatchOut(BaseModel):
    recording_id: int
    event: str
    attendees: list[str]


class CalendarOut(BaseModel):
    events: int
    matches: list[CalendarMatchOut]


def _notes(state: ApiState, rec_id: int) -> NotesOut:
    notes = state.ctx.store.notes.list(state.ctx.store.recordings.get(rec_id).id)
    return NotesOut(recording_id=rec_id, notes=[NoteIO(at=n.at, text=n.text) for n in notes])


@router.get("/recordings/{rec_id}/notes", response_model=NotesOut, summary="The user's notes on a recording")
async def get_notes(rec_id: IdPath, state: StateDep) -> NotesOut:
    return await run_in_threadpool(_notes, state, rec_id)


@router.put(
    "/recordings/{rec_id}/notes", response_model=NotesOut, summary="Replace the notes (text, one per line)"
)
async def put_notes(rec_id: IdPath, body: NotesText, state: StateDep) -> NotesOut:
    def work() -> NotesOut:
        meeting_context.set_notes(state.ctx.store, rec_id, body.text)
        return _notes(state, rec_id)

    return await run_in_threadpool(work)


@router.post("/recordings/{rec_id}/notes", response_model=NotesOut, summary="Add notes")
async def add_notes(rec_id: IdPath, body: NotesAdd, state: StateDep) -> NotesOut:
    def work() -> NotesOut:
        lines = [NoteLine(n.at, " ".join(n.text.split())) for n in body.notes if n.text.strip()]
        meeting_context.add_notes(state.ctx.store, rec_id, lines)
        return _notes(state, rec_id)

    return await run_in_threadpool(work)


@router.post(
    "/recordings/{rec_id}/translations",
    response_model=TranslateOut,
    summary="Translate the transcript (or the latest minutes) with the LLM",
)
async def translate(rec_id: IdPath, body: TranslateIn, state: StateDep) -> TranslateOut:
    def work() -> TranslateOut:
        ctx = state.ctx
        if body.minutes:
            rec = translation.translate_minutes(
                ctx, rec_id, body.language, backend=body.backend, model=body.model
            )
            return TranslateOut(
                recording_id=rec_id,
                language=rec.language,
                lines=len((rec.markdown or "").splitlines()),
                backend=rec.backend,
                minutes_version=rec.version,
                warnings=list(rec.meta.get("warnings", [])),
            )
        res = translation.translate_recording(
            ctx, rec_id, body.language, backend=body.backend, model=body.model
        )
        return TranslateOut(
            recording_id=rec_id,
            language=res.language,
            lines=res.lines,
            backend=res.backend,
            warnings=res.warnings,
        )

    return await run_in_threadpool(work)


@router.get(
    "/recordings/{rec_id}/translations/{language}",
    response_model=TranslationOut,
    summary="A stored translation beside the original, segment by segment",
)
async def get_translation(rec_id: IdPath, language: LanguagePath, state: StateDep) -> TranslationOut:
    def work() -> TranslationOut:
        pairs = translation.translation_pairs(state.ctx.store, rec_id, language)
        return TranslationOut(
            recording_id=rec_id,
            language=language.lower(),
            segments=[
                TranslatedLine(
                    idx=s.idx,
                    start=s.start,
                    end=s.end,
                    speaker=s.speaker_name or s.speaker,
                    text=s.text,
                    translation=t,
                )
                for s, t in pairs
            ],
        )

    return await run_in_threadpool(work)


@router.post("/calendar", response_model=CalendarOut, summary="Import calendar events (.ics text)")
async def import_calendar(body: CalendarIn, state: StateDep) -> CalendarOut:
    def work() -> CalendarOut:
        count, matches = meeting_context.import_calendar_data(
            state.ctx.store, body.ics.encode("utf-8"), f"api:{body.name}"
        )
        return _calendar_out(count, matches)

    return await run_in_threadpool(work)


def _calendar_out(count: int, matches: list[meeting_context.CalendarMatch]) -> CalendarOut:
    return CalendarOut(
        events=count,
        matches=[
            CalendarMatchOut(
                recording_id=m.recording_id, event=m.event.title, attendees=list(m.event.attendees)
            )
            for m in matches
        ],
    )


@router.post(
    "/calendar/sync", response_model=CalendarOut, summary="Read the CalDAV calendar configured in Settings"
)
async def sync_calendar(state: StateDep) -> CalendarOut:
    def work() -> CalendarOut:
        count, matches = meeting_context.sync_calendar(state.ctx.store, state.ctx.settings)
        return _calendar_out(count, matches)

    return await run_in_threadpool(work)


RecipePath = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[\w][\w .-]*$")]


class RecipeOut(BaseModel):
    name: str
    description: str
    description_ko: str


class RecipeRunIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str | None = Field(default=None, pattern=r"^(auto|ko|en)$")
    backend: str | None = Field(default=None, pattern=r"^(auto|ollama|openai)$")
    model: str | None = Field(default=None, max_length=200)


class RecipeRunOut(BaseModel):
    recording_id: int
    recipe: str
    version: int
    language: str
    backend: str
    state: str
    markdown: str | None
    error: str | None


def _run_out(run: RecipeRun) -> RecipeRunOut:
    return RecipeRunOut.model_validate(run.__dict__, from_attributes=False)


@router.get("/recipes", response_model=list[RecipeOut], summary="Saved prompts (built-in and the user's own)")
async def list_recipes(state: StateDep) -> list[RecipeOut]:
    items = await run_in_threadpool(recipes.recipe_list, state.ctx.settings)
    return [RecipeOut(name=n, description=d, description_ko=k) for n, d, k in items]


@router.post(
    "/recordings/{rec_id}/recipes/{name}",
    response_model=RecipeRunOut,
    summary="Run a saved prompt on a recording (a new version of its output)",
)
async def run_recipe(rec_id: IdPath, name: RecipePath, body: RecipeRunIn, state: StateDep) -> RecipeRunOut:
    def work() -> RecipeRunOut:
        run = recipes.run_recipe(
            state.ctx, rec_id, name, language=body.language, backend=body.backend, model=body.model
        )
        return _run_out(run)

    return await run_in_threadpool(work)


@router.get(
    "/recordings/{rec_id}/recipes",
    response_model=list[RecipeRunOut],
    summary="Every recipe output, newest first",
)
async def recipe_runs(rec_id: IdPath, state: StateDep) -> list[RecipeRunOut]:
    def work() -> list[RecipeRunOut]:
        store = state.ctx.store
        store.recordings.get(rec_id)
        return [_run_out(r) for r in store.recipes.list(rec_id)]

    return await run_in_threadpool(work)
