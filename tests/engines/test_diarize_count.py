"""The speaker count's parts without audio: Ward agglomeration in noise units, hints, small clusters, turn
smoothing, the echo test of meeting mode, and the DER used by the bench."""

from __future__ import annotations

import numpy as np
import pytest

from recordroute.engines.diarize import DiarizeOptions, cluster, features
from recordroute.engines.diarize.counting import Calibration, CountHints, label_windows
from recordroute.engines.diarize.meeting import (
    echo_path,
    frame_energy,
    own_speech,
    own_speech_of,
    pair_energies,
    runs,
    subtract,
)
from recordroute.engines.diarize.turns import Turn, merge_short
from recordroute.errors import InputError
from tests.helpers import diar_metrics as dm


def _voices(k: int, per: int = 20, spread: float = 0.35, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """`k` speakers taking turns of 5 windows each; embeddings scattered around a random unit centre."""
    rng = np.random.default_rng(seed)
    centres = cluster.l2norm(rng.normal(size=(k, 64)))
    truth = np.repeat(np.arange(per * k // 5) % k, 5)
    emb = centres[truth] + spread * rng.normal(size=(len(truth), 64)) / 8
    return emb.astype(np.float32), truth


def _agree(a: np.ndarray, b: np.ndarray) -> float:
    """Share of rows where the labellings agree under the best one-to-one mapping."""
    ref = [(float(i), float(i + 1), str(x)) for i, x in enumerate(a)]
    hyp = [(float(i), float(i + 1), str(x)) for i, x in enumerate(b)]
    m = dm.best_mapping(ref, hyp)
    return float(np.mean([m.get(str(y)) == str(x) for x, y in zip(a, b, strict=True)]))


@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_ward_count_finds_well_separated_speakers(k: int) -> None:
    emb, truth = _voices(k)
    labels = label_windows(emb, CountHints(), Calibration(3.5), clustering="ahc", standardized=False)
    assert len(set(labels.tolist())) == k
    assert _agree(truth, labels) > 0.95


def test_hints_exact_and_bounds() -> None:
    emb, _ = _voices(3)
    calib = Calibration(3.5)
    count = lambda h: len(set(label_windows(emb, h, calib, clustering="ahc", standardized=False).tolist()))  # noqa: E731
    assert count(CountHints(num_speakers=2)) == 2
    assert count(CountHints(num_speakers=5)) == 5  # the user's count holds even against the evidence
    assert count(CountHints(min_speakers=4, max_speakers=6)) == 4
    assert count(CountHints(max_speakers=2)) == 2
    assert count(CountHints(max_speakers=1)) == 1


def test_one_voice_is_not_split_and_noise_scale_is_its_own() -> None:
    rng = np.random.default_rng(3)
    centre = cluster.l2norm(rng.normal(size=64))
    for spread in (0.2, 0.6, 1.2):  # the stop is relative to the recording's own spread
        emb = centre + spread * rng.normal(size=(60, 64)) / 8
        labels = label_windows(emb, CountHints(), Calibration(3.5), clustering="ahc", standardized=False)
        assert len(set(labels.tolist())) == 1, spread


def test_small_clusters_join_the_big_ones() -> None:
    emb, truth = _voices(2)
    labels = truth.copy()
    labels[3] = 2  # one odd window
    out = cluster.absorb_small(emb, labels, 0.08)
    assert len(set(out.tolist())) == 2 and _agree(truth, out) == 1.0


def test_bad_hints_are_refused() -> None:
    with pytest.raises(InputError, match="1 ≤ min ≤ max"):
        DiarizeOptions(min_speakers=3, max_speakers=2).check()
    with pytest.raises(InputError, match="unknown clustering"):
        DiarizeOptions(clustering="magic").check()


def test_islands_and_short_turns_are_smoothed() -> None:
    turns = [Turn(0.0, 3.0, "S1"), Turn(3.0, 3.6, "S2"), Turn(3.6, 6.0, "S1"), Turn(6.0, 6.3, "S2")]
    out = merge_short(turns, 0.5)
    assert [(t.start, t.end, t.speaker) for t in out] == [(0.0, 6.3, "S1")]
    kept = merge_short([Turn(0.0, 3.0, "S1"), Turn(3.0, 5.0, "S2"), Turn(5.0, 8.0, "S1")], 0.5)
    assert [t.speaker for t in kept] == ["S1", "S2", "S1"]  # a 2-s turn is a turn


def test_echo_is_not_me() -> None:
    rng = np.random.default_rng(5)
    sr = 16000
    n = 8 * sr
    system = np.zeros(n, np.float32)
    mic = np.zeros(n, np.float32)
    system[sr : 3 * sr] = 0.3 * rng.normal(size=2 * sr)  # remote speech 1–3 s
    mic[5 * sr : 7 * sr] = 0.3 * rng.normal(size=2 * sr)  # the user 5–7 s
    d = int(0.05 * sr)
    mic[d:] += 10 ** (-12 / 20) * system[:-d]  # the loudspeaker leaks into the mic 50 ms later
    mic += 0.001 * rng.normal(size=n).astype(np.float32)
    delay, gain = echo_path(mic, system)
    assert abs(delay - 5) <= 1 and abs(10 * np.log10(gain) + 12) < 2
    mine = runs(own_speech(mic, system))
    assert len(mine) == 1 and abs(mine[0][0] - 5.0) < 0.1 and abs(mine[0][1] - 7.0) < 0.1
    left = subtract([Turn(0.0, 10.0, "S2")], [(4.0, 6.0)])
    assert [(t.start, t.end) for t in left] == [(0.0, 4.0), (6.0, 10.0)]


def test_der_matches_hand_counts() -> None:
    ref = [(0.0, 10.0, "A"), (10.0, 20.0, "B")]
    assert dm.der(ref, [(0.0, 10.0, "x"), (10.0, 20.0, "y")]) == 0.0
    # B called A from 10 to 12 s; the collars (±0.25 s around 0, 10 and 20 s) are not scored: 1.75 / 19
    got = dm.der(ref, [(0.0, 12.0, "x"), (12.0, 20.0, "y")], collar=0.25)
    assert abs(got - 1.75 / 19.0) < 0.002
    # a missed second and a false-alarm second, no collar
    got = dm.der(ref, [(1.0, 10.0, "x"), (10.0, 21.0, "y")], collar=0.0)
    assert abs(got - 2.0 / 20) < 0.002
    # overlap: two reference speakers at once, the hypothesis has one of them
    ovl = [(0.0, 10.0, "A"), (5.0, 10.0, "B")]
    assert abs(dm.der(ovl, [(0.0, 10.0, "x")], collar=0.0) - 5.0 / 15.0) < 0.01


def test_pair_energies_match_the_whole_channels() -> None:
    """Meeting mode reads both channels' frame energies in one streamed pass: the same numbers as framing each
    channel whole, whatever the chunk sizes (the echo test and the voice detector see no difference)."""
    rng = np.random.default_rng(7)
    mic = (rng.standard_normal(16000 * 3 + 123) * 0.1).astype(np.float32)
    system = (rng.standard_normal(len(mic)) * 0.05).astype(np.float32)
    both = np.stack([mic, system])
    cuts = [0, 1, 399, 5000, 16000, 33001, len(mic)]
    got = pair_energies(both[:, a:b] for a, b in zip(cuts, cuts[1:], strict=False))
    np.testing.assert_array_equal(got.mic, frame_energy(mic))
    np.testing.assert_array_equal(got.system, frame_energy(system))
    db, n = got.system_db()
    np.testing.assert_array_equal(db, features.energy_db(features.frames(system)))
    assert n == len(system)
    np.testing.assert_array_equal(own_speech_of(got.mic, got.system), own_speech(mic, system))
