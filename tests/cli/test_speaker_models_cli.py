"""`recordroute models list|download|verify|delete` with speaker models, through the real command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.fakes.fake_releases import FakeReleases
from tests.models.conftest import CAMPP, RELEASE_PATH, SPEAKER_ONNX


def test_speaker_models_from_the_command_line(isolated_env: Path) -> None:
    with FakeReleases({RELEASE_PATH: SPEAKER_ONNX}) as fake:
        online = {"HF_HUB_OFFLINE": "0", "RECORDROUTE_SPEAKER_MODEL_ENDPOINT": fake.endpoint}
        listed = run_cli("models", "list", "--kind", "speaker")
        assert listed.returncode == 0, listed.stderr
        rows = {
            line.split()[1]: line for line in listed.stdout.splitlines()[1:] if line.startswith("speaker")
        }
        assert "absent" in rows[CAMPP.name] and "(28 MB)" in rows[CAMPP.name]
        assert " * " in rows["dvector-vfl"] and "bundled" in rows["dvector-vfl"]
        assert "suggested:" not in listed.stdout  # offline: nothing to offer
        offered = run_cli("models", "list", "--kind", "speaker", env=online).stdout
        assert f"suggested: {CAMPP.name} (3D-Speaker CAM++, ~28 MB)" in offered
        assert f"`recordroute models download {CAMPP.name}`" in offered

        res = run_cli("models", "download", CAMPP.name, "--json", env=online)
        assert res.returncode == 0, res.stderr
        state = json.loads(res.stdout)
        assert state["kind"] == "speaker" and state["source"] == "downloaded"
        assert (Path(state["path"]) / Path(CAMPP.filename).name).read_bytes() == SPEAKER_ONNX.read_bytes()

        data = json.loads(run_cli("models", "list", "--kind", "speaker", "--json").stdout)
        used = [m["name"] for m in data["models"] if m["in_use"]]
        assert used == [CAMPP.name]
        assert data["suggestions"] == {"speaker": None, "speech": None}  # here now; speech: not listed
        assert run_cli("models", "verify", CAMPP.name).returncode == 0
        asked = run_cli("models", "delete", CAMPP.name)
        assert asked.returncode == 1 and "diarization uses" in asked.stderr
        assert run_cli("models", "delete", CAMPP.name, "--yes").returncode == 0
        offline = run_cli("models", "download", CAMPP.name, env={"HF_HUB_OFFLINE": "1"})
        assert offline.returncode == 1 and "offline" in offline.stderr
    assert [e for e in fake.log if e[0] == "GET"] != []
