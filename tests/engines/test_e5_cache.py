"""The e5 query-graph cache (engines/embed/e5_cache.py) treats its file as hostile: links, special files, wrong
sizes, a wrong magic or hash are refused and the graph rebuilt and rewritten atomically."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from recordroute.engines.embed import e5_cache

GRAPH = bytes(range(256)) * 40


def _builder(calls: list[int]) -> Callable[[], bytes]:
    def build() -> bytes:
        calls.append(1)
        return GRAPH

    return build


def test_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    path = e5_cache.cache_path(tmp_path, "ab" * 32, "int8", 1)
    calls: list[int] = []
    assert e5_cache.load_or_build(path, _builder(calls)) == (GRAPH, "built")
    assert e5_cache.load_or_build(path, _builder(calls)) == (GRAPH, "cache")
    assert calls == [1] and path.parent == tmp_path / "models" / "e5-query"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left behind
    assert e5_cache.load_or_build(None, _builder(calls)) == (GRAPH, "built") and calls == [1, 1]


@pytest.mark.parametrize(
    "damage", ["truncated", "one byte flipped", "magic", "empty", "appended", "link", "folder", "fifo"]
)
def test_damaged_cache_file_is_refused_and_rebuilt(
    damage: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = e5_cache.cache_path(tmp_path, "cd" * 32, "int8", 1)
    e5_cache.write_cached(path, GRAPH)
    good = path.read_bytes()
    path.unlink()
    if damage == "truncated":
        path.write_bytes(good[:-10])
    elif damage == "one byte flipped":
        path.write_bytes(good[:-5] + bytes([good[-5] ^ 1]) + good[-4:])
    elif damage == "magic":
        path.write_bytes(b"X" + good[1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "appended":
        path.write_bytes(good + b"\0")
    elif damage == "link":
        (tmp_path / "target").write_bytes(good)
        path.symlink_to(tmp_path / "target")
    elif damage == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)  # reading it would block: refused before any read
    with caplog.at_level(logging.WARNING):
        assert e5_cache.read_cached(path) is None
    assert "refused" in caplog.text
    calls: list[int] = []
    got = e5_cache.load_or_build(path, _builder(calls))
    assert got == (GRAPH, "built") and calls == [1]
    if damage != "folder":  # a folder in the way: the graph is used, caching skipped with a log line
        assert not path.is_symlink() and path.read_bytes() == good
        assert e5_cache.load_or_build(path, _builder(calls)) == (GRAPH, "cache")
    else:
        assert "not cached" in caplog.text


def test_older_graphs_of_the_recipe_are_dropped(tmp_path: Path) -> None:
    old_model = e5_cache.cache_path(tmp_path, "11" * 32, "q4", 1)
    old_version = e5_cache.cache_path(tmp_path, "22" * 32, "q4", 0)
    other_recipe = e5_cache.cache_path(tmp_path, "11" * 32, "int8", 1)
    for p in (old_model, old_version, other_recipe):
        e5_cache.write_cached(p, GRAPH)
    new = e5_cache.cache_path(tmp_path, "22" * 32, "q4", 1)
    e5_cache.write_cached(new, GRAPH)
    assert sorted(p.name for p in new.parent.iterdir()) == sorted([new.name, other_recipe.name])
