"""Speaker models (diarization's WeSpeaker/3D-Speaker/CAM++ ONNX files) in the model manager: listed, downloaded
from a fake release host on loopback (a real HTTP server with GitHub's redirect), checked, verified, deleted.

The file served is tests/fixtures/tiny_fbank_speaker.onnx: a valid ONNX graph with the sherpa-onnx speaker-model
interface (input x [N, T, 80], output embedding [N, D]); nothing real is downloaded."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from recordroute.engines.diarize.catalog import resolve_embedder
from recordroute.engines.models import (
    SPEAKER,
    ModelManager,
    TransferProgress,
    download_model,
    import_model,
)
from recordroute.errors import Cancelled, DownloadTooLarge, InputError
from recordroute.pipeline import model_manager as mm
from recordroute.progress import CancelToken, Progress
from recordroute.settings import Settings
from tests.fakes.fake_releases import FakeReleases
from tests.models.conftest import CAMPP, FIXTURES, RELEASE_PATH, SPEAKER_ONNX, leftovers


def _padded(tmp_path: Path, size: int) -> Path:
    """The tiny speaker model grown to `size` bytes and still valid: an unknown length-delimited field (number
    1000) appended to the ModelProto, which protobuf parsers skip."""

    def varint(n: int) -> bytes:
        out = bytearray()
        while True:
            out.append((n & 0x7F) | (0x80 if n >> 7 else 0))
            n >>= 7
            if not n:
                return bytes(out)

    data = SPEAKER_ONNX.read_bytes()
    pad = b"\0" * (size - len(data) - 8)
    path = tmp_path / "padded_speaker.onnx"
    path.write_bytes(data + varint((1000 << 3) | 2) + varint(len(pad)) + pad)
    return path


def _settings() -> Settings:
    return Settings.load()


def _dest(data: Path) -> Path:
    return data / "models" / "diarize" / CAMPP.name / Path(CAMPP.filename).name


def test_listed_with_the_bundled_d_vector_in_use(isolated_env: Path) -> None:
    rows = {s.name: (s, used) for s, used in mm.list_models(_settings(), SPEAKER)}
    campp, used = rows[CAMPP.name]
    assert not campp.present and not used and campp.download_size == 28_300_000 and "CAM++" in campp.note
    dvec, used = rows["dvector-vfl"]
    assert dvec.present and dvec.source == "bundled" and used  # the first present of DEFAULT_EMBEDDERS
    assert "pyannote-segmentation-3.0" not in rows  # not a speaker-embedding download
    with pytest.raises(InputError, match="bundled"):
        ModelManager.check_deletable(dvec)


def test_download_through_the_pipeline(releases: FakeReleases, isolated_env: Path) -> None:
    seen: list[Progress] = []
    state = mm.download(_settings(), CAMPP.name, progress=seen.append)
    dest = _dest(isolated_env)
    assert state.present and state.source == "downloaded" and Path(state.path or "") == dest.parent
    assert dest.read_bytes() == SPEAKER_ONNX.read_bytes()
    assert [e[3] for e in releases.log if e[0] == "HEAD"] == [302, 200]  # GitHub's redirect followed
    assert any(isinstance(p, TransferProgress) and p.done == dest.stat().st_size for p in seen)
    # The sum computed while downloading is recorded, so verify can tell a changed file later.
    reg = json.loads((isolated_env / "models" / "registry.json").read_text())
    (rec,) = [m for m in reg["models"] if m["kind"] == SPEAKER]
    assert rec["files"] == {dest.name: hashlib.sha256(dest.read_bytes()).hexdigest()}
    assert rec["path"] == f"diarize/{CAMPP.name}"
    # Diarization picks it up, and every face's list says it is the one in use.
    model, path = resolve_embedder(None, isolated_env / "models")
    assert (model.name, path) == (CAMPP.name, dest)
    rows = {s.name: used for s, used in mm.list_models(_settings(), SPEAKER)}
    assert rows[CAMPP.name] and not rows["dvector-vfl"]
    assert leftovers(isolated_env / "models") == [f"diarize/{CAMPP.name}/{dest.name}"]
    # Present: asking again downloads nothing.
    before = len(releases.log)
    assert mm.download(_settings(), CAMPP.name).present and len(releases.log) == before


def test_verify_notices_a_changed_byte(releases: FakeReleases, isolated_env: Path) -> None:
    mm.download(_settings(), CAMPP.name)
    (ok,) = mm.verify(_settings(), CAMPP.name)
    assert ok.ok and ok.method == "sha256"
    dest = _dest(isolated_env)
    data = bytearray(dest.read_bytes())
    data[-1] ^= 0x01
    dest.write_bytes(bytes(data))
    (bad,) = mm.verify(_settings(), CAMPP.name, kind=SPEAKER)
    assert not bad.ok and bad.method == "sha256" and dest.name in bad.problems[0]


def test_the_bundled_d_vector_verifies_by_loading(isolated_env: Path) -> None:
    (report,) = mm.verify(_settings(), "dvector-vfl", kind=SPEAKER)
    assert report.ok and report.method == "load"


def test_a_length_far_above_the_catalogue_is_refused_before_any_byte(
    releases: FakeReleases, isolated_env: Path
) -> None:
    releases.claim_length = 10_000_000_000
    with pytest.raises(DownloadTooLarge) as err:
        mm.download(_settings(), CAMPP.name)
    assert err.value.code == "download_too_large" and "nothing was downloaded" in err.value.message
    assert releases.gets() == [] and leftovers(isolated_env / "models") == []


def test_a_body_running_past_its_length_is_stopped(releases: FakeReleases, isolated_env: Path) -> None:
    releases.extra_bytes = 3 << 20  # HEAD says the file's size; the GET body runs on for 3 MB
    with pytest.raises(Exception) as err:
        mm.download(_settings(), CAMPP.name)
    assert getattr(err.value, "code", "") == "model_verification"
    assert "the release host says" in str(err.value)  # not "the hub": this is GitHub or its mirror
    assert leftovers(isolated_env / "models") == []


@pytest.mark.parametrize("served", ["tiny_embed.onnx", "garbage"])
def test_a_file_that_is_not_a_speaker_model_is_deleted_and_refused(
    served: str, releases: FakeReleases, isolated_env: Path, tmp_path: Path
) -> None:
    if served == "garbage":
        bad = tmp_path / "garbage.onnx"
        bad.write_bytes(b"<html>not a model</html>" * 100)
    else:
        bad = FIXTURES / served  # a sentence-embedding graph: input_ids, not fbank frames
    releases.files[RELEASE_PATH] = bad
    with pytest.raises(Exception) as err:
        mm.download(_settings(), CAMPP.name)
    assert getattr(err.value, "code", "") == "not_speaker_model", err.value
    assert "refused and deleted" in str(err.value)
    assert leftovers(isolated_env / "models") == []
    assert resolve_embedder(None, isolated_env / "models")[0].name == "dvector-vfl"


def test_cancel_leaves_nothing(releases: FakeReleases, isolated_env: Path) -> None:
    releases.chunk_delay = 0.2
    token = CancelToken()
    started = threading.Event()

    def progress(p: Progress) -> None:
        if isinstance(p, TransferProgress) and p.done > 0:
            started.set()
            token.cancel()

    with pytest.raises(Cancelled):
        mm.download(_settings(), CAMPP.name, progress=progress, cancel=token)
    assert started.is_set() and leftovers(isolated_env / "models") == []
    assert not (isolated_env / "models" / "diarize" / CAMPP.name).exists()


def test_a_dropped_connection_resumes_with_a_range_request(
    releases: FakeReleases, isolated_env: Path, tmp_path: Path
) -> None:
    served = releases.files[RELEASE_PATH] = _padded(tmp_path, 3 << 20)  # past the downloader's 1 MB reads
    releases.drop_once_at = (1 << 20) + 300_000
    state = download_model(ModelManager(isolated_env / "models"), CAMPP.name, backoff=0.01)
    assert state.present and _dest(isolated_env).read_bytes() == served.read_bytes()
    ranges = [(rng, status) for _m, _p, rng, status in releases.gets()]
    assert ranges[0] == ("", 200) and ranges[1][1] == 206 and ranges[1][0].startswith("bytes=")


def test_the_endpoint_must_be_http(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> None:
    monkeypatch.setenv("RECORDROUTE_SPEAKER_MODEL_ENDPOINT", "file:///etc")
    with pytest.raises(InputError, match="http"):
        mm.download(_settings(), CAMPP.name)
    assert leftovers(isolated_env / "models") == []


def test_delete_asks_first_when_in_use(releases: FakeReleases, isolated_env: Path) -> None:
    from recordroute.pipeline.context import AppContext

    mm.download(_settings(), CAMPP.name)
    ctx = AppContext(_settings())
    try:
        with pytest.raises(mm.ConfirmationNeeded, match="diarization uses"):
            mm.delete(ctx, CAMPP.name)
        gone = mm.delete(ctx, CAMPP.name, yes=True)
    finally:
        ctx.close()
    assert not gone.present and not _dest(isolated_env).exists()
    assert resolve_embedder(None, isolated_env / "models")[0].name == "dvector-vfl"
    with pytest.raises(InputError, match="best one present"):
        mm.use(_settings(), "dvector-vfl", kind=SPEAKER)


def test_export_then_import_a_speaker_pack(
    releases: FakeReleases, isolated_env: Path, tmp_path: Path
) -> None:
    mm.download(_settings(), CAMPP.name)
    pack = mm.export_pack(_settings(), CAMPP.name, tmp_path / "campp.tar")
    state = import_model(ModelManager(tmp_path / "other-models"), pack)
    assert state.kind == SPEAKER and state.name == CAMPP.name and state.source == "imported"
    assert resolve_embedder(None, tmp_path / "other-models")[1].parent == Path(state.path or "")


def test_no_length_or_a_missing_file_is_refused(releases: FakeReleases, isolated_env: Path) -> None:
    releases.no_length = True
    with pytest.raises(Exception, match="Content-Length") as err:
        mm.download(_settings(), CAMPP.name)
    assert getattr(err.value, "code", "") == "hub" and releases.gets() == []
    releases.no_length = False
    del releases.files[RELEASE_PATH]
    with pytest.raises(Exception, match="404") as err:
        mm.download(_settings(), CAMPP.name)
    assert getattr(err.value, "code", "") == "hub" and leftovers(isolated_env / "models") == []


def test_no_speaker_model_in_use_with_the_basic_method(isolated_env: Path) -> None:
    settings = _settings()
    settings.diarize_method = "basic"
    assert not any(used for _s, used in mm.list_models(settings, SPEAKER))
    assert mm.speaker_in_use(_settings()) == "dvector-vfl"


def test_a_run_that_gave_up_is_resumed_by_the_next(
    releases: FakeReleases, isolated_env: Path, tmp_path: Path
) -> None:
    served = releases.files[RELEASE_PATH] = _padded(tmp_path, 3 << 20)
    releases.drop_once_at = (1 << 20) + 300_000
    mgr = ModelManager(isolated_env / "models")
    with pytest.raises(Exception, match="kept dropping") as err:
        download_model(mgr, CAMPP.name, retries=0)  # gives up at the drop, keeps the partial file
    assert getattr(err.value, "code", "") == "hub" and "resumes" in getattr(err.value, "hint", "")
    kept = [p for p in leftovers(isolated_env / "models") if p.endswith(".part")]
    assert len(kept) == 1 and kept[0].startswith(".staging/")
    state = download_model(mgr, CAMPP.name)
    assert state.present and _dest(isolated_env).read_bytes() == served.read_bytes()
    last = releases.gets()[-1]
    assert last[2].startswith("bytes=") and last[3] == 206  # the second run asked only for the rest
    assert leftovers(isolated_env / "models") == [f"diarize/{CAMPP.name}/{_dest(isolated_env).name}"]


def test_a_diarization_missing_its_model_offers_the_download(tmp_path: Path) -> None:
    from recordroute.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError) as err:
        resolve_embedder("wespeaker-resnet34", tmp_path)
    assert mm.missing_model(err.value.code, err.value.message) == "wespeaker-resnet34"
    assert "models download wespeaker-resnet34" in err.value.hint
    assert err.value.params == {"model": "wespeaker-resnet34"}


def test_a_file_of_yours_is_listed_and_kept(
    isolated_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    mine = tmp_path / "my-models"
    mine.mkdir()
    shutil.copy(SPEAKER_ONNX, mine / Path(CAMPP.filename).name)  # directly in the model folder
    monkeypatch.setenv("RECORDROUTE_MODEL_DIR", str(mine))
    rows = {s.name: (s, used) for s, used in mm.list_models(_settings(), SPEAKER)}
    state, used = rows[CAMPP.name]
    assert state.present and state.source == "model_dir" and used
    with pytest.raises(InputError, match="directly in your model folder"):
        ModelManager.check_deletable(state)
    (report,) = mm.verify(_settings(), CAMPP.name, kind=SPEAKER)
    assert report.ok and report.method == "load"
    assert (mine / Path(CAMPP.filename).name).is_file()
