"""No-LLM fallback: key sentences ranked by TextRank over TF-IDF vectors (numpy only) plus cue-phrase detection
of decisions, action items, risks and next steps, in the template's sections and clearly labelled.

Korean-aware: sentence ends include -니다/-요 endings, terms are Hangul character bigrams (robust to particles
and spacing) and Latin words.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

from ...progress import CancelToken
from ...transcript import Segment
from .base import ChatMessage, GenOptions, HealthStatus, LLMBackend, LLMResult, TokenCallback
from .chunking import count_tokens, fmt_ts
from .sentences import MAX_CHARS, Sentence, join_sentences
from .summarizer import detect_language
from .templates import Section, Template, load_templates

LABEL = "extractive (no LLM)"
_DIM = 4096  # hashed feature space: bounded memory for a 3-hour transcript

_HEADER = {
    "ko": f"> {LABEL} — 언어 모델 없이 전사본에서 중요한 문장을 골라 만든 요약입니다.",
    "en": f"> {LABEL} — key sentences picked from the transcript; no language model was used.",
}
_NONE = {"ko": "- 없음", "en": "- None"}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_EN = _words(
    "the a an and or but so of to in on at for with from by as is are was were be been being it its this that "
    "these those there here we you they he she i me my our your their them us do does did have has had not no "
    "yes okay ok um uh like just really very also then than about into over what which who whom how when where "
    "why all any some can could would should will shall may might must let get got go going know think"
)
_STOP_KO = _words(
    "것 수 등 그리고 그래서 그러면 그런데 이제 그냥 이거 그거 저거 저희 우리 네 예 음 어 아 좀 뭐 이 그 저"
)
_PARTICLES = re.compile(
    r"(으로|에서|에게|까지|부터|처럼|보다|하고|이랑|은|는|이|가|을|를|에|의|도|로|와|과|만|요)$"
)

_CUES: dict[str, re.Pattern[str]] = {
    "decisions": re.compile(
        r"\b(decided|decision|agreed|agree on|approved?|settled on|we'll go with|go with|concluded|finali[sz]ed)\b"
        r"|결정|확정|합의|승인|채택|정했|하기로\s*(했|하였|함)",
        re.I,
    ),
    "actions": re.compile(
        r"\b(will|should|need to|needs to|must|have to|has to|action item|to-?do|follow[ -]up|assign(ed)?|"
        r"responsible|deadline|due|by (monday|tuesday|wednesday|thursday|friday|tomorrow|next week|end of))\b"
        r"|하기로|해야|할 예정|까지|담당|진행하겠습니다|하겠습니다|준비하겠|공유하겠|부탁|요청드|맡아",
        re.I,
    ),
    "risks": re.compile(
        r"\b(risks?|issues?|concerns?|problems?|blockers?|blocked|delays?|delayed|bugs?|worr(y|ied)|"
        r"uncertain|might fail|shortage|over budget)\b|리스크|위험|문제|이슈|우려|지연|걱정|장애|불확실|부족",
        re.I,
    ),
    "next_steps": re.compile(
        r"\b(next (meeting|week|time|step|steps|session|stand-?up|sprint)|follow-up meeting|reconvene|"
        r"schedule[sd]?)\b|다음 (회의|주|번|단계|시간|강의|스탠드업)|차기|일정|다음에",
        re.I,
    ),
    "questions": re.compile(r"\?\s*$|(까요|나요|습니까|을까|는지)\s*[?.]?\s*$"),
}
_OWNER = [
    re.compile(r"\b([A-Z][a-z]+) (?:will|should|needs to|has to|is going to)\b"),
    re.compile(r"([가-힣]{2,4})\s?(?:님|씨|팀장|매니저|대리|과장)"),
]
_DUE = [
    re.compile(
        r"\bby ((?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)"
        r"|tomorrow|the end of \w+|end of \w+|\d{1,2}/\d{1,2})\b",
        re.I,
    ),
    re.compile(r"(\S+까지)"),
]


# --- features -----------------------------------------------------------------------------------------------
def terms(sentence: str) -> list[str]:
    """Similarity features: Hangul character bigrams and lower-cased Latin words."""
    out: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z'\-]+|[가-힣]+", sentence):
        if word[0].isascii():
            w = word.lower()
            if w not in _STOP_EN:
                out.append(w)
        elif word not in _STOP_KO:
            if len(word) > 1:
                out.extend(word[i : i + 2] for i in range(len(word) - 1))
            else:
                out.append(word)
    return out


def keywords(sentence: str) -> list[str]:
    """Display keywords: Latin words and Hangul words with their particle stripped."""
    out = []
    for word in re.findall(r"[A-Za-z][A-Za-z'\-]{2,}|[가-힣]{2,}", sentence):
        if word[0].isascii():
            if word.lower() not in _STOP_EN:
                out.append(word.lower())
        else:
            stem = _PARTICLES.sub("", word)
            if len(stem) >= 2 and stem not in _STOP_KO:
                out.append(stem)
    return out


def _vectors(sentences: Sequence[str]) -> np.ndarray:
    n = len(sentences)
    tf = np.zeros((n, _DIM), dtype=np.float32)
    for i, s in enumerate(sentences):
        for t in terms(s):
            tf[i, zlib.crc32(t.encode("utf-8")) % _DIM] += 1.0
    df = (tf > 0).sum(axis=0)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    x = np.log1p(tf) * idf
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-9)


def textrank(sentences: Sequence[str], damping: float = 0.85, iterations: int = 40) -> np.ndarray:
    """Centrality score per sentence (PageRank over the cosine-similarity graph)."""
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    if n == 1:
        return np.ones(1)
    x = _vectors(sentences)
    sim = x @ x.T
    np.fill_diagonal(sim, 0.0)
    sim[sim < 0.05] = 0.0
    rows = sim.sum(axis=1, keepdims=True)
    trans = np.where(rows > 0, sim / np.maximum(rows, 1e-9), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        rank = (1 - damping) / n + damping * (trans.T @ rank)
    return rank


# --- the summary --------------------------------------------------------------------------------------------
def _units(segments: Sequence[Segment]) -> list[tuple[float, str]]:
    """Whole sentences (joined across segments, see sentences.py) with their start times."""
    return [(s.start, s.text) for s in join_sentences(segments) if len(s.text) >= 2]


def _unit_speakers(segments: Sequence[Segment]) -> list[str | None]:
    """The speaker of each unit of `_units` (same order), for diarized transcripts."""
    return [s.speaker for s in join_sentences(segments) if len(s.text) >= 2]


def _short(text: str, limit: int = MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _action_line(t: float, sent: str, lang: str, speaker: str | None = None) -> str:
    # A named person in the sentence owns it; otherwise whoever said it (diarized transcripts).
    owner = next((m.group(1) for p in _OWNER if (m := p.search(sent))), None) or speaker
    due = next((m.group(1) for p in _DUE if (m := p.search(sent))), None)
    unknown = "미정" if lang == "ko" else "unspecified"
    if lang == "ko":
        return (
            f"- 담당: {owner or unknown} / 할 일: {_short(sent)} / 기한: {due or unknown} / 시점: {fmt_ts(t)}"
        )
    return f"- Owner: {owner or unknown} / Task: {_short(sent)} / Due: {due or unknown} / Time: {fmt_ts(t)}"


def extractive_markdown(
    segments: Sequence[Segment],
    sections: Sequence[Section],
    language: str,
    *,
    headings: Sequence[str] | None = None,
) -> str:
    lang = "ko" if language == "ko" else "en"
    units = _units(segments)
    sents = [s for _, s in units]
    scores = textrank(sents)
    order = [i for i in np.argsort(-scores, kind="stable") if len(sents[i]) >= 12] if len(units) else []
    k = max(3, min(12, round(len(units) * 0.08)))
    picked: dict[str, list[str]] = {}
    cue_hits: dict[str, list[int]] = {role: [] for role in _CUES}
    for i, s in enumerate(sents):
        for role, pat in _CUES.items():
            if pat.search(s) and len(cue_hits[role]) < 12:
                cue_hits[role].append(i)
    for role in ("decisions", "risks", "next_steps", "questions"):
        picked[role] = [f"- {fmt_ts(units[i][0])} {_short(sents[i])}" for i in cue_hits[role]]
    who = _unit_speakers(segments)
    picked["actions"] = [_action_line(units[i][0], sents[i], lang, who[i]) for i in cue_hits["actions"]]
    top = sorted(order[:k])
    picked["key_points"] = [f"- {fmt_ts(units[i][0])} {_short(sents[i])}" for i in top]
    more = sorted(order[k : 2 * k])
    picked["details"] = [f"- {fmt_ts(units[i][0])} {_short(sents[i])}" for i in more]
    picked["quotes"] = [f"- {fmt_ts(units[i][0])} “{_short(sents[i])}”" for i in sorted(order[:3])]
    # Topics: the strongest keywords weighted by the centrality of the sentences they occur in.
    weight: dict[str, float] = {}
    where: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        for w in set(keywords(s)):
            weight[w] = weight.get(w, 0.0) + float(scores[i])
            where.setdefault(w, []).append(i)
    topics: list[str] = []
    used: set[int] = set()
    for w in sorted(weight, key=lambda w: -weight[w]):
        # Each topic bullet shows its keyword with the most central sentence not shown for another topic.
        free = [i for i in sorted(where[w], key=lambda i: -scores[i]) if i not in used]
        if free:
            used.add(free[0])
            topics.append(f"- {w}: {_short(sents[free[0]], 160)}")
        if len(topics) == 5:
            break
    picked["topics"] = topics
    heads = list(headings) if headings else [f"## {i}. {s.title}" for i, s in enumerate(sections, 1)]
    out = [_HEADER[lang], ""]
    for head, section in zip(heads, sections, strict=False):
        out.append(head)
        out.extend(picked.get(section.role) or [_NONE[lang]])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def extractive_summary(segments: Sequence[Segment], template: Template, language: str = "auto") -> str:
    lang = detect_language(" ".join(s.text for s in segments)) if language == "auto" else language
    return extractive_markdown(segments, template.sections, lang)


def extractive_title(segments: Sequence[Segment], limit: int = 70) -> str:
    """A complete phrase, never a fragment: the most central short whole sentence (without its final stop),
    else the strongest keywords as a noun phrase ("Budget, survey and release" / "예산 · 설문 · 출시")."""
    units = _units(segments)
    if not units:
        return ""
    sents = [s for _, s in units]
    scores = textrank(sents)
    for early in sents[:3]:  # what the meeting says it is about, early on
        named = _named_subject(early, limit)
        if named:
            return named
    for i in np.argsort(-scores, kind="stable")[:5]:
        whole = Sentence(0.0, 0.0, sents[i])
        if _GREETING.search(whole.text):
            continue
        if whole.complete and len(whole.text) <= limit and len(keywords(whole.text)) >= 2:
            return whole.text.rstrip(".!?。！？… ")
    return _keyword_title(sents, scores)


_GREETING = re.compile(r"^(good (morning|afternoon|evening)|hello|hi\b|welcome|thanks?)|^안녕하|^반갑", re.I)
_EN_EVENT = re.compile(
    r"\b(?:the|this|our|a)\s+((?:[A-Za-z0-9][\w'-]*\s+){0,3}"
    r"(?:meeting|review|sync|call|workshop|retrospective|stand-?up|interview|lecture|session|discussion|briefing))\b",
    re.I,
)
_KO_ABOUT = re.compile(
    r"([가-힣A-Za-z0-9][가-힣A-Za-z0-9\s]*?)(?:에\s?대해|에\s?대한|에\s?관해|에\s?관한|을|를)\s?(?:논의|검토|이야기|얘기|보고|공유)"
)
_KO_FRAME = re.compile(r"(?:서는|에는|은|는|에서|오늘|이번|먼저)$")


def _named_subject(sentence: str, limit: int) -> str:
    """The noun phrase a sentence names as the subject of the recording: "the weekly planning meeting" ->
    "Weekly planning meeting"; "다음 분기 예산과 출시 일정에 대해 논의하겠습니다" -> "다음 분기 예산과 출시 일정"."""
    m = _EN_EVENT.search(sentence)
    if m:
        phrase = m.group(1)
        return (phrase[0].upper() + phrase[1:])[:limit] if len(phrase) <= limit else ""
    m = _KO_ABOUT.search(sentence)
    if m:
        words = m.group(1).split()
        while words and _KO_FRAME.search(words[0]):  # "오늘 회의에서는 …": the frame, not the subject
            words.pop(0)
        cut = next((i for i in range(len(words) - 1, -1, -1) if _KO_FRAME.search(words[i])), -1)
        words = words[cut + 1 :]
        phrase = " ".join(words)
        if 2 <= len(phrase) <= limit:
            return phrase
    return ""


def _keyword_title(sents: Sequence[str], scores: np.ndarray) -> str:
    weight: dict[str, float] = {}
    for i, s in enumerate(sents):
        for w in set(keywords(s)):
            weight[w] = weight.get(w, 0.0) + float(scores[i])
    top = sorted(weight, key=lambda w: -weight[w])[:3]
    if not top:
        return ""
    if top[0][0].isascii():
        phrase = top[0] if len(top) == 1 else ", ".join(top[:-1]) + " and " + top[-1]
        return phrase[0].upper() + phrase[1:]
    return " · ".join(top)


# --- backend ------------------------------------------------------------------------------------------------
_LINE_RE = re.compile(r"^\s*(?:[-*]\s*)?\[((?:\d+:)?\d{1,3}:\d{2})\]\s*(.*)$")


def _parse_ts(ts: str) -> float:
    parts = [int(p) for p in ts.split(":")]
    return float(sum(v * 60**i for i, v in enumerate(reversed(parts))))


def _parse_prompt(messages: Sequence[ChatMessage]) -> tuple[list[Segment], list[str]]:
    system = "\n".join(m.content for m in messages if m.role == "system")
    user = next((m.content for m in reversed(messages) if m.role == "user"), "")
    body = re.search(r"<(transcript|text)>\n?(.*?)</\1>", user, re.S)
    text = body.group(2) if body else user
    lines = []
    for raw in text.splitlines():
        raw = re.sub(r"</?notes[^>]*>", "", raw).strip()
        if not raw or raw.startswith("#"):
            continue
        m = _LINE_RE.match(raw)
        start = _parse_ts(m.group(1)) if m else 0.0
        lines.append(Segment(start, start, m.group(2) if m else raw.lstrip("-* ")))
    headings = [h for h in system.splitlines() if re.match(r"^## \d+\. ", h)]
    return lines, headings


class ExtractiveBackend(LLMBackend):
    """Always available. `reason` says why no LLM is used (shown beside the label)."""

    name = "extractive"
    model = "extractive"

    def __init__(self, reason: str = "", headline: str = "") -> None:
        self.reason = reason  # the details, e.g. "Ollama: cannot reach Ollama at … (start Ollama …)"
        self.headline = headline  # one line for the user, e.g. "Ollama at http://… does not answer"

    @property
    def label(self) -> str:
        return LABEL

    @property
    def context_tokens(self) -> int:
        return 1_000_000  # no model context: the whole transcript is ranked at once

    def summarize_segments(self, segments: Sequence[Segment], template: Template, language: str) -> str:
        return extractive_summary(segments, template, language)

    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        options: GenOptions,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> LLMResult:
        if cancel:
            cancel.raise_if_cancelled()
        lines, headings = _parse_prompt(messages)
        lang = detect_language(" ".join(x.text for x in lines))
        if not headings:  # a title request or free prompt
            text = extractive_title(lines)
        else:
            tpl = next(
                (t for t in load_templates().values() if t.headings() == headings),
                None,
            )
            sections = (
                list(tpl.sections) if tpl else [Section(r, "") for r in _DEFAULT_ROLES][: len(headings)]
            )
            text = extractive_markdown(lines, sections, lang, headings=headings)
        if on_token:
            on_token(text)
        prompt = sum(count_tokens(m.content) for m in messages)
        return LLMResult(text, "stop", prompt, count_tokens(text), self.model, self.name)

    def list_models(self) -> list[str]:
        return []

    def health(self) -> HealthStatus:
        return HealthStatus(True, self.reason or "no model needed", [])


_DEFAULT_ROLES = ("topics", "key_points", "decisions", "actions", "risks", "next_steps")
