"""The pieces every API error goes through: field names for `param`, and no server folders in messages."""

from __future__ import annotations

import sys
from pathlib import Path

from recordroute.api.errors import add_private_roots, error_body, param_of, scrub_paths


def test_param_names_the_field_as_openai_does() -> None:
    assert param_of(("body", "messages", 0, "content", "str")) == "messages[0].content"
    assert (
        param_of(("body", "messages", 2, "content", "list[ContentPart]", 1, "type"))
        == "messages[2].content[1].type"
    )
    assert param_of(("body", "stream_options", "include_usage")) == "stream_options.include_usage"
    assert param_of(("body", 1)) is None  # a body that is not JSON names no field
    assert param_of(("query", "limit")) == "limit"


def test_server_folders_never_reach_a_message(tmp_path: Path) -> None:
    data = tmp_path / "library"
    add_private_roots([data, None])
    text = f"speech model 'x' was not found in {data}/models/x and {sys.prefix}/lib/site-packages/y"
    clean = scrub_paths(text)
    assert str(data) not in clean and sys.prefix not in clean and clean.count("<server folder>") == 2
    assert scrub_paths("cannot reach Ollama at http://127.0.0.1:11434/api/chat") == (
        "cannot reach Ollama at http://127.0.0.1:11434/api/chat"
    )  # URLs the user configured stay
    assert str(Path.home()) not in error_body(f"see {Path.home()}/notes.txt")["error"]["message"]
