"""Model checks that trust nothing in the folder: its configs are validated first (ids within the vocabulary,
sizes within the ranges real models use), then the model is loaded and run once in a child process, so a model
that crashes (a SIGSEGV in CTranslate2 from an out-of-range id) fails its import instead of taking the app down.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

from ..model_catalog import SPEECH
from .check import BrokenModelError, check_loads

LOAD_TIMEOUT_S = 300.0
_MAX_CONFIG_BYTES = 4 << 20
# What real Whisper feature extractors use, with room to spare; anything outside is refused before loading
# (a 38-byte preprocessor_config.json with a huge n_fft made the load check allocate 3 GB).
FEATURE_RANGES: dict[str, tuple[int, int]] = {
    "feature_size": (1, 256),
    "sampling_rate": (8000, 48000),
    "hop_length": (16, 2048),
    "chunk_length": (1, 60),
    "n_fft": (64, 4096),
}
_ID_LISTS = ("suppress_ids", "suppress_ids_begin", "lang_ids")


def _json(path: Path, folder: Path) -> Any:
    try:
        if path.stat().st_size > _MAX_CONFIG_BYTES:
            raise BrokenModelError(f"{path.name} in {folder} is larger than any real model config")
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BrokenModelError(f"{path.name} in {folder} is not readable JSON: {exc}") from exc


def vocabulary_size(folder: Path) -> int | None:
    """How many tokens the model's vocabulary holds, from whichever vocabulary file it has."""
    txt, js, tok = folder / "vocabulary.txt", folder / "vocabulary.json", folder / "tokenizer.json"
    try:
        if txt.is_file():
            with open(txt, encoding="utf-8", errors="replace") as fh:
                return sum(1 for _ in fh)
        if js.is_file():
            data = json.loads(js.read_text(encoding="utf-8"))
            return len(data) if isinstance(data, (list, dict)) else None
        if tok.is_file():
            data = json.loads(tok.read_text(encoding="utf-8"))
            vocab = data.get("model", {}).get("vocab", {}) if isinstance(data, dict) else {}
            added = data.get("added_tokens", []) if isinstance(data, dict) else []
            return len(vocab) + len(added) if isinstance(vocab, dict) and isinstance(added, list) else None
    except (OSError, ValueError, AttributeError):
        return None
    return None


def validate_speech_config(folder: Path) -> None:
    """Raise BrokenModelError when config.json or preprocessor_config.json holds what CTranslate2 or the
    feature extractor would crash on or blow up with."""
    config = _json(folder / "config.json", folder)
    if not isinstance(config, dict):
        raise BrokenModelError(f"config.json in {folder} is not a JSON object")
    vocab = vocabulary_size(folder)
    limit = vocab if vocab else 1 << 20
    for key in _ID_LISTS:
        ids = config.get(key, [])
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise BrokenModelError(f"config.json in {folder}: '{key}' is not a list of token ids")
        bad = [i for i in ids if not 0 <= i < limit]
        if bad:
            raise BrokenModelError(
                f"config.json in {folder}: '{key}' holds token id {bad[0]}, outside the vocabulary "
                f"(0 to {limit - 1})"
            )
    heads = config.get("alignment_heads", [])
    if not isinstance(heads, list) or not all(
        isinstance(h, list) and len(h) == 2 and all(isinstance(x, int) and 0 <= x < 1024 for x in h)
        for h in heads
    ):
        raise BrokenModelError(
            f"config.json in {folder}: 'alignment_heads' is not a list of [layer, head] pairs"
        )
    pre = folder / "preprocessor_config.json"
    if pre.is_file():
        validate_feature_config(_json(pre, folder), folder)


def validate_feature_config(config: Any, folder: Path) -> None:
    if not isinstance(config, dict):
        raise BrokenModelError(f"preprocessor_config.json in {folder} is not a JSON object")
    for key, (low, high) in FEATURE_RANGES.items():
        if key not in config:
            continue
        value = config[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise BrokenModelError(
                f"preprocessor_config.json in {folder}: '{key}' is {value!r}; real models use {low} to {high}"
            )


def _child(folder: str, kind: str, out: Any) -> None:
    """Runs in the child: load, decode once, report. A crash here ends only the child."""
    try:
        out.send(("ok", check_loads(Path(folder), kind, run=True)))
    except BrokenModelError as exc:
        out.send(("broken", exc.message))
    except Exception as exc:  # anything else the loader raises means the model is unusable
        out.send(("broken", f"the {kind} model in {folder} does not load: {type(exc).__name__}: {exc}"))


def _wait(proc: Any, conn: Any, timeout: float, what: str) -> tuple[str, str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if conn.poll(0.2):
            try:
                status, text = conn.recv()
                return str(status), str(text)
            except (EOFError, OSError):
                break  # the child ended without an answer
        elif not proc.is_alive() and not conn.poll(0.5):
            break
    else:
        proc.kill()
        raise BrokenModelError(f"{what} did not load within {timeout:.0f} s")
    proc.join(5.0)
    raise BrokenModelError(
        f"{what} crashed the process that loaded it (exit code {proc.exitcode}); it would crash the app the same way"
    )


def check_in_subprocess(folder: Path, kind: str, *, timeout: float = LOAD_TIMEOUT_S) -> str:
    """Validate the configs, then load the model and run one short decode in a child process. Returns the
    loader's description; raises BrokenModelError when the model is refused, fails or crashes the child."""
    if kind == SPEECH:
        validate_speech_config(folder)
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)  # a pipe, not a Queue: no semaphore left behind by a crash
    proc = ctx.Process(target=_child, args=(str(folder), kind, send), name="model-check", daemon=True)
    proc.start()
    send.close()  # ours is the read end: EOF when the child dies
    try:
        status, text = _wait(proc, receive, timeout, f"the {kind} model in {folder}")
    finally:
        proc.join(10.0)
        if proc.is_alive():
            proc.kill()
            proc.join()
        receive.close()
    if status != "ok":
        raise BrokenModelError(text)
    return str(text)
