"""Hostile model packs, folders, configs and registry records (issue 23: 1, 2, 10, 13, 15, 19)."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import tarfile
import time
from pathlib import Path

import pytest

from recordroute.engines.models import BrokenModelError, ModelManager, import_model, sandbox
from recordroute.engines.models.check import briefly
from recordroute.engines.models.registry import ModelRecord, Registry
from recordroute.errors import RecordRouteError
from tests.fakes.fake_hub import tiny_en_dir
from tests.models.conftest import leftovers


def _tar(dest: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(dest, "w") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return dest


def _tiny_copy(tmp_path: Path, name: str = "model") -> Path:
    folder = tmp_path / name
    shutil.copytree(tiny_en_dir(), folder)
    return folder


def test_pack_member_with_backslashes_is_refused_before_anything_is_written(
    tmp_path: Path, models_root: Path
) -> None:
    evil = "..\\..\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\evil.bat"
    pack = _tar(tmp_path / "evil.tar", {"model.bin": b"x", evil: b"echo owned"})
    with pytest.raises(RecordRouteError) as err:
        import_model(ModelManager(models_root), pack)
    assert "backslash" in err.value.message and err.value.code in ("broken_model", "unsafe_path")
    assert leftovers(models_root) == []
    assert not list(tmp_path.rglob("*evil.bat*"))


def test_pack_manifest_listing_300k_missing_files_gives_a_short_error(
    tmp_path: Path, models_root: Path
) -> None:
    files = {f"f{i:06d}.bin": {"sha256": "0" * 64, "size": 1} for i in range(300_000)}
    model = tiny_en_dir()
    members = {p.name: p.read_bytes() for p in model.iterdir() if p.name != "model.bin"}
    members["model.bin"] = b"not really"
    members["recordroute-model.json"] = json.dumps({"format": 1, "files": files}).encode()
    pack = _tar(tmp_path / "big.tar", members)
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), pack)
    assert len(err.value.message) < 2000
    assert "and 299995 more" in err.value.message


def test_briefly_caps_the_list() -> None:
    assert briefly(["a", "b"]) == "a; b"
    assert briefly([str(i) for i in range(10)], limit=3) == "0; 1; 2; and 7 more"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and /dev/zero")
@pytest.mark.parametrize("link", ["dev-zero", "loop"])
def test_model_folder_with_links_is_refused_by_name(tmp_path: Path, models_root: Path, link: str) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    if link == "dev-zero":
        (folder / "extra.bin").symlink_to("/dev/zero")
    else:
        (folder / "loop").symlink_to(folder, target_is_directory=True)
    t0 = time.monotonic()
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), folder)
    assert time.monotonic() - t0 < 30
    assert "link" in err.value.message and "[" not in err.value.message  # a sentence, not a Python list
    assert leftovers(models_root) == []


@pytest.mark.parametrize(
    ("change", "expect"),
    [
        ({"suppress_ids_begin": [-5]}, "outside the vocabulary"),
        ({"suppress_ids": [10**9]}, "outside the vocabulary"),
        ({"lang_ids": "x"}, "not a list"),
        ({"alignment_heads": [[1]]}, "alignment_heads"),
    ],
)
def test_ctranslate2_config_out_of_range_is_refused(tmp_path: Path, change: dict, expect: str) -> None:
    folder = _tiny_copy(tmp_path)
    config = json.loads((folder / "config.json").read_text())
    config.update(change)
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(BrokenModelError, match=expect):
        sandbox.validate_speech_config(folder)


def test_config_that_is_a_list_is_refused(tmp_path: Path, models_root: Path) -> None:
    folder = _tiny_copy(tmp_path)
    (folder / "config.json").write_text("[]")
    with pytest.raises(BrokenModelError, match="not a JSON object"):
        import_model(ModelManager(models_root), folder)
    assert leftovers(models_root) == []


@pytest.mark.parametrize("key", ["n_fft", "feature_size", "hop_length", "chunk_length", "sampling_rate"])
def test_feature_extractor_config_out_of_range_is_refused(
    tmp_path: Path, models_root: Path, key: str
) -> None:
    folder = _tiny_copy(tmp_path)
    (folder / "preprocessor_config.json").write_text(json.dumps({key: 10**7}))
    with pytest.raises(BrokenModelError, match=key):
        import_model(ModelManager(models_root), folder)
    assert leftovers(models_root) == []


@pytest.mark.slow
def test_a_model_that_crashes_on_decode_fails_its_import_not_the_app(
    tmp_path: Path, models_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _tiny_copy(tmp_path)
    config = json.loads((folder / "config.json").read_text())
    config["suppress_ids_begin"] = [-5]  # SIGSEGV in CTranslate2's decoder
    (folder / "config.json").write_text(json.dumps(config))
    # Even if validation missed it, the load check + decode runs in a child process that may crash alone.
    monkeypatch.setattr(sandbox, "validate_speech_config", lambda folder: None)
    with pytest.raises(BrokenModelError, match="crashed the process"):
        import_model(ModelManager(models_root), folder)
    assert leftovers(models_root) == []
    assert os.getpid() > 0  # still here


@pytest.mark.slow
def test_the_sandbox_accepts_a_good_model(tmp_path: Path) -> None:
    assert "Whisper" in sandbox.check_in_subprocess(_tiny_copy(tmp_path), "speech")


@pytest.mark.parametrize(
    "path", ["/tmp/victim", "../../victim", "speech/../../victim", "speech", "embedding/x"]
)
def test_registry_record_outside_the_models_folder_is_ignored(tmp_path: Path, path: str) -> None:
    root = tmp_path / "data" / "models"
    victim = tmp_path / "victim"
    (victim).mkdir(parents=True)
    (victim / "keep.txt").write_text("mine")
    root.mkdir(parents=True)
    record = ModelRecord(
        kind="speech", name="evil", path=path.replace("/tmp/victim", str(victim)), source="imported"
    )
    (root / "registry.json").write_text(
        json.dumps({"version": 1, "models": [record.__dict__], "verified": {}})
    )
    assert Registry(root).records() == []
    mgr = ModelManager(root)
    with pytest.raises(RecordRouteError):
        mgr.delete("evil")
    assert (victim / "keep.txt").read_text() == "mine"
