"""Minutes stored before notice codes still speak Korean: their English fallback sentence, the kept-aside
language mismatch and the summarizer's warnings are read back as notices; a line no code matches is shown as
stored. The English (the API's `warnings`) is the stored text, unchanged."""

from __future__ import annotations

import re

from recordroute.messages.pipeline_notices import PIPELINE_NOTICES
from recordroute.pipeline.summaries import summary_warnings
from recordroute.pipeline.summary_notices import FALLBACK, summary_notices
from recordroute.store.summaries import SummaryRecord

HANGUL = re.compile(r"[\uac00-\ud7a3]")
OLD_FALLBACK = (
    "Ollama at http://127.0.0.1:11434 does not answer and the OpenAI-compatible server at http://x:8080/v1 "
    "does not answer: extractive minutes written instead"
)
OLD_WARNINGS = ["part 2 hit the answer limit; retried as 2 halves", "a warning from a later version"]


def _record(**fields: object) -> SummaryRecord:
    base: dict[str, object] = {
        "id": 1,
        "recording_id": 7,
        "version": 3,
        "template": "meeting",
        "language": "ko",
        "backend": "extractive",
        "state": "complete",
        "created_at": 0.0,
    }
    return SummaryRecord(**{**base, **fields})  # type: ignore[arg-type]


def test_an_old_fallback_row_is_said_in_korean_and_kept_in_english() -> None:
    record = _record(meta={FALLBACK: OLD_FALLBACK, "warnings": OLD_WARNINGS})
    notices = summary_notices(record)
    assert [n.code for n in notices] == ["summary_fallback", "summary_part_halved", ""]
    assert summary_warnings(record) == [OLD_FALLBACK, *OLD_WARNINGS]
    korean = [n.say("ko") for n in notices]
    assert "http://127.0.0.1:11434" in korean[0] and "http://x:8080/v1" in korean[0]
    assert HANGUL.search(korean[0]) and "does not answer" not in korean[0]
    assert korean[1] == PIPELINE_NOTICES["summary_part_halved"].say("ko", {"part": "2", "count": "2"})
    assert korean[2] == OLD_WARNINGS[1]  # no code: as stored


def test_an_answer_kept_aside_names_its_language_problem_in_korean() -> None:
    error = "language mismatch: asked for ko, but only 12% of the words are in Hangul script"
    record = _record(state="failed", error=error, markdown="# Minutes", backend="ollama")
    (notice,) = summary_notices(record)
    assert notice.code == "summary_kept_aside"
    assert notice.english() == (
        f"{error}: the answer is kept aside as version 3 (`recordroute summarize 7 --show --include-kept`)"
    )
    korean = notice.say("ko")
    assert HANGUL.search(korean) and "12%" in korean and "language mismatch" not in korean
    assert "`recordroute summarize 7 --show --include-kept`" in korean
