"""The path-safety rule, under POSIX and under Windows path semantics (PureWindowsPath joins as Windows does)."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from recordroute.safepaths import (
    OutputInDataFolderError,
    UnsafePathError,
    check_output,
    is_regular_file,
    join_under,
    lexically_under,
    regular_file,
    relative_parts,
)

HOSTILE = [
    "../x",
    "a/../../x",
    "/etc/passwd",
    "..\\..\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\evil.bat",
    "a\\b",
    "C:\\Windows\\evil.dll",
    "C:evil.dll",
    "c:/x",
    "//server/share/x",
    "\\\\?\\C:\\x",
    "CON",
    "nul.txt",
    "a/COM1.md",
    "note.md:stream",
    "trailing.",
    "trailing ",
    "a\x00b",
    "a\x1b[31mb",
    "",
    ".",
    "./",
    "x" * 300,
]
SAFE = [
    "a",
    "a/b.md",
    "models/speech/small/model.bin",
    "회의 메모 (3).md",
    "./a/./b",
    "a..b",
    "..a",
    "a b.txt",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_refused(name: str) -> None:
    with pytest.raises(UnsafePathError) as err:
        relative_parts(name, what="the member")
    assert err.value.code == "unsafe_path"
    assert "the member" in err.value.message and len(err.value.message) < 400


@pytest.mark.parametrize("name", SAFE)
@pytest.mark.parametrize(
    "root",
    [PurePosixPath("/data/staging"), PureWindowsPath("C:\\Users\\kim\\data\\staging")],
    ids=["posix", "win"],
)
def test_safe_names_stay_under_their_root_on_both_systems(name: str, root: PurePosixPath) -> None:
    joined = lexically_under(root, name)
    assert root in joined.parents
    assert type(joined) is type(root)


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize(
    "root",
    [PurePosixPath("/data/staging"), PureWindowsPath("C:\\Users\\kim\\data\\staging")],
    ids=["posix", "win"],
)
def test_hostile_names_never_join_on_either_system(name: str, root: PurePosixPath) -> None:
    with pytest.raises(UnsafePathError):
        lexically_under(root, name)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_join_under_refuses_a_folder_link_that_leads_out(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "sub").symlink_to(outside, target_is_directory=True)
    assert join_under(root, "a/b.txt") == root / "a" / "b.txt"
    with pytest.raises(UnsafePathError, match="outside"):
        join_under(root, "sub/x.txt")


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs")
def test_regular_file_refuses_links_and_special_files(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("x")
    link = tmp_path / "link.txt"
    link.symlink_to("/etc/passwd")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert regular_file(real).st_size == 1 and is_regular_file(real)
    for bad in (link, fifo, Path("/dev/zero")):
        assert not is_regular_file(bad)
        with pytest.raises(UnsafePathError):
            regular_file(bad)


def test_output_inside_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "library").mkdir(parents=True)
    for inside in (data / "recordroute.db", data / "library" / "x.wav", data, data / "new" / "out.md"):
        with pytest.raises(OutputInDataFolderError) as err:
            check_output(inside, data)
        assert err.value.code == "output_in_data_folder"
    assert check_output(tmp_path / "out.md", data) == (tmp_path / "out.md").absolute()
    if sys.platform != "win32":
        (tmp_path / "sneaky").symlink_to(data, target_is_directory=True)
        with pytest.raises(OutputInDataFolderError):
            check_output(tmp_path / "sneaky" / "recordroute.db", data)
