"""A corpus of hostile inputs, generated at run time, and a runner that pushes it through `recordroute process`.

Each case says what is acceptable: "ok" (must be processed), "error" (must be refused with a clear message)
or "either" (a damaged file may be partly usable). Whatever happens, the CLI must not print a traceback, must
not hang past its time limit, and must not leave an internal error, a half-made record or a changed recording.
Shared by tests/pipeline/test_hostile_corpus.py and bench/reliability_report.py (which adds a 3-hour file).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tests.helpers import media

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SPEECH_WAV = FIXTURES / "speech_en_30s.wav"
TRUNCATE_AT = (0.05, 0.3, 0.6, 0.95)


@dataclass
class Case:
    name: str
    path: Path
    expect: str  # "ok" | "error" | "either"


@dataclass
class Outcome:
    case: Case
    outcome: str  # "ok" | "error" | "FAIL"
    message: str
    seconds: float


def _wav(dst: Path, samples: np.ndarray, rate: int, channels: int = 1) -> Path:
    data = np.clip(samples, -1, 1)
    frames = (np.repeat(data[:, None], channels, axis=1) * 32767).astype("<i2")
    with wave.open(str(dst), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames.tobytes())
    return dst


def _speech(seconds: float) -> tuple[np.ndarray, int]:
    samples, rate = media.read_wav_mono(SPEECH_WAV)
    return samples[: int(seconds * rate)].astype(np.float32) / 32768, rate


def _resampled(samples: np.ndarray, rate: int, to: int) -> np.ndarray:
    n = int(len(samples) * to / rate)
    return np.interp(np.linspace(0, len(samples) - 1, n), np.arange(len(samples)), samples).astype(np.float32)


def silent_opus(dst: Path, seconds: float) -> Path:
    """Long digital silence, encoded small (opus at 6 kb/s): hours of input without gigabytes on disk."""
    import av

    with av.open(str(dst), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=48000, layout="mono")
        stream.bit_rate = 6000
        step = 48000 * 20  # 20-s frames of zeros
        zero = np.zeros((1, step), np.int16)
        done = 0
        while done < seconds * 48000:
            frame = av.AudioFrame.from_ndarray(zero, format="s16", layout="mono")
            frame.sample_rate = 48000
            frame.pts = done
            for packet in stream.encode(frame):
                out.mux(packet)
            done += step
        for packet in stream.encode(None):
            out.mux(packet)
    return dst


def _folder(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def build(
    folder: Path,
    *,
    silent_seconds: float = 600,
    big_text_mb: int = 200,
    truncate_at: tuple[float, ...] = TRUNCATE_AT,
) -> list[Case]:
    """Write the corpus into `folder` (60-75 files, by the number of truncation points)."""
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / "src"
    src.mkdir(exist_ok=True)
    cases: list[Case] = []

    def add(name: str, path: Path, expect: str) -> None:
        cases.append(Case(name, path, expect))

    speech, rate = _speech(6.0)
    clip = _wav(src / "clip.wav", speech, rate)
    for fmt in media.CONTAINER_FORMATS:
        if fmt == "aac":
            continue
        whole = media.make_container(clip, src / f"whole.{fmt}", fmt)
        for frac in truncate_at:
            cut = media.make_truncated(whole, folder / f"cut{int(frac * 100):02d}.{fmt}", frac)
            add(f"{fmt} truncated at {frac:.0%}", cut, "either")
    zero = folder / "zero.wav"
    zero.write_bytes(b"")
    add("0-byte .wav", zero, "error")
    zero_mp3 = folder / "zero.mp3"
    zero_mp3.write_bytes(b"")
    add("0-byte .mp3", zero_mp3, "error")
    add("wav header, no data", media.make_zero_length_wav(folder / "header-only.wav"), "error")
    add("wav named .mp3", shutil.copy(clip, folder / "really-wav.mp3"), "ok")
    add("flac named .ogg", shutil.copy(src / "whole.flac", folder / "really-flac.ogg"), "ok")
    add("text named .m4a", media.make_text_renamed(folder / "notes.m4a"), "error")
    add("executable named .wav", shutil.copy(sys.executable, folder / "program.wav"), "error")
    add("6-channel wav", _wav(folder / "six-channel.wav", speech, rate, channels=6), "ok")
    add("8 kHz wav", _wav(folder / "8khz.wav", _resampled(speech, rate, 8000), 8000), "ok")
    add("192 kHz wav", _wav(folder / "192khz.wav", _resampled(speech, rate, 192000), 192000), "ok")
    add(
        f"{silent_seconds / 60:.0f} min of silence (opus)",
        silent_opus(folder / "silence.opus", silent_seconds),
        "either",
    )
    t = np.arange(20 * 16000) / 16000
    tones = sum(0.2 * np.sin(2 * np.pi * f * t) * (np.sin(2 * np.pi * 0.5 * t) > 0) for f in (262, 330, 392))
    add("music-like tones, no speech", _wav(folder / "tones.wav", tones.astype(np.float32), 16000), "either")
    add("2-second file", _wav(folder / "two-seconds.wav", speech[: 2 * rate], rate), "either")
    add("encrypted PDF", media.make_encrypted_pdf(folder / "secret.pdf", "Quarterly numbers", "pw"), "error")
    corrupt = folder / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    add("corrupt PDF", corrupt, "error")
    add("image-only PDF", media.make_scanned_pdf(folder / "scan.pdf"), "error")
    add(
        "1,000-page PDF",
        media.make_text_pdf(
            folder / "thousand.pdf", [f"Page {i}: the hiring plan, item {i}." for i in range(1000)]
        ),
        "ok",
    )
    empty_pdf = folder / "empty.pdf"
    empty_pdf.write_bytes(b"")
    add("0-byte PDF", empty_pdf, "error")
    korean = "회의록: 올해 예산과 일정을 검토했습니다.\n\n다음 주까지 예산을 확정하기로 했습니다.\n"
    cp949 = folder / "cp949.txt"
    cp949.write_bytes(korean.encode("cp949"))
    add("CP949 text", cp949, "ok")
    utf16 = folder / "utf16-nobom.txt"
    utf16.write_bytes(("The budget meeting moved to Friday.\n\n" * 20).encode("utf-16-le"))
    add("UTF-16 without BOM", utf16, "ok")
    mixed = folder / "mixed.txt"
    mixed.write_bytes("Café menu, naïve résumé.\n\n".encode() + korean.encode("cp949"))
    add("mixed encodings", mixed, "either")
    binary = folder / "binary.txt"
    binary.write_bytes(np.random.default_rng(3).integers(0, 256, 50_000, dtype=np.uint8).tobytes())
    add("binary data named .txt", binary, "error")
    png = folder / "picture.mp3"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    add("PNG named .mp3", png, "error")
    add("mp3 named .pdf", shutil.copy(src / "whole.mp3", folder / "really-mp3.pdf"), "error")
    add("wav named .txt", shutil.copy(clip, folder / "really-wav.txt"), "error")
    blank = folder / "blank.txt"
    blank.write_text(" \n\t\n   \n", encoding="utf-8")
    add("whitespace-only text", blank, "error")
    add("folder named .wav", _folder(folder / "folder.wav"), "error")
    big = folder / "big.txt"
    line = b"The quarterly budget review moved to Friday afternoon, said the minutes.\n"
    with open(big, "wb") as fh:
        block = line * (1024 * 1024 // len(line))
        for _ in range(big_text_mb):
            fh.write(block)
    add(f"{big_text_mb} MB text file", big, "error")
    note = "Names survive: the budget meeting moved to Friday.\n"
    for label, name in (
        ("Korean name", "회의 녹음 메모.txt"),
        ("emoji name", "meeting 🎙️✅.txt"),
        ("spaces in name", "  many   spaces  .txt"),
        ("250-character name", "n" * 246 + ".txt"),
        ("leading dash", "-rf --help.txt"),
    ):
        path = folder / name
        path.write_text(f"{note}{label}\n", encoding="utf-8")
        add(label, path, "ok")
    return cases


def classify(case: Case, record: dict | None, stderr: str) -> tuple[str, str]:
    """(outcome, message) for one file from the CLI's JSON line; FAIL when it breaks a rule."""
    if "Traceback" in stderr:
        last = [ln for ln in stderr.splitlines() if ln.strip()][-1:]
        return "FAIL", f"traceback on stderr: {last[0][:200] if last else ''}"
    if record is None:
        return "FAIL", "no result line for this file"
    message = record.get("error") or ""
    if record.get("state") == "done":
        outcome, message = (
            "ok",
            f"recording {record.get('recording_id')}"
            + (f", {record['duration']:.1f} s" if record.get("duration") else ""),
        )
    elif not message or "internal error" in message:
        return "FAIL", message or "failed without a reason"
    else:
        outcome = "error"
    if case.expect != "either" and outcome != case.expect:
        return "FAIL", f"expected {case.expect}: {message}"
    return outcome, message


def run(
    cases: list[Case],
    env: dict[str, str],
    *,
    batch: int = 12,
    timeout: float = 600,
    log: Callable[[str], None] = lambda _m: None,
) -> list[Outcome]:
    """Process the corpus through the real CLI, `batch` files per invocation."""
    out: list[Outcome] = []
    for i in range(0, len(cases), batch):
        part = cases[i : i + batch]
        t0 = time.monotonic()
        try:
            res = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "recordroute",
                    "process",
                    "--json",
                    "--no-summary",
                    "--",
                    *[str(c.path) for c in part],
                ],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                timeout=timeout,
            )
            stdout, stderr = res.stdout, res.stderr
        except subprocess.TimeoutExpired:
            out += [Outcome(c, "FAIL", f"hung: no result within {timeout:.0f} s", timeout) for c in part]
            continue
        if "Traceback" in stderr:
            log(stderr)
        per_file = (time.monotonic() - t0) / len(part)
        records = {}
        for line in stdout.splitlines():
            if line.startswith("{"):
                rec = json.loads(line)
                records[rec["file"]] = rec
        for c in part:
            outcome, message = classify(c, records.get(str(c.path)), stderr)
            out.append(Outcome(c, outcome, message, per_file))
    return out


def run_in_process(cases: list[Case], ctx: Any, *, limit: float = 300) -> list[Outcome]:
    """The `process` command's steps (validate, queue, run) in this process with warm models: the suite's
    fast path. Any exception escaping, or a file taking longer than `limit`, is a failure."""
    from recordroute.errors import InputError
    from recordroute.job_options import JobOptions
    from recordroute.pipeline import runner
    from recordroute.pipeline.ingest import inspect

    out: list[Outcome] = []
    for c in cases:
        t0 = time.monotonic()
        record: dict[str, Any]
        try:
            inspect(c.path)
            job_id = runner.submit(ctx, c.path, options=JobOptions(no_summary=True))
            final = runner.run_job(ctx, job_id)
            rec = ctx.store.recordings.get(final.recording_id) if final.recording_id else None
            record = {
                "state": final.state,
                "recording_id": final.recording_id,
                "error": final.message if final.state != "done" else None,
                "duration": rec.duration if rec else None,
            }
        except InputError as exc:
            record = {"state": "failed", "error": exc.user_text()}
        except Exception as exc:
            record = {"state": "failed", "error": f"internal error: {type(exc).__name__}: {exc}"}
        seconds = time.monotonic() - t0
        outcome, message = classify(c, record, "")
        if seconds > limit:
            outcome, message = "FAIL", f"took {seconds:.0f} s (limit {limit:.0f} s)"
        out.append(Outcome(c, outcome, message, seconds))
    return out


def table(outcomes: list[Outcome]) -> str:
    width = max(len(o.case.name) for o in outcomes)
    lines = [f"{'input':{width}}  {'outcome':7}  {'s':>6}  message"]
    for o in outcomes:
        lines.append(f"{o.case.name:{width}}  {o.outcome:7}  {o.seconds:6.1f}  {o.message}")
    tried = len(outcomes)
    clear = sum(o.outcome == "error" for o in outcomes)
    fails = sum(o.outcome == "FAIL" for o in outcomes)
    lines.append(f"{tried} inputs: {tried - clear - fails} processed, {clear} clear errors, {fails} failures")
    return "\n".join(lines)
