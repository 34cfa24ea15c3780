"""The overlap detector on energies whose answer is known: a change with no pause around it is an overlap, a
change with a pause is a handover; one speaker's turns, distant turns and a flat recording give none."""

from __future__ import annotations

import numpy as np

from recordroute.engines.diarize import Diarization, Turn
from recordroute.engines.diarize.overlap import AFTER, BEFORE, MIN_CONTRAST, Overlap, detect

FLOOR, SPEECH = -70.0, -20.0


def _clear(turns: list[Turn]) -> dict[float, float]:
    """Every change placed with a clear contrast (two voices that do not sound alike)."""
    return {round(t.end, 3): 1.0 for t in turns[:-1]}


def _energy(seconds: float, pauses: list[tuple[float, float]]) -> np.ndarray:
    """Speech level everywhere but the given pauses (floor level), one value per 10 ms."""
    e = np.full(int(seconds * 100), SPEECH, dtype=np.float32)
    e[:100] = FLOOR  # a second of silence at either end sets the floor
    e[-100:] = FLOOR
    for a, b in pauses:
        e[int(a * 100) : int(b * 100)] = FLOOR
    return e


def test_no_pause_at_a_change_is_an_overlap_a_pause_is_a_handover() -> None:
    turns = [Turn(1.0, 3.0, "S1"), Turn(3.0, 6.0, "S2"), Turn(6.0, 9.0, "S1"), Turn(9.0, 11.0, "S2")]
    # Handovers at 6.0 (a 0.2-s pause) and 9.0 (0.15 s); speech runs through the change at 3.0.
    energy = _energy(12.0, [(5.9, 6.1), (8.95, 9.1)])
    found = detect(turns, energy, _clear(turns))
    assert found == [Overlap(round(3.0 - BEFORE, 3), round(3.0 + AFTER, 3), ("S1", "S2"))]
    # A change whose two sides sound alike (clustering split one voice), or that was never placed, is not one.
    assert detect(turns, energy, {3.0: MIN_CONTRAST - 0.01}) == []
    assert detect(turns, energy, {}) == []


def test_same_speaker_distant_turns_and_flat_audio_give_none() -> None:
    energy = _energy(12.0, [])
    one = [Turn(1.0, 3.0, "S1"), Turn(3.0, 6.0, "S1")]
    assert detect(one, energy, _clear(one)) == []  # one speaker
    apart = [Turn(1.0, 3.0, "S1"), Turn(4.0, 6.0, "S2")]
    assert detect(apart, energy, _clear(apart)) == []  # a pause the voice detector saw
    flat = np.full(1200, SPEECH, dtype=np.float32)  # no dynamic range: a pause cannot be told apart
    two = [Turn(0.0, 6.0, "S1"), Turn(6.0, 12.0, "S2")]
    assert detect(two, flat, _clear(two)) == []


def test_close_changes_make_one_stretch_and_words_ask_by_time() -> None:
    turns = [Turn(1.0, 3.0, "S1"), Turn(3.0, 3.2, "S2"), Turn(3.2, 6.0, "S1")]
    found = detect(turns, _energy(8.0, []), _clear(turns))
    assert (
        len(found) == 1 and found[0].start == round(3.0 - BEFORE, 3) and found[0].end == round(3.2 + AFTER, 3)
    )
    d = Diarization("neural", "test", turns, [], overlaps=found, overlaps_checked=True)
    assert d.overlapped(2.8, 3.0) and d.overlapped(3.3, 3.35)
    assert not d.overlapped(1.5, 2.85) and not d.overlapped(3.5, 4.0)
    assert d.overlapped(3.1, 3.1)  # a zero-length word counts at its instant


def test_meeting_mode_marks_me_talking_over_the_others() -> None:
    from recordroute.engines.diarize.meeting import ME, both_talk

    others = [Turn(0.0, 4.0, "S1"), Turn(4.0, 8.0, "S2")]
    shift = {"S1": "S2", "S2": "S3"}  # the system channel's labels after "Me" took S1
    found = [Overlap(3.9, 4.2, ("S1", "S2"))]
    got = both_talk([(3.5, 3.95), (6.0, 6.03), (9.0, 10.0)], others, shift, found)
    # Me over S2 (3.5–3.95) joins the remote overlap found at 3.9; a 30-ms blip and speech in silence are none.
    assert got == [Overlap(3.5, 4.2, (ME, "S2"))]
