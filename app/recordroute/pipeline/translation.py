"""Translate a recording's transcript or minutes with the LLM, for every face.

A transcript translation keeps one line per segment (times are the original's) and is stored beside the
transcript, one per target language; translated minutes are a new minutes version in the target language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError, NotFoundError, RecordRouteError
from ..progress import CancelToken, ProgressCallback
from ..store import Store, SummaryRecord
from ..transcript import Segment
from .context import AppContext
from .summaries import resolve_backend

MAX_LANGUAGE_CODE = 12


@dataclass(frozen=True)
class TranslationResult:
    recording_id: int
    language: str
    lines: int
    backend: str
    warnings: list[str] = field(default_factory=list)


def _target(language: str) -> str:
    code = language.strip().lower()
    if not code or len(code) > MAX_LANGUAGE_CODE or not all(c.isalnum() or c == "-" for c in code):
        raise InputError.said("not_a_language_code", value=f"'{language}'")
    return code


def translate_recording(
    ctx: AppContext,
    rec_id: int,
    language: str,
    *,
    backend: str | None = None,
    model: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> TranslationResult:
    """Translate the transcript into `language` and store it (replacing an earlier one only when complete)."""
    from ..engines.llm.translation import translate_lines

    target = _target(language)
    segments = ctx.store.transcripts.segments(rec_id)
    if not any(s.text.strip() for s in segments):
        raise InputError.said("nothing_to_translate", id=rec_id)
    llm = resolve_backend(ctx.settings, backend, model)
    warnings: list[str] = []
    out = translate_lines(
        [s.text for s in segments], target, backend=llm, progress=progress, cancel=cancel, warnings=warnings
    )
    ctx.store.translations.save(
        rec_id, target, {s.idx: t for s, t in zip(segments, out, strict=True)}, llm.label
    )
    ctx.store.recordings.log(
        rec_id,
        f"transcript translated into {target} by {llm.label}: {len(warnings)} warnings",
        stage="translate",
    )
    return TranslationResult(rec_id, target, len(out), llm.label, warnings)


def translation_pairs(store: Store, rec_id: int, language: str) -> list[tuple[Segment, str]]:
    """(original segment, its translation) pairs, for side-by-side views and bilingual subtitles."""
    store.recordings.get(rec_id)
    lines = store.translations.get(rec_id, _target(language))
    if not lines:
        raise NotFoundError(
            f"recording {rec_id} has no {language} translation",
            hint=f"recordroute translate {rec_id} --to {language}",
        )
    return [(s, lines.get(s.idx, s.text)) for s in store.transcripts.segments(rec_id)]


def translate_minutes(
    ctx: AppContext,
    rec_id: int,
    language: str,
    *,
    backend: str | None = None,
    model: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> SummaryRecord:
    """The latest minutes translated into `language`, saved as a new minutes version in that language."""
    from ..engines.llm.translation import translate_lines

    target = _target(language)
    latest = ctx.store.summaries.latest(rec_id)
    if latest is None or not latest.markdown:
        raise InputError.said("no_minutes_to_translate", id=rec_id)
    llm = resolve_backend(ctx.settings, backend, model)
    summary_id = ctx.store.summaries.begin(
        rec_id, template=latest.template, language=target, backend=llm.label, model=llm.model or None
    )
    warnings: list[str] = []
    try:
        lines = latest.markdown.splitlines()
        out = translate_lines(lines, target, backend=llm, progress=progress, cancel=cancel, warnings=warnings)
        title = (
            translate_lines([latest.title or ""], target, backend=llm, cancel=cancel)[0]
            if latest.title
            else None
        )
    except RecordRouteError as exc:
        ctx.store.summaries.fail(summary_id, "failed", exc.user_text())
        raise
    except BaseException:
        ctx.store.summaries.fail(summary_id, "cancelled", "stopped before the translation was complete")
        raise
    ctx.store.summaries.complete(
        summary_id,
        markdown="\n".join(out),
        title=title,
        llm_calls=0,
        backend=llm.label,
        model=llm.model or None,
        meta={"translated_from": latest.version, "warnings": warnings},
        retitle=False,
    )
    return ctx.store.summaries.get(summary_id)
