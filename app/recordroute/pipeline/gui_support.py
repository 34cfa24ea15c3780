"""Qt-free helpers the desktop app needs that are not part of the core pipeline.

Everything here is plain Python so it can be tested without a display: sorting dropped files into
accepted / rejected / duplicates, turning pasted text into paths, finding the segment at a playback
position, marking search snippets up as HTML, and small display formatters.
"""

from __future__ import annotations

import bisect
import html
import importlib
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlparse

from ..errors import InputError, RecordRouteError
from ..progress import CancelToken
from ..settings import Settings, default_config_file
from ..store import Job, Recording, Store

INBOX_DIR = "recordings-inbox"
# Folders dropped on the window are walked this deep at most (a drop of "/" must not hang the app).
MAX_FILES_PER_DROP = 5000


# --- dropped / pasted files ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rejected:
    path: Path
    reason: str


@dataclass(frozen=True)
class Duplicate:
    path: Path
    recording: Recording


@dataclass
class Triage:
    """What became of the files of one drop: queue `accepted`, list `rejected`, offer `duplicates`."""

    accepted: list[Path] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def paths_from_text(text: str) -> list[Path]:
    """Paths from pasted text: one per line, `file://` URLs, quoted paths. Other lines are dropped."""
    out: list[Path] = []
    for raw in text.splitlines():
        line = raw.strip().strip('"').strip("'").strip()
        if not line:
            continue
        if line.startswith("file:"):
            parsed = urlparse(line)
            line = unquote(parsed.path)
            if re.match(r"^/[A-Za-z]:/", line):  # file:///C:/x on Windows
                line = line[1:]
        elif "://" in line:
            continue  # http(s) and other remote URLs are not files we can read
        out.append(Path(line).expanduser())
    return out


def expand_paths(paths: Iterable[Path], *, limit: int = MAX_FILES_PER_DROP) -> tuple[list[Path], list[Rejected]]:
    """Files to consider: folders are walked recursively (hidden entries skipped), order kept, no repeats."""
    from ..engines import kinds

    files: list[Path] = []
    rejected: list[Rejected] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            files.append(p)

    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if len(files) >= limit:
                    rejected.append(Rejected(path, f"{path.name}: more than {limit} files; add fewer at once"))
                    break
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel) or not child.is_file():
                    continue
                if kinds.is_supported(child):
                    add(child)
                else:
                    rejected.append(Rejected(child, kinds.describe_unsupported(child)))
        else:
            add(path)
    return files, rejected


def triage(store: Store, paths: Iterable[Path], cancel: CancelToken | None = None) -> Triage:
    """Validate files before queueing them: unsupported or broken files get a reason, files whose content
    is already in the library are offered as the existing recording. Runs off the UI thread (it hashes)."""
    from ..engines import kinds

    files, rejected = expand_paths(paths)
    result = Triage(rejected=rejected)
    batch: dict[str, Path] = {}
    for path in files:
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            kinds.detect_kind(path)
        except InputError as exc:
            result.rejected.append(Rejected(path, exc.user_text()))
            continue
        except RecordRouteError as exc:
            result.rejected.append(Rejected(path, exc.user_text()))
            continue
        try:
            digest = store.library.hash_file(path)
        except OSError as exc:
            result.rejected.append(Rejected(path, f"{path.name}: cannot read the file ({exc.strerror or exc})"))
            continue
        existing = store.recordings.by_hash(digest)
        if existing is not None and existing.deleted_at is None:
            result.duplicates.append(Duplicate(path, existing))
        elif digest in batch:
            result.rejected.append(Rejected(path, f"{path.name}: same content as {batch[digest].name}"))
        else:
            batch[digest] = path
            result.accepted.append(path)
    return result


def supported_patterns() -> str:
    """File-dialog patterns for every kind we can import, e.g. "*.csv *.flac …"."""
    from ..engines.kinds import SUPPORTED_EXTENSIONS

    return " ".join(f"*.{e}" for e in sorted(SUPPORTED_EXTENSIONS))


def export_transcript(store: Store, rec_id: int, path: Path, fmt: str = "txt") -> Path:
    """Write a transcript export; the file's extension wins over `fmt` when it names a known format."""
    from ..store.files import atomic_write_text
    from . import export

    suffix = path.suffix.lstrip(".").lower()
    if suffix in export.FORMATS:
        fmt = suffix
    elif fmt in export.FORMATS:
        path = path.with_suffix(f".{fmt}")
    rec = store.recordings.get(rec_id)
    atomic_write_text(path, export.render(fmt, rec, store.transcripts.segments(rec_id)))
    return path


# --- transcript helpers ---------------------------------------------------------------------------------------
def segment_at(starts: Sequence[float], t: float) -> int:
    """Index of the segment playing at time `t` (the last one starting at or before it); -1 before the first."""
    return bisect.bisect_right(starts, t) - 1


def find_matches(texts: Sequence[str], query: str) -> list[int]:
    """Indices of texts containing `query`, case-insensitively."""
    q = query.strip().casefold()
    if not q:
        return []
    return [i for i, t in enumerate(texts) if q in t.casefold()]


def step_match(matches: Sequence[int], current: int, forward: bool = True) -> int:
    """The next (or previous) match after `current`, wrapping around; -1 when there are none."""
    if not matches:
        return -1
    if forward:
        i = bisect.bisect_right(matches, current)
        return matches[i % len(matches)]
    i = bisect.bisect_left(matches, current) - 1
    return matches[i % len(matches)]


def snippet_html(snippet: str, *, open_mark: str = "[", close_mark: str = "]",
                 style: str = "font-weight:600; background-color:#ffe08a; color:#000;") -> str:
    """Rich text for a search snippet: the text is escaped first, then the [marked] matches are styled."""
    out: list[str] = []
    pos = 0
    pattern = re.compile(re.escape(open_mark) + r"(.+?)" + re.escape(close_mark), re.S)
    for m in pattern.finditer(snippet):
        out.append(html.escape(snippet[pos:m.start()]))
        out.append(f'<span style="{style}">{html.escape(m.group(1))}</span>')
        pos = m.end()
    out.append(html.escape(snippet[pos:]))
    return "".join(out)


def highlight_html(text: str, query: str, style: str = "background-color:#ffe08a; color:#000;") -> str:
    """Escape `text` and highlight every case-insensitive occurrence of `query`."""
    if not query.strip():
        return html.escape(text)
    pattern = re.compile(re.escape(query.strip()), re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(f'<span style="{style}">{html.escape(m.group(0))}</span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


# --- display formatting --------------------------------------------------------------------------------------
def clock(seconds: float | None) -> str:
    """m:ss or h:mm:ss."""
    if seconds is None:
        return "-"
    s = int(max(0.0, seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def recording_date(rec: Recording) -> float:
    return rec.recorded_at or rec.imported_at


def date_text(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"


def stage_state_fields() -> list[str]:
    """Per-stage status columns the Recording record has right now (transcribe today; summary/index later)."""
    return [name for name in Recording.__dataclass_fields__ if name.endswith("_state")]


# --- jobs ----------------------------------------------------------------------------------------------------
def job_label(job: Job, store: Store | None = None) -> str:
    """What to call a job in the queue: the recording's title, else the file name."""
    if store is not None and job.recording_id is not None:
        try:
            return store.recordings.get(job.recording_id, include_deleted=True).title
        except RecordRouteError:
            pass
    if job.source_path:
        return Path(job.source_path).name
    return f"#{job.id}"


@dataclass(frozen=True)
class StageTiming:
    job_id: int
    stage: str
    state: str
    seconds: float | None
    error: str | None


def stage_timings(jobs: Iterable[Job]) -> list[StageTiming]:
    return [StageTiming(j.id, s.name, s.state, s.seconds, s.error) for j in jobs for s in j.stages]


# --- optional modules (features that land later) ---------------------------------------------------------------
def optional_module(name: str) -> ModuleType | None:
    """Import a module that may not exist yet in this build; None when it is absent or broken."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def feature(module: str, attr: str) -> Any | None:
    mod = optional_module(module)
    return getattr(mod, attr, None) if mod is not None else None


def template_names(settings: Settings) -> list[tuple[str, str]]:
    """Summary templates as (name, description), one per name whatever languages it ships in."""
    load = feature("recordroute.engines.llm.templates", "load_templates")
    dirs = feature("recordroute.pipeline.summaries", "template_dirs")
    if load is None:
        return []
    try:
        templates = load(dirs(settings) if dirs is not None else ())
    except Exception:  # a broken template folder must not break the settings dialog
        return []
    out: dict[str, str] = {}
    for tpl in templates.values():
        if tpl.name not in out or tpl.language == "en":
            out[tpl.name] = tpl.description
    return sorted(out.items())


# --- models on this machine (first-run screen, settings) -------------------------------------------------------
@dataclass(frozen=True)
class ModelInfo:
    kind: str  # "speech" | "embedding"
    name: str
    detail: str


def models_overview(settings: Settings) -> tuple[list[ModelInfo], list[str]]:
    """Models present offline, and problems found while looking (never raises)."""
    found: list[ModelInfo] = []
    problems: list[str] = []
    stt = optional_module("recordroute.engines.stt")
    if stt is None:
        problems.append("speech engine not installed")
    else:
        try:
            for m in stt.list_available_models(settings.model_dir):
                langs = "multilingual" if m.multilingual else "English only"
                found.append(ModelInfo("speech", m.name, f"{langs}, {m.source}"))
        except Exception as exc:  # a broken model folder must not stop the first-run screen
            problems.append(f"speech models: {exc}")
    embed = optional_module("recordroute.engines.embed")
    if embed is None:
        problems.append("semantic search engine not installed")
    else:
        try:
            spec = embed.resolve_embed_model(settings.embed_model, model_dir=settings.model_dir)
            langs = "multilingual" if spec.multilingual else "English"
            found.append(ModelInfo("embedding", spec.name, f"{langs}, {spec.dim} dimensions, {spec.source}"))
        except RecordRouteError as exc:
            problems.append(exc.user_text())
        except Exception as exc:
            problems.append(f"embedding model: {exc}")
    return found, problems


# --- preferences that only the desktop app has -----------------------------------------------------------------
THEMES = ("system", "light", "dark")


@dataclass
class GuiPrefs:
    """Desktop-only preferences (theme override), kept next to settings.toml in gui.json."""

    theme: str = "system"
    path: Path | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> GuiPrefs:
        path = path or default_config_file().with_name("gui.json")
        prefs = cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return prefs
        if data.get("theme") in THEMES:
            prefs.theme = data["theme"]
        return prefs

    def save(self) -> None:
        from ..store.files import atomic_write_text

        path = self.path or default_config_file().with_name("gui.json")
        atomic_write_text(path, json.dumps({"theme": self.theme}))


def inbox_dir(settings: Settings) -> Path:
    """Where microphone recordings are written while they are being recorded."""
    path = settings.data_dir / INBOX_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def new_recording_path(settings: Settings, now: float | None = None) -> Path:
    stamp = datetime.fromtimestamp(now or time.time()).strftime("%Y-%m-%d %H-%M-%S")
    base = inbox_dir(settings) / f"Recording {stamp}.wav"
    n = 2
    while base.exists():
        base = inbox_dir(settings) / f"Recording {stamp} ({n}).wav"
        n += 1
    return base
