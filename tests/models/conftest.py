"""A fake hub on loopback with huggingface_hub allowed online for the test (the suite is offline otherwise)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.fake_hub import FakeHub

REPO = "test-org/whisper-tiny-en-ct2"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    from huggingface_hub import constants

    with FakeHub() as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
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
