"""What can be downloaded: the Whisper (CTranslate2) speech models and ONNX sentence-embedding models (speaker
models, the third kind, are catalogued by diarization: `engines/diarize/catalog.py`).

Repository ids follow faster_whisper.utils._MODELS, so a model downloaded here is the one faster-whisper
itself would fetch. Sizes are the model.bin + tokenizer + vocabulary of each repository (rounded).
"""

from __future__ import annotations

from dataclasses import dataclass

SPEECH = "speech"
EMBEDDING = "embedding"
SPEAKER = "speaker"  # speaker-embedding ONNX models for diarization (engines/diarize/catalog.py)
KINDS = (SPEECH, EMBEDDING, SPEAKER)
# The folder of each kind under <data dir>/models: speaker models live where diarization looks for them.
_KIND_FOLDERS = {SPEAKER: "diarize"}


def kind_folder(kind: str) -> str:
    return _KIND_FOLDERS.get(kind, kind)


# The files a CTranslate2 Whisper model needs; anything else in the repository (README, .gitattributes) is skipped.
SPEECH_PATTERNS = ("config.json", "preprocessor_config.json", "model.bin", "tokenizer.json", "vocabulary.*")
# An ONNX sentence-embedding repository: the graph, its tokenizer and the configs that set pooling and length.
EMBED_PATTERNS = (
    "*.onnx",
    "onnx/model.onnx",
    "tokenizer.json",
    "config.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
    "special_tokens_map.json",
    "tokenizer_config.json",
    "recordroute-embed.json",
)


@dataclass(frozen=True)
class CatalogEntry:
    kind: str
    name: str
    repo: str
    size: int  # download size in bytes
    languages: str  # "multilingual (99)" or "English"
    note: str  # one line: speed and quality
    korean: bool  # good enough for Korean meetings


def _mb(n: float) -> int:
    return int(n * 1_000_000)


SPEECH_CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry(
        SPEECH,
        "tiny",
        "Systran/faster-whisper-tiny",
        _mb(75),
        "multilingual (99)",
        "fastest; rough, many errors outside English",
        False,
    ),
    CatalogEntry(
        SPEECH,
        "tiny.en",
        "Systran/faster-whisper-tiny.en",
        _mb(75),
        "English",
        "fastest English-only; fine for clear speech",
        False,
    ),
    CatalogEntry(
        SPEECH,
        "base",
        "Systran/faster-whisper-base",
        _mb(145),
        "multilingual (99)",
        "fast; usable drafts, weak on Korean names and numbers",
        False,
    ),
    CatalogEntry(
        SPEECH,
        "base.en",
        "Systran/faster-whisper-base.en",
        _mb(145),
        "English",
        "fast English-only; better than tiny.en",
        False,
    ),
    CatalogEntry(
        SPEECH,
        "small",
        "Systran/faster-whisper-small",
        _mb(484),
        "multilingual (99)",
        "about 3x slower than base; the smallest size good for Korean",
        True,
    ),
    CatalogEntry(
        SPEECH,
        "medium",
        "Systran/faster-whisper-medium",
        _mb(1530),
        "multilingual (99)",
        "slow on CPU; clearly better Korean and accents",
        True,
    ),
    CatalogEntry(
        SPEECH,
        "large-v3",
        "Systran/faster-whisper-large-v3",
        _mb(3090),
        "multilingual (99)",
        "best quality; needs a GPU or patience (about 10x base on CPU)",
        True,
    ),
    CatalogEntry(
        SPEECH,
        "large-v3-turbo",
        "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
        _mb(1620),
        "multilingual (99)",
        "near large-v3 quality at about half its time; best CPU choice for Korean",
        True,
    ),
    CatalogEntry(
        SPEECH,
        "distil-large-v3",
        "Systran/faster-distil-whisper-large-v3",
        _mb(1510),
        "English",
        "fast distilled large-v3; English only in practice",
        False,
    ),
)

EMBED_CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry(
        EMBEDDING, "all-MiniLM-L6-v2-int8", "", _mb(23), "English", "bundled; fast, English only", False
    ),
    CatalogEntry(
        EMBEDDING,
        "multilingual-e5-small",
        "intfloat/multilingual-e5-small",
        _mb(470),
        "multilingual (100)",
        "good Korean and English semantic search; 384 dimensions",
        True,
    ),
    CatalogEntry(
        EMBEDDING,
        "paraphrase-multilingual-MiniLM-L12-v2",
        "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        _mb(470),
        "multilingual (50)",
        "fast multilingual; a bit weaker than e5-small",
        True,
    ),
)

CATALOG: tuple[CatalogEntry, ...] = SPEECH_CATALOG + EMBED_CATALOG


def lookup(name_or_repo: str, kind: str | None = None) -> CatalogEntry | None:
    """The catalogue entry named `name_or_repo` (short name, any case) or with that repository id."""
    want = name_or_repo.strip().lower()
    for entry in CATALOG:
        if kind is not None and entry.kind != kind:
            continue
        if want in (entry.name.lower(), entry.repo.lower()):
            return entry
    return None


def is_repo_id(text: str) -> bool:
    """'owner/name' with no path-like parts: a Hugging Face repository id rather than a folder."""
    parts = text.strip().split("/")
    return len(parts) == 2 and all(parts) and not text.startswith((".", "~", "/")) and "\\" not in text


def guess_kind(repo_or_name: str) -> str:
    """Speech when the id says whisper, otherwise embedding (the only other kind we download)."""
    entry = lookup(repo_or_name)
    if entry is not None:
        return entry.kind
    return SPEECH if "whisper" in repo_or_name.lower() else EMBEDDING


def folder_name(repo_or_name: str) -> str:
    """Where a model lives under its kind's folder: the short catalogue name, else owner--name."""
    entry = lookup(repo_or_name)
    if entry is not None:
        return entry.name
    return repo_or_name.strip().replace("/", "--")


def korean_sizes() -> list[str]:
    return [e.name for e in SPEECH_CATALOG if e.korean]
