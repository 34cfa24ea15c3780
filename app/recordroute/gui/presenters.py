"""What the desktop app shows, computed without Qt so it can be tested without a display: display
formatters, search-snippet HTML, find-in-transcript steps, queue labels, the app's own preferences and
where microphone recordings go. Nothing here may import PySide6.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import RecordRouteError
from ..job_options import JobOptions
from ..pipeline import recovery
from ..settings import Settings, default_config_file
from ..store import Job, Recording, Store
from ..store.files import atomic_write_text
from ..store.recordings import STAGE_STATE_COLUMNS

INBOX_DIR = recovery.INBOX_DIR
THEMES = ("system", "light", "dark")
HIGHLIGHT_STYLE = "background-color:#ffe08a; color:#000;"


def supported_patterns() -> str:
    """File-dialog patterns for every kind we can import, e.g. "*.csv *.flac …"."""
    from ..engines.kinds import SUPPORTED_EXTENSIONS  # kinds pulls in PyAV: not before the first paint

    return " ".join(f"*.{e}" for e in sorted(SUPPORTED_EXTENSIONS))


# --- transcript navigation -------------------------------------------------------------------------------------
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


# --- rich text -------------------------------------------------------------------------------------------------
def _mark_up(text: str, pattern: re.Pattern[str], group: int, style: str) -> str:
    """Escape `text` and wrap group `group` of every match of `pattern` in a styled span."""
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos : m.start()]))
        out.append(f'<span style="{style}">{html.escape(m.group(group))}</span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet_html(
    snippet: str,
    *,
    open_mark: str = "[",
    close_mark: str = "]",
    style: str = "font-weight:600; " + HIGHLIGHT_STYLE,
) -> str:
    """Rich text for a search snippet: the text is escaped first, then the [marked] matches are styled."""
    pattern = re.compile(re.escape(open_mark) + r"(.+?)" + re.escape(close_mark), re.S)
    return _mark_up(snippet, pattern, 1, style)


def highlight_html(text: str, query: str, style: str = HIGHLIGHT_STYLE) -> str:
    """Escape `text` and highlight every case-insensitive occurrence of `query`."""
    if not query.strip():
        return html.escape(text)
    return _mark_up(text, re.compile(re.escape(query.strip()), re.IGNORECASE), 0, style)


# --- display formatting ----------------------------------------------------------------------------------------
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
    """The per-stage status columns of a Recording (transcribe_state, summarize_state, …)."""
    return list(STAGE_STATE_COLUMNS)


# --- jobs ------------------------------------------------------------------------------------------------------
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


# --- preferences that only the desktop app has -----------------------------------------------------------------
@dataclass
class GuiPrefs:
    """Desktop-only preferences kept next to settings.toml in gui.json: the theme override, the import options
    remembered as defaults (JobOptions fields), and the desktop watch folders' move-to folder and settle time."""

    theme: str = "system"
    path: Path | None = None
    import_defaults: dict[str, Any] = field(default_factory=dict)
    watch_move_to: str = ""
    watch_settle: float = 3.0

    @classmethod
    def load(cls, path: Path | None = None) -> GuiPrefs:
        path = path or default_config_file().with_name("gui.json")
        prefs = cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return prefs
        if not isinstance(data, dict):
            return prefs
        if data.get("theme") in THEMES:
            prefs.theme = data["theme"]
        defaults = data.get("import_defaults")
        if isinstance(defaults, dict):
            try:  # hand-edited or from another version: only what is still a valid job option is kept
                prefs.import_defaults = JobOptions.from_dict(defaults).to_dict()
            except RecordRouteError:
                prefs.import_defaults = {}
        if isinstance(data.get("watch_move_to"), str):
            prefs.watch_move_to = data["watch_move_to"]
        settle = data.get("watch_settle")
        if isinstance(settle, int | float) and 0.5 <= float(settle) <= 600:
            prefs.watch_settle = float(settle)
        return prefs

    def import_options(self) -> JobOptions | None:
        """The remembered import options (None: use the settings)."""
        return JobOptions.from_dict(self.import_defaults) if len(self.import_defaults) > 1 else None

    def save(self) -> None:
        path = self.path or default_config_file().with_name("gui.json")
        data = {
            "theme": self.theme,
            "import_defaults": self.import_defaults,
            "watch_move_to": self.watch_move_to,
            "watch_settle": self.watch_settle,
        }
        atomic_write_text(path, json.dumps(data, ensure_ascii=False))


# --- microphone recordings -------------------------------------------------------------------------------------
def inbox_dir(settings: Settings) -> Path:
    """Where microphone recordings are written while they are being recorded."""
    path = recovery.inbox_dir(settings)
    path.mkdir(parents=True, exist_ok=True)
    return path


def new_recording_path(settings: Settings, now: float | None = None) -> Path:
    return recovery.new_recording_path(settings, now)


# --- answers in Markdown -------------------------------------------------------------------------------------
_INLINE = (
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text


def markdown_html(escaped: str) -> str:
    """The Markdown an LLM writes (headings, bold, italics, code, bullet and numbered lists, paragraphs) as HTML.
    Takes text that is already HTML-escaped (and may hold our own <a> links), so nothing the model wrote is ever
    taken as markup."""
    out: list[str] = []
    para: list[str] = []
    in_list = False

    def flush() -> None:
        nonlocal in_list
        if para:
            out.append("<p>" + "<br>".join(_inline(x) for x in para) + "</p>")
            para.clear()
        if in_list:
            out.append("</ul>")
            in_list = False

    for line in escaped.splitlines():
        heading, bullet = _HEADING.match(line), _BULLET.match(line)
        if not line.strip():
            flush()
        elif heading:
            flush()
            level = min(6, len(heading.group(1)) + 2)  # answers are small: ## is an h4
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif bullet:
            if para:
                out.append("<p>" + "<br>".join(_inline(x) for x in para) + "</p>")
                para.clear()
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline(bullet.group(1))}</li>")
        else:
            if in_list:
                out.append("</ul>")
                in_list = False
            para.append(line)
    flush()
    return "".join(out)
