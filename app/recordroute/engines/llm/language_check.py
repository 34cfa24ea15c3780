"""Is the LLM's answer written in the language asked for? Small models asked for Korean minutes sometimes
answer in English (or Chinese); such minutes must not be stored as if they were what the user wanted.

Counted per word, not per character: Korean minutes keep English terms ("API", "Q3 release") and a Latin word
has several letters where a Hangul word has two or three syllables, so a character ratio would call Korean
minutes with many English terms a mismatch.
"""

from __future__ import annotations

import dataclasses
import re

from .templates import Template

MIN_SHARE = 0.3  # below this share of words in the asked-for script, the answer is in another language
_WORD = re.compile(r"\w+", re.UNICODE)
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

STRONGER = {
    "ko": (
        "중요: 답변 전체를 반드시 한국어로 작성하세요. 영어나 다른 언어로 쓰지 마세요. 고유명사와 기술 용어만 "
        "원래 철자를 유지할 수 있습니다."
    ),
    "en": "Important: write the whole answer in English only. Do not answer in any other language.",
}


def script_share(text: str, language: str) -> float | None:
    """Share of the words with letters that are written in `language`'s script (ko: Hangul, en: Latin);
    None for a language this check does not know or a text without words."""
    script = {"ko": _HANGUL, "en": _LATIN}.get(language)
    if script is None:
        return None
    words = [w for w in _WORD.findall(text) if not w.isdigit() and not w.startswith("_")]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words:
        return None
    return sum(1 for w in words if script.search(w)) / len(words)


def language_mismatch(text: str, language: str) -> str | None:
    """Why `text` is not in `language`, or None when it is (or the check does not apply)."""
    share = script_share(text, language)
    if share is None or share >= MIN_SHARE:
        return None
    script = "Hangul" if language == "ko" else "Latin"
    return (
        f"language mismatch: asked for {language}, but only {share:.0%} of the words are in {script} script"
    )


def insist_on_language(template: Template, language: str) -> Template:
    """`template` with a stronger instruction to answer in `language` (for the one retry)."""
    extra = STRONGER.get(language)
    if not extra:
        return template
    return dataclasses.replace(
        template,
        system=f"{template.system}\n\n{extra}",
        reduce=f"{template.reduce}\n\n{extra}",
        map=f"{template.map}\n\n{extra}",
    )
