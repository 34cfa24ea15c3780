"""`--help` and argparse's own words in the session's language: in Korean every command's help has no English
word once its flags, command names, choices and product names are taken out (the placeholders of the values are
Korean, every argument has a help line, each choice value is explained), and a usage error says `오류:` in
Korean (exit 2); in English the help and the errors are argparse's as before."""

from __future__ import annotations

import argparse
import inspect
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from recordroute.cli import say
from recordroute.messages import placeholders
from recordroute.messages.argparse_texts import ARGPARSE_ERRORS, ARGPARSE_TYPES, ARGPARSE_WORDS
from recordroute.messages.cli_help import CLI_HELP
from recordroute.messages.cli_help_added import ADDED_HELP
from tests.cli.test_cli_korean_words import HANGUL, english_words
from tests.conftest import run_cli

# Names in the help that are not English to translate: products, protocols, formats, signals, the values a
# user types (template names, `auto`, language codes).
PRODUCTS = {
    "RecordRoute", "Whisper", "OpenAI", "Obsidian", "CalDAV", "Hugging", "Face", "sherpa-onnx", "ONNX",
    "JSON", "API", "HTTP", "URL", "MCP", "AI", "README", "PNG", "WAV", "KiB", "CORS", "Host", "LAN",
    "SIGTERM", "YYYY-MM-DD", "auto", "ja", "zh", "lecture", "interview", "standup",
}  # fmt: skip
TOKEN = re.compile(r"[A-Za-z0-9_\-]+")
# An argument's line with its help on the same line: "  --limit 개수        결과를 ..." (group 1 runs to the help)
HELP_LINE = re.compile(r"^( {2,4}\S+(?: \S+)*? {2,})\S")


def _env(lang: str) -> dict[str, str]:
    return {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "RECORDROUTE_LANG": lang, "COLUMNS": "100"}


def _parser(monkeypatch: pytest.MonkeyPatch, lang: str) -> argparse.ArgumentParser:
    from recordroute import launch  # noqa: F401  (adds gui, serve, mcp and self-test, as the entry point does)
    from recordroute.cli.main import build_parser

    monkeypatch.setattr(say, "_language", lang)
    return build_parser()


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:  # fmt: skip
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))


def _names(parser: argparse.ArgumentParser) -> set[str]:
    """What a help shows as typed: flags, choices and command names (and their parts: "--no-summary" shows
    "no"). Placeholders of values (metavars) are not typed: in Korean they are Korean."""
    found: set[str] = set()
    for _path, p in _walk(parser):
        for a in p._actions:
            shown = [*a.option_strings, *map(str, a.choices or ())]
            found |= {part for s in shown for part in [s, *TOKEN.findall(s)]}
    return found


def _takes_a_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(action, argparse._SubParsersAction)


def _keyed_helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each help line the parser shows, by its catalogue key ("models download --kind", "retry job")."""
    helps = {"recordroute": parser.description or ""}
    for path, p in _walk(parser):
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                for choice in a._choices_actions:
                    helps[" ".join((*path, choice.dest))] = choice.help or ""
            elif a.help is not None and a.dest != "help":
                longs = [s for s in a.option_strings if s.startswith("--")]
                helps[" ".join((*path, (longs or a.option_strings or [a.dest])[0]))] = a.help
    return helps


def test_every_help_line_comes_from_the_catalogue_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in ("en", "ko"):
        helps = _keyed_helps(_parser(monkeypatch, lang))
        assert set(helps) == set(CLI_HELP), set(helps) ^ set(CLI_HELP)  # none missing, none left over
        assert all(helps[key] == CLI_HELP[key].get(lang) for key in CLI_HELP)
    assert ADDED_HELP and set(ADDED_HELP) <= set(CLI_HELP)


def test_every_argument_has_a_help_line_in_korean(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = _parser(monkeypatch, "ko")
    bare = [
        (path, a.option_strings or a.dest)
        for path, p in _walk(parser)
        for a in p._actions
        if not a.help and not isinstance(a, argparse._SubParsersAction)
    ]
    assert not bare


def test_korean_help_says_what_each_choice_value_means(monkeypatch: pytest.MonkeyPatch) -> None:
    """A value typed as it is (`--mode keyword`) stays English in the usage; its help line names each one."""
    parser = _parser(monkeypatch, "ko")
    checked = 0
    for path, p in _walk(parser):
        for a in p._actions:
            if a.choices is None or isinstance(a, argparse._SubParsersAction):
                continue
            named = set(TOKEN.findall(a.help or ""))
            assert {str(c) for c in a.choices} <= named, (path, a.option_strings, a.help)
            assert HANGUL.search(a.help or ""), (path, a.option_strings)
            checked += 1
    assert checked > 15


def test_korean_placeholders_stand_for_the_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every value without fixed choices shows a Korean placeholder in Korean; English keeps argparse's own."""
    ko, en = _parser(monkeypatch, "ko"), _parser(monkeypatch, "en")
    ko_actions = [(path, a) for path, p in _walk(ko) for a in p._actions if _takes_a_value(a)]
    en_actions = [(path, a) for path, p in _walk(en) for a in p._actions if _takes_a_value(a)]
    assert len(ko_actions) == len(en_actions) > 80
    for (path, k), (_, e) in zip(ko_actions, en_actions, strict=True):
        assert k.dest == e.dest  # what the command reads is the same; only the shown name differs
        if k.choices is not None:
            assert k.metavar is e.metavar is None, (path, k.dest)
            continue
        shown = k.metavar if isinstance(k.metavar, tuple) else (k.metavar,)
        assert all(HANGUL.search(str(m)) for m in shown), (path, k.dest, k.metavar)
        assert e.metavar is None or not HANGUL.search(str(e.metavar)), (path, e.dest)
    korean = {str(a.metavar) for _path, a in ko_actions}
    assert {"파일", "개수", "번호", "검색어", "('라벨', '이름')"} <= korean


@pytest.mark.parametrize(
    "table",
    [CLI_HELP, ARGPARSE_WORDS, ARGPARSE_ERRORS, ARGPARSE_TYPES],
    ids=["help", "words", "errors", "types"],
)
def test_every_korean_entry_has_an_english_twin_with_the_same_blanks(table: dict) -> None:
    assert table
    for key, text in table.items():
        assert text.en.strip() and HANGUL.search(text.ko), key
        assert not HANGUL.search(text.en), key
        assert placeholders(text.en) == placeholders(text.ko), key
        assert "%" not in text.en + text.ko, key  # argparse %-formats help lines


def test_the_english_error_templates_are_argparse_s_own_words() -> None:
    """The errors are matched by argparse's English: a wording that changed in a new Python would stay English."""
    source = inspect.getsource(argparse)
    for key, text in ARGPARSE_ERRORS.items():
        pattern = re.escape(text.en)
        pattern = re.sub(r"\\\{(\w+)\\\}", lambda m: rf"%(\({m.group(1)}\))?[sr]", pattern)
        assert re.search(pattern, source), key
    for key, text in ARGPARSE_WORDS.items():
        assert f"_('{text.en}')" in source, key


def test_korean_help_of_every_command_has_no_english_word(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parser = _parser(monkeypatch, "en")
    allowed = _names(parser) | PRODUCTS
    paths = [path for path, _p in _walk(parser)]
    assert len(paths) > 40 and ("models", "download") in paths  # the whole tree, sub-sub-commands too
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda path: run_cli(*path, "--help", env=_env("ko")), paths))
    for path, res in zip(paths, results, strict=True):
        assert res.returncode == 0, (path, res.stderr)
        lines = [line for line in res.stdout.splitlines() if line.strip()]
        # the help column lines up on screen: Korean placeholders are measured in terminal columns
        columns = {say.width(m.group(1)) for line in lines if (m := HELP_LINE.match(line))}
        assert len(columns) == 1, (path, columns)
        assert lines[0].startswith(f"사용법: recordroute {' '.join(path)}".rstrip()), (path, lines[0])
        assert "옵션:" in lines and "  -h, --help" in res.stdout, path
        left = {w for line in lines for w in english_words(line)} - allowed
        assert not left, (path, left)
        # wrapped by terminal columns (a Hangul syllable takes two), within COLUMNS as argparse's English is
        assert max(say.width(line) for line in lines) <= 98, path
    top = results[0].stdout
    assert "이 컴퓨터에서 하는 전사, 회의록, 검색." in top and "위치 인수:" in top
    assert "    process       파일을 가져와 전사합니다" in top  # each command's one line, in the list


@pytest.mark.parametrize(
    ("args", "english", "korean"),
    [
        (("show",), "recordroute show: error: the following arguments are required: id", "다음 인수가 필요합니다: 번호"),
        (
            ("export", "1", "--only", "all"),
            "recordroute export: error: argument --only: invalid choice: 'all' (choose from 'minutes', 'transcript')",
            "인수 --only: 잘못된 선택: 'all' (고를 수 있는 값: 'minutes', 'transcript')",
        ),
        (("show", "x"), "recordroute show: error: argument id: invalid int value: 'x'", "인수 번호: 정수 값이 아닙니다: 'x'"),
        (
            ("export", "1", "-o"),
            "recordroute export: error: argument -o/--output: expected one argument",
            "인수 -o/--output: 값이 하나 필요합니다",
        ),
        (("list", "--bogus"), "recordroute: error: unrecognized arguments: --bogus", "알 수 없는 인수: --bogus"),
        (("models",), "recordroute models: error: the following arguments are required: SUBCOMMAND", "다음 인수가 필요합니다: 하위명령"),
    ],
)  # fmt: skip
def test_a_usage_error_is_said_in_the_session_s_language(
    isolated_env: Path, args: tuple[str, ...], english: str, korean: str
) -> None:
    en = run_cli(*args, env=_env("en"))
    ko = run_cli(*args, env=_env("ko"))
    assert en.returncode == ko.returncode == 2
    en_lines, ko_lines = en.stderr.splitlines(), ko.stderr.splitlines()
    assert en_lines[-1] == english and en_lines[0].startswith("usage: recordroute")
    prog = english.split(": error: ")[0]
    assert ko_lines[-1] == f"{prog}: 오류: {korean}", ko_lines
    assert ko_lines[0].startswith("사용법: recordroute") and not HANGUL.search(en.stderr)


def test_an_invalid_command_is_refused_in_korean(isolated_env: Path) -> None:
    ko = run_cli("nosuch", env=_env("ko"))
    assert ko.returncode == 2
    last = ko.stderr.splitlines()[-1]
    assert last.startswith(
        "recordroute: 오류: 인수 명령: 잘못된 선택: 'nosuch' (고를 수 있는 값: 'process', "
    )


def test_english_help_is_argparse_s_as_before(isolated_env: Path) -> None:
    top = run_cli("--help", env=_env("en"))
    lines = top.stdout.splitlines()
    assert lines[:3] == [
        "usage: recordroute [-h] [-v] COMMAND ...",
        "",
        "Local-first transcripts, minutes and search.",
    ]
    for line in (
        "positional arguments:",
        "    process       import and transcribe files",
        "    restore-backup",
        "                  restore a backup archive into an empty data folder",
        "options:",
        "  -h, --help      show this help message and exit",
        "  -v, --verbose   log details to stderr",
    ):
        assert line in lines, line
    export = run_cli("export", "--help", env=_env("en")).stdout.splitlines()
    assert (
        export[0] == "usage: recordroute export [-h] [--format {txt,srt,vtt,json,md,html,docx}] [-o OUTPUT]"
    )
    assert (
        "  --bilingual LANG      srt/vtt with two lines per cue: the original and its LANG translation"
        in export
    )
    assert not HANGUL.search(top.stdout + "\n".join(export))
    # every argument has a help line in English too, and the placeholders stay argparse's
    search = run_cli("search", "--help", env=_env("en")).stdout.splitlines()
    assert search[:4] == [
        "usage: recordroute search [-h] [--mode {hybrid,keyword,semantic}] [--since SINCE] [--until UNTIL]",
        "                          [--kind {audio,video,pdf,text}] [--language LANGUAGE] [--limit LIMIT]",
        "                          [--json]",
        "                          query",
    ]
    assert search[-12:] == [
        "  -h, --help            show this help message and exit",
        "  --mode {hybrid,keyword,semantic}",
        "                        hybrid = words and meaning together; keyword = the words as written;",
        "                        semantic = similar meaning (default: hybrid)",
        "  --since SINCE         YYYY-MM-DD (recorded or imported on/after)",
        "  --until UNTIL         YYYY-MM-DD (recorded or imported on/before)",
        "  --kind {audio,video,pdf,text}",
        "                        only this kind of recording: audio, video, pdf (PDF documents) or text",
        "                        (text files)",
        "  --language LANGUAGE   language code, e.g. ko or en",
        "  --limit LIMIT         at most this many results (default: 10)",
        "  --json                print the result as JSON on stdout",
    ]
