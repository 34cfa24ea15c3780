"""Where a transcription's time goes: wraps the steps of faster-whisper on one loaded model and adds up the
wall time of each, exclusively (a step's time excludes the steps it calls), for bench/stt_batched.py --profile.

Steps: VAD (Silero), features (log-Mel), encoder, language detection, decoder (`generate`, the beam search),
alignment (word timestamps), the fallback's re-decodes of batched windows (their own encoder, decoder and
alignment time is counted there, not in those rows). Also counts calls and windows through the encoder and
decoder, and how full the batched windows are. The rest of the wall time is Python around these steps.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

STEPS = ("vad", "features", "encoder", "language", "decoder", "alignment", "fallback")


class Profile:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.items: dict[str, int] = defaultdict(int)  # windows through the encoder / decoder
        self._lock = threading.Lock()
        self._local = threading.local()  # per thread: the stack of open steps, the fallback flag
        self.windows: list[Any] = []  # the batched run's planned windows
        self.regions: list[tuple[float, float]] = []  # the speech its VAD found

    def _stack(self) -> list[list[Any]]:  # [label, start, time spent in inner steps]
        if not hasattr(self._local, "stack"):
            self._local.stack = []
        return self._local.stack  # type: ignore[no-any-return]

    @contextmanager
    def step(self, label: str) -> Iterator[None]:
        if getattr(self._local, "in_fallback", False) and label != "fallback":
            label = "fallback"  # everything a re-decode does is the fallback's cost
        stack = self._stack()
        frame = [label, time.perf_counter(), 0.0]
        stack.append(frame)
        try:
            yield
        finally:
            stack.pop()
            spent = time.perf_counter() - frame[1]
            with self._lock:
                self.seconds[label] += spent - frame[2]
                self.calls[label] += 1
            if stack:
                stack[-1][2] += spent

    def wrap(self, owner: Any, name: str, label: str, count: Callable[..., int] | None = None) -> None:
        inner = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            if count is not None:
                self.items[label] += count(*args, **kwargs)
            with self.step(label):
                return inner(*args, **kwargs)

        setattr(owner, name, timed)


def _batch(value: Any, *_: Any, **__: Any) -> int:
    shape = getattr(value, "shape", None)
    return int(shape[0]) if shape else 1


def instrument(*models: Any) -> Profile:
    """Wrap `models` (loaded faster-whisper WhisperModels: the plain one and the batched one with replicas)
    and the VAD; returns the Profile they add to."""
    import faster_whisper.transcribe as fw_transcribe
    import faster_whisper.vad as fw_vad

    from recordroute.engines.stt import batched

    profile = Profile()
    for model in {id(m): m for m in models}.values():
        ct2 = model.model  # fallback.DeterministicWhisper: a Python object, so its attributes can be wrapped
        profile.wrap(ct2, "encode", "encoder", _batch)
        profile.wrap(ct2, "generate", "decoder", _batch)
        profile.wrap(ct2, "align", "alignment")
        profile.wrap(model, "detect_language", "language")
        model.feature_extractor = _TimedFeatures(model.feature_extractor, profile)
    profile.wrap(fw_vad, "get_speech_timestamps", "vad")
    fw_transcribe.get_speech_timestamps = fw_vad.get_speech_timestamps
    redecode = batched.BatchedDecoder._redecode

    def timed_redecode(self: Any, *args: Any, **kwargs: Any) -> Any:
        profile._local.in_fallback = False
        with profile.step("fallback"):
            profile._local.in_fallback = True
            try:
                return redecode(self, *args, **kwargs)
            finally:
                profile._local.in_fallback = False

    batched.BatchedDecoder._redecode = timed_redecode  # type: ignore[method-assign]
    plan = batched.BatchedDecoder.__init__

    def recording_init(self: Any, *args: Any, **kwargs: Any) -> None:
        plan(self, *args, **kwargs)
        profile.windows = list(self.windows)

    batched.BatchedDecoder.__init__ = recording_init  # type: ignore[method-assign]
    pack = batched.pack_windows

    def recording_pack(regions: Any, *args: Any, **kwargs: Any) -> Any:
        profile.regions = list(regions)
        return pack(regions, *args, **kwargs)

    batched.pack_windows = recording_pack
    return profile


class _TimedFeatures:
    """The model's FeatureExtractor, its calls timed (it is called, and its attributes read)."""

    def __init__(self, inner: Any, profile: Profile) -> None:
        self._inner, self._profile = inner, profile

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self._profile.step("features"):
            return self._inner(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def reset(profile: Profile) -> None:
    profile.seconds.clear()
    profile.calls.clear()
    profile.items.clear()
    profile.windows = []
    profile.regions = []


def report(profile: Profile, wall: float, title: str) -> str:
    """Seconds per step, summed over the threads that ran it (replicas run side by side, so the steps can add
    up to more than the wall time; shares are of that sum)."""
    steps = sum(profile.seconds.values())
    lines = [f"  profile: {title} ({wall:.1f} s wall, {steps:.1f} s in the steps summed over threads)"]
    for label in STEPS:
        spent = profile.seconds.get(label, 0.0)
        calls = profile.calls.get(label, 0)
        items = profile.items.get(label)
        extra = f", {items} windows" if items else ""
        lines.append(f"    {label:10s} {spent:6.1f} s {100 * spent / steps:5.1f} %  ({calls} calls{extra})")
    if profile.windows:
        lines.append(f"    windows    {_fill(profile.windows)}")
    if profile.regions:
        from recordroute.engines.stt.windows import pack_windows

        every_pause = pack_windows(profile.regions, max_gap=math.inf)
        lines.append(f"    unpacked   {_fill(every_pause)} (every pause kept: the plan before packing)")
    return "\n".join(lines)


def _fill(windows: list[Any]) -> str:
    lengths = [w.seconds for w in windows]
    fill = sum(lengths) / (30.0 * len(lengths))
    return (
        f"{len(windows)} windows, {sum(lengths):.0f} s of audio in them, {100 * fill:.0f} % full "
        f"(shortest {min(lengths):.1f} s)"
    )
