"""What the fake "models" answer when a request constrains the output (Ollama `format`, OpenAI
`response_format`) or offers tools: a JSON value that fits the schema, built deterministically from the text the
model saw, and a tool call when the last user message names one of the tools.

Real servers guarantee the schema by constrained decoding; the fakes guarantee it by construction."""

from __future__ import annotations

import json
import re
from typing import Any

_NUM_RE = re.compile(r"-?\d+(?:\.\d+)?")


def instance(schema: Any, text: str, defs: dict[str, Any] | None = None) -> Any:
    """A value of `schema` (JSON Schema subset: $ref/$defs, anyOf, enum, object, array, scalars)."""
    if not isinstance(schema, dict):
        return text
    defs = {**(defs or {}), **(schema.get("$defs") or schema.get("definitions") or {})}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return instance(defs.get(ref.rsplit("/", 1)[-1], {}), text, defs)
    for key in ("anyOf", "oneOf", "allOf"):
        options = [s for s in schema.get(key) or () if isinstance(s, dict) and s.get("type") != "null"]
        if options:
            return instance(options[0], text, defs)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    numbers = _NUM_RE.findall(text)
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {name: instance(sub, text, defs) for name, sub in props.items()}
    if kind == "array":
        return [instance(schema.get("items") or {}, text, defs)]
    if kind == "integer":
        return int(float(numbers[0])) if numbers else 0
    if kind == "number":
        return float(numbers[0]) if numbers else 0.0
    if kind == "boolean":
        return True
    return " ".join(text.split()[:8])


def format_answer(fmt: Any, text: str) -> str:
    """The answer under Ollama's `format` ("json" or a schema)."""
    if fmt == "json":
        return json.dumps({"answer": text}, ensure_ascii=False)
    return json.dumps(instance(fmt, text), ensure_ascii=False)


def response_format_answer(fmt: dict[str, Any], text: str) -> str | None:
    """The answer under OpenAI's `response_format`; None for plain text."""
    kind = fmt.get("type")
    if kind == "json_object":
        return format_answer("json", text)
    if kind == "json_schema":
        return format_answer((fmt.get("json_schema") or {}).get("schema") or "json", text)
    return None


def chosen_tool(
    tools: list[Any], messages: list[dict[str, Any]], forced: Any = None
) -> dict[str, Any] | None:
    """The tool the fake model calls: the forced one, else one whose name the last user message mentions (none
    after a tool's answer, so an agent loop ends)."""
    functions = [t.get("function") or {} for t in tools if isinstance(t, dict)]
    if isinstance(forced, dict):
        name = (forced.get("function") or {}).get("name")
        return next((f for f in functions if f.get("name") == name), None)
    if not messages or messages[-1].get("role") != "user":
        return None
    if forced == "required" and functions:
        return functions[0]
    last = str(messages[-1].get("content") or "")
    return next((f for f in functions if f.get("name") and f["name"] in last), None)


def tool_arguments(function: dict[str, Any], messages: list[dict[str, Any]]) -> dict[str, Any]:
    text = str(messages[-1].get("content") or "") if messages else ""
    args = instance(function.get("parameters") or {"type": "object"}, text)
    return args if isinstance(args, dict) else {}
