"""`recordroute record`, `recover` and `watch`: capture from the command line, unfinished recordings, watch folders."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from ..engines import capture
from ..engines.notes import NotesFollower, NoteStamper, format_notes, sidecar_path
from ..job_options import JobOptions
from ..messages.notice import parse
from ..messages.pipeline_notices import CAPTURE_NOTES, WATCH_NOTES
from ..paths import shown
from ..pipeline import recovery, runner
from ..pipeline.context import AppContext
from ..pipeline.intake import take_in
from ..pipeline.live_captions import Caption, LiveCaptioner
from ..pipeline.live_translation import LiveTranslator
from ..pipeline.queue import JobQueue
from ..pipeline.watch import FolderWatcher, WatchEvent
from ..store.files import atomic_write_bytes
from . import say
from .commands import cancel_on_signals, emit_json, extra_command, open_context, out
from .progressbar import ProgressBar


@extra_command
def add_record_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("record", help=say.help_text("record"))
    c.add_argument("out", nargs="?", metavar="OUT", help=say.help_text("record out"))
    c.add_argument("--seconds", type=float, help=say.help_text("record --seconds"))
    c.add_argument(
        "--device",
        help=say.help_text("record --device"),
    )
    mode = c.add_mutually_exclusive_group()
    mode.add_argument("--system", action="store_true", help=say.help_text("record --system"))
    mode.add_argument(
        "--mic-and-system",
        action="store_true",
        help=say.help_text("record --mic-and-system"),
    )
    c.add_argument("--system-device", help=say.help_text("record --system-device"))
    c.add_argument("--list-devices", action="store_true", help=say.help_text("record --list-devices"))
    c.add_argument("--live", action="store_true", help=say.help_text("record --live"))
    c.add_argument(
        "--translate-to",
        metavar="LANG",
        help=say.help_text("record --translate-to"),
    )
    c.add_argument("--llm-model", help=say.help_text("record --llm-model"))
    c.add_argument(
        "--notes",
        metavar="FILE",
        help=say.help_text("record --notes"),
    )
    c.add_argument("--no-process", action="store_true", help=say.help_text("record --no-process"))
    c.set_defaults(func=cmd_record)

    c = sub.add_parser("recover", help=say.help_text("recover"))
    c.add_argument("--import", dest="do_import", action="store_true", help=say.help_text("recover --import"))
    c.add_argument("--json", action="store_true", help=say.help_text("recover --json"))
    c.set_defaults(func=cmd_recover)

    c = sub.add_parser("watch", help=say.help_text("watch"))
    c.add_argument("folders", nargs="+", metavar="DIR", help=say.help_text("watch folders"))
    c.add_argument("--move-to", metavar="DIR", help=say.help_text("watch --move-to"))
    c.add_argument(
        "--settle",
        type=float,
        default=3.0,
        help=say.help_text("watch --settle"),
    )
    c.add_argument("--interval", type=float, default=1.0, help=say.help_text("watch --interval"))
    c.add_argument("--no-process", action="store_true", help=say.help_text("watch --no-process"))
    c.set_defaults(func=cmd_watch)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """Ctrl-C and SIGTERM end the loop (the caller finishes cleanly); restored afterwards."""
    stop = threading.Event()
    previous = {s: signal.signal(s, lambda _n, _f: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _said(english: str, codes: tuple[str, ...]) -> str:
    """A line the recorder or the watcher wrote in English, in the run's language when its wording is known."""
    return say.render(parse(english, codes))


# --- record ------------------------------------------------------------------------------------------------------
def list_devices() -> int:
    devices = capture.list_devices()
    mics = [d for d in devices if d.kind == "input"]
    loops = [d for d in devices if d.kind == "loopback"]
    out(say.text("microphones" if mics else "no_microphones"))
    for d in mics:
        out(capture.describe(d))
    out(
        say.text("system_audio")
        if loops
        else say.text("no_system_audio", hint=capture.NoLoopbackDeviceError.hint)
    )
    for d in loops:
        out(capture.describe(d))
    return 0


def build_source(args: argparse.Namespace) -> capture.CaptureSource:
    if args.system:
        return capture.system_source(args.device)
    mic = capture.microphone_source(args.device, 16000 if args.mic_and_system else None)
    if args.mic_and_system:
        return capture.MeetingSource(mic, capture.system_source(args.system_device, mic.samplerate))
    return mic


def cmd_record(args: argparse.Namespace) -> int:
    if args.list_devices:
        return list_devices()
    ctx = open_context()
    path = Path(args.out).expanduser() if args.out else recovery.new_recording_path(ctx.settings)
    source = build_source(args)
    fallback = None
    if args.device and not args.mic_and_system:  # a chosen device that goes away: go on with the default one

        def fallback() -> capture.CaptureSource:
            if args.system:
                return capture.system_source(None, source.samplerate)
            return capture.microphone_source(None, source.samplerate)

    recorder = capture.Recorder(
        source,
        path,
        fallback=fallback,
        on_event=lambda e: err(f"recordroute: {_said(e.message, CAPTURE_NOTES)}"),
    )
    translator = _live_translator(ctx, args) if args.live and args.translate_to else None
    captioner = _live_captioner(ctx, recorder, translator) if args.live else None
    follower = NotesFollower(Path(args.notes), NoteStamper(lambda: recorder.seconds)) if args.notes else None
    recorder.start()
    if captioner is not None:
        captioner.start()
    err(say.notice("recording_to", path=path, rate=source.samplerate, channels=source.channels))
    with stop_on_signals() as stop:
        # --seconds counts recorded audio (a source may take a moment to deliver); the wall clock is a backstop.
        deadline = time.monotonic() + args.seconds + 10.0 if args.seconds else None
        while not stop.is_set() and not recorder.finished:
            if deadline is not None and (recorder.seconds >= args.seconds or time.monotonic() >= deadline):
                break
            if follower is not None:
                follower.poll()
            stop.wait(0.05)
        recorder.stop()
        if captioner is not None:
            captioner.stop()
            if captioner.tentative:
                out(captioner.tentative)
        if translator is not None:
            translator.stop()
            if translator.skipped:
                err(f"recordroute: {say.notice('captions_skipped', count=translator.skipped)}")
    err(say.notice("recording_saved", path=path, seconds=f"{recorder.seconds:.1f}", lost=recorder.overflows))
    if follower is not None:
        notes = follower.finish()
        atomic_write_bytes(sidecar_path(path), format_notes(notes).encode("utf-8"))
        err(say.notice("notes_saved", count=len(notes)))
    if args.no_process or recorder.seconds <= 0:
        return 0 if recorder.error is None else 1
    return _process(ctx, path, meeting=bool(args.mic_and_system))


def _live_translator(ctx: AppContext, args: argparse.Namespace) -> LiveTranslator:
    from ..pipeline.summaries import resolve_backend

    def show(caption: Caption, line: str) -> None:
        m, s = divmod(int(caption.start), 60)
        out(f"[{m}:{s:02d}] → {line}")
        sys.stdout.flush()

    llm = resolve_backend(ctx.settings, None, args.llm_model)
    translator = LiveTranslator(llm, args.translate_to, show, on_error=lambda e: err(f"recordroute: {e}"))
    translator.start()
    return translator


def _live_captioner(
    ctx: AppContext, recorder: capture.Recorder, translator: LiveTranslator | None = None
) -> LiveCaptioner:
    def show(new: list[Caption], _tentative: str) -> None:
        for c in new:
            m, s = divmod(int(c.start), 60)
            out(f"[{m}:{s:02d}] {c.text}")
            sys.stdout.flush()
        if translator is not None:
            translator.submit(new)

    captioner = LiveCaptioner(
        ctx.stt(), language=ctx.settings.stt_language, on_update=show, in_use=ctx.busy(ctx.stt_key())
    )
    recorder.add_tap(captioner.feed)
    return captioner


def _process(ctx: AppContext, path: Path, *, meeting: bool = False) -> int:
    with cancel_on_signals() as token:
        # A meeting recording tells diarization that channel 1 is the user (only used when diarizing).
        job_id = take_in(ctx, path, JobOptions(meeting=True) if meeting else None, defer=True).job_id
        assert job_id is not None  # deferred: always a job
        bar = ProgressBar(path.name)
        final = runner.run_job(ctx, job_id, listener=bar, cancel=token)
        bar.close()
    if final.state != "done":
        detail = f"{final.message} (job {job_id}; `recordroute retry {job_id}` resumes)"
        first, *rest = say.error_lines(ctx.store.jobs.get(job_id).error_code, detail, job=job_id)
        for line in (f"{path.name}: {say.state(final.state)}: {first}", *rest):
            err(line)
        return 1
    rec = ctx.store.recordings.get(final.recording_id) if final.recording_id else None
    out(
        f"{rec.id}\t{path.name}\t{rec.duration or 0:.1f} s\t{rec.language or '-'}"
        if rec
        else say.text("job_done", job=job_id)
    )
    return 0


# --- recover -----------------------------------------------------------------------------------------------------
def cmd_recover(args: argparse.Namespace) -> int:
    ctx = open_context()
    items = recovery.find_unfinished(ctx)
    if args.json and not args.do_import:
        emit_json(
            [
                {"path": str(i.path), "seconds": i.seconds, "crashed": i.crashed, "repaired": i.repaired}
                for i in items
            ]
        )
        return 0
    if not items:
        out(say.text("inbox_empty"))
        return 0
    for i in items:
        note = say.text("inbox_crashed" if i.crashed else "inbox_never_imported")
        out(f"{i.path}\t{i.seconds:.1f} s\t{note}")
    if not args.do_import:
        out(say.text("inbox_import"))
        return 0
    failures = 0
    for item, job_id in zip(items, recovery.import_recordings(ctx, items), strict=True):
        with cancel_on_signals() as token:
            bar = None if args.json else ProgressBar(item.name)
            final = runner.run_job(ctx, job_id, listener=bar, cancel=token)
            if bar:
                bar.close()
        failures += final.state != "done"
        if args.json:
            emit_json(
                {
                    "path": str(item.path),
                    "job_id": job_id,
                    "state": final.state,
                    "recording_id": final.recording_id,
                }
            )
        else:
            state = say.state(final.state)
            if final.recording_id:
                out(say.text("recovered_recording", name=item.name, state=state, id=final.recording_id))
            else:
                out(say.text("recovered", name=item.name, state=state))
    return 0 if failures == 0 else 1


# --- watch -------------------------------------------------------------------------------------------------------
def _watch_line(e: WatchEvent) -> str:
    """What `watch` did with a file, the file, its recording, and why (a rejected file: its error's sentence in
    Korean with the English detail after it, the English detail alone in English, as before)."""
    line = f"{say.word(e.kind)}\t{shown(str(e.path))}"
    line += f"\t{say.text('watch_recording', id=e.recording_id)}" if e.recording_id else ""
    if e.kind == "imported":
        return line
    if e.code and say.language() != "en":
        sentence, *rest = say.error_lines(e.code, e.message, e.params)
        return f"{line}\t{sentence}" + (f" ({'; '.join(rest)})" if rest else "")
    return f"{line}\t{_said(e.message, WATCH_NOTES)}"


def cmd_watch(args: argparse.Namespace) -> int:
    ctx = open_context()
    jobs = None if args.no_process else JobQueue(ctx)

    def enqueue(rec_id: int) -> int:
        if jobs is None:  # imported only: queued for whichever app runs jobs (window, serve, `retry`)
            return runner.submit(ctx, recording_id=rec_id, owned=False)
        return jobs.enqueue(recording_id=rec_id)

    def show(e: WatchEvent) -> None:
        (err if e.kind in ("rejected", "error") else out)(_watch_line(e))
        sys.stdout.flush()

    watcher = FolderWatcher(
        ctx,
        [Path(f) for f in args.folders],
        settle=args.settle,
        interval=args.interval,
        move_to=Path(args.move_to) if args.move_to else None,
        enqueue=enqueue,
        on_event=show,
    )
    problems = watcher.check_folders()
    if problems:
        for p in problems:
            err(f"recordroute: {say.label('error')}: {_said(p, WATCH_NOTES)}")
        return 1
    if jobs is not None:
        jobs.start()
    err(say.notice("watching", folders=", ".join(str(f) for f in watcher.folders)))
    with stop_on_signals() as stop:
        watcher.run(stop)
    if jobs is not None:
        jobs.stop()
    err(say.notice("stopped_watching", count=sum(e.kind == "imported" for e in watcher.events)))
    return 0
