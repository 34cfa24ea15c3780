"""Downloads from a fake hub over loopback: progress, cancel, resume, checksum failures, HTTP errors, full disk."""

from __future__ import annotations

import hashlib
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recordroute.engines.models import (
    HubError,
    ModelManager,
    TransferProgress,
    VerificationError,
    download_model,
)
from recordroute.errors import Cancelled, DiskFullError, StorageError
from recordroute.progress import CancelToken
from tests.fakes.fake_hub import FakeHub, tiny_en_dir
from tests.helpers.disk import small_tmpfs
from tests.models.conftest import REPO, leftovers


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_download_reports_bytes_and_lands_verified(hub: FakeHub, models_root: Path) -> None:
    from recordroute.engines.stt.models import resolve_model

    reports: list[TransferProgress] = []
    state = download_model(ModelManager(models_root), REPO, progress=reports.append)
    total = sum(p.stat().st_size for p in tiny_en_dir().iterdir() if p.is_file())
    assert state.present and state.source == "downloaded" and state.repo == REPO
    assert state.size == total
    done = [r.done for r in reports]
    assert done == sorted(done) and done[-1] == total and reports[-1].total == total
    assert reports[-1].fraction == 1.0 and any(r.rate > 0 for r in reports)
    assert any(r.eta is not None for r in reports[:-1])
    folder = Path(state.path or "")
    for src in tiny_en_dir().iterdir():  # every file arrived intact, and the registry keeps its sum
        assert _sha256(folder / src.name) == _sha256(src)
    rec = ModelManager(models_root).registry.find(REPO)
    assert rec is not None and rec.files["model.bin"] == _sha256(tiny_en_dir() / "model.bin")
    assert rec.revision == hub.repos[REPO].commit
    # Pinned to the commit, and only the files a model needs were fetched, each once.
    gets = hub.file_gets()
    assert len(gets) == 4 and all(f"/resolve/{rec.revision}/" in g[1] for g in gets)
    assert leftovers(models_root) == sorted(
        f"speech/test-org--whisper-tiny-en-ct2/{n}"
        for n in ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")
    )
    # Offline resolution finds it by repository id and by its name, before anything else.
    for name in (REPO, "whisper-tiny-en-ct2"):
        resolved = resolve_model(name)
        assert resolved.source == "downloaded" and Path(resolved.path_or_name) == folder
    # A second request is answered from disk: no new request reaches the hub.
    n = len(hub.log)
    assert download_model(ModelManager(models_root), REPO).path == state.path
    assert len(hub.log) == n


def test_short_catalogue_name_downloads_the_catalogue_repo(hub: FakeHub, models_root: Path) -> None:
    state = download_model(ModelManager(models_root), "tiny.en", force=True)  # bundled too: --force
    assert state.name == "tiny.en" and state.source == "downloaded"
    assert state.repo == "Systran/faster-whisper-tiny.en"
    assert Path(state.path or "").name == "tiny.en"


def test_cancel_mid_file_returns_fast_and_leaves_nothing(hub: FakeHub, models_root: Path) -> None:
    hub.chunk_delay = 0.02  # ~3 MB/s: model.bin takes ~25 s
    token = CancelToken()
    cancelled_at: list[float] = []

    def on_progress(p: TransferProgress) -> None:
        if p.done > 5_000_000 and not cancelled_at:
            cancelled_at.append(time.monotonic())
            threading.Thread(target=token.cancel).start()

    with pytest.raises(Cancelled):
        download_model(ModelManager(models_root), REPO, progress=on_progress, cancel=token)
    elapsed = time.monotonic() - cancelled_at[0]
    assert elapsed < 1.0, elapsed
    assert leftovers(models_root) == []
    assert not (models_root / "speech").exists() or not any((models_root / "speech").iterdir())


def test_a_second_download_of_the_same_model_is_refused_while_the_first_runs(
    hub: FakeHub, models_root: Path
) -> None:
    hub.chunk_delay = 0.005
    started, outcome = threading.Event(), {}

    def first() -> None:
        def on_progress(p: TransferProgress) -> None:
            if p.done > 1_000_000:
                started.set()

        outcome["state"] = download_model(ModelManager(models_root), REPO, progress=on_progress)

    worker = threading.Thread(target=first)
    worker.start()
    assert started.wait(30)
    with pytest.raises(StorageError) as err:  # two writers in one staging folder would fail the checksums
        download_model(ModelManager(models_root), REPO)
    assert "already being downloaded" in err.value.message and err.value.hint
    hub.chunk_delay = 0.0
    worker.join(60)
    state = outcome["state"]
    assert _sha256(Path(state.path or "") / "model.bin") == _sha256(tiny_en_dir() / "model.bin")
    # Afterwards it is free again: a forced download runs.
    assert download_model(ModelManager(models_root), REPO, force=True).present


def test_dropped_connection_is_resumed_with_a_range_request(hub: FakeHub, models_root: Path) -> None:
    hub.drop_once_at = 10_000_000
    state = download_model(ModelManager(models_root), REPO, backoff=0.01)
    ranged = [g for g in hub.file_gets() if g[1].endswith("/model.bin") and g[2]]
    assert ranged and ranged[0][2].startswith("bytes=") and ranged[0][3] == 206
    assert int(ranged[0][2][6:-1]) >= 9_000_000  # resumed near where it dropped, not from zero
    assert _sha256(Path(state.path or "") / "model.bin") == _sha256(tiny_en_dir() / "model.bin")


def test_a_failed_run_keeps_its_partial_file_and_the_next_run_resumes(
    hub: FakeHub, models_root: Path
) -> None:
    hub.drop_once_at = 20_000_000
    with pytest.raises(HubError) as err:
        download_model(ModelManager(models_root), REPO, retries=0)
    assert "resumes where it stopped" in err.value.hint
    parts = list((models_root / ".staging").rglob("model.bin.part"))
    assert len(parts) == 1 and parts[0].stat().st_size >= 19_000_000
    state = download_model(ModelManager(models_root), REPO)
    ranged = [g for g in hub.file_gets() if g[1].endswith("/model.bin") and g[2]]
    assert ranged and int(ranged[-1][2][6:-1]) >= 19_000_000
    assert len([g for g in hub.file_gets() if g[1].endswith("/config.json")]) == 1  # kept from the first run
    assert _sha256(Path(state.path or "") / "model.bin") == _sha256(tiny_en_dir() / "model.bin")
    assert not (models_root / ".staging").exists() or not any((models_root / ".staging").iterdir())


def test_flipped_byte_is_rejected_and_nothing_is_put_in_place(hub: FakeHub, models_root: Path) -> None:
    hub.flip_byte = True
    with pytest.raises(VerificationError) as err:
        download_model(ModelManager(models_root), REPO)
    assert "model.bin" in err.value.message and "SHA-256" in err.value.message
    assert "deleted" in err.value.message
    assert leftovers(models_root) == []
    from recordroute.engines.stt.models import resolve_model
    from recordroute.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError):
        resolve_model(REPO)


def test_listing_without_checksums_is_verified_from_head_etags(hub: FakeHub, models_root: Path) -> None:
    hub.hide_checksums = True  # a mirror whose listings carry no oids: the ETag of a HEAD gives the sums
    hub.flip_byte = True
    with pytest.raises(VerificationError) as err:
        download_model(ModelManager(models_root), REPO)
    assert "model.bin" in err.value.message
    assert [e for e in hub.log if e[0] == "HEAD"]
    hub.flip_byte = False
    state = download_model(ModelManager(models_root), REPO)
    assert _sha256(Path(state.path or "") / "model.bin") == _sha256(tiny_en_dir() / "model.bin")
    hub.no_etag = True  # and with no checksum anywhere, nothing is downloaded at all
    n = len(hub.file_gets())
    with pytest.raises(VerificationError) as err:
        download_model(ModelManager(models_root), REPO, force=True)
    assert "no checksum" in err.value.message and len(hub.file_gets()) == n


def test_unknown_repo_and_server_errors_are_clear(hub: FakeHub, models_root: Path) -> None:
    mgr = ModelManager(models_root)
    with pytest.raises(HubError) as err:
        download_model(mgr, "nobody/no-such-whisper")
    assert "'nobody/no-such-whisper' was not found" in err.value.message and hub.url in err.value.message
    hub.api_status = 500
    with pytest.raises(HubError) as err:
        download_model(mgr, REPO)
    assert "answered 500" in err.value.message
    hub.api_status = None
    hub.file_status = 500
    with pytest.raises(HubError) as err:
        download_model(mgr, REPO, retries=1, backoff=0.01)
    assert "answered 500" in err.value.message and "try again later" in err.value.hint
    assert not (models_root / "speech").exists() or not any((models_root / "speech").iterdir())


def test_offline_mode_is_refused_before_any_request(
    hub: FakeHub, models_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(HubError) as err:
        download_model(ModelManager(models_root), REPO)
    assert "offline" in err.value.message
    assert hub.log == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path, "20m") as mnt:
        yield mnt


def test_full_disk_is_reported_before_and_during_the_download(
    hub: FakeHub, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recordroute.engines.models import download as dl

    root = small_disk / "models"
    with pytest.raises(DiskFullError) as err:  # 78 MB into 20 MB: refused up front
        download_model(ModelManager(root), REPO)
    assert "free" in err.value.message and not hub.file_gets()
    monkeypatch.setattr(dl, "DISK_MARGIN", -100_000_000)  # skip the up-front check: the writes hit ENOSPC
    with pytest.raises(DiskFullError) as err:
        download_model(ModelManager(root), REPO)
    assert "disk is full" in err.value.message and hub.file_gets()
    assert leftovers(root) == []
    assert shutil.disk_usage(small_disk).free > 15_000_000  # the partial download was deleted
