"""Language control for auto-detect: pick the most probable of the languages the user speaks, and the
mixed Korean-English prompt.

Whisper's detector scores every language it knows; on an unclear Korean clip Thai or Japanese can come out on
top. When the user says which languages they speak, the most probable of those wins instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Whisper continues the style of its prompt: Korean sentences with English terms left in Latin script make it
# write "API", "deadline" and "Q3" as such instead of transliterating them into Hangul.
MIXED_KO_EN_PROMPT = "오늘 회의에서는 Q3 budget, API 배포, deadline, release 일정에 대해 이야기했습니다."


def normalise_languages(codes: Iterable[str]) -> list[str]:
    """Lower-case, de-duplicated Whisper codes in the order given ("auto" and blanks dropped)."""
    out: list[str] = []
    for code in codes:
        code = str(code).strip().lower()
        if code and code != "auto" and code not in out:
            out.append(code)
    return out


def pick_language(probs: Sequence[tuple[str, float]], allowed: Sequence[str]) -> tuple[str, float]:
    """The most probable language among `allowed`, with a probability over `allowed` only.

    When Whisper's favourite is a language the user does not speak, the clip is unclear, and the allowed
    languages' own probabilities are tiny and close (synthetic Korean: th 0.85, ko 0.025, en 0.025). English
    is what Whisper knows best: English speech gets "en" on top. So in that case the probability of every
    language not allowed counts as evidence against English and goes to the allowed non-English languages,
    in proportion to their own probabilities. With no allowed language at all, the overall favourite wins.
    """
    allowed_set = set(normalise_languages(allowed))
    ranked = sorted(((str(c), float(p)) for c, p in probs), key=lambda cp: -cp[1])
    if not ranked:
        raise ValueError("no language probabilities to pick from")
    if not allowed_set:
        return ranked[0]
    scores = {c: p for c, p in ranked if c in allowed_set}
    if not scores:
        return ranked[0]
    others = [c for c in scores if c != "en"]
    if ranked[0][0] not in allowed_set and "en" in scores and others:
        elsewhere = sum(p for c, p in ranked if c not in allowed_set)
        weight = sum(scores[c] for c in others)
        for c in others:
            scores[c] += elsewhere * (scores[c] / weight if weight > 0 else 1.0 / len(others))
    total = sum(scores.values())
    code = max(scores, key=lambda c: scores[c])
    return code, (scores[code] / total if total > 0 else 0.0)


def mixed_prompt(language: str | None, base_prompt: str | None) -> str | None:
    """The initial prompt for mixed Korean-English speech: the mixed-script sentence, then the user's terms.
    Only for Korean decoding; any other language keeps `base_prompt`."""
    if language != "ko":
        return base_prompt
    return f"{MIXED_KO_EN_PROMPT} {base_prompt}" if base_prompt else MIXED_KO_EN_PROMPT
