"""End to end through the real `recordroute` command with a real Whisper model on real speech."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jiwer
import pytest
import srt
import webvtt

from tests.conftest import SPEECH_TEXT, SPEECH_WAV, run_cli

# tiny.en decodes this clip at 4.9% WER (measured); 12% leaves room for CPU/thread nondeterminism while
# still failing on a wrong model, a broken resampler (which gives >50%) or lost segments.
WER_LIMIT = 0.12


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Process the fixture once for this module in a shared data dir."""
    data = tmp_path_factory.mktemp("e2e-data")
    env = {"RECORDROUTE_DATA_DIR": str(data)}
    res = run_cli("process", str(SPEECH_WAV), "--json", env=env)
    assert res.returncode == 0, res.stderr
    result = json.loads(res.stdout.strip().splitlines()[-1])
    return {"env": env, "result": result, "data": data}


def test_process_transcribes_with_low_wer_and_sane_timestamps(processed: dict) -> None:
    result = processed["result"]
    assert result["state"] == "done" and result["recording_id"] == 1 and result["duplicate"] is False
    assert result["language"] == "en" and abs(result["duration"] - 30.0) < 1.0
    show = run_cli("show", "1", "--json", env=processed["env"])
    assert show.returncode == 0, show.stderr
    rec = json.loads(show.stdout)
    segs = rec["segments"]
    hypothesis = " ".join(s["text"] for s in segs)
    wer = jiwer.wer(_norm(SPEECH_TEXT), _norm(hypothesis))
    assert wer < WER_LIMIT, (wer, hypothesis)
    starts = [s["start"] for s in segs]
    assert starts == sorted(starts) and starts[0] < 2.0
    assert all(0 <= s["start"] < s["end"] <= 30.5 for s in segs)
    # word timestamps fall inside their segment
    for s in segs:
        assert s["words"], s
        for w in s["words"]:
            assert s["start"] - 0.05 <= w["start"] <= w["end"] <= s["end"] + 0.05
    # "budget" is said ~8-10 s into the clip
    budget_words = [w for s in segs for w in s["words"] if "budget" in w["word"].lower()]
    assert budget_words and 5.0 < budget_words[0]["start"] < 14.0
    assert Path(rec["path"]).is_file() and rec["content_hash"] in rec["path"]
    stages = [e["message"] for e in rec["events"]]
    assert any("transcribed" in m for m in stages)


def test_duplicate_import_returns_existing(processed: dict, tmp_path: Path) -> None:
    copy = tmp_path / "renamed copy.wav"
    copy.write_bytes(SPEECH_WAV.read_bytes())
    res = run_cli("process", str(copy), "--json", env=processed["env"])
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["recording_id"] == 1 and out["duplicate"] is True and out["state"] == "done"
    human = run_cli("process", str(copy), env=processed["env"])
    assert "already in the library" in human.stdout
    assert len(list((processed["data"] / "library").rglob("*.wav"))) == 1


def test_search_finds_timestamped_hit(processed: dict) -> None:
    res = run_cli("search", "survey", "--json", env=processed["env"])
    hits = json.loads(res.stdout)
    assert hits and hits[0]["recording_id"] == 1
    assert "[survey]" in hits[0]["snippet"].lower()
    assert 5.0 < hits[0]["start"] < 25.0
    human = run_cli("search", "survey", env=processed["env"])
    assert human.returncode == 0 and "survey" in human.stdout.lower()


def test_exports_pass_strict_parsers(processed: dict, tmp_path: Path) -> None:
    env = processed["env"]
    out = tmp_path / "t.srt"
    assert run_cli("export", "1", "--format", "srt", "-o", str(out), env=env).returncode == 0
    subs = list(srt.parse(out.read_text(encoding="utf-8"), ignore_errors=False))
    assert len(subs) >= 3 and subs[0].index == 1
    assert all(a.start <= b.start for a, b in zip(subs, subs[1:], strict=False))
    vtt_text = run_cli("export", "1", "--format", "vtt", env=env).stdout
    vtt_file = tmp_path / "t.vtt"
    vtt_file.write_text(vtt_text, encoding="utf-8")
    captions = webvtt.read(str(vtt_file))
    assert len(captions) == len(subs)
    assert "budget" in " ".join(c.text for c in captions).lower()
    md = run_cli("export", "1", "--format", "md", env=env).stdout
    assert md.startswith("# speech\\_en\\_30s") and re.search(r"^\[00:00:\d\d - 00:00:\d\d\] ", md, re.M)
    data = json.loads(run_cli("export", "1", "--format", "json", env=env).stdout)
    assert data["recording"]["id"] == 1 and data["segments"]
    txt = run_cli("export", "1", "--format", "txt", env=env).stdout
    assert "Sarah" in txt or "sarah" in txt.lower()


def test_list_delete_restore(processed: dict) -> None:
    env = processed["env"]
    listing = json.loads(run_cli("list", "--json", env=env).stdout)
    assert [r["id"] for r in listing] == [1]
    assert "speech_en_30s" in run_cli("list", env=env).stdout
    assert run_cli("delete", "1", env=env).returncode == 0
    assert json.loads(run_cli("list", "--json", env=env).stdout) == []
    assert json.loads(run_cli("search", "budget", "--json", env=env).stdout) == []
    assert run_cli("restore", "1", env=env).returncode == 0
    assert json.loads(run_cli("search", "budget", "--json", env=env).stdout)


def test_user_errors_are_short_without_traceback(processed: dict) -> None:
    """A sentence (and its action, when there is one) then the English details naming what was missing."""
    env = processed["env"]
    for args in (["show", "999"], ["export", "999", "--format", "srt"], ["delete", "42"]):
        res = run_cli(*args, env=env)
        assert res.returncode == 1
        lines = res.stderr.strip().splitlines()
        assert "Traceback" not in res.stderr and 1 <= len(lines) <= 3, res.stderr
        assert lines[0].startswith("recordroute: error: ") and lines[-1].startswith("details: ")
        assert "999" in lines[-1] or "42" in lines[-1]
    res = run_cli("export", "1", "--format", "pdf", env=env)
    assert res.returncode == 2 and "invalid choice" in res.stderr
