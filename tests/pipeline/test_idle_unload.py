"""Warm models are unloaded after `model_idle_ttl` seconds unused, and their memory really goes back."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SPEECH_WAV


def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096


def _audio(seconds: float = 8.0) -> np.ndarray:
    from recordroute.engines.audio import decode

    return decode(SPEECH_WAV).samples[: int(16000 * seconds)]


@pytest.mark.slow
def test_idle_model_is_unloaded_and_rss_drops(isolated_env: Path) -> None:
    import faster_whisper  # noqa: F401 - imported before the baseline: modules never unload
    import onnxruntime  # noqa: F401

    from recordroute.engines.stt import MODEL_CACHE, SttOptions
    from recordroute.pipeline.context import AppContext, release_memory
    from recordroute.settings import Settings

    MODEL_CACHE.clear()
    ctx = AppContext(Settings.load(), idle_ttl=1.0)
    key = ctx.stt_key("tiny.en")

    def transcribe_then_wait_for_unload() -> tuple[int, int]:
        with ctx.busy(key):  # as the transcribe stage does
            text = ctx.stt("tiny.en").transcribe(audio, SttOptions(language="en")).text
        assert text.strip()
        assert "tiny.en" in MODEL_CACHE.loaded()
        loaded, unloads = _rss(), ctx.unloads
        deadline = time.monotonic() + 10
        while ctx.unloads == unloads and time.monotonic() < deadline:
            time.sleep(0.1)
        assert MODEL_CACHE.loaded() == [] and ctx.idle_seconds(key) is None
        return loaded, _rss()

    try:
        audio = _audio()
        transcribe_then_wait_for_unload()  # pays the one-time costs (lazy imports, feature extractor tables)
        release_memory()
        before = _rss()
        loaded, after = transcribe_then_wait_for_unload()  # and reloads on next use
        assert loaded - before > 30_000_000, (before, loaded)  # the model and its buffers were resident
        assert loaded - after > 0.7 * (loaded - before), (before, loaded, after)
    finally:
        ctx.close()


def test_busy_model_is_not_reaped_and_ttl_zero_never_reaps(isolated_env: Path) -> None:
    from recordroute.pipeline.context import EMBED_KEY, AppContext
    from recordroute.settings import Settings

    ctx = AppContext(Settings.load(), idle_ttl=0.05)
    never = AppContext(Settings.load(), idle_ttl=0)
    try:
        for c in (ctx, never):
            c.model(EMBED_KEY, lambda: type("E", (), {"name": "fake-embedder"})())
        with ctx.busy(EMBED_KEY):
            assert ctx.reap(time.monotonic() + 5) == []  # in use: kept however old
        assert ctx.reap(time.monotonic() + 5) == [EMBED_KEY]
        assert never.reap(time.monotonic() + 10_000) == []
        assert EMBED_KEY in never.loaded_models() and EMBED_KEY not in ctx.loaded_models()
    finally:
        ctx.close()
        never.close()


@pytest.mark.slow
def test_live_captions_keep_their_model_busy(isolated_env: Path) -> None:
    """The idle unloader leaves the model live captions use for the whole session, and unloads it after."""
    from recordroute.pipeline.context import AppContext
    from recordroute.pipeline.live_captions import LiveCaptioner
    from recordroute.settings import Settings

    ctx = AppContext(Settings.load(), idle_ttl=0.3)
    key = ctx.stt_key("tiny.en")
    captioner = LiveCaptioner(ctx.stt("tiny.en"), language="en", step=0.5, in_use=ctx.busy(key))
    try:
        audio = (_audio(6.0) * 32767).astype("<i2").tobytes()
        captioner.start()
        for i in range(0, len(audio), 32000):  # 1 s blocks, with pauses longer than the idle TTL between them
            captioner.feed(audio[i : i + 32000], 16000, 1)
            time.sleep(0.8)
        deadline = time.monotonic() + 60  # the first pass waits for the model to load on a busy machine
        while captioner.passes < 2 and captioner.error is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert captioner.passes >= 2 and captioner.text, captioner.error
        assert ctx.unloads == 0 and key in ctx.loaded_models()  # never unloaded mid-session
        captioner.stop()
        deadline = time.monotonic() + 10
        while ctx.unloads == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ctx.unloads == 1 and key not in ctx.loaded_models()  # and let go once the session ended
    finally:
        captioner.stop()
        ctx.close()
