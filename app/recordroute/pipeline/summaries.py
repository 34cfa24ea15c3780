"""The summarize stage: minutes + title for one recording through the configured LLM backend.

Each run is a new summary version; a failed or cancelled run never replaces the last complete one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Cancelled, InputError, RecordRouteError, needs_llm
from ..progress import CancelToken, ProgressCallback
from ..settings import Settings
from ..store import Store, SummaryRecord
from ..transcript import Segment
from . import stages
from .context import AppContext
from .summary_notices import FALLBACK, FALLBACK_NOTICE, fallback_notice, summary_notices

if TYPE_CHECKING:
    from ..engines.llm import LLMBackend, SummaryResult, Template

TokenCallback = Callable[[str], None]


def _nothing_to_summarize(store: Store, rec_id: int) -> InputError:
    """Say why there is nothing: not transcribed, or speech heard but not recognised reliably (and what to do)."""
    from .recognition import recognition_report

    report = recognition_report(store, rec_id)
    if report.hidden.segments or report.poor:
        hint = (
            report.suggestion.sentence() if report.suggestion else "transcribe it again with a larger model"
        )
        if report.suggestion:
            hint += f" (`recordroute transcribe {rec_id} --model {report.suggestion.name}`)"
        what = report.hidden.sentence() or "speech was detected but not recognised"
        return InputError(
            f"recording {rec_id} has nothing recognised reliably to summarize: {what}", hint=hint
        )
    return InputError(f"recording {rec_id} has no transcript to summarize", hint="transcribe it first")


def template_dirs(settings: Settings) -> list[Path]:
    """User templates live beside the library, so they travel with the data folder."""
    return [settings.data_dir / "prompts"]


def template_names(settings: Settings) -> list[tuple[str, str]]:
    """Summary templates as (name, description), one per name whatever languages it ships in."""
    from ..engines.llm.templates import load_templates

    try:
        templates = load_templates(template_dirs(settings))
    except Exception:  # a broken template folder must not break the settings dialog
        return []
    out: dict[str, str] = {}
    for tpl in templates.values():
        if tpl.name not in out or tpl.language == "en":
            out[tpl.name] = tpl.description
    return sorted(out.items())


def resolve_backend(settings: Settings, backend: str | None = None, model: str | None = None):
    from ..engines.llm import select_backend

    changes: dict[str, str] = {}
    if backend:
        changes["llm_backend"] = backend
    if model:
        changes["llm_model"] = model
    return select_backend(settings.with_overrides(**changes) if changes else settings)


def summarize_recording(
    ctx: AppContext,
    rec_id: int,
    *,
    template: str | None = None,
    language: str | None = None,
    backend: str | None = None,
    model: str | None = None,
    on_token: TokenCallback | None = None,
    on_reset: Callable[[], None] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> SummaryRecord:
    from ..engines.llm import get_template, resolve_language
    from ..engines.llm.notes_minutes import apply_notes, with_context

    store, settings = ctx.store, ctx.settings
    rec = store.recordings.get(rec_id)
    segments = store.transcripts.segments(rec_id)
    if not any(s.text.strip() for s in segments):
        raise _nothing_to_summarize(store, rec_id)
    lang = resolve_language(language or settings.summary_language, segments)
    tpl = get_template(template or settings.summary_template, lang, extra_dirs=template_dirs(settings))
    # The user's notes are the minutes' skeleton; a calendar event's agenda helps name the topics.
    notes = store.notes.list(rec.id)
    event = store.calendar.event_of(rec.id)
    tpl = with_context(tpl, notes, event.agenda if event else "", lang)
    llm = resolve_backend(settings, backend, model)
    summary_id = store.summaries.begin(
        rec.id, template=tpl.name, language=lang, backend=llm.label, model=llm.model or None
    )
    try:
        result, mismatch = _write_minutes(
            segments, llm, tpl, lang, progress=progress, cancel=cancel, on_token=on_token, on_reset=on_reset
        )
    except Cancelled:
        store.summaries.fail(summary_id, "cancelled", "cancelled by the user")
        raise
    except RecordRouteError as exc:
        store.summaries.fail(summary_id, "failed", exc.user_text())
        raise
    except Exception as exc:
        store.summaries.fail(summary_id, "failed", f"internal error: {type(exc).__name__}: {exc}")
        raise
    result.markdown, notes_warning = apply_notes(result.markdown, notes, segments, lang)
    if notes_warning:
        result.warnings.append(notes_warning)
    return _save_summary(store, rec.id, summary_id, result, llm, f"{tpl.name}, {lang}", mismatch)


def _write_minutes(
    segments: list[Segment],
    llm: LLMBackend,
    tpl: Template,
    lang: str,
    *,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    on_token: TokenCallback | None,
    on_reset: Callable[[], None] | None,
) -> tuple[SummaryResult, str | None]:
    """The LLM's minutes, asked once more insisting on the language when the first answer is in another one.
    Returns the result and why its language is still wrong (None when it is right)."""
    from ..engines.llm import summarize
    from ..engines.llm.language_check import insist_on_language

    def attempt(template: Template) -> SummaryResult:
        return summarize(
            segments,
            backend=llm,
            template=template,
            language=lang,
            progress=progress,
            cancel=cancel,
            on_token=on_token,
            on_reset=on_reset,
        )

    result = attempt(tpl)
    mismatch = _wrong_language(result, lang)
    if mismatch:  # once more, insisting on the language; the streamed answer is thrown away
        if on_reset is not None:
            on_reset()
        result = attempt(insist_on_language(tpl, lang))
        mismatch = _wrong_language(result, lang)
    return result, mismatch


def _save_summary(
    store: Store,
    rec_id: int,
    summary_id: int,
    result: SummaryResult,
    llm: LLMBackend,
    what: str,
    mismatch: str | None,
) -> SummaryRecord:
    """Store the finished minutes: complete (and logged, with any fallback said as a warning), or kept aside
    when still in the wrong language. `what` names the template and language for the log."""
    meta = {"chunks": len(result.chunks), "reduce_levels": result.reduce_levels, "warnings": result.warnings}
    reason = getattr(llm, "reason", "")
    if reason:
        meta["fallback_reason"] = reason
        notice = fallback_notice(getattr(llm, "headline", "") or reason)
        meta[FALLBACK] = notice.english()
        meta[FALLBACK_NOTICE] = notice.to_dict()
    if mismatch:
        store.summaries.language_mismatch(
            summary_id,
            markdown=result.markdown,
            title=result.title,
            llm_calls=result.llm_calls,
            error=mismatch,
            meta=meta,
        )
        store.recordings.log(
            rec_id,
            f"summary ({what}) by {result.backend_label} kept aside: {mismatch} (after one retry)",
            stage="summarize",
        )
        return store.summaries.get(summary_id)
    store.summaries.complete(
        summary_id,
        markdown=result.markdown,
        title=result.title,
        llm_calls=result.llm_calls,
        backend=result.backend_label,
        model=result.model or None,
        meta=meta,
        retitle=not reason and "extractive" not in result.backend_label,
    )
    store.recordings.log(
        rec_id,
        f"summary v{store.summaries.get(summary_id).version} ({what}) by "
        f"{result.backend_label}: {result.llm_calls} LLM calls",
        stage="summarize",
    )
    if reason:
        store.recordings.log(rec_id, str(meta[FALLBACK]), level="warning", stage="summarize")
    return store.summaries.get(summary_id)


def fallback_sentence(headline: str) -> str:
    return fallback_notice(headline).english()


def summary_warnings(record: SummaryRecord) -> list[str]:
    """summary_notices in English (the API, logs): a fallback taken, an answer kept aside for its language, the
    summarizer's own warnings."""
    return [n.english() for n in summary_notices(record)]


def _wrong_language(result, language: str) -> str | None:
    """Why an LLM answer is not in `language` (extractive minutes quote the transcript: never checked)."""
    from ..engines.llm.language_check import language_mismatch

    if "extractive" in result.backend_label:
        return None
    return language_mismatch(result.markdown, language)


def correct_recording(
    ctx: AppContext,
    rec_id: int,
    *,
    backend: str | None = None,
    model: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> tuple[dict[int, str], list[str]]:
    """Fix obvious ASR errors with the LLM. The corrected text is stored beside the original (never over it);
    returns ({segment idx: corrected text} for the segments that changed, warnings)."""
    from ..engines.llm import ExtractiveBackend, correct_transcript

    store, settings = ctx.store, ctx.settings
    rec = store.recordings.get(rec_id)
    segments = store.transcripts.segments(rec.id)
    if not segments:
        raise InputError.said("nothing_to_correct", id=rec_id)
    llm = resolve_backend(settings, backend, model)
    if isinstance(llm, ExtractiveBackend):
        raise needs_llm(RecordRouteError, "correcting", getattr(llm, "reason", ""))
    warnings: list[str] = []
    fixed = correct_transcript(
        segments,
        backend=llm,
        vocabulary=settings.vocabulary,
        language=rec.language or "auto",
        progress=progress,
        cancel=cancel,
        warnings=warnings,
    )
    changed = {seg.idx: text for seg, text in zip(segments, fixed, strict=True) if text.strip() != seg.text}
    store.summaries.save_corrections(rec.id, changed, llm.model or llm.label)
    store.recordings.log(
        rec.id,
        f"corrected transcript by {llm.label}: {len(changed)} of {len(segments)} "
        f"segments changed; {len(warnings)} warnings",
        stage="correct",
    )
    return changed, warnings


def with_corrections(ctx: AppContext, rec_id: int) -> list[Segment]:
    """The transcript with stored corrections applied (the original rows are untouched)."""
    fixes = ctx.store.summaries.corrections(rec_id)
    segments = ctx.store.transcripts.segments(rec_id)
    for seg in segments:
        if seg.idx in fixes:
            seg.text = fixes[seg.idx]
            seg.words = []  # word timings belong to the original wording
    return segments


def llm_status(ctx: AppContext, backend: str | None = None, model: str | None = None):
    """(backend label, HealthStatus) for `recordroute llm status` and the settings dialog."""
    llm = resolve_backend(ctx.settings, backend, model)
    return llm, llm.health()


def llm_context_status(llm, reachable: bool) -> dict[str, Any] | None:
    """The context the app plans with: the setting, the server's own size and the one used (None for the
    extractive fallback, which has no model context)."""
    from ..engines.llm import ExtractiveBackend
    from ..engines.llm.context import ServerContext, describe_context
    from ..errors import LLMError

    if isinstance(llm, ExtractiveBackend):
        return None
    try:
        info = llm.server_context() if reachable else ServerContext(None, "")
    except LLMError:  # e.g. the model is not pulled: nothing to describe
        info = ServerContext(None, "")
    setting = llm.context_tokens
    return {
        "setting": setting,
        "server": info.size,
        "source": info.source or None,
        "model_default": info.model_default,
        "using": min(setting, info.size) if info.size else setting,
        "text": describe_context(setting, info, reachable),
    }


@dataclass(frozen=True)
class LlmCheck:
    """What the settings' LLM looks like from here: for the settings dialog's "Check" button."""

    label: str
    reachable: bool
    detail: str
    context: dict[str, Any] | None


def llm_check(settings: Settings) -> LlmCheck:
    """Reach the configured LLM server and ask it for its context (network: the user's own LLM host only)."""
    llm = resolve_backend(settings)
    health = llm.health()
    return LlmCheck(
        llm.label, health.ok, health.detail, llm_context_status(llm, health.ok or bool(health.models))
    )


# --- the pipeline stage -----------------------------------------------------------------------------------
STREAM_INTERVAL = 0.1  # seconds between streamed-text events (each carries the whole text so far)


def stage_summarize(run: stages.StageRun) -> None:
    parts: list[str] = []
    last = [0.0]
    send = run.text

    def on_token(token: str) -> None:
        parts.append(token)
        now = time.monotonic()
        if send is not None and now - last[0] >= STREAM_INTERVAL:
            last[0] = now
            send("".join(parts))

    def on_reset() -> None:
        parts.clear()
        if send is not None:
            send("")

    record = summarize_recording(
        run.ctx,
        run.recording_id,
        template=run.options.template,
        language=run.options.summary_language,
        backend=run.options.backend,
        model=run.options.llm_model,
        progress=run.progress,
        cancel=run.cancel,
        on_token=on_token if send is not None else None,
        on_reset=on_reset if send is not None else None,
    )
    if send is not None and record.markdown:
        send(record.markdown)


def _wants_summary(run: stages.StageRun) -> bool:
    return not run.options.no_summary


stages.register("summarize", stage_summarize, _wants_summary)
