"""Run a summary (map -> recursive reduce -> title) against a backend (corrections: correction.py).

Nothing is silently dropped: a map answer that hits the length limit is retried with the chunk split in half,
a reduce group that does is split too, and every prompt is budgeted to fit num_ctx (see summarizer.py).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...errors import InputError, LLMContextExceeded, LLMError, LLMTruncated, NotFoundError
from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from ...transcript import Segment
from .base import ChatMessage, GenOptions, LLMBackend, TokenCallback
from .chunking import Chunk, rechunk
from .context import with_context_retry
from .extractive import ExtractiveBackend, extractive_title
from .summarizer import (
    Partial,
    SummaryBudget,
    build_map_request,
    build_reduce_request,
    build_title_request,
    clean_title,
    detect_language,
    messages_tokens,
    plan_budget,
    plan_chunks,
    reduce_plan,
)
from .templates import Template, get_template

log = logging.getLogger(__name__)
MAX_REDUCE_LEVELS = 8
_THINK_RE = re.compile(r"<think>.*?</think>", re.S)
TITLE_TOKENS = 64


@dataclass
class SummaryResult:
    markdown: str
    title: str
    backend_label: str
    model: str
    template: str
    language: str
    llm_calls: int
    chunks: list[Chunk]  # the chunks actually mapped (after any split-on-truncation)
    partials: list[str]  # the map answers, in time order
    reduce_levels: int = 0
    warnings: list[str] = field(default_factory=list)


def resolve_language(language: str, segments: Sequence[Segment]) -> str:
    """The output language: "auto" means the transcript's own language."""
    if language and language != "auto":
        return language
    return detect_language(" ".join(s.text for s in segments))


class _Run:
    def __init__(
        self,
        backend: LLMBackend,
        template: Template,
        language: str,
        budget: SummaryBudget,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
        tokenizer: Any,
    ) -> None:
        self.backend = backend
        self.template = template
        self.language = language
        self.budget = budget
        self.progress = progress
        self.cancel = cancel
        self.tokenizer = tokenizer
        self.calls = 0
        self.levels = 0
        self.warnings: list[str] = []
        self.mapped: list[Chunk] = []
        self.eta = EtaEstimator()
        self.last_fraction = 0.0

    def report(self, fraction: float, message: str) -> None:
        if self.progress:
            # Never move backwards (a retried merge re-enters an earlier stage).
            fraction = self.last_fraction = min(1.0, max(self.last_fraction, fraction))
            self.progress(Progress("summarize", fraction, message, self.eta.eta(fraction)))

    def call(
        self,
        messages: list[ChatMessage],
        max_tokens: int,
        on_token: TokenCallback | None = None,
        temperature: float | None = None,
    ) -> str:
        if self.cancel:
            self.cancel.raise_if_cancelled()
        prompt = messages_tokens(messages, self.tokenizer)
        if prompt + max_tokens > self.budget.num_ctx:
            log.warning(
                "request of ~%d + %d tokens exceeds num_ctx %d", prompt, max_tokens, self.budget.num_ctx
            )
        options = GenOptions(
            temperature=self.template.temperature if temperature is None else temperature,
            num_ctx=self.budget.num_ctx,
            max_tokens=max_tokens,
        )
        for attempt in range(2):
            self.calls += 1
            result = self.backend.generate(messages, options=options, on_token=on_token, cancel=self.cancel)
            text = _THINK_RE.sub("", result.text).strip()  # reasoning models may inline <think> blocks
            if text:
                return text
            log.warning("empty answer from %s (attempt %d)", self.backend.label, attempt + 1)
        raise LLMError(f"{self.backend.label} returned an empty answer twice", hint="try another model")

    # --- map ------------------------------------------------------------------------------------------------
    def map_chunk(self, chunk: Chunk) -> list[Partial]:
        messages = build_map_request(chunk, self.template, self.language)
        try:
            text = self.call(messages, self.budget.map_output)
        except LLMTruncated:
            parts = rechunk(chunk, 2, self.tokenizer)
            if len(parts) < 2:
                raise
            self.warnings.append(
                f"part {chunk.index + 1} hit the answer limit; retried as {len(parts)} halves"
            )
            return [p for part in parts for p in self.map_chunk(part)]
        self.mapped.append(chunk)
        return [Partial(text, chunk.start, chunk.end)]

    # --- reduce ---------------------------------------------------------------------------------------------
    def reduce_group(self, group: list[Partial], max_tokens: int) -> list[Partial]:
        messages = build_reduce_request(group, self.template, self.language)
        try:
            text = self.call(messages, max_tokens)
        except LLMTruncated:
            if len(group) < 2:
                raise
            mid = len(group) // 2
            return self.reduce_group(group[:mid], max_tokens) + self.reduce_group(group[mid:], max_tokens)
        return [Partial(text, group[0].start, group[-1].end)]

    def reduce_all(
        self, partials: list[Partial], on_token: TokenCallback | None, on_reset: Callable[[], None] | None
    ) -> str:
        items = list(partials)
        limit = self.budget.reduce_input
        while True:
            groups = reduce_plan(items, limit, self.tokenizer)
            if len(groups) == 1 and len(items) > 1:
                messages = build_reduce_request(items, self.template, self.language)
                room = self.budget.leftover(messages_tokens(messages, self.tokenizer))
                self.report(0.9, "merging the notes")
                try:
                    return self.call(messages, room, on_token)
                except LLMTruncated:
                    if on_reset:
                        on_reset()
                    self.warnings.append("the final merge hit the answer limit; merging in two steps")
                    mid = len(items) // 2
                    groups = [list(range(mid)), list(range(mid, len(items)))]
            self.levels += 1
            if self.levels > MAX_REDUCE_LEVELS:
                raise LLMError("the notes did not shrink enough to merge", hint="raise num_ctx in settings")
            merging = any(len(g) > 1 for g in groups)
            out: list[Partial] = []
            for n, group in enumerate(groups):
                self.report(0.8 + 0.1 * n / len(groups), f"merging notes, level {self.levels}")
                sub = [items[i] for i in group]
                if merging and len(sub) == 1:
                    out.append(sub[0])  # passes through to the next level untouched
                else:
                    # Nothing pairs up: condense each item so two fit together next time.
                    cap = self.budget.map_output if merging else max(64, limit // 4)
                    out.extend(self.reduce_group(sub, cap))
            items = out
            if len(items) == 1:  # only possible when one oversized item was condensed
                messages = build_reduce_request(items, self.template, self.language)
                return self.call(
                    messages, self.budget.leftover(messages_tokens(messages, self.tokenizer)), on_token
                )

    # --- title ----------------------------------------------------------------------------------------------
    def title(self, text: str, segments: Sequence[Segment]) -> str:
        body = text
        while True:
            messages = build_title_request(body, self.language)
            if (
                messages_tokens(messages, self.tokenizer) + TITLE_TOKENS + self.budget.margin
                <= self.budget.num_ctx
            ):
                break
            body = body[: int(len(body) * 0.8)]
        try:
            title = clean_title(self.call(messages, TITLE_TOKENS, temperature=0.2))
        except LLMContextExceeded:
            raise  # the whole plan was too big for the server: re-planned by the caller
        except LLMError as exc:
            self.warnings.append(f"no title from the model ({exc.message}); used a key sentence")
            title = ""
        return title or extractive_title(segments)


def _for_language(template: Template, language: str) -> Template:
    """The same-named template written for `language` when there is one (its headings are in that language)."""
    if template.language == language:
        return template
    extra = [template.path.parent] if template.path else []
    try:
        other = get_template(template.name, language, extra_dirs=extra)
    except NotFoundError:
        return template
    return other if other.language == language else template


def summarize(
    segments: Sequence[Segment],
    *,
    backend: LLMBackend,
    template: Template,
    language: str = "auto",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    on_token: TokenCallback | None = None,
    on_reset: Callable[[], None] | None = None,
    tokenizer: Any = None,
    want_title: bool = True,
) -> SummaryResult:
    """Summarize a transcript into `template`'s sections, written in `language` ("auto": the transcript's).

    When `template` is written for another language and a same-named one exists for the output language, that
    one is used. Tokens of the final answer stream to `on_token`; `on_reset` is called when a streamed final
    answer was thrown away (it hit the length limit) and the merge is redone."""
    if not any(s.text.strip() for s in segments):
        raise InputError("nothing to summarize: the transcript is empty")
    lang = resolve_language(language, segments)
    template = _for_language(template, lang)
    if isinstance(backend, ExtractiveBackend):
        markdown = backend.summarize_segments(segments, template, lang)
        if on_token:
            on_token(markdown)
        if progress:
            progress(Progress("summarize", 1.0, "done"))
        return SummaryResult(
            markdown, extractive_title(segments), backend.label, backend.model, template.name, lang, 0, [], []
        )
    runs: list[_Run] = []

    def attempt(num_ctx: int, notes: list[str]) -> SummaryResult:
        run = _Run(
            backend,
            template,
            lang,
            plan_budget(num_ctx, template, lang, tokenizer),
            progress,
            cancel,
            tokenizer,
        )
        if runs:  # a retry: progress keeps moving forward, the calls made so far still count
            run.last_fraction, run.calls = runs[-1].last_fraction, runs[-1].calls
        runs.append(run)
        run.warnings.extend(notes)
        return _summarize_run(run, segments, on_token, on_reset, want_title)

    return with_context_retry(backend, attempt, on_reset=on_reset)


def _summarize_run(
    run: _Run,
    segments: Sequence[Segment],
    on_token: TokenCallback | None,
    on_reset: Callable[[], None] | None,
    want_title: bool = True,
) -> SummaryResult:
    """One summary at `run.budget`: map every chunk, reduce, title (unless not wanted: a recipe's output)."""
    backend, template, lang, budget, tokenizer = (
        run.backend,
        run.template,
        run.language,
        run.budget,
        run.tokenizer,
    )
    chunks = plan_chunks(segments, budget.map_input, overlap_segments=1, tokenizer=tokenizer)
    partials: list[Partial] = []
    markdown = ""
    if len(chunks) == 1:
        run.report(0.05, "summarizing")
        messages = build_map_request(chunks[0], template, lang)
        try:
            markdown = run.call(messages, budget.leftover(messages_tokens(messages, tokenizer)), on_token)
            run.mapped.append(chunks[0])
            partials = [Partial(markdown, chunks[0].start, chunks[0].end)]
        except LLMTruncated:
            if on_reset:
                on_reset()
            run.warnings.append("the answer hit the length limit; summarizing in parts")
            chunks = rechunk(chunks[0], 2, tokenizer)
            if len(chunks) < 2:
                raise
    if not markdown:
        for n, chunk in enumerate(chunks):
            run.report(0.8 * n / len(chunks), f"reading part {n + 1} of {len(chunks)}")
            partials.extend(run.map_chunk(chunk))
        markdown = run.reduce_all(partials, on_token, on_reset)
    title = ""
    if want_title:
        run.report(0.95, "choosing a title")
        title = run.title(markdown, segments)
    run.report(1.0, "done")
    return SummaryResult(
        markdown=markdown,
        title=title,
        backend_label=backend.label,
        model=backend.model,
        template=template.name,
        language=lang,
        llm_calls=run.calls,
        chunks=run.mapped,
        partials=[p.text for p in partials],
        reduce_levels=run.levels,
        warnings=run.warnings,
    )
