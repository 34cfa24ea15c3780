"""Media and document fixtures for the engine tests (expensive files are built once per session)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if (
    str(_ROOT) not in sys.path
):  # so `tests.helpers` imports under plain `pytest` as well as `python -m pytest`
    sys.path.insert(0, str(_ROOT))

from tests.helpers import media  # noqa: E402

FIXTURES = _ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def speech_wav() -> Path:
    return FIXTURES / "speech_en_30s.wav"


@pytest.fixture(scope="session")
def speech_seconds(speech_wav: Path) -> float:
    """Exact length of the fixture speech (29.216 s; "30 s" in its name is rounded)."""
    samples, rate = media.read_wav_mono(speech_wav)
    return len(samples) / rate


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def containers(speech_wav: Path, media_dir: Path) -> dict[str, Path]:
    """The fixture speech transcoded into every container the helpers can write (~4 s in total)."""
    return {
        fmt: media.make_container(speech_wav, media_dir / f"speech.{fmt}", fmt)
        for fmt in media.CONTAINER_FORMATS
    }


@pytest.fixture(scope="session")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("docs")
