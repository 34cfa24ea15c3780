"""A fake hub on loopback with huggingface_hub allowed online for the test (the suite is offline otherwise)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recordroute.engines.diarize.catalog import CATALOG
from tests.fakes.fake_hub import FakeHub
from tests.fakes.fake_releases import FakeReleases

REPO = "test-org/whisper-tiny-en-ct2"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SPEAKER_ONNX = FIXTURES / "tiny_fbank_speaker.onnx"  # the sherpa-onnx speaker-model interface, 10 KB
CAMPP = CATALOG["3dspeaker-campplus-zh-en"]
RELEASE_PATH = (CAMPP.url or "").split("/releases/download/")[1]


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    from huggingface_hub import constants

    with FakeHub() as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)  # frozen at import from the suite's "1"
        yield fake


@pytest.fixture
def releases(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> Iterator[FakeReleases]:
    """A fake sherpa-onnx release host serving the tiny speaker model as CAM++ zh+en, downloads allowed."""
    from huggingface_hub import constants

    with FakeReleases({RELEASE_PATH: SPEAKER_ONNX}) as fake:
        monkeypatch.setenv("RECORDROUTE_SPEAKER_MODEL_ENDPOINT", fake.endpoint)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)  # the one switch that keeps downloads off
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)  # frozen at import from the suite's "1"
        yield fake


@pytest.fixture
def models_root(isolated_env: Path) -> Path:
    return isolated_env / "models"


def leftovers(root: Path) -> list[str]:
    """Files of any model folder or staging area (the registry and its lock do not count)."""
    if not root.exists():
        return []
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and p.name not in ("registry.json", ".registry.lock")
    )
