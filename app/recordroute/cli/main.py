"""The `recordroute` command. A thin face: parses arguments, calls the pipeline and the store, prints."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..errors import RecordRouteError
from ..pipeline.export import FORMATS as EXPORT_FORMATS
from ..vocab import Task
from . import (  # noqa: F401  (registers sub-commands)
    commands,
    context_commands,
    library_commands,
    llm_commands,
    models_commands,
    record_commands,
    say,
    search_commands,
    speaker_commands,
    transcribe_commands,
)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="recordroute", description="Local-first transcripts, minutes and search."
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # the order here is the order `--help` lists the commands in
    _add_process(sub)
    _add_recording_commands(sub)
    _add_job_commands(sub)
    commands.add_extra_commands(sub)
    return p


def _add_process(sub: argparse._SubParsersAction) -> None:
    """`process`: the one command that takes files in, with the job options it accepts as flags."""
    c = sub.add_parser("process", help="import and transcribe files")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--language", "-l", help="audio language code (ko, en, ja, zh...) or auto")
    c.add_argument("--model", "-m", help="Whisper model name or folder")
    c.add_argument("--task", choices=tuple(Task), help="translate = into English")
    c.add_argument("--force", action="store_true", help="transcribe again even if already done")
    c.add_argument("--no-summary", action="store_true", help="skip the minutes (summarize stage)")
    c.add_argument("--template", help="summary template (default: settings)")
    c.add_argument("--diarize", action="store_true", help="find who said what (speaker diarization)")
    c.add_argument("--speakers", type=int, metavar="N", help="number of speakers for --diarize, if known")
    c.add_argument("--min-speakers", type=int, metavar="N", help="at least N speakers (implies --diarize)")
    c.add_argument("--max-speakers", type=int, metavar="N", help="at most N speakers (implies --diarize)")
    c.add_argument(
        "--option",
        "-O",
        action="append",
        metavar="KEY=VALUE",
        help="any job option, e.g. summary_language=en, no_index=true, diarize_method=basic "
        "(repeatable; the flags above win)",
    )
    c.add_argument("--json", action="store_true", help="one JSON object per file on stdout")
    c.set_defaults(func=commands.cmd_process)


def _add_recording_commands(sub: argparse._SubParsersAction) -> None:
    """Commands on recordings already in the library: list, show, export, delete, restore."""
    c = sub.add_parser("list", help="list recordings")
    c.add_argument("--json", action="store_true")
    c.add_argument("--trash", action="store_true", help="list the trash instead")
    c.set_defaults(func=commands.cmd_list)

    c = sub.add_parser("show", help="show one recording and its transcript")
    c.add_argument("id", type=int)
    c.add_argument("--json", action="store_true")
    c.add_argument("--summary", action="store_true", help="print the latest complete minutes instead")
    c.add_argument(
        "--hidden", action="store_true", help="include the segments hidden as not recognised reliably"
    )
    c.set_defaults(func=commands.cmd_show)

    c = sub.add_parser("export", help="export the minutes and transcript (md, html, docx, ...)")
    c.add_argument("id", type=int)
    c.add_argument("--format", "-f", choices=EXPORT_FORMATS, default="txt")
    c.add_argument("-o", "--output", help="file to write (default: stdout)")
    c.add_argument("--corrected", action="store_true", help="use the LLM-corrected text (see `correct`)")
    c.add_argument(
        "--only", choices=("minutes", "transcript"), help="only the minutes or only the transcript"
    )
    c.add_argument(
        "--bilingual",
        metavar="LANG",
        help="srt/vtt with two lines per cue: the original and its LANG translation",
    )
    c.set_defaults(func=commands.cmd_export)

    c = sub.add_parser("delete", help="move a recording to the trash (or delete it for good)")
    c.add_argument("id", type=int)
    c.add_argument("--purge", action="store_true", help="delete permanently, with its file")
    c.set_defaults(func=commands.cmd_delete)

    c = sub.add_parser("restore", help="restore a recording from the trash")
    c.add_argument("id", type=int)
    c.set_defaults(func=commands.cmd_restore)


def _add_job_commands(sub: argparse._SubParsersAction) -> None:
    """Commands on the job queue: list jobs, retry them."""
    c = sub.add_parser("jobs", help="list jobs (queued, running, failed, interrupted)")
    c.add_argument("--json", action="store_true")
    c.add_argument("--all", action="store_true", help="include finished jobs")
    c.set_defaults(func=commands.cmd_jobs)

    c = sub.add_parser("retry", help="resume an interrupted, failed or cancelled job")
    c.add_argument(
        "job",
        type=int,
        nargs="*",
        help="job ids (default: every interrupted job, and queued ones no running app will start)",
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=commands.cmd_retry)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        argv = ["gui"]  # a double-clicked `recordroute` opens the window
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    from ..store.jobs import set_process_name

    # The jobs this process queues carry its name; `serve` and the window rename themselves when they start.
    set_process_name("cli")
    say.language()  # chosen once, before the command runs, so every line of this run speaks the same language
    try:
        return int(args.func(args) or EXIT_OK)
    except RecordRouteError as exc:
        say.print_exception(exc)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print(f"recordroute: {say.notice('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        say.print_os_error(exc)
        return EXIT_FAIL
