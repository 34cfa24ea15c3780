"""A Korean user reads no English on the command line's human output: status words, table headings, labels and
result lines of every command run here come out in Korean under RECORDROUTE_LANG=ko, and exactly as before
under English. Commands, flags, paths, model and file names, units and the English `details` stay as typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recordroute.engines.models.catalog import CATALOG
from recordroute.engines.models.speakers import speaker_models
from tests.conftest import SPEECH_WAV, run_cli

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Words that are names, not English: the program, units, acronyms, brands, language codes, the inbox folder.
NAMES = {
    "recordroute",
    "ID",
    "MB",
    "GB",
    "LLM",
    "Ollama",
    "PDF",
    "en",
    "ko",
    "ch",
    "Hz",
    "Ctrl-C",
    "d-vector",
    "inbox",
    # brands and model families in the models' notes
    "CPU",
    "GPU",
    "3D-Speaker",
    "CAM",
    "WeSpeaker",
    "ERes2Net",
}
WORD = re.compile(r"[A-Za-z0-9_.\-+/~]+")


def _env(lang: str) -> dict[str, str]:
    return {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "RECORDROUTE_LANG": lang}


def english_words(line: str) -> list[str]:
    """ASCII words left in a line after commands in backticks, paths, file and model names and units."""
    models = {e.name for e in CATALOG} | {m.name for m in speaker_models()}
    line = re.sub(r"`[^`]*`", " ", line)
    line = re.sub(r"\[cli \(pid \d+\)\]", " ", line)  # `jobs`: the process that owns a job, by its name
    words = []
    for token in re.split(r"[\s()\[\],;:·'\"*]+", line):
        found = WORD.match(token)  # the ASCII head of a token ("base" of "base보다")
        word = found.group(0).rstrip(".-") if found else ""
        is_name = any(c in word for c in "._/+0123456789") or word in NAMES or word in models
        if word and not is_name:
            words.append(word)
    return words


def _run(lang: str, *args: str) -> tuple[list[str], list[str]]:
    res = run_cli(*args, env=_env(lang))
    assert res.returncode == 0, res.stderr
    return [x for x in res.stdout.splitlines() if x.strip()], [
        x for x in res.stderr.splitlines() if x.strip()
    ]


def _assert_korean(lines: list[str]) -> None:
    assert lines
    for line in lines:
        assert HANGUL.search(line) or not english_words(line), line
        assert english_words(line) == [], line


@pytest.mark.parametrize(
    ("args", "english"),
    [
        (("list",), ["no recordings yet: `recordroute process FILE`"]),
        (("list", "--trash"), ["the trash is empty"]),
        (("jobs",), ["no jobs"]),
        (("retry",), ["nothing to resume"]),
        (("profiles", "list"), ["no voice profiles yet: `recordroute speakers ID --save-profile LABEL`"]),
        (("recover",), ["no unfinished recordings in the inbox"]),
        (("search", "nothing", "--mode", "keyword"), ["no matches"]),
    ],
)
def test_an_empty_library_is_said_in_korean(
    isolated_env: Path, args: tuple[str, ...], english: list[str]
) -> None:
    ko, ko_err = _run("ko", *args)
    _assert_korean(ko)
    assert not ko_err, ko_err
    en, _ = _run("en", *args)
    assert en == english


def test_the_models_table_is_korean_but_its_names(isolated_env: Path) -> None:
    ko, _ = _run("ko", "models", "list")
    en, _ = _run("en", "models", "list")
    _assert_korean([line.replace("*", "") for line in ko])
    assert ko[0].split()[:3] == ["종류", "이름", "출처"]
    small = next(line for line in ko if line.split()[1:2] == ["small"])
    assert "base보다 약 3배 느림" in small and small.endswith("· 한국어 가능")
    # English as before: the engines' notes, "Korean ok", the sources as stored
    assert en[0].split() == ["KIND", "NAME", "SOURCE", "SIZE", "VERIFIED", "NOTE"]
    small = next(line for line in en if line.split()[1:2] == ["small"])
    assert small.endswith("about 3x slower than base; the smallest size good for Korean · Korean ok")
    assert small.split()[0] == "speech" and small.split()[2] == "absent"
    assert en[-1].startswith("* = in use (speaker: the one diarization uses")


def test_the_llm_status_labels_are_korean(isolated_env: Path) -> None:
    res = run_cli("llm", "status", env=_env("ko"))
    lines = res.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == ["백엔드", "연결", "모델", "검색"], lines
    assert lines[0].endswith("추출식(LLM 없음)")
    # the reachability's detail is the backend's English developer text, as after `자세히:`
    _assert_korean([lines[0], lines[1].split("(")[0], lines[2], lines[3]])
    en = run_cli("llm", "status", env=_env("en")).stdout.splitlines()
    assert en[0] == "backend:   extractive (no LLM)" and en[1].startswith("reachable: yes (")


def test_a_processed_recording_is_said_in_korean_from_import_to_the_trash(
    isolated_env: Path, tmp_path: Path
) -> None:
    ko_out, ko_err = _run("ko", "process", str(SPEECH_WAV), "--no-summary")
    assert ko_err[:3] == [
        "speech_en_30s.wav: 가져오기...",
        "speech_en_30s.wav: 전사...",
        "speech_en_30s.wav: 색인...",
    ]
    _assert_korean(ko_out + ko_err)
    again, _ = _run("ko", "process", str(SPEECH_WAV), "--no-summary")
    assert again[0].endswith("(이미 라이브러리에 있는 녹음입니다)")
    _assert_korean(again)
    korean: list[str] = []
    for args in (
        ("list",),
        ("show", "1"),
        ("jobs", "--all"),
        ("search", "meeting", "--mode", "keyword"),
        ("delete", "1"),
        ("restore", "1"),
        ("export", "1", "-o", str(tmp_path / "out.txt")),
        ("speakers", "1"),
    ):
        out, err = _run("ko", *args)
        lines = out[:3] if args[0] == "show" else out  # `show` goes on with the transcript (English speech)
        if args[0] == "search":
            lines = [line for line in out if not line.startswith(" ")]  # the hits quote the transcript
        korean += lines + err
    _assert_korean(korean)
    assert "   ID  날짜" in korean[0] and "완료" in korean[1]
    assert korean[-1] == "녹음 1에는 아직 화자가 없습니다: `recordroute diarize 1`"

    en_out, _ = _run("en", "list")
    assert en_out[0].split() == ["ID", "DATE", "LENGTH", "LANG", "STATE", "TITLE"] and " done " in en_out[1]
    jobs, _ = _run("en", "jobs", "--all")
    assert "  done         index       rec 1  speech_en_30s.wav" in jobs[0]
    deleted, _ = _run("en", "delete", "1")
    assert deleted == ["moved recording 1 (speech_en_30s) to the trash; `recordroute restore 1` undoes it"]
    restored, _ = _run("en", "restore", "1")
    assert restored == ["restored recording 1"]
    hits, _ = _run("en", "search", "meeting", "--mode", "keyword")
    assert hits[-1] == "1 matching result"


def test_the_korean_word_check_finds_english(isolated_env: Path) -> None:
    # the check itself: it must see a status word left in English, and pass names and commands
    assert english_words("녹음 1: done (rec 1)") == ["done", "rec"]
    assert english_words("모델 tiny.en · `recordroute models download small` · 148 MB · small") == []


def test_a_retried_job_that_fails_says_why_in_korean(isolated_env: Path) -> None:
    res = run_cli("process", str(SPEECH_WAV), "--model", "nosuch", "--no-summary", env=_env("ko"))
    assert res.returncode == 1
    ko = run_cli("retry", "1", env=_env("ko"))
    en = run_cli("retry", "1", env=_env("en"))
    assert ko.returncode == en.returncode == 1
    (line,) = ko.stdout.splitlines()
    assert line == "작업 1: 실패 (nosuch 모델이 이 컴퓨터에 없습니다.)", line
    assert english_words(line.replace("nosuch", "")) == [] and HANGUL.search(line)  # the model asked for
    details = [x for x in ko.stderr.splitlines() if x.startswith("자세히: ")]
    assert len(details) == 1 and details[0].startswith("자세히: speech model 'nosuch' was not found")
    assert en.stdout.startswith("job 1: failed (speech model 'nosuch' was not found")  # as before


def test_watch_says_what_it_did_in_korean(isolated_env: Path, tmp_path: Path) -> None:
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(SPEECH_WAV, folder / "talk.wav")
    args = ["watch", str(folder), "--settle", "0.5", "--interval", "0.1", "--no-process"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", *args],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **_env("ko")},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().rstrip("\n")
    assert line.startswith("가져옴\t") and line.endswith("talk.wav\t녹음 1"), line
    (folder / "notes.xyz").write_text("not media", encoding="utf-8")
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    # "rejected: ..." alone is the watcher's log line (logs stay English)
    rejected = [x for x in err.splitlines() if "notes.xyz" in x and not x.startswith("rejected: ")]
    assert rejected and rejected[0].startswith("거부함\t"), err
    assert "지켜보기를 멈췄습니다(1개 가져옴)" in err
    assert "(자세히: notes.xyz: .xyz files are not supported" in rejected[0]  # the English detail after it
    said = [x.split("(자세히:")[0] for x in err.splitlines() if not x.startswith("rejected: ")]  # not the log
    _assert_korean([line, *said])


def test_the_terminal_bar_says_the_step_in_korean_within_its_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from recordroute.cli import say
    from recordroute.cli.progressbar import ProgressBar
    from recordroute.pipeline.runner import JobEvent

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    lines = {}
    for lang in ("ko", "en"):
        monkeypatch.setattr(say, "_language", lang)
        stream = Terminal()
        bar = ProgressBar("talk.wav", stream=stream, message_width=24)
        bar(JobEvent(1, "running", "transcribe", 0.5, 10.0, "loading the speech model"))  # type: ignore[arg-type]
        lines[lang] = stream.getvalue()
    assert "음성 모델을 불러오는 중" in lines["ko"] and "loading" not in lines["ko"]
    assert "loading the speech model" in lines["en"]
    # the bar starts at the same column in both: the Korean step is padded by terminal width, not characters
    assert say.width(lines["ko"].split("█")[0]) == say.width(lines["en"].split("█")[0])
