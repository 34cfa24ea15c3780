"""Is this folder a model, of which kind, and does it really load? Used before anything is put in place."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from ...errors import RecordRouteError
from ...progress import CancelToken
from ...safepaths import is_regular_file
from ..embed.resolve import find_onnx, spec_from_dir
from ..model_catalog import EMBEDDING, SPEECH

log = logging.getLogger(__name__)

MANIFEST = "recordroute-model.json"
CHUNK = 1 << 20


class BrokenModelError(RecordRouteError):
    code = "broken_model"
    hint = "the model was not installed; get a complete copy (or a fresh pack) and import it again"


def detect_kind(folder: Path) -> str:
    """SPEECH for a CTranslate2 Whisper folder (model.bin), EMBEDDING for ONNX + tokenizer.json."""
    if (folder / "model.bin").is_file():
        return SPEECH
    if find_onnx(folder) is not None and (folder / "tokenizer.json").is_file():
        return EMBEDDING
    raise BrokenModelError(
        f"{folder} is not a model folder: it has neither model.bin (a Whisper model) nor model.onnx with "
        "tokenizer.json (an embedding model)"
    )


def iter_files(folder: Path) -> Iterator[Path]:
    """Every regular file under `folder`, sorted; our own manifest and hidden temp files excluded."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != MANIFEST and not path.name.startswith("."):
            yield path


def folder_size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        try:
            if path.is_file():
                total += path.stat().st_size
        except OSError:
            continue
    return total


def sha256_of(path: Path, cancel: CancelToken | None = None) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            h.update(chunk)
    return h.hexdigest()


def checksum_folder(folder: Path, cancel: CancelToken | None = None) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): sha256_of(p, cancel) for p in iter_files(folder)}


def briefly(problems: list[str], limit: int = 5) -> str:
    """At most `limit` problems in one sentence, then how many more: a pack listing 300,000 missing files must
    not make a 7 MB error line."""
    shown = "; ".join(p if len(p) <= 200 else p[:199] + "…" for p in problems[:limit])
    more = len(problems) - limit
    return shown + (f"; and {more} more" if more > 0 else "")


def copy_model_folder(src: Path, dest: Path, cancel: CancelToken | None = None) -> None:
    """Copy the regular files of `src` into `dest`. A link or a special file anywhere in it is refused by name
    (a link to /dev/zero would never end, a link loop never returns)."""
    for dirpath, dirnames, filenames in os.walk(src, followlinks=False):
        here = Path(dirpath)
        for name in [*dirnames, *filenames]:
            path = here / name
            if path.is_symlink() or (name in filenames and not is_regular_file(path)):
                raise BrokenModelError(
                    f"{path} is a link or a special file; a model folder may hold regular files only",
                    hint="replace links by the files they point to, or import a model pack",
                )
        out = dest / here.relative_to(src)
        out.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            if cancel is not None:
                cancel.raise_if_cancelled()
            shutil.copyfile(here / name, out / name, follow_symlinks=False)


def compare_sums(folder: Path, expected: dict[str, str], cancel: CancelToken | None = None) -> list[str]:
    """Problems found (missing or changed files); empty when every file matches."""
    problems = []
    for rel, want in sorted(expected.items()):
        path = folder / rel
        if not path.is_file():
            problems.append(f"{rel} is missing")
            continue
        got = sha256_of(path, cancel)
        if got != want:
            problems.append(f"{rel} has SHA-256 {got[:12]}…, expected {want[:12]}…")
    return problems


def check_loads(folder: Path, kind: str, *, run: bool = False) -> str:
    """Load the model for real (with `run`, also decode once) and free it again; returns a short description.
    Raises BrokenModelError. In-process: imports and `verify` use `sandbox.check_in_subprocess` instead."""
    try:
        return _load_speech(folder, run) if kind == SPEECH else _load_embedding(folder, run)
    except BrokenModelError:
        raise
    except Exception as exc:  # every loader error means the same to the user: this model is unusable
        raise BrokenModelError(
            f"the {kind} model in {folder} does not load: {type(exc).__name__}: {exc}"
        ) from exc
    finally:
        gc.collect()


def _load_speech(folder: Path, run: bool = False) -> str:
    import numpy as np
    from faster_whisper import WhisperModel

    for need in ("model.bin", "config.json"):
        if not (folder / need).is_file():
            raise BrokenModelError(f"the speech model in {folder} has no {need}")
    if not any((folder / v).is_file() for v in ("vocabulary.txt", "vocabulary.json", "tokenizer.json")):
        raise BrokenModelError(f"the speech model in {folder} has no vocabulary or tokenizer file")
    model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=1, local_files_only=True)
    multilingual = bool(model.model.is_multilingual)
    if run:  # one second of faint noise: exercises language detection and the decoder's suppressed ids
        noise = np.random.default_rng(0).normal(0, 0.01, 16000).astype(np.float32)
        segments, _ = model.transcribe(noise, beam_size=1, vad_filter=False, without_timestamps=True)
        list(segments)
    del model
    return "multilingual Whisper" if multilingual else "English-only Whisper"


def _load_embedding(folder: Path, run: bool = False) -> str:
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    spec = spec_from_dir(folder, "path")
    Tokenizer.from_file(str(spec.tokenizer_path))
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = max(1, min(2, os.cpu_count() or 1))
    session = ort.InferenceSession(str(spec.onnx_path), opts, providers=["CPUExecutionProvider"])
    inputs = {i.name for i in session.get_inputs()}
    if "input_ids" not in inputs:
        raise BrokenModelError(
            f"{spec.onnx_path} is not a sentence-embedding graph (it has no input_ids input)"
        )
    if run:  # one two-token input through the graph
        feed = {
            i.name: np.ones((1, 2), dtype=np.int32 if "int32" in i.type else np.int64)
            for i in session.get_inputs()
        }
        session.run(None, feed)
    del session
    return f"ONNX embedding model ({spec.dim or '?'} dimensions)"
