"""Ask the archive: retrieve with hybrid search, answer ONLY from those sources, cite every claim.

Request building and citation mapping are pure functions (unit-tested without a server); `ask` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..progress import CancelToken
from ..store import SearchHit
from .context import AppContext
from .export import mmss
from .search import search

NOT_FOUND = {
    "en": "The recordings don't contain an answer to this question.",
    "ko": "녹음 자료에서 이 질문에 대한 답을 찾을 수 없습니다.",
}
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CITE = re.compile(r"\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]")


@dataclass
class Citation:
    n: int
    recording_id: int
    title: str
    start: float | None
    page: int | None
    label: str  # "[title, mm:ss]" or "[document, p. N]"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Answer:
    text: str
    citations: list[Citation]
    sources: list[SearchHit]
    backend_label: str
    found: bool = True
    raw: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "found": self.found,
            "backend": self.backend_label,
            "citations": [c.to_dict() for c in self.citations],
            "sources": [s.to_dict() for s in self.sources],
        }


def question_language(question: str) -> str:
    return "ko" if _HANGUL.search(question) else "en"


def citation_label(hit: SearchHit) -> str:
    if hit.start is not None:
        return f"[{hit.title}, {mmss(hit.start)}]"
    if hit.page is not None:
        return f"[{hit.title}, p. {hit.page}]"
    return f"[{hit.title}]"


def build_ask_request(question: str, sources: Sequence[SearchHit], language: str) -> list[dict[str, str]]:
    """The chat messages for the LLM: numbered sources, and the rule to use nothing else."""
    lines = []
    for n, hit in enumerate(sources, start=1):
        lines.append(f"[{n}] {citation_label(hit)}\n{' '.join(hit.text.split())}")
    if language == "ko":
        system = (
            "당신은 사용자의 녹음 기록 보관소에 대해 답하는 도우미입니다. 아래 번호가 붙은 출처에 있는 내용만 "
            "사용해 답하세요. 출처에 없는 내용은 추측하거나 덧붙이지 마세요. 모든 주장 뒤에 [1]처럼 출처 번호를 "
            f"붙이세요. 출처에 답이 없으면 정확히 다음과 같이만 답하세요: {NOT_FOUND['ko']}"
        )
    else:
        system = (
            "You answer questions about the user's archive of recordings. Use ONLY the numbered sources below; "
            "never add facts that are not in them. Put the source number after every claim, like [1]. If the "
            f"sources do not contain the answer, reply exactly: {NOT_FOUND['en']}"
        )
    user = "Sources:\n\n" + "\n\n".join(lines) + f"\n\nQuestion: {question}"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def fit_sources(question: str, sources: Sequence[SearchHit], language: str, num_ctx: int) -> list[SearchHit]:
    """The best-ranked sources whose request leaves room for an answer inside `num_ctx` (at least one)."""
    from ..engines.llm.chunking import count_tokens

    reserve = max(64, num_ctx // 16) + min(1024, num_ctx // 4)  # safety margin + the answer
    keep = list(sources)
    while len(keep) > 1:
        messages = build_ask_request(question, keep, language)
        if 8 + sum(count_tokens(m["content"]) + 8 for m in messages) + reserve <= num_ctx:
            break
        keep.pop()  # the lowest-ranked source goes first
    return keep


def resolve_citations(text: str, sources: Sequence[SearchHit]) -> tuple[str, list[Citation]]:
    """Replace [n] markers with [title, mm:ss] / [document, p. N]; unknown numbers are dropped."""
    used: dict[int, Citation] = {}

    def repl(match: re.Match[str]) -> str:
        labels = []
        for part in match.group(1).split(","):
            n = int(part)
            if not 1 <= n <= len(sources):
                continue
            hit = sources[n - 1]
            cite = used.setdefault(
                n, Citation(n, hit.recording_id, hit.title, hit.start, hit.page, citation_label(hit))
            )
            labels.append(cite.label)
        return "".join(labels)

    resolved = _CITE.sub(repl, text)
    return resolved, sorted(used.values(), key=lambda c: c.n)


def is_not_found(text: str) -> bool:
    return any(msg.rstrip(".") in text for msg in NOT_FOUND.values())


def ask(
    ctx: AppContext,
    question: str,
    *,
    limit: int = 8,
    on_token: Callable[[str], None] | None = None,
    cancel: CancelToken | None = None,
    backend: str | None = None,
    model: str | None = None,
) -> Answer:
    from ..engines.llm import ChatMessage, ExtractiveBackend, GenOptions
    from ..engines.llm.context import with_context_retry
    from .summaries import resolve_backend

    lang = question_language(question)
    sources = search(ctx, question, mode="hybrid", limit=limit)
    llm = resolve_backend(ctx.settings, backend, model)
    if not sources:
        text = NOT_FOUND[lang]
        if on_token:
            on_token(text)
        return Answer(text, [], [], llm.label, found=False)
    warnings: list[str] = []
    if isinstance(llm, ExtractiveBackend):
        # No LLM: quote the best passages, each with its citation, and say that no model wrote it.
        body = "\n".join(f"- {' '.join(h.text.split())[:300]} [{n}]" for n, h in enumerate(sources[:3], 1))
        raw = f"> extractive (no LLM): the passages that best match the question\n\n{body}"
    else:

        def attempt(num_ctx: int, notes: list[str]) -> tuple[str, list[SearchHit], list[str]]:
            used = fit_sources(question, sources, lang, num_ctx)
            request = build_ask_request(question, used, lang)
            messages = [ChatMessage(m["role"], m["content"]) for m in request]
            result = llm.generate(
                messages,
                options=GenOptions(temperature=0.1, num_ctx=num_ctx),
                on_token=on_token,
                cancel=cancel,
            )
            if len(used) < len(sources):
                notes = [
                    *notes,
                    f"{len(sources) - len(used)} of {len(sources)} sources left out to fit a "
                    f"context of {num_ctx} tokens",
                ]
            return result.text.strip(), used, notes

        raw, sources, warnings = with_context_retry(llm, attempt)
    text, citations = resolve_citations(raw, sources)
    found = not is_not_found(raw)
    if isinstance(llm, ExtractiveBackend) and on_token:
        on_token(text)
    return Answer(
        text, citations if found else [], sources, llm.label, found=found, raw=raw, warnings=warnings
    )
