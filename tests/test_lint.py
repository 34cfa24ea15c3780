"""The code base stays ruff-clean and the layers keep their seams (the design card's rules).

Imports are read with `ast`, so absolute (`from recordroute.gui import x`), relative (`from ..gui import x`) and
string-based (`importlib.import_module("recordroute.gui")`) imports are all caught the same way.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

PKG = ROOT / "app" / "recordroute"
FACES = ("gui", "api", "cli", "mcp")
LOWER = ("engines", "store", "pipeline", "messages")
FACE_LIBS = ("PySide6", "shiboken6", "fastapi", "uvicorn", "starlette")
STRING_IMPORTERS = {"import_module", "find_spec", "__import__"}


@dataclass(frozen=True)
class Import:
    file: str
    line: int
    module: str  # absolute dotted name
    by_string: bool = False


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(node: ast.ImportFrom, module: str, is_pkg: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    base = base if is_pkg else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _string_arg(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def imports_of(path: Path) -> Iterator[Import]:
    yield from imports_in(
        path.read_text(encoding="utf-8"),
        _module_name(path),
        str(path.relative_to(ROOT)),
        is_pkg=path.name == "__init__.py",
    )


def imports_in(src: str, module: str, rel: str, *, is_pkg: bool = False) -> Iterator[Import]:
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(rel, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, module, is_pkg)
            yield Import(rel, node.lineno, base)
            yield from (Import(rel, node.lineno, f"{base}.{a.name}") for a in node.names)
        elif isinstance(node, ast.Call):
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            target = _string_arg(node)
            if name in STRING_IMPORTERS and target is not None:
                yield Import(rel, node.lineno, target, by_string=True)


def layer_files(layer: str) -> list[Path]:
    return sorted((PKG / layer).rglob("*.py"))


def _offenders(layer: str, banned: tuple[str, ...]) -> list[str]:
    out = []
    for path in layer_files(layer):
        for imp in imports_of(path):
            if any(imp.module == b or imp.module.startswith(b + ".") for b in banned):
                out.append(f"{imp.file}:{imp.line} imports {imp.module}")
    return out


def test_ruff_clean() -> None:
    # ruff comes with the test extra; run it from this interpreter so an unactivated venv works too.
    res = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "app", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_ruff_format_clean() -> None:
    # The pre-commit hook formats; the tree must already be in that format, or a first commit rewrites files.
    res = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "app", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize("layer", LOWER)
def test_lower_layers_import_no_face(layer: str) -> None:
    banned = (*FACE_LIBS, *(f"recordroute.{f}" for f in (*FACES, "launch")))
    assert _offenders(layer, banned) == []


def test_engines_and_store_stay_below_pipeline() -> None:
    assert _offenders("engines", ("recordroute.pipeline",)) == []
    assert _offenders("store", ("recordroute.pipeline", "recordroute.engines")) == []


@pytest.mark.parametrize("face", FACES)
def test_faces_do_not_import_each_other(face: str) -> None:
    others = tuple(f"recordroute.{f}" for f in FACES if f != face)
    assert _offenders(face, (*others, "recordroute.launch")) == []


def test_only_gui_imports_qt() -> None:
    for layer in ("api", "cli", "mcp", *LOWER):
        assert _offenders(layer, ("PySide6", "shiboken6")) == [], layer


@pytest.mark.parametrize("face", FACES)
def test_faces_use_no_string_imports(face: str) -> None:
    """Faces import modules directly: no importlib look-ups of features that may or may not be there."""
    found = [
        f"{i.file}:{i.line} {i.module}"
        for p in layer_files(face)
        for i in imports_of(p)
        if i.by_string or i.module.startswith("importlib")
    ]
    assert found == []


MODULE_PATH = re.compile(r"^recordroute(\.\w+)+$")


def _is_own_module(name: str) -> bool:
    path = PKG.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_no_string_imports_of_own_modules() -> None:
    """Neither importlib nor a home-made wrapper may look our own modules up by name."""
    found = [
        f"{i.file}:{i.line} {i.module}"
        for p in sorted(PKG.rglob("*.py"))
        for i in imports_of(p)
        if i.by_string and i.module.startswith("recordroute")
    ]
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and MODULE_PATH.match(node.value)
                and _is_own_module(node.value)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert found == []


def test_checker_sees_every_import_form() -> None:
    """The checker itself: absolute, relative and string imports of a face are all reported."""
    src = (
        "import importlib\nfrom recordroute.gui import app\nfrom ..api import server\n"
        "importlib.import_module('recordroute.cli.main')\n"
    )
    found = {i.module for i in imports_in(src, "recordroute.pipeline.probe", "probe.py")}
    assert {"recordroute.gui.app", "recordroute.api.server", "recordroute.cli.main", "importlib"} <= found


def test_gui_presenters_need_no_qt() -> None:
    """Formatting and display logic stays testable without a display."""
    found = [i.module for i in imports_of(PKG / "gui" / "presenters.py")]
    assert not [m for m in found if m.startswith(("PySide6", "shiboken6"))]


def _function_imports(path: Path) -> Iterator[Import]:
    """Imports inside a function body (a module-level `if TYPE_CHECKING:` block is not one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module, rel = _module_name(path), str(path.relative_to(ROOT))
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Import):
                yield from (Import(rel, node.lineno, a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                yield Import(rel, node.lineno, _resolve(node, module, path.name == "__init__.py"))


def test_engines_import_own_modules_at_the_top() -> None:
    """A function-level import of our own code inside engines/ hides a cycle; the layers must not need one.
    (Heavy third-party libraries, e.g. faster_whisper, may still load on first use.)"""
    found = [
        f"{i.file}:{i.line} {i.module}"
        for p in layer_files("engines")
        for i in _function_imports(p)
        if i.module == "recordroute" or i.module.startswith("recordroute.")
    ]
    assert found == []


def test_no_private_model_state_read_outside_its_engine() -> None:
    """Which model an engine holds is the engine's answer (`which_model()`), not its `_resolved` attribute."""
    owners = {PKG / "engines" / "stt" / "transcriber.py", PKG / "engines" / "embed" / "onnx.py"}
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in sorted(PKG.rglob("*.py"))
        if p not in owners
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "_resolved" in line
    ]
    assert found == []


def _import_calls(path: Path) -> Iterator[str]:
    """Calls that bring a file in past the one way in: `ingest(...)`, `runner.submit(...)`, `enqueue_files(...)`
    and `enqueue(...)` with a path (re-queuing an existing recording by id is not an import)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        path_kw = any(k.arg == "path" for k in node.keywords)
        with_path = bool(node.args) or path_kw  # runner.submit's first argument is the context
        if (
            name in ("ingest", "enqueue_files")
            or (
                name == "submit" and owner == "runner" and (len(node.args) > 1 or with_path and not node.args)
            )
            or (name == "enqueue" and with_path)
        ):
            yield f"{path.relative_to(ROOT)}:{node.lineno} {name}"


@pytest.mark.parametrize("face", FACES)
def test_faces_import_files_only_through_take_in(face: str) -> None:
    """CLI, API, watcher and window share `pipeline.intake.take_in`, where the import rules live once."""
    assert [c for p in layer_files(face) for c in _import_calls(p)] == []


def test_stage_status_is_written_in_one_place() -> None:
    """`recordings.<stage>_state` changes only through store/stage_state.py (the store's one writer)."""
    sql = re.compile(r"SET\s+[^\"']*\b\w+_state\s*=", re.IGNORECASE)
    kwarg = re.compile(r"\b(transcribe|diarize|summarize|index)_state\s*=\s*\"")  # update(x_state="done")
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in sorted(PKG.rglob("*.py"))
        if p.name not in ("stage_state.py", "schema.py") and p.parent.name != "gui"  # migrations are history
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if sql.search(line.split("WHERE")[0]) or kwarg.search(line)
    ]
    assert found == []
