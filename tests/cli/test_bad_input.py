"""Bad input: every case gets the right error (or the right text) and leaves nothing half-made behind."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SPEECH_WAV, run_cli
from tests.helpers import media


def _state(data: Path) -> tuple[int, int, int]:
    db = data / "recordroute.db"
    if not db.exists():
        return 0, 0, 0
    con = sqlite3.connect(db)
    try:
        recs = con.execute("SELECT COUNT(*) FROM recordings").fetchone()[0]
        jobs = con.execute("SELECT COUNT(*) FROM jobs").fetchone()[0]
    finally:
        con.close()
    files = sum(1 for p in (data / "library").rglob("*") if p.is_file()) if (data / "library").exists() else 0
    return recs, jobs, files


def _make(case: str, tmp: Path) -> Path:
    if case == "empty":
        p = tmp / "empty.mp3"
        p.write_bytes(b"")
        return p
    if case == "text_as_mp3":
        return media.make_text_renamed(tmp / "notes.mp3")
    if case == "zero_wav":
        return media.make_zero_length_wav(tmp / "zero.wav")
    if case == "truncated_m4a":
        return media.make_truncated(tmp.parent / "fixtures_m4a" / "x.m4a", tmp / "cut.m4a", 0.4)
    if case == "encrypted_pdf":
        return media.make_encrypted_pdf(tmp / "secret.pdf", "Quarterly numbers", "pw")
    if case == "scanned_pdf":
        return media.make_scanned_pdf(tmp / "scan.pdf")
    if case == "no_audio_video":
        return media.make_video_without_audio(tmp / "silent.mp4")
    if case == "unsupported":
        p = tmp / "slides.pptx"
        p.write_bytes(b"PK\x03\x04 not really")
        return p
    raise AssertionError(case)


CASES = {
    "empty": "empty",
    "text_as_mp3": "not",
    "zero_wav": "no audio",
    "truncated_m4a": "damaged",
    "encrypted_pdf": "password",
    "scanned_pdf": "OCR",
    "no_audio_video": "no audio",
    "unsupported": "pptx",
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_gives_clear_error_and_no_record(case: str, tmp_path: Path, isolated_env: Path) -> None:
    if case == "truncated_m4a":
        src = tmp_path.parent / "fixtures_m4a"
        src.mkdir(exist_ok=True)
        (src / "x.m4a").write_bytes((Path(SPEECH_WAV).parent / "speech_en_30s.m4a").read_bytes())
    path = _make(case, tmp_path)
    res = run_cli("process", str(path))
    assert res.returncode == 1, (res.stdout, res.stderr)
    err = res.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert CASES[case].lower() in err.lower(), err
    assert path.name in err
    assert _state(isolated_env) == (0, 0, 0)
    js = run_cli("process", str(path), "--json")
    out = json.loads(js.stdout)
    assert out["state"] == "failed" and out["error_code"] and out["recording_id"] is None


def test_truncated_mp3_transcribes_what_exists(tmp_path: Path, isolated_env: Path) -> None:
    cut = media.make_truncated(Path(SPEECH_WAV).parent / "speech_en_30s.mp3", tmp_path / "cut.mp3", 0.5)
    res = run_cli("process", str(cut), "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["state"] == "done" and 12.0 < out["duration"] < 18.0
    text = run_cli("export", str(out["recording_id"]), "--format", "txt").stdout.lower()
    assert "budget" in text and "travel policy" not in text  # the first half only


def test_cp949_text_is_read_correctly(tmp_path: Path, isolated_env: Path) -> None:
    body = "주간 회의록\n\n올해 예산을 검토하고 고객 설문 담당자를 정했습니다.\n\n다음 회의는 금요일입니다."
    path = tmp_path / "회의록.txt"
    path.write_bytes(body.encode("cp949"))
    res = run_cli("process", str(path), "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    rec = json.loads(run_cli("show", str(out["recording_id"]), "--json").stdout)
    assert rec["kind"] == "text" and rec["encoding"] in ("cp949", "euc_kr", "euc-kr")
    assert [s["text"] for s in rec["segments"]] == [p for p in body.split("\n\n")]
    hits = json.loads(run_cli("search", "예산", "--json").stdout)
    assert hits and hits[0]["recording_id"] == out["recording_id"] and "[예산]" in hits[0]["snippet"]


def test_pdf_pages_are_segments(tmp_path: Path, isolated_env: Path) -> None:
    pdf = media.make_text_pdf(
        tmp_path / "report.pdf", ["First page about revenue.", "Second page about hiring."]
    )
    res = run_cli("process", str(pdf), "--json")
    assert res.returncode == 0, res.stderr
    rid = json.loads(res.stdout)["recording_id"]
    hits = json.loads(run_cli("search", "hiring", "--json").stdout)
    assert hits[0]["recording_id"] == rid and hits[0]["page"] == 2
    md = run_cli("export", str(rid), "--format", "md").stdout
    assert "[p. 1] First page about revenue." in md


def test_html_export_escapes_injected_markup(tmp_path: Path, isolated_env: Path) -> None:
    path = tmp_path / "<img src=x onerror=alert(1)>.txt"
    path.write_text('Budget <script>alert(1)</script> & "quotes"\n\nSecond paragraph.', encoding="utf-8")
    res = run_cli("process", str(path), "--json")
    assert res.returncode == 0, res.stderr
    rid = json.loads(res.stdout)["recording_id"]
    out = tmp_path / "export.html"
    assert run_cli("export", str(rid), "--format", "html", "-o", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "default-src 'none'" in page
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "Second paragraph." in page


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path, isolated_env: Path) -> None:
    bad = tmp_path / "bad.mp3"
    bad.write_text("nope")
    good = tmp_path / "notes.txt"
    good.write_text("Budget review notes.", encoding="utf-8")
    res = run_cli("process", str(bad), str(good), "--json")
    assert res.returncode == 1
    lines = [json.loads(x) for x in res.stdout.strip().splitlines()]
    assert [x["state"] for x in lines] == ["failed", "done"]
    assert _state(isolated_env)[0] == 1
