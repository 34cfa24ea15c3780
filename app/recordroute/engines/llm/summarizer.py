"""Pure request building for summaries, titles and transcript correction (no server, unit-testable).

Budget rule: estimated prompt tokens + reserved answer tokens + a safety margin <= num_ctx, so Ollama never
truncates a prompt (it silently drops the front of prompts longer than num_ctx).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...errors import LLMError
from ...transcript import Segment
from ..docs import detect_language
from .base import ChatMessage
from .chunking import Chunk, count_tokens, fmt_ts, plan_chunks, split_segment
from .templates import Template, language_name

__all__ = [
    "Chunk",
    "CorrectionRequest",
    "Partial",
    "SummaryBudget",
    "build_correction_requests",
    "build_map_request",
    "build_reduce_request",
    "build_title_request",
    "clean_title",
    "count_tokens",
    "detect_language",
    "messages_tokens",
    "parse_correction",
    "plan_budget",
    "plan_chunks",
    "reduce_plan",
]

# Chat-template cost per message ("<|im_start|>role\n ... <|im_end|>\n" is ~5 tokens) and for the answer prefix.
MESSAGE_OVERHEAD = 8
PROMPT_OVERHEAD = 8
TITLE_INPUT_CHARS = 4000
CORRECTION_CHUNK_CHARS = 8000
CORRECTION_OVERLAP_CHARS = 300
CORRECTION_VOCAB_TERMS = 30


@dataclass(frozen=True)
class Partial:
    """One map (or intermediate reduce) answer and the time span it covers."""

    text: str
    start: float
    end: float


def messages_tokens(messages: Sequence[ChatMessage], tokenizer: Any = None) -> int:
    return PROMPT_OVERHEAD + sum(count_tokens(m.content, tokenizer) + MESSAGE_OVERHEAD for m in messages)


# --- budgets ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SummaryBudget:
    num_ctx: int
    margin: int
    map_output: int  # answer tokens reserved for each map / intermediate reduce call
    map_input: int  # transcript tokens per map chunk
    reduce_input: int  # partial-notes tokens per reduce call

    def leftover(self, prompt_tokens: int) -> int:
        """Answer room for a final call: everything the prompt and margin leave."""
        return max(self.map_output, self.num_ctx - self.margin - prompt_tokens)


def plan_budget(num_ctx: int, template: Template, language: str, tokenizer: Any = None) -> SummaryBudget:
    margin = max(64, num_ctx // 16)
    out = max(256, min(2048, num_ctx // 5))
    empty = Chunk(0, 0.0, 0.0, (), "", 0)
    map_fixed = messages_tokens(build_map_request(empty, template, language), tokenizer)
    reduce_fixed = messages_tokens(build_reduce_request([], template, language), tokenizer)
    map_input = num_ctx - margin - out - map_fixed
    reduce_input = num_ctx - margin - out - reduce_fixed
    if map_input < 128 or reduce_input < out + 64:
        raise LLMError(
            f"a context of {num_ctx} tokens is too small for the '{template.name}' template",
            hint="raise the context size (num_ctx) to 4096 or more in settings",
        )
    return SummaryBudget(num_ctx, margin, out, map_input, reduce_input)


# --- summary requests ---------------------------------------------------------------------------------------
def _system(template: Template, language: str) -> ChatMessage:
    return ChatMessage("system", template.render("system", language=language))


def build_map_request(chunk: Chunk, template: Template, language: str) -> list[ChatMessage]:
    start, end = fmt_ts(chunk.start).strip("[]"), fmt_ts(chunk.end).strip("[]")
    instruction = template.render("map", language=language, start=start, end=end)
    user = f"{instruction}\n\n<transcript>\n{chunk.text}\n</transcript>"
    return [_system(template, language), ChatMessage("user", user)]


def wrap_partial(index: int, partial: Partial | str) -> str:
    if isinstance(partial, Partial):
        span = f' time="{fmt_ts(partial.start).strip("[]")}–{fmt_ts(partial.end).strip("[]")}"'
        text = partial.text
    else:
        span, text = "", partial
    return f'<notes part="{index}"{span}>\n{text.strip()}\n</notes>'


def build_reduce_request(
    partials: Sequence[Partial | str], template: Template, language: str
) -> list[ChatMessage]:
    instruction = template.render("reduce", language=language)
    body = "\n\n".join(wrap_partial(i, p) for i, p in enumerate(partials, 1))
    return [_system(template, language), ChatMessage("user", f"{instruction}\n\n{body}")]


def reduce_plan(partials: Sequence[Partial | str], budget: int, tokenizer: Any = None) -> list[list[int]]:
    """Group consecutive partials so each group's wrapped notes fit `budget` tokens.

    One group means the final reduce can see everything at once; otherwise the caller reduces each group
    and plans again with the results (recursion until it fits). A partial larger than the budget is a group
    on its own (the caller condenses it)."""
    groups: list[list[int]] = []
    used = 0
    for i, p in enumerate(partials):
        cost = count_tokens(wrap_partial(i + 1, p), tokenizer) + 2
        if groups and used + cost <= budget:
            groups[-1].append(i)
            used += cost
        else:
            groups.append([i])
            used = cost
    return groups


_TITLE_SYS = {
    "ko": "회의나 강의 기록의 제목을 짓습니다. 내용을 대표하는 짧은 제목(40자 이내) 하나만 따옴표 없이 출력합니다.",
    "en": "You name recordings. Answer with one short title (at most 8 words) for the text, without quotes.",
}


def build_title_request(text: str, language: str) -> list[ChatMessage]:
    lang = language if language in _TITLE_SYS else "en"
    system = _TITLE_SYS[lang]
    if language not in _TITLE_SYS:
        system += f" Write it in {language_name(language)}."
    body = text[:TITLE_INPUT_CHARS]
    ask = "다음 내용의 제목:" if lang == "ko" else "Title for this text:"
    return [ChatMessage("system", system), ChatMessage("user", f"{ask}\n\n<text>\n{body}\n</text>")]


def clean_title(raw: str, limit: int = 80) -> str:
    for line in raw.splitlines():
        line = re.sub(r"^\s*(?:(?:#+|[-*]|title\s*:|제목\s*:)\s*)+", "", line.strip(), flags=re.I)
        line = line.strip().strip("\"'“”‘’`*").strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


# --- transcript correction ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CorrectionRequest:
    messages: list[ChatMessage]
    keys: tuple[str, ...]  # line markers sent, in order ("12" or "12.1" for a split segment)
    owned: tuple[str, ...]  # markers whose answer this request decides (the rest is overlap context)
    source: dict[str, str]  # marker -> original text
    segment_of: dict[str, int]  # marker -> segment index


_CORR_SYS = {
    "en": (
        "You are a professional editor correcting a speech-recognition transcript. Fix recognition errors, "
        "spelling, spacing and punctuation only. Keep the meaning, facts, numbers, units, proper nouns, speaker "
        "labels and timestamps exactly; do not summarise, add, reorder or remove anything. Every line starts "
        "with a marker such as [#12]: answer with every line, its marker unchanged, in the same order, one line "
        "per marker, and nothing else."
    ),
    "ko": (
        "당신은 음성 인식 전사본을 교정하는 전문 편집자입니다. 인식 오류, 맞춤법, 띄어쓰기, 문장 부호만 고칩니다. "
        "의미, 사실, 숫자, 단위, 고유명사, 화자 표시, 타임스탬프는 그대로 유지하고 요약·추가·순서 변경·삭제를 하지 "
        "않습니다. 각 줄은 [#12] 같은 표시로 시작합니다. 모든 줄을 표시를 바꾸지 말고 같은 순서로 한 줄씩 출력하고, "
        "그 밖의 말은 쓰지 않습니다."
    ),
}
_MARK_RE = re.compile(r"^\s*\[#(\d+(?:\.\d+)?)\]\s?(.*)$")


def _vocab_line(vocabulary: Sequence[str], lang: str) -> str:
    seen: list[str] = []
    for term in vocabulary:
        term = term.strip()
        if term and term not in seen:
            seen.append(term)
        if len(seen) == CORRECTION_VOCAB_TERMS:
            break
    if not seen:
        return ""
    if lang == "ko":
        return "\n다음 용어는 정확히 이 철자로 씁니다: " + ", ".join(seen)
    return "\nSpell these terms exactly as written: " + ", ".join(seen)


def build_correction_requests(
    segments: Sequence[Segment],
    vocabulary: Sequence[str],
    budget: int,
    *,
    language: str = "auto",
    tokenizer: Any = None,
) -> list[CorrectionRequest]:
    """Requests of at most ~8000 characters and `budget` tokens of transcript each, cut on segment (then
    sentence) boundaries, each repeating ~300 characters of the previous one as context."""
    lang = detect_language(" ".join(s.text for s in segments)) if language == "auto" else language
    lang = lang if lang in _CORR_SYS else "en"
    system = _CORR_SYS[lang] + _vocab_line(vocabulary, lang)
    # Lines: one per segment; a segment longer than a request is split on sentences with sub-markers.
    lines: list[tuple[str, int, str]] = []
    piece_budget = max(16, min(budget, count_tokens("x" * CORRECTION_CHUNK_CHARS)) - 8)
    for idx, seg in enumerate(segments):
        text = " ".join(seg.text.split())
        if not text:
            continue
        if len(text) <= CORRECTION_CHUNK_CHARS and count_tokens(text, tokenizer) + 8 <= budget:
            lines.append((str(idx), idx, text))
            continue
        pieces = split_segment(Segment(seg.t0, seg.t1, text), min(piece_budget, budget), tokenizer)
        for j, piece in enumerate(pieces, 1):
            lines.append((f"{idx}.{j}", idx, piece.text))
    requests: list[CorrectionRequest] = []
    i = 0
    while i < len(lines):
        context: list[tuple[str, int, str]] = []
        if requests:
            chars = 0
            k = i - 1
            while k >= 0 and chars < CORRECTION_OVERLAP_CHARS:
                context.insert(0, lines[k])
                chars += len(lines[k][2])
                k -= 1
        body = list(context)
        chars = sum(len(t) + 8 for _, _, t in body)
        tokens = sum(count_tokens(f"[#{key}] {t}", tokenizer) + 1 for key, _, t in body)
        owned: list[str] = []
        while i < len(lines):
            key, _idx, text = lines[i]
            line_tokens = count_tokens(f"[#{key}] {text}", tokenizer) + 1
            if owned and (chars + len(text) + 8 > CORRECTION_CHUNK_CHARS or tokens + line_tokens > budget):
                break
            if not owned and context and tokens + line_tokens > budget:
                body, chars, tokens = [], 0, 0  # drop the context rather than overflow
            body.append(lines[i])
            owned.append(key)
            chars += len(text) + 8
            tokens += line_tokens
            i += 1
        user = "\n".join(f"[#{key}] {text}" for key, _, text in body)
        requests.append(
            CorrectionRequest(
                messages=[ChatMessage("system", system), ChatMessage("user", user)],
                keys=tuple(k for k, _, _ in body),
                owned=tuple(owned),
                source={k: t for k, _, t in body},
                segment_of={k: s for k, s, _ in body},
            )
        )
    return requests


def parse_correction(answer: str, request: CorrectionRequest) -> tuple[dict[str, str], list[str]]:
    """Corrected text per owned marker, and warnings. A marker missing from the answer, or a line whose
    length is outside 0.5–2.0× the original, keeps the original text."""
    got: dict[str, str] = {}
    for line in answer.splitlines():
        m = _MARK_RE.match(line)
        if m and m.group(1) in request.source and m.group(1) not in got:
            got[m.group(1)] = m.group(2).strip()
    out: dict[str, str] = {}
    warnings: list[str] = []
    total_in = sum(len(request.source[k]) for k in request.owned)
    total_out = sum(len(got.get(k, "")) for k in request.owned)
    if total_in and not 0.5 <= total_out / total_in <= 2.0:
        warnings.append(
            f"correction of lines {request.owned[0]}–{request.owned[-1]} changed the length "
            f"{total_out / total_in:.2f}×; kept the original text"
        )
        return {k: request.source[k] for k in request.owned}, warnings
    for key in request.owned:
        original = request.source[key]
        new = got.get(key)
        if new is None:
            warnings.append(f"line {key} was missing from the corrected text; kept the original")
            out[key] = original
        elif original and not 0.5 <= len(new) / len(original) <= 2.0 and len(original) >= 20:
            warnings.append(f"line {key} changed length {len(new) / len(original):.2f}×; kept the original")
            out[key] = original
        else:
            out[key] = new
    return out, warnings
