"""Turn changes placed again on short windows (engines/diarize/boundaries.py): the pure steps."""

from __future__ import annotations

import numpy as np

from recordroute.engines.diarize import boundaries
from recordroute.engines.diarize.turns import Turn

A, B = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])


def _heard(window: tuple[float, float], change: float) -> np.ndarray:
    """What a window hears when A speaks until `change` and B after: the two voices by their share of it."""
    a, b = window
    share_b = min(max((b - change) / (b - a), 0.0), 1.0)
    v = (1 - share_b) * A + share_b * B
    return v / np.linalg.norm(v)


def test_only_touching_changes_between_two_speakers_are_searched() -> None:
    turns = [Turn(0.0, 5.0, "S1"), Turn(5.0, 9.0, "S2"), Turn(9.5, 12.0, "S1"), Turn(12.0, 12.2, "S1")]
    found = boundaries.changes(turns)
    assert [c.index for c in found] == [0]  # 9.0 -> 9.5 is a pause; S1 -> S1 is no change
    points = found[0].points
    assert (
        points[0] >= 4.0 - 1e-9 and points[-1] <= 6.0 + 1e-9 and np.allclose(np.diff(points), boundaries.GRID)
    )
    wins = boundaries.windows(found)
    assert len(wins) == 2 * len(points)
    assert tuple(wins[0]) == (points[0] - boundaries.SUB, points[0])
    assert tuple(wins[len(points)]) == (points[0], points[0] + 0.8)


def test_a_change_moves_to_where_the_voices_change() -> None:
    turns = [Turn(0.0, 5.0, "S1"), Turn(5.0, 9.0, "S2")]
    found = boundaries.changes(turns)
    emb = np.array([_heard(w, 5.4) for w in boundaries.windows(found)])
    placed = boundaries.place(turns, found, emb, {"S1": A, "S2": B})
    assert abs(placed[0].end - 5.4) < 1e-6 and placed[1].start == placed[0].end
    assert turns[0].end == 5.0  # the input is left as it was
    # No evidence either way (every window sounds the same): the change stays where clustering put it.
    flat = np.tile((A + B) / np.linalg.norm(A + B), (len(emb), 1))
    assert boundaries.place(turns, found, flat, {"S1": A, "S2": B})[0].end == 5.0
    # The contrast of each placed change, by its time: high where the voices differ, none where they blend.
    _, clear = boundaries.place_scored(turns, found, emb, {"S1": A, "S2": B})
    _, blended = boundaries.place_scored(turns, found, flat, {"S1": A, "S2": B})
    assert list(clear) == [5.4] and clear[5.4] > 1.0 and abs(blended[5.0]) < 1e-6


def test_a_change_never_leaves_a_turn_shorter_than_the_clearance() -> None:
    turns = [Turn(0.0, 0.6, "S1"), Turn(0.6, 3.0, "S2")]
    found = boundaries.changes(turns)
    assert found and found[0].points[0] >= 0.3 - 1e-9
    emb = np.array([_heard(w, 0.0) for w in boundaries.windows(found)])  # B from the start
    placed = boundaries.place(turns, found, emb, {"S1": A, "S2": B})
    assert placed[0].end >= boundaries.KEEP_CLEAR - 1e-9


def test_a_speaker_model_can_place_changes_on_its_own_windows_and_grid() -> None:
    """CAM++ places changes on its own window length and grid (catalogue `placement`); the search still finds
    the true change."""
    from recordroute.engines.diarize import CATALOG

    sub, grid = CATALOG["3dspeaker-campplus-zh-en"].placement
    assert (sub, grid) != (boundaries.SUB, boundaries.GRID)
    turns = [Turn(0.0, 5.0, "S1"), Turn(5.0, 9.0, "S2")]
    found = boundaries.changes(turns, grid)
    assert np.allclose(np.diff(found[0].points), grid)
    wins = boundaries.windows(found, sub)
    assert all(abs((b - a) - sub) < 1e-9 for a, b in wins if a > 0)
    emb = np.array([_heard(w, 5.4) for w in wins])
    placed = boundaries.place(turns, found, emb, {"S1": A, "S2": B})
    assert abs(placed[0].end - 5.4) <= grid / 2 + 1e-9


def test_each_scoring_window_projects_on_its_own_change() -> None:
    """The projector's per-window owner and sign (arrays, built without a Python object per window): the
    windows before a change's points are scored toward the earlier speaker, those after toward the later."""
    turns = [Turn(0.0, 5.0, "S1"), Turn(5.0, 9.0, "S2"), Turn(9.0, 9.9, "S1")]
    found = boundaries.changes(turns)
    n = [len(c.points) for c in found]
    assert len(found) == 2 and n[0] != n[1]
    project = boundaries.Projector(turns, found, {"S1": A, "S2": B})
    assert project.owner.tolist() == [0] * (2 * n[0]) + [1] * (2 * n[1])
    assert project.sign.tolist() == [1.0] * n[0] + [-1.0] * n[0] + [1.0] * n[1] + [-1.0] * n[1]
    # A window hearing only S1 scores +1 before the first change (S1 -> S2) and +1 after the second (S2 -> S1).
    rows = np.tile(A, (len(boundaries.windows(found)), 1))
    got = project(0, rows)
    assert np.allclose(got[: n[0]], 1.0) and np.allclose(got[2 * n[0] + n[1] :], 1.0)
