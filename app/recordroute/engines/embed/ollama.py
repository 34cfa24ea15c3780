"""Embeddings from a local Ollama server (/api/embed), same interface as the ONNX engine."""

from __future__ import annotations

from typing import Any

import numpy as np

from ...errors import LLMError, LLMModelMissing, LLMUnavailable
from .base import ServerEmbedder, l2_normalize

DEFAULT_HOST = "http://127.0.0.1:11434"
_KNOWN = {  # model -> (dim, max tokens, multilingual), from the models' cards; the server's answer wins
    "bge-m3": (1024, 8192, True),
    "nomic-embed-text": (768, 8192, False),
    "mxbai-embed-large": (1024, 512, False),
    "all-minilm": (384, 256, False),
    "snowflake-arctic-embed": (1024, 512, False),
    "paraphrase-multilingual": (768, 128, True),
}


class OllamaEmbedder(ServerEmbedder):
    """`name` is "ollama:<model>" so its vectors get their own index space, apart from any ONNX export.

    `dim` comes from a table of known models and is corrected by the first answer; for other models, reading
    `dim` before any call costs one tiny request. Constructing this object never touches the network.
    """

    def __init__(
        self,
        model: str = "bge-m3",
        host: str | None = None,
        *,
        timeout: float = 120.0,
        keep_alive: str | float | None = None,
        client: Any = None,
    ) -> None:
        self.model = model
        self.host = host or DEFAULT_HOST
        self.name = f"ollama:{model}"
        base = model.split(":", 1)[0]
        self._dim, self.max_tokens, self.multilingual = _KNOWN.get(base, (0, 512, False))
        self._keep_alive = keep_alive
        self._verified = False
        if client is None:
            import ollama

            client = ollama.Client(host=self.host, timeout=timeout)
        self._client = client

    @property
    def dim(self) -> int:
        if not self._dim:
            self.ensure_dim()
        return self._dim

    def ensure_dim(self) -> int:
        """The server's real dimension (one tiny request unless a call already answered)."""
        if not self._verified:
            self._request(["dimension probe"])
        return self._dim

    def request_payload(self, texts: list[str]) -> dict[str, Any]:
        """The arguments of one /api/embed call (also what the tests check)."""
        payload: dict[str, Any] = {"model": self.model, "input": list(texts), "truncate": True}
        if self._keep_alive is not None:
            payload["keep_alive"] = self._keep_alive
        return payload

    def _request(self, texts: list[str]) -> np.ndarray:
        import ollama

        try:
            resp = self._client.embed(**self.request_payload(texts))
        except ollama.ResponseError as exc:
            if exc.status_code == 404 or "not found" in str(exc.error).lower():
                raise LLMModelMissing(
                    f"the embedding model '{self.model}' is not available in Ollama",
                    hint=f"run `ollama pull {self.model}` or pick the built-in ONNX embeddings in settings",
                ) from exc
            raise LLMError(f"Ollama refused the embedding request: {exc.error}") from exc
        except OSError as exc:  # the client raises ConnectionError when nothing listens
            raise LLMUnavailable(f"Ollama is not reachable at {self.host}") from exc
        except Exception as exc:  # httpx timeouts and protocol errors
            if type(exc).__module__.startswith("httpx"):
                raise LLMUnavailable(f"Ollama did not answer at {self.host}: {exc}") from exc
            raise
        rows = getattr(resp, "embeddings", None)
        if rows is None and isinstance(resp, dict):
            rows = resp.get("embeddings")
        if not rows or len(rows) != len(texts) or len({len(r) for r in rows}) != 1:
            raise LLMError(f"Ollama returned {len(rows or [])} embeddings for {len(texts)} texts")
        matrix = l2_normalize(np.asarray(rows, dtype=np.float32))
        if not self._verified:
            self._dim, self._verified = int(matrix.shape[1]), True
        elif matrix.shape[1] != self._dim:
            raise LLMError(
                f"Ollama model '{self.model}' changed dimension ({self._dim} -> {matrix.shape[1]})"
            )
        return matrix

    def __repr__(self) -> str:
        return f"OllamaEmbedder({self.model!r}, host={self.host!r})"
