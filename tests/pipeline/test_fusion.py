"""Reciprocal rank fusion."""

from __future__ import annotations

import pytest

from recordroute.pipeline.fusion import reciprocal_rank_fusion


def test_rrf_scores_and_order() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d", "a"]], k=60)
    scores = dict(fused)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["a"] == pytest.approx(1 / 61 + 1 / 63)
    assert scores["d"] == pytest.approx(1 / 62)
    assert [key for key, _ in fused] == ["b", "a", "d", "c"]


def test_rrf_weights_duplicates_and_ties() -> None:
    fused = reciprocal_rank_fusion([[1, 2], [2, 1]], k=0, weights=[2.0, 1.0])
    assert fused == [(1, pytest.approx(2.5)), (2, pytest.approx(2.0))]
    # A key repeated in one ranking counts once, at its best rank.
    assert dict(reciprocal_rank_fusion([["x", "x", "y"]], k=1)) == {"x": 0.5, "y": pytest.approx(1 / 4)}
    # Equal scores keep first-seen order.
    assert [k for k, _ in reciprocal_rank_fusion([["p", "q"], ["q", "p"]])] == ["p", "q"]
    assert reciprocal_rank_fusion([]) == [] and reciprocal_rank_fusion([[], []]) == []
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])
