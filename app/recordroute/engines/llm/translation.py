"""Translation with the LLM, line by line so nothing is lost (request building is pure; the runner is small).

Every line (a transcript segment, or a line of the minutes) is sent as `[#n] text`, in requests cut on line
boundaries to fit the server's context, and the answer is read back by marker. A line the model leaves out is
asked for once more on its own; if it is still missing, the original stays and a warning says so. So a
translation always has exactly one line per source line: segment counts and timestamps never change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...errors import LLMError, LLMTruncated, needs_llm
from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from .base import ChatMessage, GenOptions, LLMBackend
from .context import with_context_retry
from .extractive import ExtractiveBackend
from .summarizer import count_tokens, messages_tokens
from .templates import language_name

REQUEST_CHARS = 6000
_MARK_RE = re.compile(r"^\s*\[#(\d+)\]\s?(.*)$")

_SYSTEM = {
    "en": (
        "You are a professional translator. Translate every line into {target}. Keep names, numbers, units, "
        "dates and technical terms exact; translate meaning, not word by word; never summarise, merge, split "
        "or skip lines. Every line starts with a marker such as [#12]: answer with every line, its marker "
        "unchanged, in the same order, one line per marker, and nothing else."
    ),
    "ko": (
        "당신은 전문 번역가입니다. 모든 줄을 {target}로 번역합니다. 이름, 숫자, 단위, 날짜, 전문 용어는 정확히 유지하고, "
        "직역하지 말고 뜻을 옮기며, 요약·병합·분할·생략하지 않습니다. 각 줄은 [#12] 같은 표시로 시작합니다. 모든 줄을 "
        "표시를 바꾸지 말고 같은 순서로 한 줄씩 출력하고, 그 밖의 말은 쓰지 않습니다."
    ),
}


@dataclass(frozen=True)
class TranslationRequest:
    messages: list[ChatMessage]
    keys: tuple[int, ...]  # line numbers, in order


def system_prompt(target: str) -> str:
    lang = "ko" if target == "ko" else "en"
    return _SYSTEM[lang].format(target=language_name(target, in_language=lang))


def build_requests(
    lines: Sequence[str], target: str, budget: int, tokenizer: Any = None
) -> list[TranslationRequest]:
    """Requests of at most `budget` tokens of source text (and ~6000 characters), cut between lines. Empty
    lines are not sent (they translate to themselves)."""
    system = ChatMessage("system", system_prompt(target))
    out: list[TranslationRequest] = []
    body: list[str] = []
    keys: list[int] = []
    tokens = chars = 0
    for i, text in enumerate(lines):
        text = " ".join(text.split())
        if not text:
            continue
        line = f"[#{i}] {text}"
        cost = count_tokens(line, tokenizer) + 1
        if keys and (tokens + cost > budget or chars + len(line) > REQUEST_CHARS):
            out.append(TranslationRequest([system, ChatMessage("user", "\n".join(body))], tuple(keys)))
            body, keys, tokens, chars = [], [], 0, 0
        body.append(line)
        keys.append(i)
        tokens += cost
        chars += len(line) + 1
    if keys:
        out.append(TranslationRequest([system, ChatMessage("user", "\n".join(body))], tuple(keys)))
    return out


def parse_answer(answer: str, keys: Sequence[int]) -> dict[int, str]:
    wanted = set(keys)
    got: dict[int, str] = {}
    for line in answer.splitlines():
        m = _MARK_RE.match(line)
        if m and int(m.group(1)) in wanted and int(m.group(1)) not in got and m.group(2).strip():
            got[int(m.group(1))] = m.group(2).strip()
    return got


def translate_lines(
    lines: Sequence[str],
    target: str,
    *,
    backend: LLMBackend,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    warnings: list[str] | None = None,
    tokenizer: Any = None,
) -> list[str]:
    """One translated line per source line (the original where the model gave none, with a warning)."""
    if isinstance(backend, ExtractiveBackend):
        raise needs_llm(LLMError, "translation", backend.reason)
    notes = warnings if warnings is not None else []

    def attempt(num_ctx: int, retry_notes: list[str]) -> dict[int, str]:
        notes.extend(retry_notes)
        return _run(lines, target, backend, num_ctx, progress, cancel, tokenizer)

    got = with_context_retry(backend, attempt)
    out = list(lines)
    missing = [i for i, t in enumerate(lines) if t.strip() and i not in got]
    for i in missing:
        notes.append(f"line {i} was not translated; the original is kept")
    for i, text in got.items():
        out[i] = text
    if progress:
        progress(Progress("translate", 1.0, "done"))
    return out


def _run(
    lines: Sequence[str],
    target: str,
    backend: LLMBackend,
    num_ctx: int,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    tokenizer: Any,
) -> dict[int, str]:
    margin = max(64, num_ctx // 16)
    overhead = messages_tokens([ChatMessage("system", system_prompt(target))], tokenizer) + 16
    # The answer is about as long as the input (Korean and English differ by up to ~2x in tokens).
    budget = max(64, (num_ctx - margin - overhead) // 3)
    requests = build_requests(lines, target, budget, tokenizer)
    got: dict[int, str] = {}
    eta = EtaEstimator()
    for n, req in enumerate(requests):
        if cancel:
            cancel.raise_if_cancelled()
        if progress:
            frac = n / len(requests)
            progress(
                Progress("translate", frac, f"translating part {n + 1} of {len(requests)}", eta.eta(frac))
            )
        got.update(_ask(req, backend, num_ctx, margin, cancel, tokenizer))
        left = [k for k in req.keys if k not in got]
        if left:  # once more for what the model skipped, on their own
            again = build_requests(
                [lines[k] if k in left else "" for k in range(max(left) + 1)], target, budget
            )
            for req2 in again:
                got.update(_ask(req2, backend, num_ctx, margin, cancel, tokenizer))
    return got


def _ask(
    req: TranslationRequest,
    backend: LLMBackend,
    num_ctx: int,
    margin: int,
    cancel: CancelToken | None,
    tokenizer: Any,
) -> dict[int, str]:
    room = num_ctx - margin - messages_tokens(req.messages, tokenizer)
    try:
        result = backend.generate(
            req.messages, options=GenOptions(temperature=0.1, num_ctx=num_ctx, max_tokens=room), cancel=cancel
        )
    except LLMTruncated as exc:  # what arrived before the cap still counts
        return parse_answer(exc.partial, req.keys)
    return parse_answer(result.text, req.keys)
