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
from ..diarize.catalog import CATALOG as SPEAKER_CATALOG
from ..embed.resolve import find_onnx, spec_from_dir
from ..model_catalog import EMBEDDING, SPEAKER, SPEECH

log = logging.getLogger(__name__)

MANIFEST = "recordroute-model.json"
CHUNK = 1 << 20


class BrokenModelError(RecordRouteError):
    code = "broken_model"
    hint = "the model was not installed; get a complete copy (or a fresh pack) and import it again"


class NotASpeakerModel(BrokenModelError):
    """An ONNX file that is not a speaker-embedding model we can run (wrong inputs, or no ONNX at all)."""

    code = "not_speaker_model"
    hint = (
        "the file was deleted; download it again, or point RECORDROUTE_SPEAKER_MODEL_ENDPOINT at a mirror that "
        "serves the sherpa-onnx release files"
    )


def detect_kind(folder: Path) -> str:
    """SPEECH for a CTranslate2 Whisper folder (model.bin), EMBEDDING for ONNX + tokenizer.json, SPEAKER for a
    speaker-embedding ONNX file of the diarization catalogue."""
    if (folder / "model.bin").is_file():
        return SPEECH
    if find_onnx(folder) is not None and (folder / "tokenizer.json").is_file():
        return EMBEDDING
    if speaker_graph(folder, strict=False) is not None:
        return SPEAKER
    raise BrokenModelError(
        f"{folder} is not a model folder: it has neither model.bin (a Whisper model) nor model.onnx with "
        "tokenizer.json (an embedding model), nor a speaker model of the catalogue"
    )


def speaker_graph(path: Path, *, strict: bool = True) -> tuple[Path, str] | None:
    """(the ONNX file, its feature layout) of a speaker model: `path` itself, a catalogue file name in the
    folder, else (with `strict`) the folder's only .onnx file read as the fbank layout the others use."""
    by_name = {Path(m.filename).name: m.feature for m in SPEAKER_CATALOG.values() if m.kind == "embedding"}
    if path.is_file():
        return path, by_name.get(path.name, "fbank80")
    for name, feature in by_name.items():
        if (path / name).is_file():
            return path / name, feature
    graphs = sorted(path.glob("*.onnx")) if path.is_dir() else []
    if strict and len(graphs) == 1:
        return graphs[0], "fbank80"
    if strict:
        raise NotASpeakerModel(f"{path} holds no speaker model (one .onnx file of the catalogue)")
    return None


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
        if kind == SPEAKER:
            return _load_speaker(folder, run)
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


# The input each feature layout feeds (batch first): sherpa-onnx's WeSpeaker/3D-Speaker exports take Kaldi fbank
# frames x 80 of any length; the d-vector takes fixed windows of 80 frames x 40 mels.
_SPEAKER_INPUTS = {"fbank80": (None, 80), "dvector40": (80, 40)}


def _load_speaker(path: Path, run: bool = False) -> str:
    import numpy as np
    import onnxruntime as ort

    graph, feature = speaker_graph(path) or (path, "fbank80")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    try:
        session = ort.InferenceSession(str(graph), opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # not ONNX at all, or a graph onnxruntime cannot run
        raise NotASpeakerModel(f"{graph.name} is not an ONNX model onnxruntime can open: {exc}") from exc
    frames, bins = _SPEAKER_INPUTS[feature]
    inputs = session.get_inputs()
    shape = list(inputs[0].shape) if len(inputs) == 1 else []
    fits = (
        len(shape) == 3
        and "float" in inputs[0].type
        and shape[2] == bins
        and (frames is None or shape[1] in (frames, None) or isinstance(shape[1], str))
    )
    if not fits:
        got = ", ".join(f"{i.name} {list(i.shape)}" for i in inputs)
        want = f"[N, {frames or 'T'}, {bins}]"
        raise NotASpeakerModel(
            f"{graph.name} is not a speaker model: its input is {got}, not {want} features"
        )
    dim = session.get_outputs()[0].shape[-1]
    if run:  # one second of faint noise through the graph: one finite embedding must come out
        x = np.random.default_rng(0).normal(0, 0.1, (1, frames or 100, bins)).astype(np.float32)
        out = np.asarray(session.run(None, {inputs[0].name: x})[0])
        if out.ndim != 2 or out.shape[0] != 1 or not np.isfinite(out).all():
            raise NotASpeakerModel(f"{graph.name} gave no speaker embedding (output shape {list(out.shape)})")
        dim = out.shape[1]
    del session
    return f"speaker model ({dim}-d, {feature} features)"
