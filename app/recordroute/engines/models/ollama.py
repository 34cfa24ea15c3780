"""Ollama's models: list them (with their context length), pull with progress, delete, and recommend one
for meeting minutes in Korean and English.

The recommendation is a simple, documented heuristic (see `score`): 5 points per level of Korean quality of
the family (EXAONE, Qwen 2.5/3 and Gemma 3 score 3; Qwen 2, Gemma 2, Aya and Llama 3.1-3.3 score 2), +10 for
7-14B parameters (the sweet spot for minutes on a desktop), +8 for 14-32B, +4 for 3-7B or over 32B (slow on
CPU), -12 under 3B (poor minutes), and +2 / -2 for a context of at least / under 8k tokens (long meetings).
Embedding models are never recommended.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import httpx

from ...errors import Cancelled, LLMError, LLMModelMissing, LLMUnavailable
from ...progress import CancelToken, ProgressCallback, null_progress
from .download import TransferProgress, human_bytes

POLL = 0.1
# family marker -> (Korean quality 0-3, note). Checked in order against the model name and its family.
FAMILIES: tuple[tuple[str, int, str], ...] = (
    ("exaone", 3, "EXAONE: trained for Korean and English"),
    ("qwen3", 3, "Qwen 3: strong multilingual, good Korean"),
    ("qwen2.5", 3, "Qwen 2.5: strong multilingual, good Korean"),
    ("qwen2", 2, "Qwen 2: multilingual"),
    ("gemma3", 3, "Gemma 3: multilingual, good Korean"),
    ("gemma2", 2, "Gemma 2: multilingual"),
    ("aya", 2, "Aya: multilingual (23 languages incl. Korean)"),
    ("llama3.3", 2, "Llama 3.3: usable Korean"),
    ("llama3.2", 2, "Llama 3.2: usable Korean"),
    ("llama3.1", 2, "Llama 3.1: usable Korean"),
    ("llama3", 1, "Llama 3: mostly English"),
    ("mistral", 1, "Mistral: mostly English and European languages"),
    ("phi", 0, "Phi: English"),
)


@dataclass
class OllamaModel:
    name: str
    size: int = 0
    family: str = ""
    parameter_size: str = ""
    quantization: str = ""
    context_length: int | None = None
    score: int = 0
    reason: str = ""
    family_key: str = ""  # the FAMILIES marker it matched, EMBEDDING_FAMILY, or "" (faces word the reason)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _client(host: str, timeout: float = 30.0) -> Any:
    import ollama

    return ollama.Client(host=host, timeout=httpx.Timeout(timeout, connect=5.0))


def _error(exc: BaseException, host: str, model: str = "") -> Exception:
    import ollama

    if isinstance(exc, ollama.ResponseError):
        if (
            exc.status_code == 404
            or "not found" in str(exc.error).lower()
            or "does not exist" in str(exc.error)
        ):
            return LLMModelMissing(
                f"Ollama has no model '{model}': {exc.error}",
                hint="check the name on ollama.com/library (e.g. qwen2.5:7b-instruct)",
            )
        return LLMError(f"Ollama returned an error ({exc.status_code}): {exc.error}")
    if isinstance(exc, (ConnectionError, httpx.ConnectError, httpx.ConnectTimeout)):
        return LLMUnavailable(f"cannot reach Ollama at {host}", params={"server": host})
    if isinstance(exc, httpx.HTTPError):
        return LLMError(f"the connection to Ollama at {host} failed: {exc}", params={"server": host})
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def billions(parameter_size: str, name: str = "") -> float | None:
    """'7.6B' -> 7.6, '494M' -> 0.494; falls back to a ':7b' tag in the name."""
    for text in (parameter_size, name.split(":")[-1] if ":" in name else ""):
        m = re.search(r"(\d+(?:\.\d+)?)\s*([bm])\b", text.lower())
        if m:
            value = float(m.group(1))
            return value / 1000 if m.group(2) == "m" else value
    return None


EMBEDDING_FAMILY = "embedding"  # family_key of an embedding model (never recommended for minutes)


def family_of(model: OllamaModel) -> str:
    """The FAMILIES marker the model belongs to, EMBEDDING_FAMILY, or "" when not known."""
    low = f"{model.name} {model.family}".lower().replace("-", "")
    if "embed" in low or "bge" in low:
        return EMBEDDING_FAMILY
    return next((marker for marker, _q, _t in FAMILIES if marker.replace("-", "") in low), "")


def score(model: OllamaModel) -> tuple[int, str]:
    """(score, reason) for writing minutes of Korean and English meetings. Higher is better."""
    family = family_of(model)
    if family == EMBEDDING_FAMILY:
        return -100, "an embedding model, not a chat model"
    quality, note = 0, "family not known to handle Korean well"
    for marker, q, text in FAMILIES:
        if marker == family:
            quality, note = q, text
            break
    points = quality * 5
    size = billions(model.parameter_size, model.name)
    if size is not None:
        if 7 <= size <= 14:
            points += 10
        elif 14 < size <= 32:
            points += 8
        elif 3 <= size < 7 or size > 32:
            points += 4
        else:
            points -= 12
        note += f"; {size:g}B parameters"
    if model.context_length:
        points += 2 if model.context_length >= 8192 else -2
        note += f"; {model.context_length} tokens of context"
    return points, note


def list_models(host: str) -> list[OllamaModel]:
    """Installed models, best for Korean/English minutes first, each with its context length (/api/show)."""
    client = _client(host)
    try:
        listed = client.list().models
    except Exception as exc:
        raise _error(exc, host) from exc
    out = []
    for m in listed:
        details = m.details
        item = OllamaModel(
            str(m.model or ""),
            int(m.size or 0),
            str(getattr(details, "family", "") or ""),
            str(getattr(details, "parameter_size", "") or ""),
            str(getattr(details, "quantization_level", "") or ""),
        )
        try:
            info = client.show(item.name).modelinfo or {}
            ctx = next((v for k, v in info.items() if k.endswith(".context_length")), None)
            item.context_length = int(ctx) if ctx is not None else None
        except Exception:  # a model that cannot be shown is still listed
            item.context_length = None
        item.score, item.reason = score(item)
        item.family_key = family_of(item)
        out.append(item)
    return sorted(out, key=lambda m: (-m.score, m.name))


def recommend(models: list[OllamaModel]) -> OllamaModel | None:
    good = [m for m in models if m.score > 0]
    return max(good, key=lambda m: m.score) if good else None


def delete_model(host: str, name: str) -> None:
    import ollama

    try:
        resp = _client(host)._request_raw("DELETE", "/api/delete", json={"model": name})
    except ollama.ResponseError as exc:
        raise _error(exc, host, name) from exc
    except Exception as exc:
        raise _error(exc, host, name) from exc
    if resp.status_code != 200:
        raise LLMModelMissing.said("ollama_has_no_model", name=name, params={"model": name})


def pull_model(
    host: str, name: str, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> None:
    """Pull `name` through the ollama client's streaming pull; progress in bytes over all layers. A cancel
    returns within POLL seconds (Ollama keeps the layers it has, and resumes them on the next pull)."""
    report = progress or null_progress
    cancel = cancel or CancelToken()
    q: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=64)
    stop = threading.Event()

    def worker() -> None:
        try:
            stream: Iterator[Any] = _client(host, timeout=600.0).pull(name, stream=True)
            for part in stream:
                if stop.is_set():
                    break
                q.put(("part", part))
            q.put(("end", None))
        except BaseException as exc:  # handed to the waiting thread
            q.put(("error", exc))

    threading.Thread(target=worker, daemon=True, name="ollama-pull").start()
    layers: dict[str, tuple[int, int]] = {}
    t0, last = time.monotonic(), 0.0
    while True:
        if cancel.cancelled:
            stop.set()
            raise Cancelled()
        try:
            kind, item = q.get(timeout=POLL)
        except queue.Empty:
            continue
        if kind == "end":
            break
        if kind == "error":
            raise _error(item, host, name) from item
        status = str(getattr(item, "status", "") or "")
        if item.digest and item.total:
            layers[item.digest] = (int(item.completed or 0), int(item.total))
        done, total = sum(c for c, _ in layers.values()), sum(t for _, t in layers.values())
        now = time.monotonic()
        if now - last >= 0.1 or status == "success":
            last = now
            rate = done / max(1e-6, now - t0)
            eta = (total - done) / rate if rate > 0 and total else None
            msg = f"{status} · {human_bytes(done)} / {human_bytes(total)}" if total else status
            report(TransferProgress("pull", done / total if total else 0.0, msg, eta, done, total, rate))
    report(
        TransferProgress(
            "pull",
            1.0,
            "success",
            0.0,
            sum(t for _, t in layers.values()),
            sum(t for _, t in layers.values()),
            0.0,
        )
    )
