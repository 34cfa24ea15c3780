"""Our own errors' details (after `details:` / `자세히:`) in the session's language: an error raised with
`said(key)` reads in Korean in a Korean session and as the same English developer text as before in English."""

from __future__ import annotations

import importlib
import io
import re
import tarfile
from pathlib import Path

import pytest

from recordroute.errors import InputError, RecordRouteError
from recordroute.messages import placeholders
from recordroute.messages.detail_texts import DETAILS
from tests.cli.test_cli_korean_words import HANGUL, english_words
from tests.conftest import run_cli


def _env(lang: str) -> dict[str, str]:
    return {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "RECORDROUTE_LANG": lang}


@pytest.mark.parametrize("key", sorted(DETAILS))
def test_every_detail_is_said_in_both_languages_with_its_values(key: str) -> None:
    detail = DETAILS[key]
    texts = [detail.message, *([detail.hint] if detail.hint else [])]
    names = set().union(*(placeholders(t.en) for t in texts))
    for text in texts:
        assert placeholders(text.en) == placeholders(text.ko), key
        assert HANGUL.search(text.ko) and not HANGUL.search(text.en), key
    values = {name: f"v{i}x" for i, name in enumerate(sorted(names))}
    error = InputError.said(key, **values)
    en, ko = error.user_text(), error.user_text("ko")
    assert en == error.user_text("en") and not HANGUL.search(en) and HANGUL.search(ko)
    assert all(v in en and v in ko for v in values.values()), (en, ko)
    for lang, said in (("en", en), ("ko", ko)):
        message = detail.message.say(lang, values)
        assert said == (f"{message} ({detail.hint.say(lang, values)})" if detail.hint else message)


def test_the_english_is_the_developer_text_as_before() -> None:
    bounds = InputError.said("speaker_bounds", low=3, high=2)
    assert str(bounds) == bounds.message == "speaker bounds must satisfy 1 ≤ min ≤ max (got 3 and 2)"
    speaker = RecordRouteError.said("no_such_speaker", id=7, label=repr("S1"))
    assert speaker.user_text() == "recording 7 has no speaker 'S1' (see `recordroute speakers 7`)"
    assert speaker.hint == "see `recordroute speakers 7`" and speaker.code == "error"
    plain = InputError("raw text from elsewhere", hint="a hint")
    assert plain.user_text("ko") == plain.user_text() == "raw text from elsewhere (a hint)"  # no twin: as is


@pytest.mark.parametrize(
    ("args", "english", "korean"),
    [
        (
            ("search", "x", "--since", "2026-13-01"),
            "recordroute: error: invalid date '2026-13-01' (use YYYY-MM-DD, e.g. 2026-11-25)",
            "자세히: 날짜가 아닙니다: '2026-13-01' (YYYY-MM-DD로 쓰세요. 예: 2026-11-25)",
        ),
        (
            ("restore-backup", "/nonexistent/backup.tar.gz", "--data-dir", "{tmp}/new"),
            "recordroute: error: no backup archive at /nonexistent/backup.tar.gz (check the path)",
            "자세히: /nonexistent/backup.tar.gz에 백업 파일이 없습니다 (경로를 확인하세요)",
        ),
        (
            ("process", "/nonexistent/a.wav", "-O", "speakers=abc"),
            "recordroute: error: job option 'speakers' must be a whole number, not 'abc'",
            "자세히: 작업 옵션 'speakers'은(는) 정수여야 합니다. 받은 값: 'abc'",
        ),
    ],
)
def test_a_command_s_details_in_both_languages(
    isolated_env: Path, tmp_path: Path, args: tuple[str, ...], english: str, korean: str
) -> None:
    args = tuple(a.replace("{tmp}", str(tmp_path)) for a in args)
    en = run_cli(*args, env=_env("en"))
    ko = run_cli(*args, env=_env("ko"))
    assert en.returncode == ko.returncode == 1, (en.stderr, ko.stderr)
    assert en.stderr == english + "\n"
    lines = ko.stderr.splitlines()
    assert lines == ["recordroute: 오류: 이 입력은 쓸 수 없습니다.", korean], lines
    typed = {"YYYY-MM-DD", "speakers", "abc"}  # the format to type, the option and the value as given
    assert not set(english_words(lines[1])) - typed


# --- the engines' and the pipeline's errors (detail_files, detail_models, detail_paths) ------------------------
_SAID = re.compile(r"\b([A-Z]\w+)\.said\(\s*\"(\w+)\"")
_APP = Path(__file__).resolve().parents[2] / "app"


def _said_sites() -> list[tuple[str, str, str]]:
    """(module, error class, key) of every said() in the app, read from the source."""
    sites = []
    for path in sorted((_APP / "recordroute").rglob("*.py")):
        module = ".".join(path.relative_to(_APP).with_suffix("").parts).removesuffix(".__init__")
        sites += [(module, cls, key) for cls, key in _SAID.findall(path.read_text(encoding="utf-8"))]
    return sites


def test_every_said_key_is_in_the_catalogue_and_keeps_its_class_hint_in_korean() -> None:
    sites = _said_sites()
    # every entry is used: needs_llm() and job_options build their keys ("recipe_needs_llm", "unknown_options")
    built = {k for k in DETAILS if "_needs_llm" in k or k.startswith("unknown_option")}
    assert {key for _m, _c, key in sites} == set(DETAILS) - built
    for module, name, key in sites:
        assert key in DETAILS, (module, key)
        cls = getattr(importlib.import_module(module), name)
        assert issubclass(cls, RecordRouteError), (module, name)
        if cls.hint:  # a class hint said() would otherwise drop in Korean
            assert DETAILS[key].hint is not None, (module, name, key)


@pytest.mark.parametrize(
    ("module", "table"),
    [
        ("detail_paths", "UNSAFE_WHAT"),
        ("detail_paths", "UNSAFE_WHY"),
        ("detail_models", "MODEL_KINDS"),
        ("detail_files", "BACKUP_MISMATCH"),
    ],
)
def test_the_parts_said_inside_a_detail_are_twins(module: str, table: str) -> None:
    texts = getattr(importlib.import_module(f"recordroute.messages.{module}"), table)
    assert texts
    for key, text in texts.items():
        assert placeholders(text.en) == placeholders(text.ko), key
        assert HANGUL.search(text.ko) and not HANGUL.search(text.en), key


def test_a_twin_inside_a_detail_is_said_in_the_same_language(tmp_path: Path) -> None:
    from recordroute.safepaths import UnsafePathError, relative_parts
    from recordroute.settings import Settings, SettingsError

    settings = tmp_path / "settings.toml"
    settings.write_text("bogus = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError) as bad:
        Settings.load(settings, env={})
    assert bad.value.user_text() == (
        f"settings file {settings}: unknown key 'bogus' "
        "(fix or delete that key in the settings file; it was left untouched)"
    )
    assert bad.value.user_text("ko").startswith(f"설정 파일 {settings}: 알 수 없는 키 'bogus' (설정 파일에서")
    with pytest.raises(UnsafePathError) as unsafe:
        relative_parts("../x", what="the pack member")
    assert (
        str(unsafe.value) == "the pack member '../x' is an unsafe path: it climbs out of its folder with '..'"
    )
    assert (
        unsafe.value.message_twin().ko
        == "팩 항목 '../x'은(는) 안전하지 않은 경로입니다: '..'로 폴더 밖으로 나갑니다"
    )


@pytest.mark.parametrize(
    ("args", "english", "korean"),
    [
        (
            ("process", "{tmp}/fake.pdf"),
            "{tmp}/fake.pdf: error: The document is damaged. Open and save it again, then add it again. (details: "
            "fake.pdf: not a PDF (no %PDF header) (the document is damaged or not really a PDF; open and re-save "
            "it, then add it again))",
            "자세히: fake.pdf: PDF가 아닙니다(%PDF 헤더가 없습니다) (문서가 손상되었거나 실제로는 PDF가 아닙니다. "
            "열어서 다시 저장한 뒤 다시 추가하세요))",
        ),
        (
            ("models", "import", "{tmp}/missing.tar"),
            "recordroute: error: The file or item was not found.\ndetails: {tmp}/missing.tar does not exist "
            "(check the path)",
            "자세히: {tmp}/missing.tar이(가) 없습니다 (경로를 확인하세요)",
        ),
        (
            ("restore-backup", "{tmp}/other.tar", "--data-dir", "{tmp}/new"),
            "recordroute: error: This backup cannot be restored (damaged, or not a RecordRoute backup).\ndetails: "
            "the archive holds an unsafe entry 'x.txt' (outside the backup folder, a link, a device or a sparse "
            "file); it was not made by RecordRoute or was tampered with (nothing was restored; take a new backup "
            "or use another copy of the archive)",
            "자세히: 압축 파일에 안전하지 않은 항목 'x.txt'이(가) 있습니다(백업 폴더 밖, 링크, 장치 또는 희소 파일). "
            "RecordRoute가 만든 것이 아니거나 변조되었습니다 (아무것도 복원하지 않았습니다.",
        ),
    ],
)
def test_an_engine_error_s_details_in_both_languages(
    isolated_env: Path, tmp_path: Path, args: tuple[str, ...], english: str, korean: str
) -> None:
    (tmp_path / "fake.pdf").write_bytes(b"this is no PDF")
    with tarfile.open(tmp_path / "other.tar", "w") as tar:  # a tar, but not a backup
        entry = tarfile.TarInfo("x.txt")
        entry.size = 2
        tar.addfile(entry, io.BytesIO(b"hi"))
    args = tuple(a.replace("{tmp}", str(tmp_path)) for a in args)
    english, korean = (t.replace("{tmp}", str(tmp_path)) for t in (english, korean))
    en = run_cli(*args, env=_env("en"))
    ko = run_cli(*args, env=_env("ko"))
    assert en.returncode == ko.returncode == 1, (en.stderr, ko.stderr)
    assert en.stderr == english + "\n"
    assert korean in ko.stderr, ko.stderr
    detail = ko.stderr[ko.stderr.index("자세히:") :]
    typed = {"PDF", "RecordRoute"}  # a format's and the app's name; paths and files are left out already
    assert not set(english_words(detail)) - typed, detail


@pytest.mark.parametrize("reason", ["Ollama: cannot reach Ollama at http://127.0.0.1:9", ""])
def test_translation_without_an_llm_says_why_in_both_languages(reason: str) -> None:
    from recordroute.engines.llm import ExtractiveBackend
    from recordroute.engines.llm.translation import translate_lines
    from recordroute.errors import LLMError

    with pytest.raises(LLMError) as caught:
        translate_lines(["hello"], "ko", backend=ExtractiveBackend(reason=reason))
    hint = reason or "start Ollama or configure an OpenAI-compatible server in Settings"
    assert caught.value.user_text() == f"translation needs an LLM, and none is reachable ({hint})"
    korean = caught.value.user_text("ko")
    assert korean.startswith("번역에는 LLM이 필요한데, 연결되는 LLM이 없습니다 (")
    assert (f"이유: {reason})" if reason else "Ollama를 시작하거나") in korean, korean


def test_an_empty_reason_leaves_no_empty_hint_in_either_language() -> None:
    """A calendar failure whose library gave no reason: no "(원인: )" in Korean, as no "()" in English."""
    quiet = RecordRouteError.said("calendar_unreadable", host="cal.example", reason="")
    assert quiet.user_text("en") == "could not read the calendar at cal.example"
    assert quiet.user_text("ko") == "cal.example의 캘린더를 읽지 못했습니다"
    loud = RecordRouteError.said("calendar_unreadable", host="cal.example", reason="timed out")
    assert loud.user_text("ko") == "cal.example의 캘린더를 읽지 못했습니다 (원인: timed out)"
