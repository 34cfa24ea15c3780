"""What the Summary tab says about the minutes it shows (or cannot show), in the user's language, with the
action that helps: extractive minutes because the LLM did not answer (and why), minutes kept aside because they
came out in another language ("Regenerate in Korean"), a recording whose audio gave no text ("Transcribe again
with…"), or simply no minutes yet."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ...pipeline.context import AppContext
from ...store import Recording, SummaryRecord

translate = QCoreApplication.translate

LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


@dataclass
class Notice:
    text: str
    actions: list[tuple[str, str]] = field(default_factory=list)  # (button text, action key)
    detail: str = ""  # developer detail, for the tooltip / Details
    kept_aside: SummaryRecord | None = None  # the minutes in the wrong language, to show on request
    language: str = ""  # the language asked for


def language_name(code: str) -> str:
    if code == "ko":
        return translate("SummaryNotice", "Korean")
    if code == "en":
        return translate("SummaryNotice", "English")
    return code


def _kept_aside(ctx: AppContext, rec: Recording) -> SummaryRecord | None:
    for version in ctx.store.summaries.list(rec.id):
        if version.state == "failed" and version.markdown:
            return version
    return None


def _no_text(ctx: AppContext, rec: Recording) -> bool:
    if rec.kind not in ("audio", "video") or rec.transcribe_state != "done":
        return False
    return not any(s.text.strip() for s in ctx.store.transcripts.segments(rec.id))


def notice_for(ctx: AppContext, rec: Recording, shown: SummaryRecord | None) -> Notice | None:
    """The notice for `rec` whose shown minutes are `shown` (None: there are none)."""
    if _no_text(ctx, rec):
        return Notice(
            translate(
                "SummaryNotice", "The audio gave no text: no speech was recognised, so there are no minutes."
            ),
            [(translate("SummaryNotice", "Transcribe again with…"), "transcribe_again")],
        )
    if rec.summarize_state == "language_mismatch":
        aside = _kept_aside(ctx, rec)
        if aside is not None:
            lang = language_name(aside.language)
            return Notice(
                translate(
                    "SummaryNotice", "New minutes came out in another language than %1; they are kept aside."
                ).replace("%1", lang),
                [
                    (translate("SummaryNotice", "Show them"), "show_kept"),
                    (translate("SummaryNotice", "Regenerate in %1").replace("%1", lang), "regenerate_in"),
                ],
                detail=aside.error or "",
                kept_aside=aside,
                language=aside.language,
            )
    if shown is not None and shown.extractive and shown.meta.get("fallback_reason"):
        return Notice(
            translate(
                "SummaryNotice",
                "These minutes are extractive (quoted from the transcript): the LLM did not answer when they were "
                "made. Regenerate once it does.",
            ),
            [(translate("SummaryNotice", "Regenerate"), "regenerate")],
            detail=str(shown.meta.get("fallback_reason")),
        )
    if shown is None:
        return Notice(translate("SummaryNotice", "No summary yet. Choose a template and press Regenerate."))
    return None
