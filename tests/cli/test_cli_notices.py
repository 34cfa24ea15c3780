"""What the pipeline tells the user reaches the command line in the user's language: the speech-model offer after
a first transcription, the extractive fallback of `summarize` (the fake Ollama stopped), and the notes on speech
not recognised reliably; English by default, as before. Real CLI subprocesses; the sentences the tests expect
come from the catalogue, filled with what the run used."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from recordroute.messages.notice import Notice
from recordroute.messages.pipeline_notices import PIPELINE_NOTICES
from recordroute.pipeline import recognition
from recordroute.pipeline.model_manager import NOTE_ENV_OVERRIDES
from recordroute.pipeline.summary_notices import FALLBACK, FALLBACK_NOTICE
from tests.cli.test_cli_language import _locale
from tests.conftest import SPEECH_WAV, run_cli
from tests.pipeline.test_honest_fallbacks import MODEL, _english_meeting, _stopped_ollama
from tests.pipeline.test_uncertain_speech import _mixed, _recording

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KOREAN = _locale("C.UTF-8", RECORDROUTE_LANG="ko")
ENGLISH = _locale("C.UTF-8")


def _notes(stderr: str, lead: str) -> list[str]:
    return [line.removeprefix(lead) for line in stderr.splitlines() if line.startswith(lead)]


def test_summary_fallback_is_said_in_korean_and_in_english_by_default(ctx: Any) -> None:
    rid = _english_meeting(ctx.store)
    url = _stopped_ollama()
    llm = {"OLLAMA_HOST": url, "RECORDROUTE_LLM_MODEL": MODEL}
    ko = run_cli("summarize", str(rid), env={**KOREAN, **llm})
    en = run_cli("summarize", str(rid), env={**ENGLISH, **llm})
    assert ko.returncode == en.returncode == 0, ko.stderr + en.stderr
    expected = Notice("summary_fallback", {"headline": [Notice("llm_ollama_down", {"server": url})]})
    ko_lines = _notes(ko.stderr, "recordroute: 경고: ")
    assert expected.say("ko") in ko_lines and url in expected.say("ko") and HANGUL.search(expected.say("ko"))
    assert "extractive minutes written instead" not in ko.stderr
    en_lines = _notes(en.stderr, "recordroute: warning: ")
    assert f"Ollama at {url} does not answer: extractive minutes written instead" in en_lines
    # stored both ways: the English sentence for old readers and the API, the notice for the faces
    record = ctx.store.summaries.latest(rid)
    assert record is not None and record.meta[FALLBACK] == expected.english()
    assert Notice.from_dict(record.meta[FALLBACK_NOTICE]) == expected


def test_speech_not_recognised_reliably_is_noted_in_korean(ctx: Any) -> None:
    rid = _recording(
        ctx.store, _mixed(), speech=19.0
    )  # Korean: 2 segments hidden, 19 s heard, 7 s recognised
    ko = run_cli("show", str(rid), env=KOREAN)
    en = run_cli("show", str(rid), env=ENGLISH)
    assert ko.returncode == en.returncode == 0, ko.stderr + en.stderr
    report = recognition.recognition_report(ctx.store, rid)
    notices = report.notices()
    assert [n.code for n in notices] == ["speech_hidden", "speech_poor", "try_speech_model"]
    ko_notes = [line.removeprefix("참고: ") for line in ko.stdout.splitlines() if line.startswith("참고: ")]
    assert ko_notes == [n.say("ko") for n in notices]
    assert ko_notes[0] == "12초 분량의 말을 확실히 알아듣지 못해 구간 2개를 숨겼습니다"
    assert all(HANGUL.search(line) for line in ko_notes)
    assert "한국어에는 'small' 이상의 모델이 필요합니다" in ko_notes[2]
    assert f"recordroute transcribe {rid} --model small" in ko_notes[2]
    en_notes = [line.removeprefix("note: ") for line in en.stdout.splitlines() if line.startswith("note: ")]
    assert en_notes == report.messages()
    assert en_notes[0] == "12 s of speech not recognised reliably: 2 segments hidden"


def _offer_run(data: Path, config: Path, env: dict[str, str], note: str) -> list[str]:
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('languages = ["ko"]\n', encoding="utf-8")
    # downloads "on" so the offer is made; HF_ENDPOINT nowhere, so nothing could be fetched
    online = {"HF_HUB_OFFLINE": "0", "HF_ENDPOINT": "http://127.0.0.1:9"}
    paths = {"RECORDROUTE_DATA_DIR": str(data), "RECORDROUTE_CONFIG": str(config)}
    res = run_cli("process", str(SPEECH_WAV), "--no-summary", env={**env, **online, **paths})
    assert res.returncode == 0, res.stderr
    return _notes(res.stderr, f"recordroute: {note}: ")


def test_first_run_offer_in_korean_and_in_english(tmp_path: Path) -> None:
    ko = _offer_run(tmp_path / "ko", tmp_path / "ko-config" / "settings.toml", KOREAN, "참고")
    en = _offer_run(tmp_path / "en", tmp_path / "en-config" / "settings.toml", ENGLISH, "note")
    assert len(ko) == len(en) == 1, (ko, en)
    assert HANGUL.search(ko[0]) and "한국어" in ko[0] and "recordroute models download small" in ko[0]
    assert "Korean" not in ko[0] and "only speech models" not in ko[0]
    assert en[0].startswith("only speech models weak on Korean are installed: download 'small'")
    assert en[0].endswith("`recordroute models download small` (shown once)")


def test_a_remote_speech_server_that_fails_is_said_in_korean(isolated_env: Path) -> None:
    config = isolated_env.parent / "config" / "settings.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    # nothing listens on port 9: the server "fails" at once and the file is transcribed here
    config.write_text(
        'stt_remote_url = "http://127.0.0.1:9/v1"\nstt_remote_fallback = true\n', encoding="utf-8"
    )
    ko = run_cli("process", str(SPEECH_WAV), "--no-summary", env=KOREAN)
    assert ko.returncode == 0, ko.stderr
    (line,) = [x for x in ko.stderr.splitlines() if ": 경고: " in x and "127.0.0.1:9" in x]
    assert line.startswith("1: 경고: 원격 음성 인식 서버가 실패해 대신 이 컴퓨터에서 전사합니다"), line
    assert "instead (fallback)" not in line
    en = run_cli("process", str(SPEECH_WAV), "--no-summary", "--force", env=ENGLISH)
    assert en.returncode == 0, en.stderr
    (line,) = [x for x in en.stderr.splitlines() if ": warning: " in x and "127.0.0.1:9" in x]
    assert line.startswith("1: warning: ") and line.endswith(
        "; transcribing on this computer instead (fallback)"
    )


def test_a_watched_folder_that_is_not_there_is_said_in_korean(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    ko = run_cli("watch", str(missing), "--no-process", env=KOREAN)
    en = run_cli("watch", str(missing), "--no-process", env=ENGLISH)
    assert ko.returncode == en.returncode == 1
    assert f"recordroute: 오류: {missing}: 폴더가 아닙니다" in ko.stderr.splitlines(), ko.stderr
    assert f"recordroute: error: {missing}: not a folder" in en.stderr.splitlines(), en.stderr


def test_models_use_says_the_environment_wins_in_korean(isolated_env: Path) -> None:
    # RECORDROUTE_STT_MODEL is set for the suite: the file gets the choice, the environment still wins now
    ko = run_cli("models", "use", "tiny.en", env=KOREAN)
    en = run_cli("models", "use", "tiny.en", env=ENGLISH)
    assert ko.returncode == en.returncode == 0, ko.stderr + en.stderr
    assert f"참고: {PIPELINE_NOTICES['use_env_overrides'].ko}" in ko.stderr.splitlines(), ko.stderr
    assert f"note: {NOTE_ENV_OVERRIDES}" in en.stderr.splitlines(), en.stderr
