"""Transcript correction against a backend: vocabulary spellings and obvious mis-hearings, index-aligned with
the original segments, planned to fit the server's context (and planned again once if the server says less)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from ...errors import LLMTruncated
from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from ...transcript import Segment
from .base import GenOptions, LLMBackend
from .context import with_context_retry
from .extractive import ExtractiveBackend
from .summarizer import CorrectionRequest, build_correction_requests, messages_tokens, parse_correction

log = logging.getLogger(__name__)


def correct_transcript(
    segments: Sequence[Segment],
    *,
    backend: LLMBackend,
    vocabulary: Sequence[str] = (),
    language: str = "auto",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    warnings: list[str] | None = None,
    tokenizer: Any = None,
) -> list[str]:
    """Corrected text for each segment, index-aligned with `segments` (store it beside the original).

    A segment whose correction is missing or changed length beyond 0.5–2.0× keeps its original text and a
    warning is added to `warnings`."""
    notes = warnings if warnings is not None else []
    originals = [s.text for s in segments]
    if isinstance(backend, ExtractiveBackend):
        notes.append("no LLM available: the transcript was not corrected")
        return originals
    last = [0.0]

    def forward(p: Progress) -> None:  # a retry starts over: progress still only moves forward
        if progress and p.fraction >= last[0]:
            last[0] = p.fraction
            progress(p)

    def attempt(
        num_ctx: int, retry_notes: list[str]
    ) -> tuple[list[CorrectionRequest], dict[str, str], list[str]]:
        requests, fixed, found = _correct_requests(
            segments, backend, vocabulary, language, num_ctx, forward, cancel, tokenizer
        )
        return requests, fixed, retry_notes + found

    requests, fixed, found = with_context_retry(backend, attempt)
    notes.extend(found)
    out = list(originals)
    by_segment: dict[int, list[str]] = {}
    for req in requests:
        for key in req.owned:
            by_segment.setdefault(req.segment_of[key], []).append(key)
    for idx, keys in by_segment.items():
        keys.sort(key=lambda k: [int(p) for p in k.split(".")])
        out[idx] = " ".join(fixed[k] for k in keys if fixed.get(k))
    if progress:
        progress(Progress("correct", 1.0, "done"))
    for note in notes:
        log.info("correction: %s", note)
    return out


def _correct_requests(
    segments: Sequence[Segment],
    backend: LLMBackend,
    vocabulary: Sequence[str],
    language: str,
    num_ctx: int,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    tokenizer: Any,
) -> tuple[list[CorrectionRequest], dict[str, str], list[str]]:
    """Every correction request planned for `num_ctx`, run in order: (requests, marker -> text, notes)."""
    notes: list[str] = []
    margin = max(64, num_ctx // 16)
    probe = build_correction_requests(
        [Segment(0.0, 0.0, "x")], vocabulary, 10**6, language=language, tokenizer=tokenizer
    )
    overhead = messages_tokens(probe[0].messages[:1], tokenizer) + 16
    budget = max(64, (num_ctx - margin - overhead) * 2 // 5)  # the answer is about as long as the input
    requests = build_correction_requests(segments, vocabulary, budget, language=language, tokenizer=tokenizer)
    fixed: dict[str, str] = {}
    eta = EtaEstimator()
    for n, req in enumerate(requests):
        if cancel:
            cancel.raise_if_cancelled()
        frac = n / len(requests)
        progress(Progress("correct", frac, f"correcting part {n + 1} of {len(requests)}", eta.eta(frac)))
        room = num_ctx - margin - messages_tokens(req.messages, tokenizer)
        try:
            result = backend.generate(
                req.messages,
                options=GenOptions(temperature=0.1, num_ctx=num_ctx, max_tokens=room),
                cancel=cancel,
            )
            got, notes_here = parse_correction(result.text, req)
        except LLMTruncated:
            got = {k: req.source[k] for k in req.owned}
            notes_here = [
                f"correction of lines {req.owned[0]}–{req.owned[-1]} hit the length limit; kept the original"
            ]
        notes.extend(notes_here)
        fixed.update(got)
    return requests, fixed, notes
