"""Embeddings from any OpenAI-compatible `/v1/embeddings` server (another RecordRoute `serve`, vLLM, llama.cpp,
LM Studio), same interface as the ONNX engine.

`name` is "openai:<model>", so its vectors get their own index space: switching to or from it re-indexes the
archive, as any model change does. `dim` is learned from the server's first answer. The OpenAI API has no
query/passage distinction: models that want prefixes (e5) get the server's default treatment for both.
"""

from __future__ import annotations

import numpy as np

from ...errors import RemoteEngineError
from .base import ServerEmbedder, l2_normalize


class RemoteEmbedder(ServerEmbedder):
    def __init__(self, base_url: str, model: str, *, api_key: str = "", timeout: float = 120.0) -> None:
        if not model:
            raise RemoteEngineError(
                "remote embeddings need a model name", hint="set embed_model to the name the server knows"
            )
        self.url = base_url.rstrip("/") + "/embeddings"
        self.model = model
        self.name = f"openai:{model}"
        self.max_tokens = 512
        self.multilingual = True  # unknown: the server's model decides; no English-only note is shown
        self._dim = 0
        import httpx  # on first use: the window never pays for it (embed/__init__ imports this module)

        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), headers=headers)

    @property
    def dim(self) -> int:
        if not self._dim:
            self._request(["dimension probe"])
        return self._dim

    def _request(self, texts: list[str]) -> np.ndarray:
        import httpx

        try:
            res = self._client.post(
                self.url, json={"model": self.model, "input": texts, "encoding_format": "float"}
            )
        except httpx.HTTPError as exc:
            raise RemoteEngineError(
                f"the embeddings server at {self.url} failed: {type(exc).__name__}: {exc}"
            ) from exc
        if res.status_code != 200:
            raise RemoteEngineError(
                f"the embeddings server at {self.url} answered HTTP {res.status_code}: {res.text[:300]}"
            )
        try:
            rows = sorted(res.json()["data"], key=lambda d: d["index"])
            matrix = np.asarray([r["embedding"] for r in rows], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise RemoteEngineError(f"the embeddings server's answer is not OpenAI's shape ({exc})") from None
        if matrix.ndim != 2 or matrix.shape[0] != len(texts):
            raise RemoteEngineError(
                f"the embeddings server returned {matrix.shape[0]} vectors for {len(texts)} texts"
            )
        if self._dim and matrix.shape[1] != self._dim:
            raise RemoteEngineError(
                f"the embeddings model '{self.model}' changed dimension ({self._dim} -> {matrix.shape[1]})"
            )
        self._dim = int(matrix.shape[1])
        return l2_normalize(matrix)

    def __repr__(self) -> str:
        return f"RemoteEmbedder({self.model!r}, url={self.url!r})"
