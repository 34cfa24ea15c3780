"""Meeting mode: channel 1 is the microphone ("me"), channel 2 the system audio ("the others").

Only the system channel is clustered. The microphone's speech is the user's, except where it is the remote
voices leaking from the loudspeakers (no headphones): such an echo follows the system channel in time at a
fixed delay and a roughly fixed level, so a microphone frame whose energy the delayed, scaled system energy
explains is echo, not "me". The echo is never a turn of its own; the transcript is made from the mixed
channels, where a remote sentence is heard once. A file's two channels are decoded once, block by block, and
read back from a temporary file for each channel's own passes, so memory stays flat however long the meeting
is.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from ..pcm_spool import DecodedOnce
from . import features, framestream
from .embedders import Embedder, embed_stream
from .engine import (
    Diarization,
    DiarizeOptions,
    SpeakerInfo,
    diarize_chunks,
    make_embedder,
    sliding_windows,
)
from .overlap import Overlap
from .turns import STEP, Turn

ME = "S1"
MAX_DELAY = 0.5  # seconds the echo may lag the system channel (capture buffers, the room)
ECHO_MARGIN_DB = 6.0  # a mic frame this far above the predicted echo is the user's own voice


def frame_energy(x: np.ndarray) -> np.ndarray:
    return (features.frames(x) ** 2).mean(1) + 1e-10


@dataclass(frozen=True)
class ChannelEnergies:
    """Per 10-ms frame mean square of each channel, from one pass over both (`pair_energies`)."""

    mic_ms: np.ndarray
    system_ms: np.ndarray
    samples: int  # the system channel's length in samples

    @property
    def mic(self) -> np.ndarray:
        return self.mic_ms + np.float32(1e-10)  # as `frame_energy`

    @property
    def system(self) -> np.ndarray:
        return self.system_ms + np.float32(1e-10)

    def system_db(self) -> tuple[np.ndarray, int]:
        """The system channel's `features.energy_db` and length: the voice detector's first pass, done."""
        return (10 * np.log10(self.system_ms + np.float32(1e-12))).astype(np.float32), self.samples


def pair_energies(pairs: Iterable[np.ndarray]) -> ChannelEnergies:
    """`frame_energy` of both rows of consecutive (2, n) chunks, block by block: one decode of the file serves
    the echo test and the system channel's voice detector (a 3-hour channel framed whole would take 1.7 GB;
    its energies take 4 MB)."""
    cutters = (framestream.FrameCutter(), framestream.FrameCutter())
    parts: tuple[list[np.ndarray], list[np.ndarray]] = ([], [])
    for pair in pairs:
        for at in range(0, pair.shape[1], framestream.PIECE):
            for c in (0, 1):
                got = cutters[c].push(pair[c, at : at + framestream.PIECE])
                if got is not None:
                    parts[c].append((got[1] ** 2).mean(1))
    for c in (0, 1):
        got = cutters[c].finish()
        if got is not None:
            parts[c].append((got[1] ** 2).mean(1))
    mic, system = (np.concatenate(p) if p else np.zeros(0, np.float32) for p in parts)
    return ChannelEnergies(mic, system, cutters[1].samples)


def echo_path(mic: np.ndarray, system: np.ndarray) -> tuple[int, float]:
    """(delay in frames, power gain) of the system channel's leak into the microphone (samples of each)."""
    return echo_path_of(frame_energy(mic), frame_energy(system))


def echo_path_of(pm: np.ndarray, ps: np.ndarray) -> tuple[int, float]:
    """`echo_path` from the channels' frame energies.

    The delay maximises the correlation of the log-energy envelopes; the gain is the median mic/system power
    ratio over frames where the system plays: most of that time the user is silent, so the median is the leak.
    """
    n = min(len(pm), len(ps))
    pm, ps = pm[:n], ps[:n]
    em, es = np.log(pm), np.log(ps)
    em, es = em - em.mean(), es - es.mean()
    best, delay = -np.inf, 0
    for d in range(0, min(int(MAX_DELAY / STEP), n // 2)):
        c = float(np.dot(em[d:], es[: n - d]) / max(n - d, 1))
        if c > best:
            best, delay = c, d
    ps_d = np.concatenate([np.full(delay, 1e-10), ps[: n - delay]])
    active = ps_d > np.percentile(ps_d, 60)
    gain = float(np.median(pm[active] / ps_d[active])) if active.any() else 0.0
    return delay, gain


def own_speech(mic: np.ndarray, system: np.ndarray) -> np.ndarray:
    """Per 10 ms frame: True where the microphone carries the user's voice (not silence, not echo)."""
    return own_speech_of(frame_energy(mic), frame_energy(system))


def own_speech_of(pm: np.ndarray, ps: np.ndarray) -> np.ndarray:
    """`own_speech` from the channels' frame energies."""
    n = min(len(pm), len(ps))
    pm, ps = pm[:n], ps[:n]
    delay, gain = echo_path_of(pm, ps)
    ps_d = np.concatenate([np.full(delay, 1e-10), ps[: n - delay]])
    # Reverberation and jitter smear the echo: compare with the loudest system frame nearby.
    spread = ps_d.copy()
    for k in range(-5, 16):  # one shifted copy at a time: 21 at once took 180 MB for 3 hours
        np.maximum(spread, np.roll(ps_d, k), out=spread)
    predicted = gain * spread
    level = 10 * np.log10(pm)
    floor, peak = np.percentile(level, 10), np.percentile(level, 95)
    voiced = level > floor + 0.3 * (peak - floor)
    return voiced & (level > 10 * np.log10(predicted + 1e-10) + ECHO_MARGIN_DB)


def runs(mask: np.ndarray, *, bridge: float = 0.3, min_len: float = 0.3) -> list[tuple[float, float]]:
    """True runs of a frame mask in seconds; gaps under `bridge` joined, runs under `min_len` dropped."""
    out: list[list[float]] = []
    for i in np.flatnonzero(mask):
        t = i * STEP
        if out and t - out[-1][1] <= bridge:
            out[-1][1] = t + STEP
        else:
            out.append([t, t + STEP])
    return [(a, b) for a, b in out if b - a >= min_len]


def subtract(turns: list[Turn], cut: list[tuple[float, float]]) -> list[Turn]:
    """`turns` with the intervals in `cut` (sorted, disjoint) removed: the user's own turns win where both
    talk. Each turn meets only the cuts around it (bisect): every cut against every turn took minutes for a
    3-hour meeting."""
    starts, ends = [a for a, _ in cut], [b for _, b in cut]
    out: list[Turn] = []
    for t in turns:
        pieces = [(t.start, t.end)]
        for a, b in cut[bisect.bisect_right(ends, t.start) : bisect.bisect_left(starts, t.end)]:
            pieces = [p for x, y in pieces for p in ((x, min(y, a)), (max(x, b), y)) if p[1] - p[0] > 0.05]
        if cut:  # as a cut anywhere did: a sliver of 50 ms or less is not a turn
            pieces = [(x, y) for x, y in pieces if y - x > 0.05]
        out.extend(Turn(x, y, t.speaker) for x, y in pieces)
    return out


def diarize_meeting(
    mic: np.ndarray,
    system: np.ndarray,
    options: DiarizeOptions | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
) -> Diarization:
    """Me (S1, `Diarization.me`) from the microphone minus echo; the others (S2, ...) clustered from the
    system channel alone. Both channels are 16 kHz mono float32 of the same recording."""
    n = min(len(mic), len(system))
    return diarize_meeting_chunks(
        lambda: [np.stack([mic[:n], system[:n]])],
        lambda: [mic],
        lambda: [system],
        options,
        embedder=embedder,
        progress=progress,
        cancel=cancel,
    )


def diarize_meeting_file(
    path: Path,
    options: DiarizeOptions | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
    spool_dir: Path | None = None,
) -> Diarization:
    """`diarize_meeting` of a two-channel file (channel 1 the microphone), read block by block in four passes
    (both channels' energies, the system channel's windows and turn changes, the user's windows) but decoded
    once: the first pass keeps each channel's samples in a temporary file in `spool_dir` (`pcm_spool`). Memory
    does not grow with the recording's length (InputError when the file has not two channels)."""
    with DecodedOnce(path, pair=True, cancel=cancel, spool_dir=spool_dir) as source:
        return diarize_meeting_chunks(
            source.pairs,
            lambda: source.blocks(0),
            lambda: source.blocks(1),
            options,
            embedder=embedder,
            progress=progress,
            cancel=cancel,
        )


def diarize_meeting_chunks(
    pairs: Callable[[], Iterable[np.ndarray]],
    mic: Callable[[], Iterable[np.ndarray]],
    system: Callable[[], Iterable[np.ndarray]],
    options: DiarizeOptions | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressCallback = null_progress,
    cancel: CancelToken | None = None,
) -> Diarization:
    """`diarize_meeting` of two channels each call of `mic()` / `system()` yields block by block; `pairs()`
    yields both at once as (2, n) chunks."""
    options = options or DiarizeOptions()
    cancel = cancel or CancelToken()
    emb_model = embedder or make_embedder(options)
    progress(Progress("diarize", 0.0, "reading both channels"))
    power = pair_energies(pairs())
    others = diarize_chunks(system, options, emb_model, progress, cancel, power.system_db())
    progress(Progress("diarize", 0.95, "separating your voice from the echo"))
    mine = runs(own_speech_of(power.mic, power.system))
    turns = [Turn(a, b, ME) for a, b in mine]
    shift = {s.label: f"S{int(s.label[1:]) + 1}" for s in others.speakers}
    turns += [Turn(t.start, t.end, shift[t.speaker]) for t in subtract(others.turns, mine)]
    turns.sort(key=lambda t: t.start)
    overlaps = both_talk(mine, others.turns, shift, others.overlaps)
    speakers = [SpeakerInfo(shift[s.label], s.talk_time, s.embedding) for s in others.speakers]
    if mine:
        windows = sliding_windows(mine, options.window, options.step)
        n_samples = (len(power.mic) - 1) * features.HOP + features.WIN  # the frames cover the channel
        raw = embed_stream([emb_model], mic(), n_samples, windows, null_progress, cancel)[0]
        talk = round(sum(b - a for a, b in mine), 3)
        speakers.insert(0, SpeakerInfo(ME, talk, raw.mean(0).astype(np.float32)))
    return Diarization(
        options.method,
        emb_model.name,
        turns,
        speakers,
        others.norm,
        others.windows,
        me=ME if mine else None,
        overlaps=overlaps,
        overlaps_checked=True,  # the two channels say when the user talks over the others
    )


def both_talk(
    mine: list[tuple[float, float]], others: list[Turn], shift: dict[str, str], found: list[Overlap]
) -> list[Overlap]:
    """Overlapped speech in a meeting: the user talking over a remote turn (each channel says who talks, so
    this needs no guess), and the overlaps found between remote speakers on the system channel."""
    out = [Overlap(o.start, o.end, (shift[o.speakers[0]], shift[o.speakers[1]])) for o in found]
    ends = [t.end for t in others]  # the turns are sorted and disjoint: only those around a run can meet it
    for a, b in mine:
        for t in others[bisect.bisect_right(ends, a) :]:
            if t.start >= b:
                break
            lo, hi = max(a, t.start), min(b, t.end)
            if hi - lo > 0.05:
                out.append(Overlap(round(float(lo), 3), round(float(hi), 3), (ME, shift[t.speaker])))
    merged: list[Overlap] = []
    for o in sorted(out, key=lambda o: o.start):
        if merged and o.start <= merged[-1].end:
            last = merged.pop()
            o = Overlap(last.start, max(last.end, o.end), last.speakers)
        merged.append(o)
    return merged
