"""argparse's own words (Python's argparse module) in English and Korean: the help's headings and the usage
errors. The English is argparse's text exactly, with its %-blanks written {name}, so an error argparse has
already formatted in English can be matched and said again in Korean (cli/parser.py). A message that matches
none stays as argparse wrote it."""

from __future__ import annotations

from .text import Text

# The help's own words.
ARGPARSE_WORDS: dict[str, Text] = {
    "usage": Text("usage: ", "사용법: "),
    "positionals": Text("positional arguments", "위치 인수"),
    "options": Text("options", "옵션"),
    "help": Text("show this help message and exit", "이 도움말을 보여 주고 끝냅니다"),
}

# The usage errors, most specific first: "argument {argument_name}: {message}" wraps one of the others.
ARGPARSE_ERRORS: dict[str, Text] = {
    "argument": Text("argument {argument_name}: {message}", "인수 {argument_name}: {message}"),
    "required": Text("the following arguments are required: {names}", "다음 인수가 필요합니다: {names}"),
    "one_required": Text("one of the arguments {names} is required", "인수 {names} 중 하나가 필요합니다"),
    "unrecognized": Text("unrecognized arguments: {args}", "알 수 없는 인수: {args}"),
    "invalid_choice": Text(
        "invalid choice: {value} (choose from {choices})", "잘못된 선택: {value} (고를 수 있는 값: {choices})"
    ),
    "invalid_type": Text("invalid {type} value: {value}", "{type} 값이 아닙니다: {value}"),
    "expected_one": Text("expected one argument", "값이 하나 필요합니다"),
    "expected_at_most_one": Text("expected at most one argument", "값은 많아야 하나입니다"),
    "expected_at_least_one": Text("expected at least one argument", "값이 하나 이상 필요합니다"),
    "expected_n": Text("expected {count} arguments", "값이 {count}개 필요합니다"),
    "expected_1": Text("expected {count} argument", "값이 {count}개 필요합니다"),
    "not_allowed_with": Text("not allowed with argument {other}", "인수 {other}와(과) 함께 쓸 수 없습니다"),
    "ignored_explicit": Text("ignored explicit argument {value}", "값을 받지 않는 옵션입니다: {value}"),
    "ambiguous": Text(
        "ambiguous option: {option} could match {matches}",
        "모호한 옵션: {option}은(는) {matches} 중 어느 것일 수도 있습니다",
    ),
}

# The type named in "invalid {type} value" (argparse names it by the converter's __name__).
ARGPARSE_TYPES: dict[str, Text] = {
    "int": Text("int", "정수"),
    "float": Text("float", "숫자"),
}
