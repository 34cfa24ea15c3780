"""Hostile model packs, model folders, configs and media for the surface corpus (issue 23: 1, 2, 10, 12, 13,
15, 19)."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

from tests.hostile.common import _refusal
from tests.hostile.media import opus_claiming_hours, wav_with_rate


def pack_backslash(work: Path) -> str:
    from recordroute.engines.models import ModelManager, import_model

    evil = "..\\..\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\evil.bat"
    with tarfile.open(work / "evil.tar", "w") as tf:
        for name in ("model.bin", evil):
            info = tarfile.TarInfo(name)
            info.size = 4
            tf.addfile(info, io.BytesIO(b"evil"))
    msg = _refusal(lambda: import_model(ModelManager(work / "models"), work / "evil.tar"))
    assert not list(work.rglob("*evil.bat*")), "written"
    return msg


def registry_outside(work: Path) -> str:
    from recordroute.engines.models import ModelManager

    victim = work / "victim"
    victim.mkdir()
    root = work / "models"
    root.mkdir()
    record = {"kind": "speech", "name": "evil", "path": str(victim), "source": "imported"}
    (root / "registry.json").write_text(json.dumps({"version": 1, "models": [record], "verified": {}}))
    msg = _refusal(lambda: ModelManager(root).delete("evil"))
    assert victim.is_dir(), "the outside folder was deleted"
    return msg


def _tiny(work: Path) -> Path:
    from tests.fakes.fake_hub import tiny_en_dir

    folder = work / "model"
    shutil.copytree(tiny_en_dir(), folder)
    return folder


def model_bad_ids(work: Path) -> str:
    from recordroute.engines.models import ModelManager, import_model

    folder = _tiny(work)
    config = json.loads((folder / "config.json").read_text())
    config["suppress_ids_begin"] = [-5]
    (folder / "config.json").write_text(json.dumps(config))
    return _refusal(lambda: import_model(ModelManager(work / "models"), folder), "broken_model")


def model_crash_sandboxed(work: Path) -> str:
    from recordroute.engines.models import sandbox

    folder = _tiny(work)
    config = json.loads((folder / "config.json").read_text())
    config["suppress_ids_begin"] = [-5]
    (folder / "config.json").write_text(json.dumps(config))
    saved = sandbox.validate_speech_config
    sandbox.validate_speech_config = lambda folder: None  # as if validation had missed it
    try:
        return _refusal(lambda: sandbox.check_in_subprocess(folder, "speech"), "broken_model")
    finally:
        sandbox.validate_speech_config = saved


def wav_one_hertz(work: Path) -> str:
    from recordroute.engines.audio import decode

    return _refusal(lambda: decode(wav_with_rate(work / "one-hertz.wav", 1)), "corrupt_media")


def opus_lying_length(work: Path) -> str:
    from recordroute.engines.audio import decode

    return _refusal(lambda: decode(opus_claiming_hours(work / "liar.opus", 500)), "corrupt_media")


def preprocessor_huge(work: Path) -> str:
    from recordroute.engines.models import ModelManager, import_model

    folder = _tiny(work)
    (folder / "preprocessor_config.json").write_text('{"n_fft": 99999999}')
    return _refusal(lambda: import_model(ModelManager(work / "models"), folder), "broken_model")


def model_folder_links(work: Path) -> str:
    from recordroute.engines.models import ModelManager, import_model

    folder = work / "m"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    (folder / "zero.bin").symlink_to("/dev/zero")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return _refusal(lambda: import_model(ModelManager(work / "models"), folder), "broken_model")


def pack_300k_missing(work: Path) -> str:
    from recordroute.engines.models import ModelManager, import_model
    from tests.fakes.fake_hub import tiny_en_dir

    files = {f"f{i:06d}.bin": {"sha256": "0" * 64, "size": 1} for i in range(300_000)}
    members = {p.name: p.read_bytes() for p in tiny_en_dir().iterdir() if p.name != "model.bin"}
    members["model.bin"] = b"x"
    members["recordroute-model.json"] = json.dumps({"format": 1, "files": files}).encode()
    with tarfile.open(work / "big.tar", "w") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return _refusal(lambda: import_model(ModelManager(work / "models"), work / "big.tar"), "broken_model")
