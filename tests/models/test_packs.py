"""Model packs and imports: export, import into a fresh data dir, and refusal of broken or unsafe models."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest

from recordroute.engines.models import BrokenModelError, ModelManager, download_model, import_model
from recordroute.engines.models.check import sha256_of
from tests.fakes.fake_hub import FakeHub, tiny_en_dir
from tests.models.conftest import REPO, leftovers


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".tar", ".zip"])
def test_export_then_import_in_a_fresh_data_dir(
    tmp_path: Path, models_root: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recordroute.engines.stt.models import resolve_model

    pack = ModelManager(models_root).export("tiny.en", tmp_path / f"tiny{suffix}")  # the bundled model
    assert pack.is_file() and not list(tmp_path.glob(".*.tmp"))
    fresh = tmp_path / "other-machine"
    monkeypatch.setenv("RECORDROUTE_DATA_DIR", str(fresh))
    mgr = ModelManager(fresh / "models")
    state = import_model(mgr, pack, name="tiny-en-from-pack")
    assert state.source == "imported" and state.kind == "speech" and state.present
    rec = mgr.registry.find("tiny-en-from-pack")
    assert rec is not None and rec.files["model.bin"] == sha256_of(tiny_en_dir() / "model.bin")
    resolved = resolve_model("tiny-en-from-pack")  # found offline, from the new data dir
    assert resolved.source == "imported" and not resolved.multilingual
    assert [r.ok for r in mgr.verify("tiny-en-from-pack")] == [True]
    assert leftovers(fresh / "models") == sorted(
        f"speech/tiny-en-from-pack/{p.name}" for p in tiny_en_dir().iterdir()
    )


@pytest.mark.slow
def test_import_of_a_truncated_model_is_refused(tmp_path: Path, models_root: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_en_dir(), broken)
    with open(broken / "model.bin", "r+b") as fh:
        fh.truncate(1_000_000)
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), broken)
    assert "does not load" in err.value.message
    assert leftovers(models_root) == []


def test_import_of_a_folder_that_is_no_model_is_refused(tmp_path: Path, models_root: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), folder)
    assert "not a model folder" in err.value.message and "model.bin" in err.value.message
    assert leftovers(models_root) == []


def _tar(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def test_pack_with_a_wrong_checksum_is_refused_before_loading(tmp_path: Path, models_root: Path) -> None:
    manifest = {
        "format": 1,
        "kind": "speech",
        "name": "x",
        "files": {"model.bin": {"sha256": "0" * 64, "size": 4}, "config.json": {"sha256": "1" * 64}},
    }
    pack = _tar(
        tmp_path / "x.tar",
        {"recordroute-model.json": json.dumps(manifest).encode(), "model.bin": b"abcd", "config.json": b"{}"},
    )
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), pack)
    assert "failed its checksums" in err.value.message and "model.bin" in err.value.message
    assert leftovers(models_root) == []


def test_pack_with_an_unsafe_path_is_refused(tmp_path: Path, models_root: Path) -> None:
    pack = _tar(tmp_path / "evil.tar", {"model.bin": b"abcd", "../../escaped.txt": b"gotcha"})
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), pack)
    assert "unsafe path" in err.value.message
    assert not list(tmp_path.rglob("escaped.txt")) and leftovers(models_root) == []


def test_verify_finds_a_damaged_download_and_delete_removes_it(hub: FakeHub, models_root: Path) -> None:
    from recordroute.engines.stt.models import resolve_model
    from recordroute.errors import ModelNotFoundError

    mgr = ModelManager(models_root)
    state = download_model(mgr, REPO)
    assert [(r.ok, r.method) for r in mgr.verify(REPO)] == [(True, "sha256")]
    with open(Path(state.path or "") / "config.json", "r+b") as fh:
        first = fh.read(1)
        fh.seek(0)
        fh.write(bytes([first[0] ^ 1]))
    report = mgr.verify(REPO)[0]
    assert not report.ok and "config.json" in report.problems[0]
    mgr.delete(REPO)
    assert leftovers(models_root) == [] and mgr.registry.find(REPO) is None
    with pytest.raises(ModelNotFoundError):
        resolve_model(REPO)


def _embed_hub() -> FakeHub:
    from recordroute.engines.embed.resolve import packaged_spec
    from tests.fakes.fake_hub import FakeRepo

    spec = packaged_spec()
    assert spec is not None
    files = {
        "onnx/model.onnx": spec.onnx_path,
        "onnx/model_O4.onnx": spec.onnx_path,
        "tokenizer.json": spec.tokenizer_path,
        "README.md": spec.tokenizer_path,
    }
    return FakeHub({"test-org/minilm-onnx": FakeRepo(files)})


@pytest.mark.slow
def test_embedding_repo_downloads_one_graph_and_resolves_by_repo_id(hub: FakeHub, models_root: Path) -> None:
    from recordroute.engines.embed import get_embedder
    from recordroute.engines.embed.resolve import resolve_embed_model

    hub.repos = _embed_hub().repos
    state = download_model(ModelManager(models_root), "test-org/minilm-onnx")
    assert state.kind == "embedding" and state.source == "downloaded"
    fetched = sorted(
        g[1].rsplit("/", 2)[-1] if "/onnx/" not in g[1] else "onnx/" + g[1].rsplit("/", 1)[-1]
        for g in hub.file_gets()
    )
    assert fetched == ["onnx/model.onnx", "tokenizer.json"]  # not every exported variant, not the README
    spec = resolve_embed_model("test-org/minilm-onnx")
    assert spec.source == "downloaded" and spec.name == "minilm-onnx"
    vec = get_embedder("test-org/minilm-onnx").embed(["the budget meeting moved to Friday"])
    assert vec.shape == (1, 384)


@pytest.mark.slow
def test_embedding_folder_import_loads_it_and_a_garbage_graph_is_refused(
    tmp_path: Path, models_root: Path
) -> None:
    from recordroute.engines.embed.resolve import packaged_spec, resolve_embed_model

    spec = packaged_spec()
    assert spec is not None
    folder = tmp_path / "minilm-copy"
    folder.mkdir()
    shutil.copy(spec.onnx_path, folder / "model.onnx")
    shutil.copy(spec.tokenizer_path, folder / "tokenizer.json")
    state = import_model(ModelManager(models_root), folder)
    assert state.kind == "embedding" and state.source == "imported" and state.name == "minilm-copy"
    assert resolve_embed_model("minilm-copy").source == "imported"
    (folder / "model.onnx").write_bytes(b"not an onnx graph" * 100)
    with pytest.raises(BrokenModelError) as err:
        import_model(ModelManager(models_root), folder, name="garbage")
    assert "does not load" in err.value.message
    assert not (models_root / "embedding" / "garbage").exists()
