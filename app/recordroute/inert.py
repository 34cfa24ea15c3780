"""Text from outside (transcripts, LLM answers, titles) made inert before it reaches a terminal, a note or a
subtitle file: control characters cannot move the cursor or recolour a terminal, and cannot break a line where
a format needs one line. Qt-free; shared by the export formats, the vault and the CLI."""

from __future__ import annotations

import re

# C0 (but tab and newline), DEL, C1, and the Unicode line/paragraph separators and bidi overrides that can
# make displayed text lie about its content.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROLS_AND_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def for_display(text: str) -> str:
    """Text safe to print in a terminal: control characters (ESC above all) become U+FFFD; tabs and newlines
    stay; a CR becomes a newline so it cannot overwrite the line it ends."""
    return _CONTROLS.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """Text on one line: every control character and line break becomes a space."""
    return _CONTROLS_AND_BREAKS.sub(" ", text)


def multi_line(text: str) -> str:
    """Text whose line breaks are plain `\\n` and that holds no other control character (a CR would read back
    as a line break and change what was written)."""
    return _CONTROLS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def yaml_escapes(json_text: str) -> str:
    """A JSON string literal made a valid YAML double-quoted scalar: characters YAML does not allow raw (DEL,
    C1 controls, line separators, BOM) become `\\uXXXX` escapes, which both read back the same."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
