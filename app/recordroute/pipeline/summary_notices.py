"""What every face shows beside a finished summary, as notices it words in its own language: the fallback to
extractive minutes (and why), an answer kept aside for its language, and the summarizer's own warnings (a part
cut for length...). Rows stored before notice codes are read back from their English wording."""

from __future__ import annotations

from ..messages.notice import Notice, parse
from ..store import SummaryRecord

FALLBACK = "fallback"  # summary meta: the English sentence (old rows, the API)
FALLBACK_NOTICE = "fallback_notice"  # summary meta: the same as a notice (code + params)
_CAUSES = ("llm_ollama_no_model", "llm_ollama_down", "llm_openai_down")


def fallback_notice(headline: str) -> Notice:
    """'Ollama at … does not answer: extractive minutes written instead', each cause a notice of its own when
    the registry's wording is known (several causes are joined with " and ")."""
    parts = [parse(part, _CAUSES) for part in headline.split(" and ")]
    causes: object = parts if all(p.code for p in parts) else headline
    return Notice("summary_fallback", {"headline": causes})


def fallback_of(record: SummaryRecord) -> Notice | None:
    """The fallback these minutes were written with (from its English sentence on an old row), or None."""
    meta = record.meta or {}
    fallback = Notice.from_dict(meta.get(FALLBACK_NOTICE))
    if fallback is None and meta.get(FALLBACK):
        parsed = parse(str(meta[FALLBACK]), ("summary_fallback",))
        fallback = fallback_notice(str(parsed.params["headline"])) if parsed.code else parsed
    return fallback


def summary_notices(record: SummaryRecord) -> list[Notice]:
    fallback = fallback_of(record)
    out: list[Notice] = [fallback] if fallback is not None else []
    if record.state != "complete" and record.error and record.markdown:
        params = {"error": parse(record.error), "version": record.version, "id": record.recording_id}
        out.append(Notice("summary_kept_aside", params))
    out.extend(parse(str(w)) for w in record.meta.get("warnings") or [])
    return out
